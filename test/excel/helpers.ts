/**
 * Shared set-up for the src/excel tests: realistic 对口支援 project sheets and cell
 * helpers; the installer (Office.js in front of the fake host) and the workbook
 * snapshot come from the one kit in test/support and are passed on from here.
 */
import { columnIndex } from "../../src/core/address";
import type { CellValue } from "../../src/core/cells";
import { programmeById } from "../../src/core/programmes";
import type { Block } from "../../src/excel";
import { readSheet } from "../../src/excel/read";
import type { SheetModel } from "../../src/workbench/model";

import type { TestHost } from "../support/office-js";
export { install, type TestHost } from "../support/office-js";
export { snapshot } from "../support/workbook";
export {
  CELL_LIMIT,
  PAYLOAD_LIMIT_BYTES as REQUEST_LIMIT_BYTES,
} from "../../src/workbench/host/state";

export const PROJECT_HEADER: CellValue[] = [
  "序号",
  "支援方",
  "受援方",
  "项目名称",
  "项目类别",
  "计划资金(万元)",
  "已到位资金(万元)",
  "到位率",
];

export const PROJECT_FORMATS: string[] = [
  "0",
  "@",
  "@",
  "@",
  "General",
  "#,##0.00",
  "#,##0.00",
  "0.0%",
];

const CATEGORIES = ["房屋建设", "社会发展", "产业发展", "人才培训", "基层阵地建设"];
const KINDS = ["安居富民工程", "人民医院病房楼", "职业技术学校实训基地", "乡村道路", "工业园区"];

export interface Grid {
  readonly values: CellValue[][];
  readonly formats: string[][];
}

/**
 * A project list of the 2010 Xinjiang programme: header, then `rows` projects
 * with official pairs, categories, planned and arrived funds and the rate.
 * Every 997th project has its arrived funds typed as text (待定).
 */
export function projectGrid(rows: number): Grid {
  const pairs = programmeById("xinjiang-2010").pairs;
  const values: CellValue[][] = [[...PROJECT_HEADER]];
  const formats: string[][] = [PROJECT_HEADER.map(() => "@")];
  for (let i = 0; i < rows; i++) {
    const pair = pairs[i % pairs.length];
    const planned = 500 + ((i * 37) % 9500);
    const arrived = Math.round(planned * (((i * 13) % 100) / 100) * 100) / 100;
    const pending = i % 997 === 996;
    values.push([
      i + 1,
      pair.supporter,
      pair.recipient,
      `${pair.recipient}${KINDS[i % KINDS.length]}（${i + 1}）`,
      CATEGORIES[i % CATEGORIES.length],
      planned,
      pending ? "待定" : arrived,
      pending ? "" : arrived / planned,
    ]);
    formats.push([...PROJECT_FORMATS]);
  }
  return { values, formats };
}

/** Put a grid on a sheet with its top-left cell at (row, column), 0-based. */
export function putGrid(sheet: SheetModel, grid: Grid, row = 0, column = 0): void {
  grid.values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      sheet.setValue(row + r, column + c, value);
      const format = grid.formats[r]?.[c];
      if (format !== undefined) sheet.setFormat(row + r, column + c, format);
    })
  );
}

const PROSE =
  "对口支援新疆项目建设内容包括安居富民工程定居兴牧工程学校医院道路供水供电等民生设施以及产业园区职业培训和干部人才交流";
const PROSE_LOOP = PROSE.repeat(Math.ceil(1000 / PROSE.length) + 2);

/** `length` characters of Chinese text, different for each `seed` (it starts with the seed). */
export function longChinese(seed: number, length = 200): string {
  const prefix = `${seed}号`;
  const start = seed % PROSE.length;
  return prefix + PROSE_LOOP.slice(start, start + length - prefix.length);
}

/** Everything read by readSheet, with the stand-in's counts for that one call. */
export interface ReadResult {
  readonly shape: Awaited<ReturnType<typeof readSheet>>;
  readonly blocks: number;
  readonly values: CellValue[][];
  readonly formats: string[][];
  readonly syncs: number;
}

export async function readAll(standIn: TestHost, name?: string): Promise<ReadResult> {
  const before = standIn.stats.syncs;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  let blocks = 0;
  const shape = await readSheet(name, (block: Block) => {
    blocks++;
    values.push(...block.values);
    formats.push(...block.formats);
  });
  return { shape, blocks, values, formats, syncs: standIn.stats.syncs - before };
}

/** The first row where two grids differ (with both rows), or null when they are equal. */
export function firstDifference<T>(
  got: readonly (readonly T[])[],
  want: readonly (readonly T[])[]
): { row: number; got: readonly T[] | undefined; want: readonly T[] | undefined } | null {
  const n = Math.max(got.length, want.length);
  for (let r = 0; r < n; r++) {
    const a = got[r];
    const b = want[r];
    if (!a || !b || a.length !== b.length || a.some((v, c) => v !== b[c]))
      return { row: r, got: a, want: b };
  }
  return null;
}

/** The model's key ("row,column", 0-based) of an A1 address. */
export function keyOf(address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  return `${Number(m[2]) - 1},${columnIndex(m[1])}`;
}

/** The fill of a cell given by its A1 address, or undefined when it has none. */
export function fillAt(
  sheet: SheetModel,
  address: string
): { color: string; pattern: string } | undefined {
  const fill = sheet.cellFormats.get(keyOf(address))?.fill;
  return fill ? { ...fill } : undefined;
}

/** Give a cell (A1 address) a solid fill, as a user would. */
export function paint(sheet: SheetModel, address: string, color: string): void {
  const key = keyOf(address);
  const format = sheet.cellFormats.get(key) ?? {};
  format.fill = { color, pattern: "Solid" };
  sheet.cellFormats.set(key, format);
}
