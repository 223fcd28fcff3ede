/**
 * Finding the table on a sheet: which row is the header, what each column holds.
 *
 * Sheets are made by people: titles above the header, a header split over two
 * rows under merged cells (计划 over 项目 | 资金(亿元)), units in brackets. The
 * header is the row (or pair of rows) among the first rows whose cells name the
 * most roles; a caller may instead name the header row and any column's role.
 */
import { isBlank, readNumber, type CellValue } from "../cells";
import { readHeader, type Role } from "./roles";

export interface Layout {
  /** Grid index of the first header row. */
  readonly headerRow: number;
  /** 1, or 2 when the header spans two rows. */
  readonly headerRows: number;
  readonly columns: Partial<Record<Role, number>>;
  readonly units: Partial<Record<Role, string>>;
  /** Grid columns the header covers (the table's width). */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** The header's text per grid column (two header rows joined), '' where there is none. */
  readonly headers: readonly string[];
}

/** Rows scanned for a header; titles and notes above a table are rarely longer. */
export const HEADER_SCAN_ROWS = 30;

function isHeaderText(value: CellValue): value is string {
  return typeof value === "string" && !isBlank(value) && !readNumber(value).ok;
}

function isHeaderLike(row: readonly CellValue[]): boolean {
  let texts = 0;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (!isHeaderText(value)) return false;
    texts++;
  }
  return texts > 0;
}

/** Join a two-row header: a merged top cell spreads over the columns its lower row fills. */
function combine(top: readonly CellValue[], bottom: readonly CellValue[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const out: string[] = [];
  let carried = "";
  for (let c = 0; c < width; c++) {
    const upper = isHeaderText(top[c]) ? String(top[c]) : "";
    const lower = isHeaderText(bottom[c]) ? String(bottom[c]) : "";
    if (upper) carried = upper;
    else if (!lower) carried = "";
    out.push((upper || (lower ? carried : "")) + lower);
  }
  return out;
}

interface Reading {
  readonly headers: readonly string[];
  readonly columns: Partial<Record<Role, number>>;
  readonly units: Partial<Record<Role, string>>;
  readonly count: number;
  readonly first: number;
  readonly last: number;
}

function readRow(cells: readonly CellValue[]): Reading {
  const columns: Partial<Record<Role, number>> = {};
  const units: Partial<Record<Role, string>> = {};
  let count = 0;
  let first = -1;
  let last = -1;
  const headers = cells.map((cell) => (isHeaderText(cell) ? cell.trim() : ""));
  cells.forEach((cell, c) => {
    if (!isHeaderText(cell)) return;
    if (first < 0) first = c;
    last = c;
    const { role, unit } = readHeader(cell);
    if (role && columns[role] === undefined) {
      columns[role] = c;
      if (unit) units[role] = unit;
      count++;
    }
  });
  return { headers, columns, units, count, first, last };
}

/** A 完成率 next to funds but no completed count is the funds' rate (完成投资 ÷ 计划投资). */
function settle(reading: Reading): Reading {
  const { columns, units } = reading;
  if (
    columns.completionRate !== undefined &&
    columns.completedCount === undefined &&
    columns.arrivalRate === undefined &&
    columns.arrivedFunds !== undefined
  ) {
    const settled = { ...columns, arrivalRate: columns.completionRate };
    delete settled.completionRate;
    const settledUnits = { ...units, arrivalRate: units.completionRate };
    delete settledUnits.completionRate;
    return { ...reading, columns: settled, units: settledUnits };
  }
  return reading;
}

function toLayout(reading: Reading, headerRow: number, headerRows: number): Layout {
  return {
    headerRow,
    headerRows,
    columns: reading.columns,
    units: reading.units,
    firstColumn: reading.first,
    lastColumn: reading.last,
    headers: reading.headers,
  };
}

/** Read the header at a given grid row (one row, or two when the next row continues it). */
export function layoutAt(rows: readonly (readonly CellValue[])[], r: number): Layout | null {
  const row = rows[r];
  if (!row) return null;
  const single = settle(readRow(row));
  const next = rows[r + 1];
  if (next && isHeaderLike(next)) {
    // Two rows are one header only when together they name more than either does alone
    // (a title row above a full header adds nothing).
    const both = settle(readRow(combine(row, next)));
    if (both.count > Math.max(single.count, readRow(next).count)) return toLayout(both, r, 2);
  }
  return toLayout(single, r, 1);
}

/** Find the header among the first rows: the row naming the most roles (at least two), the earliest on a tie. */
export function detectLayout(rows: readonly (readonly CellValue[])[]): Layout | null {
  let best: Layout | null = null;
  let bestCount = 1;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const layout = layoutAt(rows, r);
    if (!layout) continue;
    const count = Object.keys(layout.columns).length;
    if (count > bestCount) {
      best = layout;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Apply the caller's column roles over a layout: each named column takes that
 * role and loses any other. With `only`, the named columns are the whole layout
 * (the pane passes every role the user sees, so a column set to "not checked" stays so).
 */
export function withColumns(
  layout: Layout,
  overrides: Partial<Record<Role, number>>,
  only = false
): Layout {
  const columns: Partial<Record<Role, number>> = only ? {} : { ...layout.columns };
  for (const [role, column] of Object.entries(overrides) as [Role, number][]) {
    for (const [other, c] of Object.entries(columns) as [Role, number][])
      if (c === column) delete columns[other];
    columns[role] = column;
  }
  // Units belong to the header text of the column a role now sits in.
  const units: Partial<Record<Role, string>> = {};
  for (const [role, c] of Object.entries(columns) as [Role, number][]) {
    const unit = readHeader(layout.headers[c] ?? "").unit;
    if (unit) units[role] = unit;
  }
  const used = Object.values(columns) as number[];
  return {
    ...layout,
    columns,
    units,
    firstColumn: Math.min(layout.firstColumn < 0 ? Infinity : layout.firstColumn, ...used),
    lastColumn: Math.max(layout.lastColumn, ...used),
  };
}
