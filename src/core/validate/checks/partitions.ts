/**
 * Stage counts that partition a whole: 已动工 + 未动工 = 项目, 已完工 + 在建 =
 * 已动工 (or 未开工 + 在建 + 完工 = 计划 without a started column). A row that
 * gives the whole and every part is checked (`stage-mismatch`).
 */
import type { Partition } from "../plan";
import { atPrecision, sumAgreement } from "../rounding";
import type { Facts } from "../rules";
import { Naming, standIn, type Check, type CheckFamily, type Row, type Sheet } from "./check";

class Partitions implements Check {
  constructor(
    private readonly sheet: Sheet,
    private readonly partitions: readonly Partition[]
  ) {}

  data(row: Row): void {
    const f = this.sheet.figures;
    for (const { whole, parts } of this.partitions) {
      if (!f.present[whole.slot]) continue;
      let sum = 0;
      let half = 0;
      let decimals = 0;
      let given = 0;
      for (const p of parts) {
        if (!f.present[p.slot]) break;
        given++;
        sum += f.value[p.slot];
        half += f.half[p.slot];
        if (f.decimals[p.slot] > decimals) decimals = f.decimals[p.slot];
      }
      // Only a row that gives every stage can be added up: a blank stage is not printed, not 0.
      if (given < parts.length) continue;
      if (sumAgreement(sum, half, f.value[whole.slot], f.half[whole.slot]) !== "mismatch") continue;
      const n = new Naming(whole, ...parts);
      const role = n.role(whole, standIn(whole));
      const facts: Facts = {
        rule: "stage-mismatch",
        role,
        stated: f.text(whole.slot),
        sum: atPrecision(sum, decimals),
        parts: parts.map((p) => n.role(p, standIn(p, "part"))),
        ...n.extra(),
      };
      this.sheet.emit(row.index, whole.column, whole.role, facts, facts.sum, facts.stated);
    }
  }
}

export const partitions: CheckFamily = {
  name: "partitions",
  rules: ["stage-mismatch"],
  create: (sheet) =>
    sheet.plan.partitions.length > 0 ? new Partitions(sheet, sheet.plan.partitions) : null,
};
