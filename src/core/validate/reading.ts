/**
 * The reading AID made of a sheet's columns, for users to see and correct: per
 * column its header, what it measures, its unit and how it is checked. The pane
 * and aid-check --json show this instead of bare roles.
 */
import { columnLetter } from "../address";
import { measureKey, type Measure } from "./measures";
import type { Plan } from "./plan";
import type { Role } from "./roles";

/** How a column is checked. */
export type ColumnCheck =
  /** Its cells must be numbers (≥ 0 for counts and amounts). */
  | "number"
  /** Added up against 合计/小计 rows. */
  | "total"
  /** A stated rate, checked against the two columns named in `divides`. */
  | "rate"
  /** Divided, or divides, in a rate. */
  | "rate-part"
  /** A rate whose words fit several pairs of columns: not checked, one warning names the readings. */
  | "rate-ambiguous"
  /** A share of a column's sum, or the column a share divides. */
  | "share"
  /** Ordered against another stage (completed ≤ started ≤ planned, arrived ≤ planned). */
  | "order"
  /** A whole or part of a stage partition (已动工 + 未动工 = 项目). */
  | "partition"
  /** Supporter or recipient names, against the programme's pairs. */
  | "place"
  /** Project categories, against the category vocabularies. */
  | "category"
  /** Project names, for duplicate rows. */
  | "duplicate"
  /** Names the rows; marks 合计/小计 rows. */
  | "label";

export interface ColumnReading {
  /** Sheet column letters. */
  readonly column: string;
  readonly header: string;
  /** A stable key for the measure: count.projects.planned, amount.funds.arrived.aid, rate, label … */
  readonly measure: string;
  /** The fixed role the pane and aid-check's `columns` show, when the column has one. */
  readonly role?: Role;
  readonly unit?: string;
  readonly checks: readonly ColumnCheck[];
  /** For a checked rate: the headers of numerator and denominator. */
  readonly divides?: readonly [string, string];
}

const NAME_CHECKS: Partial<Record<string, ColumnCheck>> = {
  supporter: "place",
  recipient: "place",
  category: "category",
  project: "duplicate",
  label: "label",
  status: "label",
  mode: "label",
};

/** Read back what the plan makes of each column; `originColumn` is the sheet column of the grid's first. */
export function columnReadings(plan: Plan, originColumn = 0): ColumnReading[] {
  const { layout } = plan;
  const checks = new Map<number, Set<ColumnCheck>>();
  const add = (c: number, check: ColumnCheck) => {
    const set = checks.get(c) ?? new Set<ColumnCheck>();
    set.add(check);
    checks.set(c, set);
  };
  const divides = new Map<number, readonly [string, string]>();
  for (const f of plan.figures) add(f.column, "number");
  for (const f of plan.summed) add(f.column, "total");
  for (const r of plan.rates) {
    add(r.rate.column, "rate");
    add(r.numerator.column, "rate-part");
    add(r.denominator.column, "rate-part");
    divides.set(r.rate.column, [r.numerator.header, r.denominator.header]);
  }
  for (const r of plan.ambiguousRates) add(r.rate.column, "rate-ambiguous");
  if (plan.share && plan.shareAmount) {
    add(plan.share.column, "share");
    add(plan.shareAmount.column, "share");
  }
  for (const [a, b] of plan.exceeds) {
    add(a.column, "order");
    add(b.column, "order");
  }
  for (const p of plan.partitions)
    for (const f of [p.whole, ...p.parts]) add(f.column, "partition");
  const measures = new Map<number, Measure>();
  for (const f of plan.figures) measures.set(f.column, f.measure);
  const roleMeasure: Partial<Record<Role, Measure>> = {
    supporter: { kind: "supporter" },
    recipient: { kind: "recipient" },
    project: { kind: "project" },
    category: { kind: "category" },
    mode: { kind: "mode" },
  };
  const out: ColumnReading[] = [];
  const width = Math.max(layout.headers.length, layout.measures.length, plan.roleOfColumn.length);
  for (let c = 0; c < width; c++) {
    const role = plan.roleOfColumn[c];
    const m = measures.get(c) ?? (role ? roleMeasure[role] : undefined) ?? layout.measures[c];
    if (!m) continue;
    const nameCheck = NAME_CHECKS[m.kind];
    if (nameCheck) add(c, nameCheck);
    const unit = role ? layout.units[role] : m.unit;
    const rate = divides.get(c);
    out.push({
      column: columnLetter(originColumn + c),
      header: (layout.headers[c] ?? "").replace(/\s+/g, ""),
      measure: measureKey(m),
      ...(role ? { role } : {}),
      ...(unit ? { unit } : {}),
      checks: [...(checks.get(c) ?? [])],
      ...(rate ? { divides: rate } : {}),
    });
  }
  return out;
}
