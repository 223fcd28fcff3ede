/**
 * Shared sheets and helpers for the validation-engine tests.
 *
 * The three published tables (表2, 表3 and the 篇9 category figures) are typed as
 * the seed document prints them; their known answers were worked out by hand.
 */
import type { CellValue } from "../../src/core/cells";
import {
  validateGrid,
  type Finding,
  type ValidateOptions,
  type ValidationReport,
} from "../../src/core/validate";

export type Grid = CellValue[][];
export type FormatGrid = (string | undefined | null)[][];

/** A merged title row: the text in the first cell, the rest of the merge ''. */
export function titleRow(text: string, width: number): CellValue[] {
  return [text, ...Array<CellValue>(width - 1).fill("")];
}

export function blankRow(width: number): CellValue[] {
  return Array<CellValue>(width).fill("");
}

// ---- 表2: 对口援疆试点项目完工情况 --------------------------------------------

export const T2_HEADER: CellValue[] = ["支援方", "受援方", "试点项目", "完工项目", "项目完工率(%)"];

export const T2_ROWS: CellValue[][] = [
  ["江苏", "伊犁州直", 4, 1, 25],
  ["辽宁", "塔城地区", 10, 6, 60],
  ["吉林、黑龙江", "阿勒泰地区", 14, 4, 28.6],
  ["湖北", "博州", 4, 1, 25],
  ["福建、山西", "昌吉州", 8, 5, 62.5],
  ["湖南", "吐鲁番地区", 9, 1, 11.1],
  ["河南", "哈密地区", 9, 7, 77.8],
  ["河北", "巴州", 3, 2, 66.7],
  ["浙江", "阿克苏地区", 24, 11, 45.8],
  ["江苏、江西", "克州", 11, 6, 54.5],
  ["上海、山东、广东、深圳", "喀什地区", 42, 27, 64.3],
  ["北京、天津、安徽", "和田地区", 35, 20, 57.1],
];

export const T2_TOTAL: CellValue[] = ["合计", "", 173, 91, 53];

/** 表2 with its header in the first row, twelve data rows and the total row (sheet rows 1-14). */
export function table2(): Grid {
  return [T2_HEADER, ...T2_ROWS, T2_TOTAL].map((row) => [...row]);
}

// ---- 表3: 对口援疆项目开工及资金到位情况 -------------------------------------

export const T3_HEADER: CellValue[] = [
  "支援方",
  "受援方",
  "计划项目",
  "已开工项目",
  "开工率(%)",
  "计划资金(亿元)",
  "已到位资金(亿元)",
  "到位率(%)",
];

export const T3_ROWS: CellValue[][] = [
  ["江苏", "伊犁州直", 176, 159, 90.3, 16.9, 3.25, 19.2],
  ["辽宁", "塔城地区", 55, 47, 85.5, 8.9, 1.4, 15.9],
  ["吉林、黑\n龙江", "阿勒泰地区", 64, 37, 57.8, 2.2, 0.3, 14.4],
  ["湖北", "博州", 35, 17, 48.6, 1.5, 0.16, 10.7],
  ["福建、山西", "昌吉州", 57, 50, 87.7, 4.9, 0.8, 16.4],
  ["湖南", "吐鲁番地区", 43, 20, 47, 2.36, 0.02, 0.8],
  ["河南", "哈密地区", 50, 39, 78, 4, 1.6, 40.1],
  ["河北", "巴州", 17, 12, 71, 4.36, 1.38, 31.6],
  ["浙江", "阿克苏地区", 123, 91, 74, 14.1, 3.8, 26.9],
  ["江苏、江西", "克州", 63, 51, 81, 6.14, 4.18, 68.2],
  ["上海、山东、广东、深圳", "喀什地区", 287, 209, 72.8, 47.3, 16, 33.8],
  ["北京、天津、安徽", "和田地区", 213, 60, 28, 28.7, 5.5, 19],
];

export const T3_TOTAL: CellValue[] = ["合计", "", 1183, 792, 67, 141.3, 38.4, 27.2];

/** 表3 with its header in the first row (sheet rows 1-14). */
export function table3(): Grid {
  return [T3_HEADER, ...T3_ROWS, T3_TOTAL].map((row) => [...row]);
}

// ---- 篇9: 援助资金按类别 ------------------------------------------------------

export const P9_HEADER: CellValue[] = ["类别", "项目数(个)", "援助资金(亿元)", "占比(%)"];

export const P9_ROWS: CellValue[][] = [
  ["房屋建设", 280, 268.49, 47.4],
  ["社会发展", 744, 138.09, 24.4],
  ["产业发展", 331, 84.5, 15],
  ["人才培训", 144, 19.14, 3.4],
  ["基层阵地建设", 235, 10.23, 1.8],
  ["其它", 113, 14.3, 2.5],
  ["地州统筹和预留资金", "", 32, 5.6],
];

export const P9_TOTAL: CellValue[] = ["合计", 1847, 562.78, ""];

/** The 篇9 category figures with the header in the first row (sheet rows 1-9). */
export function pian9(): Grid {
  return [P9_HEADER, ...P9_ROWS, P9_TOTAL].map((row) => [...row]);
}

// ---- a small progress sheet whose every figure is right -------------------------

/**
 * Header in row 1, data in rows 2-4, total in row 5; columns
 * A 支援方, B 受援方, C 计划项目, D 已开工项目, E 开工率(%), F 计划资金(亿元), G 已到位资金(亿元), H 到位率(%).
 */
export function progressSheet(): Grid {
  return [
    [...T3_HEADER],
    ["上海", "莎车县", 10, 5, 50, 4, 2, 50],
    ["山东", "疏勒县", 8, 6, 75, 2.5, 1, 40],
    ["江西", "阿克陶县", 4, 1, 25, 1.2, 0.3, 25],
    ["合计", "", 22, 12, 54.5, 7.7, 3.3, 42.9],
  ];
}

// ---- helpers ------------------------------------------------------------------

export function check(
  values: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | undefined | null)[])[],
  options?: ValidateOptions
): ValidationReport {
  return validateGrid(values, formats, options);
}

/** [rule, cell] of every finding, in report order. */
export function ruleCells(report: ValidationReport): [string, string][] {
  return report.findings.map((f) => [f.rule, f.cell]);
}

export function findingsAt(report: ValidationReport, cell: string): Finding[] {
  return report.findings.filter((f) => f.cell === cell);
}

export function byRule(report: ValidationReport, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** A copy of a grid with one cell replaced (0-based grid row and column). */
export function withCell(grid: Grid, row: number, column: number, value: CellValue): Grid {
  const copy = grid.map((r) => [...r]);
  copy[row][column] = value;
  return copy;
}

/** A format grid of the grid's shape, 'General' everywhere except the cells given as "r,c". */
export function formatsFor(grid: Grid, cells: Record<string, string>): FormatGrid {
  return grid.map((row, r) => row.map((_, c) => cells[`${r},${c}`] ?? "General"));
}
