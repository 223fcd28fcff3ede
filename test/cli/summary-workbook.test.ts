/**
 * The summary workbook an office forwards: read back with exceljs, it has the
 * 汇总, 问题 and 未核对 sheets, each with a header naming when and by which AID
 * it was made, an Excel table with filters, a frozen header row repeated on
 * printed pages, links to each file and each finding's cell, counts as numbers,
 * and text starting with = + - @ kept as text.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { FileReport } from "../../src/cli/check";
import { writeSummaryWorkbook } from "../../src/cli/summary-workbook";
import { messages } from "../../src/core/i18n";
import type { Finding } from "../../src/core/validate";
import { AID_VERSION } from "../../src/core/version";

function finding(
  cell: string,
  rule: Finding["rule"],
  severity: Finding["severity"],
  message: string
): Finding {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return {
    rule,
    severity,
    cell,
    column,
    row: Number(row),
    message,
    expected: "53.0%",
    actual: "=99%",
  };
}

const TABLE = {
  headerRow: 2,
  firstRow: 3,
  lastRow: 40,
  totalRow: 41,
  columns: {},
  units: {},
  readings: [],
};

function reports(dir: string): FileReport[] {
  return [
    {
      file: join(dir, "喀什", "莎车县.xlsx"),
      sheets: [
        {
          sheet: "项目表",
          programme: "xinjiang-2010",
          table: TABLE,
          issues: [
            finding("H5", "rate-mismatch", "error", "H5：到位率应为 53.0%，表中为 99.0%"),
            finding("B7", "pairing-mismatch", "error", "=B7 不是对口关系"),
            finding("E9", "unknown-category", "warning", "@其他 不是标准类别"),
          ],
          notices: [],
        },
      ],
    },
    {
      file: join(dir, "和田", "干净.xlsx"),
      sheets: [
        { sheet: "Sheet1", programme: "xinjiang-2010", table: TABLE, issues: [], notices: [] },
      ],
    },
    { file: join(dir, "旧表.xlsx"), sheets: [], error: { kind: "not-xlsx" } },
  ];
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "aid-summary-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function written(locale: "zh-CN" | "en"): Promise<ExcelJS.Workbook> {
  const output = join(dir, locale === "zh-CN" ? "汇总.xlsx" : "summary.xlsx");
  await writeSummaryWorkbook({
    reports: reports(dir),
    locale,
    options: "--programme xinjiang-2010",
    output,
    now: new Date(2026, 11, 2, 17, 30),
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  return workbook;
}

describe("aid-check --report writes one workbook to forward", () => {
  test("three sheets, each saying when, by which AID and with which options it was made", async () => {
    const wb = await written("zh-CN");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["汇总", "问题", "未核对"]);
    for (const ws of wb.worksheets) {
      const made = String(ws.getCell("A2").value);
      expect(made).toContain("2026-12-02 17:30");
      expect(made).toContain(`AID ${AID_VERSION}`);
      expect(made).toContain("--programme xinjiang-2010");
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
      expect(ws.pageSetup.printTitlesRow).toBe("4:4");
      expect(ws.pageSetup.orientation).toBe("landscape");
    }
  });

  test("汇总: a row per file and sheet with programme, rows checked, errors, warnings, counts by rule and a link", async () => {
    const wb = await written("zh-CN");
    const ws = wb.getWorksheet("汇总") as ExcelJS.Worksheet;
    const header = (ws.getRow(4).values as ExcelJS.CellValue[]).slice(1);
    const rule = messages("zh-CN").rule;
    expect(header).toEqual([
      "文件",
      "工作表",
      "对口支援方案",
      "核对行数",
      "错误",
      "警告",
      rule["rate-mismatch"],
      rule["pairing-mismatch"],
      rule["unknown-category"],
      "打开文件",
    ]);
    const first = (ws.getRow(5).values as ExcelJS.CellValue[]).slice(1);
    expect(first.slice(0, 9)).toEqual([
      "喀什/莎车县.xlsx",
      "项目表",
      expect.stringContaining("新疆"),
      38,
      2,
      1,
      1,
      1,
      1,
    ]);
    expect(ws.getRow(5).getCell(10).value).toEqual({
      text: "打开文件",
      hyperlink: encodeURI("喀什/莎车县.xlsx"),
    });
    expect((ws.getRow(6).values as ExcelJS.CellValue[]).slice(1, 7)).toEqual([
      "和田/干净.xlsx",
      "Sheet1",
      expect.any(String),
      38,
      0,
      0,
    ]);
    expect(ws.getRow(5).getCell(4).numFmt).toBe("#,##0");
  });

  test("问题: every finding, its cell linked into its file and sheet, rule names not ids, formulas never", async () => {
    const wb = await written("zh-CN");
    const ws = wb.getWorksheet("问题") as ExcelJS.Worksheet;
    const rows = [5, 6, 7].map((r) => ws.getRow(r));
    expect(rows.map((r) => r.getCell(3).value)).toEqual([
      { text: "H5", hyperlink: `${encodeURI("喀什/莎车县.xlsx")}#'项目表'!H5` },
      { text: "B7", hyperlink: `${encodeURI("喀什/莎车县.xlsx")}#'项目表'!B7` },
      { text: "E9", hyperlink: `${encodeURI("喀什/莎车县.xlsx")}#'项目表'!E9` },
    ]);
    expect(rows[0].getCell(5).value).toBe(messages("zh-CN").rule["rate-mismatch"]);
    // Text that starts with = or @ is a string in a text-formatted cell, not a formula.
    expect(rows[1].getCell(6).value).toBe("=B7 不是对口关系");
    expect(rows[1].getCell(6).numFmt).toBe("@");
    expect(rows[1].getCell(8).value).toBe("=99%");
    expect(rows[2].getCell(6).value).toBe("@其他 不是标准类别");
    for (const ws2 of wb.worksheets)
      ws2.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
  });

  test("未核对: the files not checked and why; English sheets in English", async () => {
    const zh = await written("zh-CN");
    const ws = zh.getWorksheet("未核对") as ExcelJS.Worksheet;
    expect(ws.getRow(5).getCell(1).value).toBe("旧表.xlsx");
    expect(String(ws.getRow(5).getCell(2).value)).toContain(".xlsx");
    const en = await written("en");
    expect(en.worksheets.map((w) => w.name)).toEqual(["Summary", "Findings", "Not checked"]);
    expect((en.getWorksheet("Summary") as ExcelJS.Worksheet).getRow(4).getCell(1).value).toBe(
      "File"
    );
  });

  test("each sheet holds an Excel table with filter buttons over its rows", async () => {
    const wb = await written("zh-CN");
    const ws = wb.getWorksheet("问题") as ExcelJS.Worksheet;
    const table = (
      ws.getTable("FindingsTable") as unknown as {
        model: { tableRef: string; autoFilterRef: string; columns: { filterButton?: boolean }[] };
      }
    ).model;
    expect(table.tableRef).toBe("A4:H7");
    expect(table.autoFilterRef).toBe("A4:H7");
    expect(table.columns.every((c) => c.filterButton === true)).toBe(true);
  });
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));

(soffice ? test : test.skip)(
  "LibreOffice opens the summary: its first sheet converts with the files and counts",
  async () => {
    await written("zh-CN");
    const out = join(dir, "csv");
    const run = spawnSync(
      soffice as string,
      [
        "--headless",
        `-env:UserInstallation=file://${join(dir, "lo-profile")}`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76",
        "--outdir",
        out,
        join(dir, "汇总.xlsx"),
      ],
      { encoding: "utf8", timeout: 120_000 }
    );
    expect(run.status).toBe(0);
    const csv = readFileSync(join(out, "汇总.csv"), "utf8");
    expect(csv).toContain("喀什/莎车县.xlsx,项目表");
    expect(csv).toContain(",38,2,1,");
  },
  150_000
);

describe("aid-check --report on a folder", () => {
  test("writes the summary beside the terminal output, with one row per checked sheet and the unchecked files", async () => {
    const { copyFileSync, writeFileSync } = await import("node:fs");
    const { runCli, CLEAN, MISTAKES } = await import("./helpers");
    const folder = join(dir, "收到的报表");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(folder);
    copyFileSync(CLEAN, join(folder, "和田.xlsx"));
    copyFileSync(MISTAKES, join(folder, "喀什.xlsx"));
    writeFileSync(join(folder, "坏的.xlsx"), "not a zip at all");
    const output = join(dir, "汇总.xlsx");

    const run = await runCli(["--report", output, folder]);

    expect(run.status).toBe(2); // one file could not be checked
    expect(run.stdout).toContain(`汇总工作簿已写入「${output}」。`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const summary = wb.getWorksheet("汇总") as ExcelJS.Worksheet;
    const files = new Set<string>();
    summary.eachRow((row, n) => {
      if (n > 4) files.add(String(row.getCell(1).value));
    });
    expect([...files].sort()).toEqual(["收到的报表/和田.xlsx", "收到的报表/喀什.xlsx"]);
    const unchecked = wb.getWorksheet("未核对") as ExcelJS.Worksheet;
    expect(unchecked.getRow(5).getCell(1).value).toBe("收到的报表/坏的.xlsx");
    const findings = wb.getWorksheet("问题") as ExcelJS.Worksheet;
    expect(findings.rowCount).toBeGreaterThan(5);
  });

  test("a report name that is not .xlsx, or a folder that does not exist, is one clear line and exit 2", async () => {
    const { runCli, CLEAN, STACK_LINE } = await import("./helpers");
    const bad = await runCli(["--report", join(dir, "汇总.csv"), CLEAN]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--report 的文件名应以 .xlsx 结尾");
    const missing = await runCli(["--report", join(dir, "没有这个文件夹", "汇总.xlsx"), CLEAN]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("无法写入汇总工作簿");
    expect(missing.stderr).not.toMatch(STACK_LINE);
  });
});
