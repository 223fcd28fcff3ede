/**
 * A1 addresses as Excel reads and writes them: sheet-qualified, absolute or
 * relative, single cells, rectangles, whole rows and columns, and the comma
 * lists of multi-area ranges (worksheet.getRanges).
 */
import { type Area, cellAddress, columnIndex, columnLetter } from "../../core/address";
import { HostError } from "./protocol";

/** Excel's grid: 1,048,576 rows and 16,384 columns (A to XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based. */
export type Bounds = Area;

/** Split "'My sheet'!A1:B2" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address.trim() };
  const raw = address.slice(0, bang).trim();
  const sheet = /^'(.*)'$/s.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1).trim() };
}

function bad(address: string): HostError {
  return new HostError("InvalidArgument", `The address '${address}' is not valid.`);
}

/** Parse one area: A1, $A$1:B2, 3:5 (rows), C:D (columns). */
export function parseArea(local: string, whole = local): Bounds {
  const [from, to = from] = local.split(":");
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
  const row = /^\$?(\d{1,7})$/;
  const col = /^\$?([A-Za-z]{1,3})$/;
  let r1: number, c1: number, r2: number, c2: number;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    [r1, c1, r2, c2] = [Number(a[2]) - 1, columnIndex(a[1]), Number(b[2]) - 1, columnIndex(b[1])];
  } else if (row.test(from) && row.test(to)) {
    [r1, r2, c1, c2] = [
      Number(row.exec(from)![1]) - 1,
      Number(row.exec(to)![1]) - 1,
      0,
      MAX_COLUMNS - 1,
    ];
  } else if (col.test(from) && col.test(to)) {
    [c1, c2, r1, r2] = [
      columnIndex(col.exec(from)![1]),
      columnIndex(col.exec(to)![1]),
      0,
      MAX_ROWS - 1,
    ];
  } else throw bad(whole);
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const bottom = Math.max(r1, r2);
  const right = Math.max(c1, c2);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) throw bad(whole);
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Parse "A1:B2, D4" (getRanges accepts commas, as Excel's union operator). */
export function parseAreas(address: string): { sheet?: string; areas: Bounds[] } {
  const parts = address.split(",").map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === "")) throw bad(address);
  let sheet: string | undefined;
  const areas = parts.map((part) => {
    const split = splitSheet(part);
    if (split.sheet !== undefined) {
      if (sheet !== undefined && sheet !== split.sheet) throw bad(address);
      sheet = split.sheet;
    }
    return parseArea(split.local, address);
  });
  return { sheet, areas };
}

/** Quote a sheet name for an address when Excel would ('项目表'!A1, Sheet1!A1). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The local address of an area: D7, or A1:B2. */
export function localAddress(b: Bounds): string {
  // Excel writes whole columns as C:C and whole rows as 5:6.
  if (b.row === 0 && b.rows === MAX_ROWS)
    return `${columnLetter(b.column)}:${columnLetter(b.column + b.columns - 1)}`;
  if (b.column === 0 && b.columns === MAX_COLUMNS) return `${b.row + 1}:${b.row + b.rows}`;
  const first = cellAddress(b.row, b.column);
  if (b.rows === 1 && b.columns === 1) return first;
  return `${first}:${cellAddress(b.row + b.rows - 1, b.column + b.columns - 1)}`;
}

/** The sheet-qualified address Excel reports: '项目表'!A1:B2. */
export function qualifiedAddress(sheet: string, b: Bounds): string {
  return `${quoteSheet(sheet)}!${localAddress(b)}`;
}
