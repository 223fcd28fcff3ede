/**
 * Does a stated figure agree with the figures it is computed from, given that
 * every shown figure stands for a small interval around it?
 *
 * - "exact": the shown figures themselves give the stated figure at its precision;
 * - "rounding": only values inside the figures' rounding intervals give it;
 * - "mismatch": no values consistent with what is shown give it.
 */
import type { Shown } from "./shown";

export type Agreement = "exact" | "rounding" | "mismatch";

// Floating-point slack: 0.1 + 0.2 must still round like 0.3 does on paper.
const EPSILON = 1e-9;

function within(x: number, stated: Shown): boolean {
  return Math.abs(x - stated.value) <= stated.half + EPSILON * Math.max(1, Math.abs(stated.value));
}

function overlaps(lo: number, hi: number, stated: Shown): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(stated.value));
  return lo <= stated.value + stated.half + slack && hi >= stated.value - stated.half - slack;
}

/** Compare a stated percentage with numerator ÷ denominator × 100. The denominator must be above zero. */
export function ratioAgreement(numerator: Shown, denominator: Shown, stated: Shown): Agreement {
  const exact = (numerator.value / denominator.value) * 100;
  if (within(exact, stated)) return "exact";
  const denLo = denominator.value - denominator.half;
  const denHi = denominator.value + denominator.half;
  const numLo = Math.max(0, numerator.value - numerator.half);
  const numHi = numerator.value + numerator.half;
  const lo = (numLo / denHi) * 100;
  const hi = denLo > 0 ? (numHi / denLo) * 100 : Infinity;
  return overlaps(lo, hi, stated) ? "rounding" : "mismatch";
}

/** Compare a stated total with the sum of the figures above it. */
export function sumAgreement(parts: { sum: number; half: number }, stated: Shown): Agreement {
  if (within(parts.sum, stated)) return "exact";
  return overlaps(parts.sum - parts.half, parts.sum + parts.half, stated) ? "rounding" : "mismatch";
}

/**
 * Compare a stated share (percent) of one amount with the sum of all amounts.
 * The extremes put this amount at one end of its interval and the rest at the other.
 */
export function shareAgreement(
  amount: Shown,
  total: { sum: number; half: number },
  stated: Shown
): Agreement {
  if (total.sum <= 0) return "mismatch";
  if (within((amount.value / total.sum) * 100, stated)) return "exact";
  const restSum = total.sum - amount.value;
  const restHalf = total.half - amount.half;
  const aLo = Math.max(0, amount.value - amount.half);
  const aHi = amount.value + amount.half;
  const lo = (aLo / (aLo + restSum + restHalf)) * 100;
  const hiDen = aHi + Math.max(0, restSum - restHalf);
  const hi = hiDen > 0 ? (aHi / hiDen) * 100 : 100;
  return overlaps(lo, hi, stated) ? "rounding" : "mismatch";
}

/** Round for display at the stated figure's decimals. */
export function atPrecision(value: number, decimals: number): string {
  return value.toFixed(Math.max(0, Math.min(10, decimals)));
}
