/**
 * Numbers as the sheet shows them. A figure shown with d decimals stands for
 * any value within half a unit of its last decimal; rates and shares are kept in
 * percent units whichever way they were written (28.6 in a (%) column, 0.286
 * formatted as 0.0%, or the text '28.6%').
 */
import { readNumber, type CellValue, type NumberReading } from "../cells";

export interface Shown {
  /** The value as shown (rounded to its shown decimals; percent units for rates). */
  readonly value: number;
  /** Half a unit of the last shown decimal: the value stands for [value - half, value + half]. */
  readonly half: number;
  readonly decimals: number;
}

const MAX_DECIMALS = 10;

/** Decimals a number format shows, and whether it shows percent; null decimals for General and text formats. */
export function formatDecimals(format: string | undefined): {
  decimals: number | null;
  percent: boolean;
} {
  if (!format || /^(general|g\/通用格式|@|通用格式)$/i.test(format))
    return { decimals: null, percent: false };
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

/** Decimals in the shortest form of a number, as Excel's General format would show it (capped at 10). */
export function reprDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  const text = Math.abs(value).toPrecision(15).replace(/0+$/, "");
  const point = text.indexOf(".");
  if (text.includes("e")) return MAX_DECIMALS;
  return point < 0 ? 0 : Math.min(MAX_DECIMALS, text.length - point - 1);
}

function shownAt(raw: number, decimals: number): Shown {
  // Negative decimals happen when a fraction with few decimals is read in percent units (0.5 → 50, ±5).
  const d = Math.min(MAX_DECIMALS, Math.max(-3, decimals));
  const factor = 10 ** d;
  return { value: Math.round(raw * factor) / factor, half: 0.5 / factor, decimals: Math.max(0, d) };
}

/** A count or amount as shown; counts are exact whatever their format. */
export function shownAmount(
  reading: NumberReading & { ok: true },
  format: string | undefined,
  exact: boolean
): Shown {
  if (exact) return { value: reading.value, half: 0, decimals: reprDecimals(reading.value) };
  const fromFormat =
    reading.decimals === null ? formatDecimals(format) : { decimals: null, percent: false };
  const decimals = reading.decimals ?? fromFormat.decimals ?? reprDecimals(reading.value);
  // A value formatted as percent shows value × 100 with `decimals` decimals, so in value units it has two more.
  return shownAt(reading.value, fromFormat.percent ? decimals + 2 : decimals);
}

/**
 * A stated rate or share, in percent units. `percentColumn` says the header
 * carries (%) so a plain 28.6 means 28.6%; otherwise a plain value of at most 1
 * is read as a fraction (0.286 = 28.6%).
 */
export function shownPercent(
  reading: NumberReading & { ok: true },
  format: string | undefined,
  percentColumn: boolean
): Shown {
  if (reading.percent)
    return shownAt(reading.value * 100, reading.decimals ?? reprDecimals(reading.value * 100));
  const fmt = formatDecimals(format);
  if (fmt.percent) return shownAt(reading.value * 100, fmt.decimals ?? 0);
  const decimals = reading.decimals ?? fmt.decimals;
  if (percentColumn || Math.abs(reading.value) > 1)
    return shownAt(reading.value, decimals ?? reprDecimals(reading.value));
  const fractionDecimals = decimals ?? reprDecimals(reading.value);
  return shownAt(reading.value * 100, fractionDecimals - 2);
}

/** Read a cell with its format; undefined when it is not a number. */
export function readShownNumber(value: CellValue): (NumberReading & { ok: true }) | undefined {
  const reading = readNumber(value);
  return reading.ok ? reading : undefined;
}
