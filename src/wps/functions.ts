/**
 * The eight AID functions for WPS 表格, from the same implementations as Excel's
 * (src/functions/functions.ts over ./lift.ts there): only the argument and result
 * shapes differ, and they are handled here, in one place.
 *
 * Kingsoft documents that WPS (from 12.1.0.20540) calls add-in functions synchronously,
 * as Namespace.Name(…), with their metadata in functions.json named by manifest.xml
 * (https://365.kdocs.cn/3rd/open/documents/app-integration-dev/client/wpsoffice/wps-integration-mode/wps-addin-development/wps-addin-custome-function.html).
 * How arguments arrive is not documented there, so every shape seen in WPS's JS API
 * is accepted (needs a check in real WPS):
 * - an omitted argument: undefined → left out, as Excel's null;
 * - one value (a typed constant or one cell): number, string, boolean; an empty cell undefined, null or "";
 * - a range: rows of values (Value2's shape), a flat list (taken as one column), or a
 *   Range object with Value2 (read through it);
 * - an error cell: VBA's error number (-2146826281 for #DIV/0!) or its text; both become the text.
 * Results: one cell gives a scalar, several an array of rows; an error is given as the
 * text the cell would show (#DIV/0!, #N/A), since WPS's way of returning an error value
 * from a JS function is not documented.
 */
import * as aid from "../functions/functions";
import type { Arg, Result } from "../functions/lift";
import { ERROR_CODES, ERROR_NUMBERS, valueRows } from "./values";

function one(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return ERROR_NUMBERS.get(value) ?? value;
  return value;
}

/** One WPS argument in the shape Excel's runtime gives (rows of values), or null when left out. */
export function fromWps(arg: unknown): Arg {
  if (arg === undefined) return null;
  if (Array.isArray(arg)) {
    if (arg.length === 0) return null;
    return arg.every(Array.isArray)
      ? (arg as unknown[][]).map((row) => row.map(one))
      : arg.map((v) => [one(v)]);
  }
  if (arg && typeof arg === "object" && "Value2" in arg) {
    const range = arg as { Value2: unknown; Rows?: { Count: number }; Columns?: { Count: number } };
    const rows = range.Rows?.Count ?? 1;
    const columns = range.Columns?.Count ?? 1;
    return valueRows(range.Value2 as never, rows, columns).map((row) => row.map(one));
  }
  return [[one(arg)]];
}

function shown(value: unknown): unknown {
  if (value && typeof value === "object" && "code" in value)
    return String((value as { code: unknown }).code);
  return value;
}

/** A result as WPS shows it: a scalar for one cell, rows for several, errors as their text. */
export function toWps(result: Result): unknown {
  const rows = result.map((row) => row.map(shown));
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
}

/**
 * Excel's custom-functions runtime provides CustomFunctions.Error, which the shared
 * implementation builds its errors with; WPS has none, so a stand-in that keeps the code is put in place.
 */
export function ensureErrorClass(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions) return;
  class WpsFunctionError {
    constructor(
      readonly code: string,
      readonly message?: string
    ) {}
  }
  g.CustomFunctions = {
    Error: WpsFunctionError,
    ErrorCode: Object.fromEntries([...ERROR_CODES.values()].map((c) => [c, c])),
  };
}

type Fn = (...args: unknown[]) => unknown;
const wrap =
  (f: (...args: Arg[]) => Result, raw: number[] = []): Fn =>
  (...args) => {
    ensureErrorClass();
    // Programme names go in as they are (withProgramme reads a value or rows).
    return toWps(f(...args.map((a, i) => (raw.includes(i) ? (a as Arg) : fromWps(a)))));
  };

/** The functions by the names WPS calls them under the AID namespace (=AID.RATE …). */
export const WPS_FUNCTIONS: Readonly<Record<string, Fn>> = {
  RATE: wrap((p, d) => aid.rate(p as never, d as never)),
  SHARE: wrap((a, t) => aid.share(a as never, (t ?? undefined) as never)),
  QUOTA: wrap((r, q) => aid.quota(r as never, (q ?? undefined) as never)),
  PAIRED: wrap((s, r, p) => aid.paired(s as never, r as never, p as never), [2]),
  SUPPORTERS: wrap((r, p) => aid.supporters(r as never, p as never), [1]),
  RECIPIENTS: wrap((s, p) => aid.recipients(s as never, p as never), [1]),
  NORMALIZE: wrap((n) => aid.normalize(n as never)),
  CATEGORY: wrap((t) => aid.category(t as never)),
};
