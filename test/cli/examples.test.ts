/**
 * aid-check over the committed sample workbooks in examples/: what a finance
 * officer sees for a clean sheet, for one of each mistake, and for the seed
 * document's published tables.
 */
import { messages } from "../../src/core/i18n";
import {
  CLEAN,
  lines,
  MISTAKES,
  parseReport,
  PUBLISHED,
  ruleCells,
  runCli,
  sheetOf,
  STACK_LINE,
  type JsonReport,
} from "./helpers";

/** Every mistake planted by scripts/make-examples.mjs, sheet by sheet, in row order. */
const MISTAKES_EXPECTED: Record<string, string[]> = {
  项目表: [
    "pairing-mismatch@B3",
    "missing-value@C4",
    "not-a-number@G5",
    "negative-value@H6",
    "ambiguous-place@C7",
    "exceeds-planned@H7",
    "rate-mismatch@I9",
    "duplicate-row@D11",
    "unknown-place@C13",
    "unknown-category@E20",
    "cell-error@G24",
    "total-mismatch@G28",
  ],
  进度汇总: [
    "rate-mismatch@E4",
    "exceeds-planned@D6",
    "rate-rounding@H9",
    "total-mismatch@C15",
    "total-rounding@F15",
  ],
  类别占比: ["share-mismatch@D4", "share-mismatch@D10"],
};

/** The seed document's tables: 表2 agrees, 表3 only by rounding, the category figures do not add up. */
const PUBLISHED_EXPECTED: Record<string, string[]> = {
  表2: [],
  表3: [
    "rate-rounding@H4",
    "rate-rounding@H5",
    "rate-rounding@H7",
    "rate-rounding@H9",
    "rate-rounding@H10",
    "rate-rounding@H11",
    "rate-rounding@H12",
    "total-rounding@F15",
  ],
  规划项目类别: ["total-mismatch@C10"],
};

function findingsBySheet(report: JsonReport): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const sheet of report.files[0].sheets) out[sheet.sheet] = ruleCells(sheet.issues);
  return out;
}

/**
 * Check the human report lists, under each sheet's heading and in this order,
 * one line per finding carrying its cell, its rule and its message.
 */
function expectHumanListing(stdout: string, report: JsonReport, locale: "zh-CN" | "en"): void {
  const out = lines(stdout);
  const ruleNames = messages(locale).rule as Record<string, string>;
  const sheets = report.files[0].sheets;
  const headings = sheets.map((s) => {
    const at = out.findIndex(
      (line) => line.includes(s.sheet) && !line.includes(report.files[0].file)
    );
    expect(at).toBeGreaterThanOrEqual(0);
    return at;
  });
  // Sheets appear in the order of the workbook.
  expect([...headings].sort((a, b) => a - b)).toEqual(headings);
  sheets.forEach((sheet, i) => {
    const section = out.slice(headings[i] + 1, i + 1 < sheets.length ? headings[i + 1] : undefined);
    let from = 0;
    for (const f of sheet.issues) {
      const at = section.findIndex(
        (line, n) =>
          n >= from &&
          line.includes(f.cell) &&
          line.includes(f.message) &&
          (line.includes(f.rule) || line.includes(ruleNames[f.rule]))
      );
      expect({ finding: `${f.rule}@${f.cell}`, found: at >= 0 }).toEqual({
        finding: `${f.rule}@${f.cell}`,
        found: true,
      });
      from = at + 1;
    }
  });
}

