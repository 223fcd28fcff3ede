/**
 * How aid-check reads a workbook: cached formula results, number formats for
 * the shown precision, error values, which sheets hold a project table.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import {
  COMPLETION_HEADER,
  completionSheet,
  lines,
  reorderLikeExcel,
  parseReport,
  ruleCells,
  runCli,
  sheetOf,
  useTempDir,
  writeWorkbook,
  type SheetSpec,
} from "./helpers";

const tmp = useTempDir();

/** A 表2-style sheet: title in row 1, header in row 2, these rows from row 3. */
function table(rows: readonly (readonly ExcelJS.CellValue[])[], formats = {}): SheetSpec {
  return {
    name: "完工情况",
    title: "援疆试点项目完工情况",
    header: COMPLETION_HEADER,
    rows,
    formats,
  };
}

async function check(
  sheets: readonly SheetSpec[],
  argv: readonly string[] = []
): Promise<{ status: number; report: ReturnType<typeof parseReport>; stdout: string }> {
  const file = await writeWorkbook(join(tmp(), "book.xlsx"), sheets);
  const run = await runCli(["--json", ...argv, file]);
  return { status: run.status, report: parseReport(run.stdout), stdout: run.stdout };
}

describe("cached formula results", () => {
  test("a rate formula whose cached result is right gives no finding", async () => {
    const { status, report } = await check([
      table([
        ["江苏", "伊犁州直", 4, 1, { formula: "D3/C3", result: 0.25 }],
        ["辽宁", "塔城地区", 10, 6, { formula: "D4/C4", result: 0.6 }],
        ["河南", "哈密地区", 8, 2, { formula: "D5/C5", result: 0.25 }],
      ]),
    ]);
    expect(status).toBe(0);
    expect(sheetOf(report, "完工情况").issues).toEqual([]);
  });

  test("a rate formula whose cached result is wrong gives rate-mismatch at that cell", async () => {
    const { status, report } = await check([
      table([
        ["江苏", "伊犁州直", 4, 1, { formula: "D3/C3", result: 0.25 }],
        ["辽宁", "塔城地区", 10, 6, { formula: "D4/C4", result: 0.5 }],
        ["河南", "哈密地区", 8, 2, { formula: "D5/C5", result: 0.25 }],
      ]),
    ]);
    expect(status).toBe(1);
    const issues = sheetOf(report, "完工情况").issues;
    expect(ruleCells(issues)).toEqual(["rate-mismatch@E4"]);
    expect(issues[0]).toMatchObject({ severity: "error", expected: "60", actual: "50" });
  });

  test("SUM formulas in the 合计 row are checked by their cached results", async () => {
    const rows = (planned: number): ExcelJS.CellValue[][] => [
      ["江苏", "伊犁州直", 4, 1, 0.25],
      ["辽宁", "塔城地区", 10, 6, 0.6],
      [
        "合计",
        "",
        { formula: "SUM(C3:C4)", result: planned },
        { formula: "SUM(D3:D4)", result: 7 },
        { formula: "D5/C5", result: 7 / planned },
      ],
    ];
    const right = await check([table(rows(14))]);
    expect(right.status).toBe(0);
    expect(sheetOf(right.report, "完工情况").issues).toEqual([]);
    expect(sheetOf(right.report, "完工情况").table.totalRow).toBe(5);
    const wrong = await check([table(rows(15))]);
    expect(wrong.status).toBe(1);
    const issues = sheetOf(wrong.report, "完工情况").issues;
    expect(issues.find((f) => f.cell === "C5")).toMatchObject({
      rule: "total-mismatch",
      expected: "14",
      actual: "15",
    });
  });
});

