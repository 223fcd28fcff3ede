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

  /** Add another scope's sums into this one. */
  add(other: Sums): void {
    for (let slot = 0; slot < this.sum.length; slot++) {
      this.sum[slot] += other.sum[slot];
      this.half[slot] += other.half[slot];
      if (other.decimals[slot] > this.decimals[slot]) this.decimals[slot] = other.decimals[slot];
      this.seen[slot] |= other.seen[slot];
    }
  }

  clear(): void {
    this.sum.fill(0);
    this.half.fill(0);
    this.decimals.fill(0);
    this.seen.fill(0);
  }
}

class Totals implements Check {
  // Rows since the last 小计 or 合计; each row is added here only.
  private readonly sub: Sums;
  // The closed 小计 scopes since the last 合计: a 合计 covers them and the open one.
  private readonly closed: Sums;
  private readonly whole: Sums;

  constructor(
    private readonly sheet: Sheet,
    private readonly summed: readonly FigureColumn[]
  ) {
    const size = sheet.plan.figures.length;
    this.sub = new Sums(size);
    this.closed = new Sums(size);
    this.whole = new Sums(size);
  }

  data(): void {
    const figures = this.sheet.figures;
    const { sum, half, decimals, seen } = this.sub;
    const summed = this.summed;
    for (let i = 0; i < summed.length; i++) {
      const slot = summed[i].slot;
      if (!figures.present[slot]) continue;
      sum[slot] += figures.value[slot];
      half[slot] += figures.half[slot];
      const d = figures.decimals[slot];
      if (d > decimals[slot]) decimals[slot] = d;
      seen[slot] = 1;
    }
  }

  total(row: Row, kind: TotalKind): void {
    const figures = this.sheet.figures;
    const scope = kind === "subtotal" ? this.sub : this.joined();
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
    if (kind === "subtotal") this.closed.add(this.sub);
    else this.closed.clear();
    this.sub.clear();
  }

  /** The rows since the last 合计: the closed 小计 scopes and the open one. */
  private joined(): Sums {
    const whole = this.whole;
    whole.clear();
    whole.add(this.closed);
    whole.add(this.sub);
    return whole;
  }
}

export const totals: CheckFamily = {
  name: "totals",
  rules: ["total-mismatch", "total-rounding"],
  create: (sheet) => (sheet.plan.summed.length > 0 ? new Totals(sheet, sheet.plan.summed) : null),
};
