/**
 * Every copy of a duplicate row can be marked: a duplicate-row finding names the
 * first copy's cell (firstCopyCell), so Highlight marks that copy too.
 */
import type { CellValue } from "../../src/core/cells";
import { validateGrid } from "../../src/core/validate";
import { firstCopyCell } from "../../src/core/validate/checks/duplicates";

const HEADER: CellValue[] = ["序号", "支援方", "受援方", "项目名称", "项目类别"];
const HOSPITAL: CellValue[] = ["上海", "莎车县", "莎车县人民医院", "社会发展"];

test("each later copy points at the first copy's project cell", () => {
  const report = validateGrid([
    HEADER,
    [1, ...HOSPITAL],
    [2, "上海", "泽普县", "泽普县职业学校", "人才培训"],
    [3, ...HOSPITAL],
    [4, ...HOSPITAL],
  ]);
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
