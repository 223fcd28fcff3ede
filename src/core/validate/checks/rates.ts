/**
 * Stated rates against the two columns they divide: `rate-mismatch` when no
 * values within the figures' rounding give the rate, `rate-rounding` when only
 * rounding does, `missing-value` when a part the rate needs is blank.
 */
import { isBlank } from "../../cells";
import type { RateCheck } from "../plan";
import { atPrecision, ratioAgreement, type Agreement } from "../rounding";
import type { Facts } from "../rules";
import type { Check, CheckFamily, Row, Sheet } from "./check";

class Rates implements Check {
  constructor(
    private readonly sheet: Sheet,
    private readonly rates: readonly RateCheck[]
  ) {}

  data(row: Row): void {
    for (const rate of this.rates) this.check(row, rate);
  }

  total(row: Row): void {
    for (const rate of this.rates) this.check(row, rate);
  }

  private check(row: Row, check: RateCheck): void {
    const { figures: f, emit } = this.sheet;
    const { rate, numerator, denominator } = check;
    if (!f.present[rate.slot]) return;
    if (!f.present[numerator.slot] || !f.present[denominator.slot]) {
      for (const part of [numerator, denominator]) {
        if (!f.present[part.slot] && isBlank(row.values[part.column]))
          emit(row.index, part.column, part.role, {
            rule: "missing-value",
            role: part.role,
            neededFor: check.role,
          });
      }
      return;
    }
    const stated = f.value[rate.slot];
    const num = f.value[numerator.slot];
    const den = f.value[denominator.slot];
    const nothingPlanned = den - f.half[denominator.slot] <= 0;
    let agreement: Agreement;
    if (nothingPlanned) {
      // Nothing planned: only a stated 0 with nothing done can stand.
      agreement = stated === 0 && num === 0 ? "exact" : "mismatch";
    } else {
      agreement = ratioAgreement(
        num,
        f.half[numerator.slot],
        den,
        f.half[denominator.slot],
        stated,
        f.half[rate.slot]
      );
    }
    if (agreement === "exact") return;
    const expected = nothingPlanned ? null : atPrecision((num / den) * 100, f.decimals[rate.slot]);
    const statedText = f.text(rate.slot);
    const facts: Facts = {
      rule: agreement === "mismatch" ? "rate-mismatch" : "rate-rounding",
      role: check.role,
      stated: statedText,
      expected,
      numeratorRole: numerator.role,
      numerator: f.text(numerator.slot),
      denominatorRole: denominator.role,
      denominator: f.text(denominator.slot),
    };
    emit(row.index, rate.column, check.role, facts, expected ?? undefined, statedText);
  }
}

export const rates: CheckFamily = {
  name: "rates",
  rules: ["rate-mismatch", "rate-rounding", "missing-value"],
  create: (sheet) => (sheet.plan.rates.length > 0 ? new Rates(sheet, sheet.plan.rates) : null),
};
