/**
 * Turning what WPS's object model gives into what AID's core reads, and back:
 * cell values, error values, colours. Pure: no WPS call in here.
 */
import type { CellValue } from "../core/cells";
import type { RawValue } from "./om";

/**
 * VBA's error values (CVErr's xlErrDiv0 … as the 32-bit HRESULTs a Variant of type
 * VT_ERROR carries) and the texts Excel's Office.js gives for the same cells. On
 * builds where an error cell's Value2 comes through as one of these numbers, it is
 * told from a plain number by the cell's Text (see ./read.ts).
 */
export const ERROR_NUMBERS: ReadonlyMap<number, string> = new Map([
  [-2146826288, "#NULL!"],
  [-2146826281, "#DIV/0!"],
  [-2146826273, "#VALUE!"],
  [-2146826265, "#REF!"],
  [-2146826259, "#NAME?"],
  [-2146826252, "#NUM!"],
  [-2146826246, "#N/A"],
]);

/** The same as VBA's small codes (xlErrDiv0 = 2007 …), which CVErr takes and some bridges pass on. */
export const ERROR_CODES: ReadonlyMap<number, string> = new Map([
  [2000, "#NULL!"],
  [2007, "#DIV/0!"],
  [2015, "#VALUE!"],
  [2023, "#REF!"],
  [2029, "#NAME?"],
  [2036, "#NUM!"],
  [2042, "#N/A"],
]);

const ERROR_TEXTS: ReadonlySet<string> = new Set([
  ...ERROR_NUMBERS.values(),
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

/** Tell whether a number could be an error value in disguise (then its cell's Text decides). */
export function mayBeError(value: RawValue): value is number {
  return typeof value === "number" && ERROR_NUMBERS.has(value);
}

/** The error text a cell shows, when `text` is one ("#DIV/0!"), else null. */
export function errorText(text: string): string | null {
  const t = text.trim();
  return ERROR_TEXTS.has(t) ? t : null;
}

/** One Value2 as the core reads it: empty (undefined, null) → "", everything else as it is. */
export function cellValue(value: RawValue): CellValue {
  if (value === undefined || value === null) return "";
  return value;
}

/** Value2 of a range of `rows` × `columns` as rows of values: a one-cell range gives a scalar. */
export function valueRows(
  value: RawValue | RawValue[][],
  rows: number,
  columns: number
): CellValue[][] {
  if (!Array.isArray(value)) {
    const one = cellValue(value);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => (r === 0 && c === 0 ? one : ""))
    );
  }
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = value[r];
    const cells: CellValue[] = new Array(columns);
    // Some bridges hand a one-column range over as a flat list of values rather than rows.
    if (!Array.isArray(row)) {
      for (let c = 0; c < columns; c++) cells[c] = c === 0 ? cellValue(row as RawValue) : "";
    } else {
      for (let c = 0; c < columns; c++) cells[c] = cellValue(row[c]);
    }
    out.push(cells);
  }
  return out;
}

/** "#RRGGBB" (Office.js) → BGR integer (WPS, VBA): red is the low byte. */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.replace("#", ""), 16);
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return (b << 16) | (g << 8) | r;
}

/** BGR integer (WPS, VBA) → "#RRGGBB", upper case as Office.js writes it. */
export function hexOf(bgr: number): string {
  const v = bgr & 0xffffff;
  const r = v & 0xff;
  const g = (v >> 8) & 0xff;
  const b = (v >> 16) & 0xff;
  return `#${[r, g, b]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

/** XlPattern values AID reads and writes. */
export const XL_PATTERN_NONE = -4142;
export const XL_PATTERN_SOLID = 1;

/** Let the pane paint and take clicks between blocks of synchronous WPS calls. */
export function yieldToPane(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
