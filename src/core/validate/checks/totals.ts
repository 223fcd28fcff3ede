/**
 * 合计 and 小计 rows against the sum of the rows above them, for every additive
 * column: `total-mismatch` beyond the rows' rounding, `total-rounding` when only
 * rounding explains the stated total. A 小计 covers the rows since the last
 * 小计 or 合计; a 合计 covers the rows since the last 合计.
 */
import type { FigureColumn } from "../plan";
import { atPrecision, sumAgreement } from "../rounding";
import type { Facts } from "../rules";
import {
  Naming,
  standIn,
  type Check,
  type CheckFamily,
  type Row,
  type Sheet,
  type TotalKind,
} from "./check";

/** Running sums of the figure columns (value, half-width, most decimals), one slot per column. */
class Sums {
  readonly sum: Float64Array;
  readonly half: Float64Array;
  readonly decimals: Int8Array;
  readonly seen: Uint8Array;

  constructor(size: number) {
    this.sum = new Float64Array(size);
    this.half = new Float64Array(size);
    this.decimals = new Int8Array(size);
    this.seen = new Uint8Array(size);
  }

  clear(): void {
    this.sum.fill(0);
    this.half.fill(0);
    this.decimals.fill(0);
    this.seen.fill(0);
  }
}

class Totals implements Check {
  private readonly all: Sums;
  private readonly sub: Sums;

  constructor(
    private readonly sheet: Sheet,
    private readonly summed: readonly FigureColumn[]
  ) {
    this.all = new Sums(sheet.plan.figures.length);
    this.sub = new Sums(sheet.plan.figures.length);
  }

  data(): void {
    const figures = this.sheet.figures;
    const { all, sub } = this;
    for (const f of this.summed) {
      const slot = f.slot;
      if (!figures.present[slot]) continue;
      const v = figures.value[slot];
      const h = figures.half[slot];
      const d = figures.decimals[slot];
      all.sum[slot] += v;
      all.half[slot] += h;
      if (d > all.decimals[slot]) all.decimals[slot] = d;
      all.seen[slot] = 1;
      sub.sum[slot] += v;
      sub.half[slot] += h;
      if (d > sub.decimals[slot]) sub.decimals[slot] = d;
      sub.seen[slot] = 1;
    }
  }

  total(row: Row, kind: TotalKind): void {
    const figures = this.sheet.figures;
    const scope = kind === "subtotal" ? this.sub : this.all;
    for (const f of this.summed) {
      const slot = f.slot;
      if (!figures.present[slot] || !scope.seen[slot]) continue;
      const agreement = sumAgreement(
        scope.sum[slot],
        scope.half[slot],
        figures.value[slot],
        figures.half[slot]
      );
      if (agreement === "exact") continue;
      const sum = atPrecision(scope.sum[slot], scope.decimals[slot]);
      const stated = figures.text(slot);
      const n = new Naming();
      const facts: Facts = {
        rule: agreement === "mismatch" ? "total-mismatch" : "total-rounding",
        role: n.role(f, standIn(f)),
        stated,
        sum,
        ...n.extra(),
      };
      this.sheet.emit(row.index, f.column, f.role, facts, sum, stated);
    }
    this.sub.clear();
    if (kind === "total") this.all.clear();
  }
}

export const totals: CheckFamily = {
  name: "totals",
  rules: ["total-mismatch", "total-rounding"],
  create: (sheet) => (sheet.plan.summed.length > 0 ? new Totals(sheet, sheet.plan.summed) : null),
};
