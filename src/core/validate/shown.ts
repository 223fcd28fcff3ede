/**
 * Numbers as the sheet shows them. A figure shown with d decimals stands for
 * any value within half a unit of its last decimal; rates and shares are kept in
 * percent units whichever way they were written (28.6 in a (%) column, 0.286
 * formatted as 0.0%, or the text '28.6%').
 */
import type { NumberReading } from "../cells";

export interface Shown {
  /** The value as shown (rounded to its shown decimals; percent units for rates). */
  value: number;
  /** Half a unit of the last shown decimal: the value stands for [value - half, value + half]. */
  half: number;
  decimals: number;
}

type NumberRead = NumberReading & { ok: true };

const MAX_DECIMALS = 10;
const POWERS_OF_TEN = Array.from({ length: MAX_DECIMALS + 4 }, (_, i) => 10 ** (i - 3));
const formatCache = new Map<string, { decimals: number | null; percent: boolean }>();
// No format (the common case for plain values) answers the same every time, without a new object.
const GENERAL: { readonly decimals: number | null; readonly percent: boolean } = Object.freeze({
  decimals: null,
  percent: false,
});

/** Decimals a number format shows, and whether it shows percent; null decimals for General and text formats. */
export function formatDecimals(format: string | undefined | null): {
  decimals: number | null;
  percent: boolean;
} {
  // "General" is what readers hand on for nearly every cell: answered before the cache is asked.
  if (!format || format === "General") return GENERAL;
  let known = formatCache.get(format);
  if (!known) {
    known = parseFormat(format);
    if (formatCache.size < 1000) formatCache.set(format, known);
  }
  return known;
}

function parseFormat(format: string): { decimals: number | null; percent: boolean } {
  if (/^(general|g\/通用格式|@|通用格式)$/i.test(format)) return { decimals: null, percent: false };
  // The first section is the one for positive numbers; quoted text, escapes and [colour] codes show no digits.
  const section = format
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
  const percent = section.includes("%");
  const point = section.indexOf(".");
  if (point < 0) return { decimals: /[0#?]/.test(section) ? 0 : null, percent };
  const after = /^[0#?]*/.exec(section.slice(point + 1));
  return { decimals: after ? after[0].length : 0, percent };
}

/** Decimals of a number as Excel's General format would show it (about 15 significant digits, at most 10 decimals). */
export function reprDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  // Scale by powers of ten until the value is whole within binary noise (0.30000000000000004 has one decimal).
  const magnitude = Math.abs(value);
  let scaled = magnitude;
  for (let d = 1; d <= MAX_DECIMALS; d++) {
    scaled *= 10;
    // A few units in the last place of a double (about 16 significant digits) is noise, not a decimal.
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-12 * Math.max(1, scaled)) return d;
  }
  return MAX_DECIMALS;
}

/** Write `raw` rounded to `decimals` into `out`. */
function setAt(out: Shown, raw: number, decimals: number): void {
  // Negative decimals happen when a fraction with few decimals is read in percent units (0.5 → 50, ±5).
  const d = Math.min(MAX_DECIMALS, Math.max(-3, decimals));
  if (d === 0) {
    // Whole numbers, most counts and amounts: the same as below without its two divisions.
    out.value = Math.round(raw);
    out.half = 0.5;
    out.decimals = 0;
    return;
  }
  const factor = POWERS_OF_TEN[d + 3];
  out.value = Math.round(raw * factor) / factor;
  out.half = 0.5 / factor;
  out.decimals = d < 0 ? 0 : d;
}

/**
 * A count or amount as shown, written into `out`. `textDecimals` are the decimals
 * typed in a text cell (null for a real number); counts are exact whatever their format.
 */
export function shownAmountInto(
  out: Shown,
  value: number,
  textDecimals: number | null,
  format: string | undefined | null,
  exact: boolean
): void {
  if (exact) {
    out.value = value;
    out.half = 0;
    out.decimals = reprDecimals(value);
    return;
  }
  const fmt = textDecimals === null ? formatDecimals(format) : undefined;
  const decimals = textDecimals ?? fmt?.decimals ?? reprDecimals(value);
  // A value formatted as percent shows value × 100 with `decimals` decimals, so in value units it has two more.
  setAt(out, value, fmt?.percent ? decimals + 2 : decimals);
}

/**
 * A stated rate or share in percent units, written into `out`. `percentColumn`
 * says the header carries (%) so a plain 28.6 means 28.6%; otherwise a plain
 * value of at most 1 is read as a fraction (0.286 = 28.6%).
 */
export function shownPercentInto(
  out: Shown,
  value: number,
  textDecimals: number | null,
  textPercent: boolean,
  format: string | undefined | null,
  percentColumn: boolean
): void {
  if (textPercent) {
    setAt(out, value * 100, textDecimals ?? reprDecimals(value * 100));
    return;
  }
  const fmt = formatDecimals(format);
  if (fmt.percent) {
    setAt(out, value * 100, fmt.decimals ?? 0);
    return;
  }
  const decimals = textDecimals ?? fmt.decimals;
  if (percentColumn || Math.abs(value) > 1) setAt(out, value, decimals ?? reprDecimals(value));
  else setAt(out, value * 100, (decimals ?? reprDecimals(value)) - 2);
}

/** A count or amount as shown. */
export function shownAmount(
  reading: NumberRead,
  format: string | undefined,
  exact: boolean
): Shown {
  const out: Shown = { value: 0, half: 0, decimals: 0 };
  shownAmountInto(out, reading.value, reading.decimals, format, exact);
  return out;
}

/** A stated rate or share in percent units. */
export function shownPercent(
  reading: NumberRead,
  format: string | undefined,
  percentColumn: boolean
): Shown {
  const out: Shown = { value: 0, half: 0, decimals: 0 };
  shownPercentInto(out, reading.value, reading.decimals, reading.percent, format, percentColumn);
  return out;
}
