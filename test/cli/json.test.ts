/**
 * aid-check --json: one JSON document on stdout, in the documented shape, with
 * a summary that agrees with the findings.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  allFindings,
  allNotices,
  CLEAN,
  MISTAKES,
  parseReport,
  PUBLISHED,
  runCli,
  sheetOf,
  useTempDir,
  writeText,
  type JsonFinding,
  type JsonReport,
} from "./helpers";

const tmp = useTempDir();

const ROLE_NAMES = [
  "supporter",
  "recipient",
  "project",
  "category",
  "mode",
  "plannedCount",
  "startedCount",
  "completedCount",
  "plannedFunds",
  "arrivedFunds",
  "startRate",
  "completionRate",
  "arrivalRate",
  "share",
];

function expectFindingShape(f: JsonFinding): void {
  expect(typeof f.rule).toBe("string");
  expect(f.rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(["error", "warning"]).toContain(f.severity);
  expect(f.cell).toMatch(/^[A-Z]{1,3}[1-9][0-9]*$/);
  expect(Number.isInteger(f.row)).toBe(true);
  expect(f.row).toBeGreaterThanOrEqual(1);
  expect(f.column).toMatch(/^[A-Z]{1,3}$/);
  expect(f.cell).toBe(`${f.column}${f.row}`);
  expect(typeof f.message).toBe("string");
  expect(f.message.length).toBeGreaterThan(0);
  if (f.role !== undefined) expect(ROLE_NAMES).toContain(f.role);
  if (f.expected !== undefined) expect(typeof f.expected).toBe("string");
  if (f.actual !== undefined) expect(typeof f.actual).toBe("string");
}

function expectReportShape(report: JsonReport): void {
  expect(report.version).toBe(1);
  expect(Array.isArray(report.files)).toBe(true);
  for (const file of report.files) {
    expect(typeof file.file).toBe("string");
    expect(Array.isArray(file.sheets)).toBe(true);
    for (const sheet of file.sheets) {
      expect(typeof sheet.sheet).toBe("string");
      expect(["xinjiang-2010", "wenchuan-2008", "xinjiang-universities-2006"]).toContain(
        sheet.programme
      );
      const t = sheet.table;
      expect(Number.isInteger(t.headerRow)).toBe(true);
      expect(t.headerRow).toBeGreaterThanOrEqual(1);
      for (const row of [t.firstRow, t.lastRow, t.totalRow]) {
        if (row !== null) {
          expect(Number.isInteger(row)).toBe(true);
          expect(row).toBeGreaterThan(t.headerRow);
        }
      }
      expect(t.firstRow).not.toBeNull();
      expect(t.lastRow as number).toBeGreaterThanOrEqual(t.firstRow as number);
      expect(Object.keys(t.columns).length).toBeGreaterThanOrEqual(2);
      for (const [role, letter] of Object.entries(t.columns)) {
        expect(ROLE_NAMES).toContain(role);
        expect(letter).toMatch(/^[A-Z]{1,3}$/);
      }
      for (const f of sheet.issues) expectFindingShape(f);
    }
  }
  const findings = allFindings(report);
  // Sheet notices (formulas without a result) are warnings too.
  expect(report.summary).toEqual({
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length + allNotices(report).length,
    files: report.files.length,
  });
}

describe("--json", () => {
  test("stdout is exactly one JSON document in the documented shape", async () => {
    const run = await runCli(["--json", MISTAKES]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    const report = parseReport(run.stdout);
    expectReportShape(report);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].file).toBe(MISTAKES);
    expect(report.files[0].sheets.map((s) => s.sheet)).toEqual(["项目表", "进度汇总", "类别占比"]);
  });

  test("table rows are 1-based sheet rows and columns are letters (the project list of mistakes.xlsx)", async () => {
    const report = parseReport((await runCli(["--json", MISTAKES])).stdout);
    const list = sheetOf(report, "项目表");
    expect(list.programme).toBe("xinjiang-2010");
    // Row 1 is the merged title, row 2 the header, 26 project rows, the 合计 row last.
    expect(list.table).toMatchObject({ headerRow: 2, firstRow: 3, lastRow: 28, totalRow: 28 });
    expect(list.table.columns).toMatchObject({
      supporter: "B",
      recipient: "C",
      project: "D",
      category: "E",
      plannedFunds: "G",
      arrivedFunds: "H",
      arrivalRate: "I",
    });
    const summary = sheetOf(report, "进度汇总");
    expect(summary.table).toMatchObject({ headerRow: 2, firstRow: 3, lastRow: 15, totalRow: 15 });
    expect(summary.table.columns).toMatchObject({
      supporter: "A",
      recipient: "B",
      plannedCount: "C",
      startedCount: "D",
      startRate: "E",
      plannedFunds: "F",
      arrivedFunds: "G",
      arrivalRate: "H",
    });
  });

  test("a finding carries rule, severity, cell, row, column, message and, where it has them, role, expected and actual", async () => {
    const report = parseReport((await runCli(["--json", MISTAKES])).stdout);
    const rate = sheetOf(report, "项目表").issues.find((f) => f.cell === "I9");
    expect(rate).toMatchObject({
      rule: "rate-mismatch",
      severity: "error",
      cell: "I9",
      row: 9,
      column: "I",
      role: "arrivalRate",
      expected: "70.0",
      actual: "65.0",
    });
    expect(rate?.message).toContain("I9");
    const total = sheetOf(report, "项目表").issues.find((f) => f.rule === "total-mismatch");
    expect(total).toMatchObject({
      cell: "G28",
      role: "plannedFunds",
      expected: "127800",
      actual: "128800",
    });
  });

  test("with several files the summary counts every file's findings", async () => {
    const run = await runCli(["--json", CLEAN, MISTAKES, PUBLISHED]);
    expect(run.status).toBe(1);
    const report = parseReport(run.stdout);
    expectReportShape(report);
    expect(report.files.map((f) => f.file)).toEqual([CLEAN, MISTAKES, PUBLISHED]);
    expect(report.summary).toEqual({ errors: 15, warnings: 14, files: 3 });
  });

  test("a folder is expanded into its files, each listed under its own path", async () => {
    const dir = join(tmp(), "reports");
    mkdirSync(dir);
    copyFileSync(CLEAN, join(dir, "a.xlsx"));
    copyFileSync(PUBLISHED, join(dir, "b.xlsx"));
    const report = parseReport((await runCli(["--json", dir])).stdout);
    expectReportShape(report);
    expect(report.files.map((f) => f.file)).toEqual([join(dir, "a.xlsx"), join(dir, "b.xlsx")]);
    expect(report.summary).toEqual({ errors: 1, warnings: 8, files: 2 });
  });

  test("stdout stays one parseable JSON document when a file is unusable (exit 2)", async () => {
    const bad = writeText(join(tmp(), "notes.xlsx"), "这不是工作簿\n");
    const run = await runCli(["--json", MISTAKES, bad]);
    expect(run.status).toBe(2);
    const report = parseReport(run.stdout);
    expect(report.version).toBe(1);
    expect(report.files.map((f) => f.file)).toEqual([MISTAKES, bad]);
    expect(report.files[0].sheets.length).toBe(3);
    expect(report.summary.errors).toBe(14);
    expect(report.summary.warnings).toBe(6);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(bad);
  });

  test("--json output is the same whether or not stderr is a terminal", async () => {
    const piped = await runCli(["--json", CLEAN, PUBLISHED]);
    const terminal = await runCli(["--json", CLEAN, PUBLISHED], { isTTY: true });
    expect(terminal.stdout).toBe(piped.stdout);
    expect(() => JSON.parse(terminal.stdout)).not.toThrow();
  });
});
