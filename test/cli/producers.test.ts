/**
 * aid-check on workbooks written by the programs offices receive files from
 * (test/fixtures/producers/, made by scripts/make-producer-fixtures.py): each
 * holds the same 表2 table with one planted rate-mismatch at E4, so a file read
 * right gives exactly that finding, and what a producer does differently
 * (escapes, uncalculated formulas, ISO dates, rows to 1,048,576) is checked on
 * the file it really wrote.
 */
import { join } from "node:path";
import { readSheets, type SheetRow } from "../../src/cli/xlsx";
import { lines, parseReport, REPO, ruleCells, runCli, sheetOf, STACK_LINE } from "./helpers";

const PRODUCERS = join(REPO, "test", "fixtures", "producers");
const fixture = (name: string) => join(PRODUCERS, name);

/** Every row of the first sheet, as the reader hands them on. */
async function rowsOf(file: string): Promise<SheetRow[]> {
  const [sheet] = await readSheets(file);
  const out: SheetRow[] = [];
  for await (const r of sheet.rows()) out.push(r);
  return out;
}

/** The value at an A1 address among rows. */
function valueAt(rows: readonly SheetRow[], column: number, row: number) {
  return rows.find((r) => r.row === row)?.values[column];
}

describe.each([
  ["LibreOffice", "libreoffice.xlsx"],
  ["LibreOffice, empty rows to 1,048,576", "libreoffice-rows-to-1048576.xlsx"],
  ["Gnumeric", "gnumeric.xlsx"],
  ["openpyxl with ISO dates", "openpyxl-iso-dates.xlsx"],
])("%s", (_producer, name) => {
  test("gives exactly the planted rate-mismatch at E4, read from rows 3–6", async () => {
    const run = await runCli(["--json", fixture(name)]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const sheet = sheetOf(parseReport(run.stdout), "完工情况");
    expect(ruleCells(sheet.issues)).toEqual(["rate-mismatch@E4"]);
    expect(sheet.table).toMatchObject({ headerRow: 2, firstRow: 3, lastRow: 6, totalRow: 6 });
    expect(sheet.notices).toEqual([]);
  });
});

describe("LibreOffice", () => {
  test("a line break inside 黑龙江 is folded away: the pair with 阿勒泰地区 is official", async () => {
    const rows = await rowsOf(fixture("libreoffice.xlsx"));
    expect(valueAt(rows, 0, 5)).toBe("黑\n龙江");
    const run = await runCli(["--json", fixture("libreoffice.xlsx")]);
    const issues = sheetOf(parseReport(run.stdout), "完工情况").issues;
    expect(issues.filter((f) => f.row === 5)).toEqual([]);
  });

  test("the empty formatted row 1,048,576 is not handed on: the reader yields only rows 1–6", async () => {
    const rows = await rowsOf(fixture("libreoffice-rows-to-1048576.xlsx"));
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("the 合计 row's SUM formulas are read by their cached results", async () => {
    const rows = await rowsOf(fixture("libreoffice.xlsx"));
    expect(rows.find((r) => r.row === 6)?.values.slice(2, 5)).toEqual([20, 10, 0.5]);
  });
});

describe("XlsxWriter", () => {
  test.each([
    ["shared strings", "xlsxwriter.xlsx"],
    ["inline strings (constant_memory)", "xlsxwriter-inline.xlsx"],
  ])("_x000D_ is a carriage return and _x005F_ a literal underscore (%s)", async (_mode, name) => {
    const rows = await rowsOf(fixture(name));
    expect(valueAt(rows, 0, 5)).toBe("黑\r\n龙江");
    expect(valueAt(rows, 5, 3)).toBe("_x0041_ 原样保留");
    expect(valueAt(rows, 5, 5)).toBe("换行\r\n之后");
  });

  test.each([["xlsxwriter.xlsx"], ["xlsxwriter-inline.xlsx"]])(
    "%s: the formula stored as 0 for Excel to recalculate is a warning, not a 0%% rate; E4 is still found",
    async (name) => {
      const run = await runCli(["--json", fixture(name)]);
      expect(run.status).toBe(1);
      const sheet = sheetOf(parseReport(run.stdout), "完工情况");
      // 黑_x000D_\n龙江 reads as 黑龙江: no unknown-place or pairing finding on row 5.
      expect(ruleCells(sheet.issues)).toEqual(["rate-mismatch@E4"]);
      expect(sheet.notices).toEqual([
        expect.objectContaining({ kind: "uncalculated-formulas", count: 1, cells: ["E3"] }),
      ]);
    }
  );
});

describe("openpyxl: formulas without cached values", () => {
  const file = fixture("openpyxl-uncalculated.xlsx");

  test("one warning names every formula cell; none is read as blank or zero, so no false findings", async () => {
    const run = await runCli(["--json", file]);
    expect(run.status).toBe(0);
    const report = parseReport(run.stdout);
    const sheet = sheetOf(report, "完工情况");
    expect(sheet.issues).toEqual([]);
    expect(sheet.notices).toHaveLength(1);
    expect(sheet.notices[0]).toMatchObject({
      kind: "uncalculated-formulas",
      severity: "warning",
      count: 6,
      cells: ["E3", "E4", "E5", "C6", "D6", "E6"],
    });
    expect(sheet.notices[0].message).toBe(
      "公式未计算：请在 Excel 或 WPS 中打开并保存后再核对（E3、E4、E5、C6、D6、E6）"
    );
    expect(report.summary).toEqual({ errors: 0, warnings: 1, files: 1 });
  });

  test("the human report shows the warning under the sheet, in English with --lang en", async () => {
    const zh = await runCli([file]);
    expect(zh.stdout).toContain(
      "    警告  公式未计算：请在 Excel 或 WPS 中打开并保存后再核对（E3、E4、E5、C6、D6、E6）"
    );
    expect(zh.stdout).not.toContain("未发现问题");
    expect(lines(zh.stdout).pop()).toMatch(/0 个错误，1 个警告/);
    const en = await runCli(["--lang", "en", file]);
    expect(en.stdout).toContain(
      "    warning  formulas not calculated: open and save the file in Excel or WPS, then check it again (E3, E4, E5, C6, D6, E6)"
    );
  });
});

describe('openpyxl: ISO dates (t="d")', () => {
  test("are serial numbers with their date format, as the pane gets them from Excel", async () => {
    const rows = await rowsOf(fixture("openpyxl-iso-dates.xlsx"));
    // 2010-05-01 is serial 40299 in Excel's 1900 date system.
    expect(valueAt(rows, 5, 3)).toBe(40299);
    expect(valueAt(rows, 5, 4)).toBe(40344);
    expect(rows.find((r) => r.row === 3)?.formats[5]).toBe("yyyy-mm-dd");
  });
});

describe("files that are not .xlsx workbooks say what they are", () => {
  test.each([
    [
      "an Excel 97-2003 file (LibreOffice .xls) named .xlsx",
      "xls-named.xlsx",
      "legacy-excel",
      /Excel 97-2003（\.xls）或 WPS 表格（\.et）/,
    ],
    [
      "an OpenDocument sheet (LibreOffice .ods) named .xlsx",
      "ods-named.xlsx",
      "opendocument",
      /OpenDocument 表格（\.ods）/,
    ],
    [
      "a password-protected workbook (Apache POI protect.xlsx)",
      "poi/protect.xlsx",
      "encrypted",
      /设有打开密码/,
    ],
  ])("%s", async (_label, name, code, message) => {
    const run = await runCli(["--json", fixture(name)]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const line = lines(run.stderr);
    expect(line).toHaveLength(1);
    expect(line[0]).toContain(fixture(name));
    expect(line[0]).toMatch(message);
    expect(line[0]).not.toContain("损坏");
    expect(parseReport(run.stdout).files[0]).toMatchObject({ error: code });
  });

  test("in English, the password-protected workbook says so and does not say damaged", async () => {
    const run = await runCli(["--lang", "en", fixture("poi/protect.xlsx")]);
    expect(run.stderr).toMatch(/password-protected/);
    expect(run.stderr).not.toMatch(/damaged/);
  });
});

describe("Strict OOXML (Apache POI SampleSS.strict.xlsx)", () => {
  test("its purl.oclc.org relationships and namespaces are read: three sheets and their text", async () => {
    const sheets = await readSheets(fixture("poi/SampleSS.strict.xlsx"));
    expect(sheets.map((s) => s.name)).toEqual(["First Sheet", "Sheet Number 2", "Sheet3"]);
    const rows: SheetRow[] = [];
    for await (const r of sheets[0].rows()) rows.push(r);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 4]);
    expect(typeof rows[0].values[0]).toBe("string");
  });
});
