/**
 * Stated rates against the two columns they divide: `rate-mismatch` when no
 * values within the figures' rounding give the rate, `rate-rounding` when only
 * rounding does, `missing-value` when a part the rate needs is blank in a project
 * sheet's column that is otherwise filled in, and `rate-ambiguous` (once per column) when the
 * rate's words fit several pairs of columns, naming the readings tried.
 */
import { isBlank } from "../../cells";
import type { AmbiguousRate, FigureColumn, RateCheck } from "../plan";
import { atPrecision, ratioAgreement, type Agreement } from "../rounding";
import type { Facts } from "../rules";
import { Naming, standIn, type Check, type CheckFamily, type Row, type Sheet } from "./check";

/** A blank part of a rate, reported at the end only if its column is filled in on most rows. */
interface Missing {
  readonly index: number;
  readonly part: FigureColumn;
  readonly rate: FigureColumn;
}

class Rates implements Check {
  private readonly missing: Missing[] = [];
  // Per figure slot: data rows where the column held a number.
  private readonly filled: Uint32Array;
  private rows = 0;
  private readonly unsure: readonly AmbiguousRate[];
  private readonly warned = new Set<number>();

  constructor(
    private readonly sheet: Sheet,
    private readonly rates: readonly RateCheck[]
  ) {
    this.filled = new Uint32Array(sheet.plan.figures.length);
    this.unsure = sheet.plan.ambiguousRates;
  }

  data(row: Row): void {
    this.rows++;
    const f = this.sheet.figures;
    for (const rate of this.rates) {
      if (f.present[rate.numerator.slot]) this.filled[rate.numerator.slot]++;
      if (f.present[rate.denominator.slot]) this.filled[rate.denominator.slot]++;
      this.check(row, rate);
    }
    if (this.unsure.length > 0) this.ambiguous(row);
  }

  total(row: Row): void {
    for (const rate of this.rates) this.check(row, rate);
  }

  finish(): void {
    // A summary table (rows named by 地区, 类别 …) prints what it has, and a blank beside a printed
    // rate is not a gap; in a project sheet (supporter, recipient) it is, unless the column is blank
    // on most rows (总投资 given only in total).
    const columns = this.sheet.plan.layout.columns;
    if (columns.supporter === undefined && columns.recipient === undefined) return;
    for (const m of this.missing) {
      if (2 * this.filled[m.part.slot] < this.rows) continue;
      const n = new Naming(m.part, m.rate);
      this.sheet.emit(m.index, m.part.column, m.part.role, {
        rule: "missing-value",
        role: n.role(m.part, standIn(m.part, "part")),
        neededFor: n.role(m.rate, standIn(m.rate)),
        ...n.extra(),
      });
    }
  }

  /** Say once per column that a stated rate could divide several pairs of columns. */
  private ambiguous(row: Row): void {
    const f = this.sheet.figures;
    for (const a of this.unsure) {
      if (!f.present[a.rate.slot] || this.warned.has(a.rate.slot)) continue;
      this.warned.add(a.rate.slot);
      const n = new Naming(a.rate);
      const facts: Facts = {
        rule: "rate-ambiguous",
        role: n.role(a.rate, standIn(a.rate)),
        readings: a.readings.map(([num, den]) => `${num.header} ÷ ${den.header}`),
        ...n.extra(),
      };
      this.sheet.emit(row.index, a.rate.column, a.rate.role, facts);
    }
  }

  private check(row: Row, check: RateCheck): void {
    const f = this.sheet.figures;
    const { rate, numerator, denominator } = check;
    if (!f.present[rate.slot]) return;
    if (!f.present[numerator.slot] || !f.present[denominator.slot]) {
      for (const part of [numerator, denominator]) {
        // With the measures as rows, each row prints what it has: a blank there is not a gap.
        if (!f.present[part.slot] && isBlank(row.values[part.column]) && !part.measure.perRow)
          this.missing.push({ index: row.index, part, rate });
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
    const n = new Naming(rate, numerator, denominator);
    const facts: Facts = {
      rule: agreement === "mismatch" ? "rate-mismatch" : "rate-rounding",
      role: n.role(rate, standIn(rate)),
      stated: statedText,
      expected,
      numeratorRole: n.role(numerator, standIn(numerator, "part")),
      numerator: f.text(numerator.slot),
      denominatorRole: n.role(denominator, standIn(denominator, "whole")),
      denominator: f.text(denominator.slot),
      ...n.extra(),
    };
    this.sheet.emit(row.index, rate.column, rate.role, facts, expected ?? undefined, statedText);
  }
}

export const rates: CheckFamily = {
  name: "rates",
  rules: ["rate-mismatch", "rate-rounding", "rate-ambiguous", "missing-value"],
  create: (sheet) =>
    sheet.plan.rates.length > 0 || sheet.plan.ambiguousRates.length > 0
      ? new Rates(sheet, sheet.plan.rates)
      : null,
};