describe("number formats give the shown precision", () => {
  test("0.286 formatted 0.0% in a rate column reads as 28.6%, which 4 ÷ 14 rounds to", async () => {
    const { status, report } = await check([
      table([["吉林、黑龙江", "阿勒泰地区", 14, 4, 0.286]], { E3: "0.0%" }),
    ]);
    expect(status).toBe(0);
    expect(sheetOf(report, "完工情况").issues).toEqual([]);
  });

  test("the same 0.286 formatted 0.00% shows 28.60%, which 4 ÷ 14 (28.57%) does not give", async () => {
    const { status, report } = await check([
      table([["吉林、黑龙江", "阿勒泰地区", 14, 4, 0.286]], { E3: "0.00%" }),
    ]);
    expect(status).toBe(1);
    const issues = sheetOf(report, "完工情况").issues;
    expect(ruleCells(issues)).toEqual(["rate-mismatch@E3"]);
    expect(issues[0]).toMatchObject({ actual: "28.60", expected: "28.57" });
  });

  test("a wrong 0.286 formatted 0.0% is reported as 28.6% against the 40.0% of 4 ÷ 10", async () => {
    const { report } = await check([table([["辽宁", "塔城地区", 10, 4, 0.286]], { E3: "0.0%" })]);
    const issues = sheetOf(report, "完工情况").issues;
    expect(ruleCells(issues)).toEqual(["rate-mismatch@E3"]);
    expect(issues[0]).toMatchObject({ actual: "28.6", expected: "40.0" });
    expect(issues[0].message).toContain("28.6%");
  });

  test("a rate formula's cached result is read at the precision its format shows", async () => {
    // 9 ÷ 22 = 40.909…%: shown as 40.9% it is right, whatever digits the cache holds.
    const { status, report } = await check([
      table([["江苏", "伊犁州直", 22, 9, { formula: "D3/C3", result: 0.409 }]], { E3: "0.0%" }),
    ]);
    expect(status).toBe(0);
    expect(sheetOf(report, "完工情况").issues).toEqual([]);
  });
});

describe("error values", () => {
  test("a formula whose cached result is an error is reported as cell-error", async () => {
    const { status, report } = await check([
      table([
        ["江苏", "伊犁州直", 4, 1, 0.25],
        [
          "辽宁",
          "塔城地区",
          10,
          { formula: "VLOOKUP(B4,进度!A:D,4,FALSE)", result: { error: "#N/A" } },
          "",
        ],
        ["河南", "哈密地区", 0, 0, { formula: "D5/C5", result: { error: "#DIV/0!" } }],
      ]),
    ]);
    // The cached errors are in the file: exceljs's whole-file reader sees them.
    const whole = await new ExcelJS.Workbook().xlsx.readFile(join(tmp(), "book.xlsx"));
    const sheet = whole.getWorksheet("完工情况");
    expect(sheet?.getCell("D4").value).toMatchObject({ result: { error: "#N/A" } });
    expect(sheet?.getCell("E5").value).toMatchObject({ result: { error: "#DIV/0!" } });
    const issues = sheetOf(report, "完工情况").issues;
    expect(issues.filter((f) => f.rule === "cell-error").map((f) => f.cell)).toEqual(["D4", "E5"]);
    for (const f of issues.filter((x) => x.rule === "cell-error")) expect(f.severity).toBe("error");
    expect(status).toBe(1);
  });

  test("an error value typed into a cell is reported as cell-error", async () => {
    const { status, report } = await check([
      table([
        ["江苏", "伊犁州直", 4, 1, 0.25],
        ["辽宁", "塔城地区", 10, 6, { error: "#REF!" }],
      ]),
    ]);
    expect(status).toBe(1);
    const issues = sheetOf(report, "完工情况").issues;
    expect(ruleCells(issues)).toEqual(["cell-error@E4"]);
    expect(issues[0].message).toContain("#REF!");
  });
});