describe("examples/mistakes.xlsx: one of each mistake", () => {
  test("--json lists every planted mistake with its rule and cell, sheet by sheet in row order", async () => {
    const run = await runCli(["--json", MISTAKES]);
    expect(run.status).toBe(1);
    const report = parseReport(run.stdout);
    expect(findingsBySheet(report)).toEqual(MISTAKES_EXPECTED);
  });

  test("every rule the file contains appears, fifteen rules in all", async () => {
    const run = await runCli(["--json", MISTAKES]);
    const report = parseReport(run.stdout);
    const rules = new Set(report.files[0].sheets.flatMap((s) => s.issues.map((f) => f.rule)));
    const planted = new Set(
      Object.values(MISTAKES_EXPECTED).flatMap((list) => list.map((rc) => rc.split("@")[0]))
    );
    expect([...rules].sort()).toEqual([...planted].sort());
    expect(rules.size).toBe(15);
  });

  test("findings of each sheet come in row order, and row/column agree with the cell address", async () => {
    const report = parseReport((await runCli(["--json", MISTAKES])).stdout);
    for (const sheet of report.files[0].sheets) {
      const rows = sheet.issues.map((f) => f.row);
      expect([...rows].sort((a, b) => a - b)).toEqual(rows);
      for (const f of sheet.issues) expect(f.cell).toBe(`${f.column}${f.row}`);
    }
  });

  test("the Chinese report shows each finding's cell, rule and message under its sheet, then a summary", async () => {
    const run = await runCli([MISTAKES]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    const report = parseReport((await runCli(["--json", MISTAKES])).stdout);
    expectHumanListing(run.stdout, report, "zh-CN");
    const out = lines(run.stdout);
    expect(out[0]).toContain(MISTAKES);
    const summary = out[out.length - 1];
    expect(summary).toMatch(/14\s*个错误/);
    expect(summary).toMatch(/6\s*个警告/);
    expect(summary).toMatch(/1\s*个文件/);
  });

  test("the report names severities: errors and warnings are told apart", async () => {
    const report = parseReport((await runCli(["--json", MISTAKES])).stdout);
    const severity = Object.fromEntries(
      report.files[0].sheets.flatMap((s) => s.issues.map((f) => [`${f.rule}`, f.severity]))
    );
    expect(severity).toMatchObject({
      "pairing-mismatch": "error",
      "rate-mismatch": "error",
      "total-mismatch": "error",
      "cell-error": "error",
      "duplicate-row": "warning",
      "ambiguous-place": "warning",
      "unknown-category": "warning",
      "rate-rounding": "warning",
      "total-rounding": "warning",
    });
    expect(report.summary).toEqual({ errors: 14, warnings: 6, files: 1 });
  });

  test("the two rate formulas written without a result (I5 over 待定, I24 over #N/A) are one warning naming them", async () => {
    const report = parseReport((await runCli(["--json", MISTAKES])).stdout);
    expect(sheetOf(report, "项目表").notices).toEqual([
      expect.objectContaining({
        kind: "uncalculated-formulas",
        severity: "warning",
        count: 2,
        cells: ["I5", "I24"],
      }),
    ]);
    expect(sheetOf(report, "项目表").notices[0].message).toContain(
      "公式未计算：请在 Excel 或 WPS 中打开并保存后再核对"
    );
    const run = await runCli([MISTAKES]);
    expect(run.stdout).toMatch(
      /警告 {2}公式未计算：请在 Excel 或 WPS 中打开并保存后再核对（I5、I24）/
    );
  });
});

describe("examples/clean.xlsx: a correct workbook", () => {
  test("exits 0 and reports every table sheet without findings", async () => {
    const run = await runCli(["--json", CLEAN]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    const report = parseReport(run.stdout);
    expect(report.files[0].sheets.map((s) => s.sheet)).toEqual(["项目表", "进度汇总", "类别占比"]);
    for (const sheet of report.files[0].sheets) expect(sheet.issues).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, files: 1 });
  });

  test("the human report names the sheets, lists no finding and sums up zero errors and warnings", async () => {
    const run = await runCli([CLEAN]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    for (const sheet of ["项目表", "进度汇总", "类别占比"]) expect(run.stdout).toContain(sheet);
    for (const rule of Object.keys(messages("zh-CN").rule)) expect(run.stdout).not.toContain(rule);
    const summary = lines(run.stdout).pop();
    expect(summary).toMatch(/0\s*个错误/);
    expect(summary).toMatch(/0\s*个警告/);
  });
});

describe("examples/published-tables.xlsx: the seed document's tables", () => {
  test("表2 is clean, 表3 has 7 rate-rounding and 1 total-rounding warnings, the category table 1 total-mismatch error", async () => {
    const run = await runCli(["--json", PUBLISHED]);
    expect(run.status).toBe(1);
    const report = parseReport(run.stdout);
    expect(findingsBySheet(report)).toEqual(PUBLISHED_EXPECTED);
    for (const f of sheetOf(report, "表3").issues) expect(f.severity).toBe("warning");
    expect(sheetOf(report, "规划项目类别").issues[0].severity).toBe("error");
    expect(report.summary).toEqual({ errors: 1, warnings: 8, files: 1 });
  });

  test("the human report lists them and sums up 1 error and 8 warnings", async () => {
    const run = await runCli([PUBLISHED]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const report = parseReport((await runCli(["--json", PUBLISHED])).stdout);
    expectHumanListing(run.stdout, report, "zh-CN");
    const summary = lines(run.stdout).pop();
    expect(summary).toMatch(/1\s*个错误/);
    expect(summary).toMatch(/8\s*个警告/);
  });
});
