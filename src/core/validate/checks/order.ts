/**
 * Stages in order: what was started or completed cannot exceed what was
 * planned, nor arrived funds the planned funds, beyond their rounding (`exceeds-planned`).
 */
import type { FigureColumn } from "../plan";
import type { Facts } from "../rules";
import { Naming, standIn, type Check, type CheckFamily, type Row, type Sheet } from "./check";

class Order implements Check {
  constructor(
    private readonly sheet: Sheet,
    private readonly pairs: readonly (readonly [FigureColumn, FigureColumn])[]
  ) {}

  data(row: Row): void {
    const f = this.sheet.figures;
    let reported = -1;
    for (const [done, planned] of this.pairs) {
      if (!f.present[done.slot] || !f.present[planned.slot] || done.slot === reported) continue;
      if (
        f.value[done.slot] - f.half[done.slot] <=
        f.value[planned.slot] + f.half[planned.slot] + 1e-9
      )
        continue;
      const value = f.text(done.slot);
      const plannedText = f.text(planned.slot);
      const n = new Naming(done, planned);
      const facts: Facts = {
        rule: "exceeds-planned",
        role: n.role(done, standIn(done, "part")),
        value,
        plannedRole: n.role(planned, standIn(planned, "whole")),
        planned: plannedText,
        ...n.extra(),
      };
      this.sheet.emit(row.index, done.column, done.role, facts, plannedText, value);
      reported = done.slot;
    }
  }
}

export const order: CheckFamily = {
  name: "order",
  rules: ["exceeds-planned"],
  create: (sheet) => (sheet.plan.exceeds.length > 0 ? new Order(sheet, sheet.plan.exceeds) : null),
};