describe("which sheets are checked", () => {
  test("sheets without a project table are skipped; every sheet with one is checked", async () => {
    const notes: SheetSpec = {
      name: "填报说明",
      rows: [["填报说明"], ["1. 资金单位为万元。"], ["填表人", "张三"]],
    };
    const first = await writeWorkbook(join(tmp(), "a.xlsx"), [
      notes,
      completionSheet("表一"),
      { name: "空白" },
    ]);
    const second = await writeWorkbook(join(tmp(), "b.xlsx"), [
      completionSheet("表二"),
      {
        name: "草稿",
        rows: [
          [1, 2, 3],
          [4, 5, 6],
        ],
      },
    ]);
    const json = await runCli(["--json", first, second]);
    expect(json.status).toBe(0);
    const report = parseReport(json.stdout);
    expect(report.files.map((f) => f.sheets.map((s) => s.sheet))).toEqual([["表一"], ["表二"]]);
    const text = await runCli([first, second]);
    expect(text.status).toBe(0);
    for (const skipped of ["填报说明", "空白", "草稿"]) expect(text.stdout).not.toContain(skipped);
    expect(text.stdout).toContain("表一");
    expect(text.stdout).toContain("表二");
  });

  test("a merged title row above the header is not taken for the header", async () => {
    const { report } = await check([completionSheet()]);
    expect(sheetOf(report, "完工情况").table).toMatchObject({
      headerRow: 2,
      firstRow: 3,
      lastRow: 6,
      totalRow: 6,
      columns: {
        supporter: "A",
        recipient: "B",
        plannedCount: "C",
        completedCount: "D",
        completionRate: "E",
      },
    });
  });

  test("a workbook without any project table has no sheets in the report and no findings", async () => {
    const file = await writeWorkbook(join(tmp(), "notes.xlsx"), [
      { name: "说明", rows: [["本工作簿只有说明文字"]] },
    ]);
    const json = await runCli(["--json", file]);
    const report = parseReport(json.stdout);
    expect(report.files[0].sheets).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    const text = await runCli([file]);
    expect(lines(text.stdout)[0]).toContain(file);
  });

  test("a workbook whose only finding is a warning exits 0", async () => {
    const file = await writeWorkbook(join(tmp(), "dup.xlsx"), [
      {
        name: "项目表",
        title: "援疆项目表",
        header: ["支援方", "受援方", "项目名称", "计划资金(万元)", "已到位资金(万元)"],
        rows: [
          ["上海", "莎车县", "莎车县城区安居富民工程", 12000, 6500],
          ["北京", "和田市", "和田市棚户区改造一期", 10000, 7000],
          ["北京", "和田市", "和田市棚户区改造一期", 10000, 7000],
        ],
      },
    ]);
    const json = await runCli(["--json", file]);
    expect(json.status).toBe(0);
    const report = parseReport(json.stdout);
    expect(ruleCells(sheetOf(report, "项目表").issues)).toEqual(["duplicate-row@C5"]);
    expect(report.summary).toEqual({ errors: 0, warnings: 1, files: 1 });
    const text = await runCli([file]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain("重复行");
  });
});

describe("reading is reliable", () => {
  /** A 表2-style sheet whose one rate is wrong: 1 of 4 completed is 25%, not 50%. */
  const wrongRate = (name: string): SheetSpec => ({
    name,
    title: "援疆试点项目完工情况",
    header: COMPLETION_HEADER,
    rows: [["江苏", "伊犁州直", 4, 1, 0.5]],
  });
  const RUNS = 10;

  test.each([
    ["as exceljs writes it (workbook part last)", false, 8],
    ["with its parts in Excel's order (workbook part first)", true, 6],
  ])(
    "a valid workbook of small sheets %s is read completely on every run",
    async (_label, excelOrder, sheets) => {
      const names = Array.from({ length: sheets }, (_, i) => `表${i + 1}`);
      const file = await writeWorkbook(join(tmp(), "small-sheets.xlsx"), names.map(wrongRate));
      if (excelOrder) reorderLikeExcel(file);
      // The file is sound: exceljs's whole-file reader finds every sheet and its cells.
      const whole = await new ExcelJS.Workbook().xlsx.readFile(file);
      expect(whole.worksheets.map((ws) => ws.name)).toEqual(names);
      expect(whole.worksheets.map((ws) => ws.getCell("B3").value)).toEqual(
        names.map(() => "伊犁州直")
      );
      const outcomes: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await runCli(["--json", file]);
        const report = run.stdout ? parseReport(run.stdout) : undefined;
        const found = report?.files[0].sheets.map((s) => ruleCells(s.issues).join(" ")) ?? [];
        outcomes.push(`${run.status} ${found.join(" | ")}`);
      }
      const expected = `1 ${names.map(() => "rate-mismatch@E3").join(" | ")}`;
      expect(outcomes).toEqual(Array.from({ length: RUNS }, () => expected));
    }
  );
});
