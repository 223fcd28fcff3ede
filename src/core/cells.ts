/**
 * Cell values as Excel hands them over, and how to read them as numbers.
 *
 * Office.js `range.values`, custom-function arguments (after ../functions/lift.ts)
 * and the .xlsx reader of aid-check all produce the same shapes: numbers,
 * strings, booleans, '' for an empty cell and error values as strings such as
 * '#DIV/0!'. This is the one place that decides what counts as a number, so the
 * functions, the pane and the command line agree.
 */

import { foldWidth } from "./text";

export type CellValue = string | number | boolean | null | undefined;

/** Error values Excel can put in a cell, as `range.values` spells them. */
export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
];
/**
 * An error whose code a reader could not recover: exceljs's streaming reader
 * keeps a formula's cached error result only as NaN. Treated as an error value.
 */
export const UNKNOWN_ERROR = "#ERROR";

const ERROR_SET = new Set([...EXCEL_ERRORS, UNKNOWN_ERROR]);

/** Tell whether a value is an Excel error such as '#DIV/0!'. */
export function isErrorValue(value: CellValue): boolean {
  return (
    typeof value === "string" &&
    value.length > 0 &&
    value.charCodeAt(0) === 35 /* # */ &&
    ERROR_SET.has(value)
  );
}

/** Tell whether a cell is empty: '', null, undefined or only whitespace. */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined || value === "") return true;
  if (typeof value !== "string") return false;
  // Most text starts with a visible character; only text starting with a space needs trimming.
  const first = value.charCodeAt(0);
  if (first > 32 && first !== 0xa0 && first !== 0x3000 && first !== 0xfeff) return false;
  return value.trim().length === 0;
}

export type NumberReading =
  | {
      readonly ok: true;
      /** The value; '28.6%' reads as 0.286. */
      readonly value: number;
      /** Digits typed after the decimal point (in percent units for '28.6%'); null for real numbers, whose shown precision depends on the number format. */
      readonly decimals: number | null;
      /** True when the text carried a trailing %. */
      readonly percent: boolean;
    }
  | { readonly ok: false; readonly reason: "blank" | "error" | "boolean" | "text" };

const BLANK: NumberReading = { ok: false, reason: "blank" };
const ERROR: NumberReading = { ok: false, reason: "error" };
const BOOLEAN: NumberReading = { ok: false, reason: "boolean" };
const TEXT: NumberReading = { ok: false, reason: "text" };

// Plain ASCII decimals are by far the most common numeric text; they skip normalisation.
const PLAIN = /^[+-]?\d+(?:\.(\d+))?$/;
// After folding full-width forms: optional sign, digits with optional comma grouping in threes, decimals, exponent, %.
const NUMERIC = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?(%)?$/;
// The typographic minus and other dashes people paste in front of negative numbers.
const MINUS_SIGNS = /^[\u2212\u2012\u2013\u2014\ufe63]/;

/** Read a cell as a number: numbers, numeric text, full-width digits, thousands separators and a trailing % count; anything else does not. */
export function readNumber(value: CellValue): NumberReading {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value, decimals: null, percent: false } : TEXT;
  }
  if (typeof value === "boolean") return BOOLEAN;
  if (value === null || value === undefined) return BLANK;
  const plain = PLAIN.exec(value);
  if (plain) {
    // Digits beyond a double's range are not a figure anybody meant.
    const number = Number(value);
    if (!Number.isFinite(number)) return TEXT;
    return { ok: true, value: number, decimals: plain[1] ? plain[1].length : 0, percent: false };
  }
  return readNumericText(value);
}

function readNumericText(text: string): NumberReading {
  if (isErrorValue(text)) return ERROR;
  const cleaned = foldWidth(text).trim().replace(MINUS_SIGNS, "-").replace(/\s+/g, "");
  if (cleaned.length === 0) return BLANK;
  const match = NUMERIC.exec(cleaned);
  if (!match || (match[2] === undefined && match[3] === undefined)) return TEXT;
  const [, sign, whole = "0", fraction, exponent, percent] = match;
  let value = Number(
    `${sign ?? ""}${whole.replace(/,/g, "")}.${fraction ?? "0"}e${exponent ?? "0"}`
  );
  if (!Number.isFinite(value)) return TEXT;
  if (percent) value /= 100;
  const decimals = exponent === undefined ? (fraction?.length ?? 0) : null;
  return { ok: true, value, decimals, percent: percent !== undefined };
}
