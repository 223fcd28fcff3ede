/**
 * Rates, shares and quotas as the document uses them: 完工率 = 完工项目 ÷ 计划项目,
 * 到位率 = 到位资金 ÷ 计划资金, a category's share = its amount ÷ the sum of the
 * listed amounts, and the Wenchuan quota of at least 1% of last year's revenue.
 */
import { isBlank, readNumber, type CellValue } from "./cells";
import type { Outcome, Problem, Quantity } from "./problems";

/** The quota ratio of 篇8: 不低于本省市上年地方财政收入的1%. */
export const DEFAULT_QUOTA_RATIO = 0.01;

/** Read a count or an amount: blank gives null; text, errors and negatives give a Problem. */
export function readAmount(value: CellValue, what: Quantity): Outcome<number | null> {
  const reading = readNumber(value);
  if (reading.ok)
    return reading.value < 0 ? { problem: "negative", what, value: reading.value } : reading.value;
  switch (reading.reason) {
    case "blank":
      return null;
    case "error":
      return { problem: "cell-error", code: String(value) };
    default:
      return { problem: "not-a-number", what, text: String(value) };
  }
}

/** done ÷ planned as a fraction; both blank gives '' so a spilled column stays quiet on empty rows. */
export function rate(planned: CellValue, done: CellValue): Outcome<number | ""> {
  const p = readAmount(planned, "planned");
  const d = readAmount(done, "done");
  if (p === null && d === null) return "";
  if (typeof p === "object" && p !== null) return p;
  if (typeof d === "object" && d !== null) return d;
  if (p === null) return { problem: "missing", what: "planned" };
  if (d === null) return { problem: "missing", what: "done" };
  if (p === 0) return { problem: "division-by-zero", what: "planned" };
  return d / p;
}

/**
 * Each amount's share of the total, same shape as the amounts. Without a total
 * the denominator is the sum of the amounts; if any amount is unreadable that sum
 * is unknown, so every share reports a problem rather than a wrong figure.
 */
export function shares(
  amounts: readonly (readonly CellValue[])[],
  total?: CellValue
): Outcome<number | "">[][] {
  const read = amounts.map((row) => row.map((v) => readAmount(v, "amount")));
  let denominator: Outcome<number>;
  if (total !== undefined && !isBlank(total)) {
    const t = readAmount(total, "total");
    denominator = t === null ? { problem: "missing", what: "total" } : t;
  } else {
    const bad = read.flat().find((v): v is Problem => typeof v === "object" && v !== null);
    let sum = 0;
    for (const row of read) for (const v of row) if (typeof v === "number") sum += v;
    denominator = bad ?? sum;
  }
  return read.map((row) =>
    row.map((v) => {
      if (v === null) return "";
      if (typeof v === "object") return v;
      if (typeof denominator === "object") return denominator;
      if (denominator === 0) return { problem: "division-by-zero", what: "total" };
      return v / denominator;
    })
  );
}

/** The minimum yearly support: revenue × ratio (1% unless given). */
export function quota(revenue: CellValue, ratio?: CellValue): Outcome<number | ""> {
  const r = readAmount(revenue, "revenue");
  if (r === null) return "";
  if (typeof r === "object") return r;
  const k =
    ratio === undefined || isBlank(ratio) ? DEFAULT_QUOTA_RATIO : readAmount(ratio, "ratio");
  if (k === null || typeof k === "object") return k ?? { problem: "missing", what: "ratio" };
  return r * k;
}
