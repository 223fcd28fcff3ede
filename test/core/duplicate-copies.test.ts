/**
 * Every copy of a duplicate row can be marked: a duplicate-row finding names the
 * first copy's cell (firstCopyCell), so Highlight marks that copy too.
 */
import type { CellValue } from "../../src/core/cells";
import { validateGrid, type Finding } from "../../src/core/validate";
import { cellMarks } from "../../src/core/validate/marks";
import { firstCopyCell } from "../../src/core/validate/checks/duplicates";

const HEADER: CellValue[] = ["序号", "支援方", "受援方", "项目名称", "项目类别"];
const HOSPITAL: CellValue[] = ["上海", "莎车县", "莎车县人民医院", "社会发展"];
// The hospital three times (rows 2, 4, 5), another project between.
const THREE_COPIES: CellValue[][] = [
  HEADER,
  [1, ...HOSPITAL],
  [2, "上海", "泽普县", "泽普县职业学校", "人才培训"],
  [3, ...HOSPITAL],
  [4, ...HOSPITAL],
];

test("each later copy points at the first copy's project cell", () => {
  const report = validateGrid(THREE_COPIES);
  const duplicates = report.findings.filter((f) => f.rule === "duplicate-row");
  expect(duplicates.map((f) => [f.cell, firstCopyCell(f)])).toEqual([
    ["D4", "D2"],
    ["D5", "D2"],
  ]);
});

test("other findings, and a duplicate-row finding without a usable row, point nowhere", () => {
  const base = { severity: "warning", cell: "D4", row: 4, column: "D", message: "" } as const;
  expect(firstCopyCell({ ...base, rule: "unknown-category", expected: "2" })).toBeNull();
  expect(firstCopyCell({ ...base, rule: "duplicate-row" })).toBeNull();
  expect(firstCopyCell({ ...base, rule: "duplicate-row", expected: "4" })).toBeNull();
  expect(firstCopyCell({ ...base, rule: "duplicate-row", expected: "=1" })).toBeNull();
});

describe("cellMarks: what Highlight marks, the same for the Excel and the WPS host", () => {
  const finding = (
    cell: string,
    severity: "error" | "warning",
    message: string,
    rule: Finding["rule"] = "unknown-category"
  ): Finding => ({
    rule,
    severity,
    cell,
    row: Number(cell.replace(/^[A-Z]+/, "")),
    column: cell.replace(/\d+$/, ""),
    message,
  });

  test("every copy of a duplicate row is marked, the first with the later copies' messages", () => {
    const report = validateGrid(THREE_COPIES);
    const marks = cellMarks(report.findings.filter((f) => f.rule === "duplicate-row"));
    expect([...marks.keys()].sort()).toEqual(["D2", "D4", "D5"]);
    // The first copy's note carries both later copies' whole messages (each names its own cell).
    expect(marks.get("D2")?.lines).toHaveLength(2);
    expect(marks.get("D2")?.lines.every((line) => /D[45]/.test(line))).toBe(true);
    // A later copy's own note drops the address its cell already shows.
    expect(marks.get("D4")?.lines[0].startsWith("D4")).toBe(false);
  });

  test("an error outranks a warning on the same cell, whichever comes first; each line once", () => {
    const marks = cellMarks([
      finding("H5", "warning", "H5：到位率尾差"),
      finding("H5", "error", "H5：到位率不符"),
      finding("H5", "error", "H5：到位率不符"),
      finding("B3", "warning", "B3：未知类别"),
    ]);
    expect(marks.get("H5")).toEqual({ severity: "error", lines: ["到位率尾差", "到位率不符"] });
    expect(marks.get("B3")).toEqual({ severity: "warning", lines: ["未知类别"] });
  });

  test("a cell that is no address on a sheet (past XFD or row 1,048,576, or no cell) is left out", () => {
    const marks = cellMarks([
      finding("XFD1048576", "error", "x"),
      finding("XFE1", "error", "x"),
      finding("A1048577", "error", "x"),
      finding("A0", "error", "x"),
    ]);
    expect([...marks.keys()]).toEqual(["XFD1048576"]);
  });
});
