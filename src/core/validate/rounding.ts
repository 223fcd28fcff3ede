/**
 * Does a stated figure agree with the figures it is computed from, given that
 * every shown figure stands for an interval: value ± half a unit of its last
 * shown decimal (half is 0 for exact counts)?
 *
 * - "exact": the shown figures themselves give the stated figure at its precision;
 * - "rounding": only values inside the figures' rounding intervals give it;
 * - "mismatch": no values consistent with what is shown give it.
 *
 * Plain numbers in and out: these run for every row of large sheets.
 */

export type Agreement = "exact" | "rounding" | "mismatch";

// Floating-point slack: 0.1 + 0.2 must still round like 0.3 does on paper.
const EPSILON = 1e-9;

function slack(stated: number): number {
  return EPSILON * Math.max(1, Math.abs(stated));
}

/**
 * Does x show as `stated` at its precision? Exactly half a unit away counts only on
 * the side that rounds to it: Excel rounds halves away from zero (四舍五入), so
 * 12.5 shows as 13, never 12.
 */
function within(x: number, stated: number, statedHalf: number): boolean {
  const d = x - stated;
  const s = slack(stated);
  if (Math.abs(d) > statedHalf + s) return false;
  // Clearly inside, or shown so finely (a full-precision formula result) that a tie means nothing.
  if (Math.abs(d) < statedHalf - s || statedHalf <= s) return true;
  // Exactly half a unit away: Excel rounds halves away from zero.
  return stated >= 0 ? d < 0 : d > 0;
}

function overlaps(lo: number, hi: number, stated: number, statedHalf: number): boolean {
  const s = slack(stated);
  return lo <= stated + statedHalf + s && hi >= stated - statedHalf - s;
}

/** Compare a stated percentage with numerator ÷ denominator × 100; the denominator must be above zero. */
export function ratioAgreement(
  num: number,
  numHalf: number,
  den: number,
  denHalf: number,
  stated: number,
  statedHalf: number
): Agreement {
  if (within((num / den) * 100, stated, statedHalf)) return "exact";
  // Exact figures (counts) leave no rounding to blame.
  if (numHalf === 0 && denHalf === 0) return "mismatch";
  const denLo = den - denHalf;
  const lo = (Math.max(0, num - numHalf) / (den + denHalf)) * 100;
  const hi = denLo > 0 ? ((num + numHalf) / denLo) * 100 : Infinity;
  return overlaps(lo, hi, stated, statedHalf) ? "rounding" : "mismatch";
}

/** Compare a stated total with the sum of the figures above it (the sum of their halves is the sum's half). */
export function sumAgreement(
  sum: number,
  sumHalf: number,
  stated: number,
  statedHalf: number
): Agreement {
  if (within(sum, stated, statedHalf)) return "exact";
  if (sumHalf === 0) return "mismatch";
  return overlaps(sum - sumHalf, sum + sumHalf, stated, statedHalf) ? "rounding" : "mismatch";
}

/**
 * Compare a stated share (percent) of one amount with the sum of all amounts. The
 * extremes put this amount at one end of its interval and the rest at the other.
 */
export function shareAgreement(
  amount: number,
  amountHalf: number,
  total: number,
  totalHalf: number,
  stated: number,
  statedHalf: number
): Agreement {
  if (total <= 0) return "mismatch";
  if (within((amount / total) * 100, stated, statedHalf)) return "exact";
  if (amountHalf === 0 && totalHalf === 0) return "mismatch";
  const rest = total - amount;
  const restHalf = totalHalf - amountHalf;
  const aLo = Math.max(0, amount - amountHalf);
  const aHi = amount + amountHalf;
  const lo = (aLo / (aLo + rest + restHalf)) * 100;
  const hiDen = aHi + Math.max(0, rest - restHalf);
  const hi = hiDen > 0 ? (aHi / hiDen) * 100 : 100;
  return overlaps(lo, hi, stated, statedHalf) ? "rounding" : "mismatch";
}

/** Format for display at a number of decimals. */
export function atPrecision(value: number, decimals: number): string {
  return value.toFixed(Math.max(0, Math.min(10, decimals)));
}
