/**
 * The plan for one sheet layout: which columns hold figures, which rates,
 * orderings and shares can be checked. Worked out once per sheet, so rows only
 * index into typed arrays.
 */
import {
  AMOUNT_ROLES,
  COUNT_ROLES,
  isPercentUnit,
  RATE_PARTS,
  RATE_ROLES,
  type Role,
} from "./roles";
import type { Layout } from "./layout";

export const COUNT = 0;
export const AMOUNT = 1;
export const PERCENT = 2;
export type FigureKind = typeof COUNT | typeof AMOUNT | typeof PERCENT;

/** A column holding figures, with its slot in the per-row figure arrays. */
export interface FigureColumn {
  readonly role: Role;
  readonly slot: number;
  readonly column: number;
  readonly kind: FigureKind;
  readonly percentColumn: boolean;
}

/** A stated rate and the two columns it divides. */
export interface RateCheck {
  readonly role: Role;
  readonly rate: FigureColumn;
  readonly numerator: FigureColumn;
  readonly denominator: FigureColumn;
}

/** Everything about the layout that rows need. */
export interface Plan {
  readonly layout: Layout;
  readonly figures: readonly FigureColumn[];
  readonly byRole: Partial<Record<Role, FigureColumn>>;
  /** Additive columns: added up and compared with 合计/小计 rows. */
  readonly summed: readonly FigureColumn[];
  readonly rates: readonly RateCheck[];
  /** Pairs [part, whole]: the part may not exceed the whole. */
  readonly exceeds: readonly (readonly [FigureColumn, FigureColumn])[];
  readonly share?: FigureColumn;
  readonly shareAmount?: FigureColumn;
  /** Columns whose text can mark a total row. */
  readonly labelColumns: readonly number[];
  readonly roleOfColumn: readonly (Role | undefined)[];
  /** Grid columns scanned for error values. */
  readonly spanFirst: number;
  readonly spanLast: number;
}

/** Pairs of roles where the first may not exceed the second. */
const ORDERED: readonly (readonly [Role, Role])[] = [
  ["startedCount", "plannedCount"],
  ["completedCount", "plannedCount"],
  ["arrivedFunds", "plannedFunds"],
];

/** Build the plan for a layout. */
export function makePlan(layout: Layout): Plan {
  const figures: FigureColumn[] = [];
  const byRole: Partial<Record<Role, FigureColumn>> = {};
  const roleOfColumn: (Role | undefined)[] = [];
  for (const [role, column] of Object.entries(layout.columns) as [Role, number][]) {
    roleOfColumn[column] = role;
    const kind = COUNT_ROLES.includes(role)
      ? COUNT
      : AMOUNT_ROLES.includes(role)
        ? AMOUNT
        : RATE_ROLES.includes(role) || role === "share"
          ? PERCENT
          : -1;
    if (kind < 0) continue;
    const figure: FigureColumn = {
      role,
      slot: figures.length,
      column,
      kind: kind as FigureKind,
      percentColumn: isPercentUnit(layout.units[role]),
    };
    figures.push(figure);
    byRole[role] = figure;
  }
  const rates: RateCheck[] = [];
  for (const role of RATE_ROLES) {
    const [num, den] = RATE_PARTS[role];
    const rate = byRole[role];
    const numerator = byRole[num];
    const denominator = byRole[den];
    if (rate && numerator && denominator) rates.push({ role, rate, numerator, denominator });
  }
  const exceeds: [FigureColumn, FigureColumn][] = [];
  for (const [part, whole] of ORDERED) {
    const a = byRole[part];
    const b = byRole[whole];
    if (a && b) exceeds.push([a, b]);
  }
  const labelColumns = new Set<number>([Math.max(0, layout.firstColumn)]);
  for (const role of ["supporter", "recipient", "project", "category"] as const) {
    const c = layout.columns[role];
    if (c !== undefined) labelColumns.add(c);
  }
  const used = Object.values(layout.columns) as number[];
  return {
    layout,
    figures,
    byRole,
    summed: figures.filter((f) => f.kind !== PERCENT),
    rates,
    exceeds,
    share: byRole.share,
    shareAmount: byRole.plannedFunds ?? byRole.plannedCount ?? byRole.arrivedFunds,
    labelColumns: [...labelColumns],
    roleOfColumn,
    spanFirst: Math.max(
      0,
      Math.min(layout.firstColumn < 0 ? Infinity : layout.firstColumn, ...used)
    ),
    spanLast: Math.max(layout.lastColumn, ...used),
  };
}
