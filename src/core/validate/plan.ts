/**
 * The plan for one sheet layout: which columns hold figures, which rates,
 * stage orders, stage partitions and shares can be checked. Worked out once per
 * sheet from the columns' measures, so rows only index into typed arrays.
 *
 * Every count and amount column is added up against 合计/小计 rows, whether or
 * not a fixed role names it; a rate divides the two columns its words name.
 */
import type { Layout } from "./layout";
import { fits, isFigure, measureKey, type Measure, type MeasurePart } from "./measures";
import {
  AMOUNT_ROLES,
  COUNT_ROLES,
  isPercentUnit,
  RATE_PARTS,
  RATE_ROLES,
  type Role,
} from "./roles";

export const COUNT = 0;
export const AMOUNT = 1;
export const PERCENT = 2;
export type FigureKind = typeof COUNT | typeof AMOUNT | typeof PERCENT;

/** A column holding figures, with its slot in the per-row figure arrays. */
export interface FigureColumn {
  /** The fixed role, when the column has one. */
  readonly role: Role | undefined;
  readonly slot: number;
  readonly column: number;
  readonly kind: FigureKind;
  readonly percentColumn: boolean;
  readonly measure: Measure;
  /** The header's words, for messages about a column no role names. */
  readonly header: string;
}

/** A stated rate and the two columns it divides. */
export interface RateCheck {
  readonly rate: FigureColumn;
  readonly numerator: FigureColumn;
  readonly denominator: FigureColumn;
}

/** A rate whose words allow several pairs of columns: reported once, not checked. */
export interface AmbiguousRate {
  readonly rate: FigureColumn;
  readonly readings: readonly (readonly [FigureColumn, FigureColumn])[];
}

/** Stage counts that add up to a whole (未动工 + 已动工 = 项目). */
export interface Partition {
  readonly whole: FigureColumn;
  readonly parts: readonly FigureColumn[];
}

/** How the plan checks a column, for the reading shown to users. */
export type ColumnUse = "total" | "rate" | "share" | "order" | "partition" | "name" | "category";

/** Everything about the layout that rows need. */
export interface Plan {
  readonly layout: Layout;
  readonly figures: readonly FigureColumn[];
  readonly byRole: Partial<Record<Role, FigureColumn>>;
  /** Additive columns: added up and compared with 合计/小计 rows. */
  readonly summed: readonly FigureColumn[];
  readonly rates: readonly RateCheck[];
  readonly ambiguousRates: readonly AmbiguousRate[];
  /** Pairs [part, whole]: the part may not exceed the whole. */
  readonly exceeds: readonly (readonly [FigureColumn, FigureColumn])[];
  readonly partitions: readonly Partition[];
  readonly share?: FigureColumn;
  readonly shareAmount?: FigureColumn;
  /** Columns whose text can mark a total row. */
  readonly labelColumns: readonly number[];
  /** With the measures as rows (指标 | 计划 | 完成): the column whose (个) or (亿元) says each row's unit. */
  readonly rowUnitColumn?: number;
  readonly roleOfColumn: readonly (Role | undefined)[];
  /** Grid columns scanned for error values. */
  readonly spanFirst: number;
  readonly spanLast: number;
}

/** The measure a fixed role stands for, when the caller or the adapter set the role. */
const ROLE_MEASURES: Partial<Record<Role, Measure>> = {
  plannedCount: { kind: "count", quantity: "projects", stage: "planned" },
  startedCount: { kind: "count", quantity: "projects", stage: "started" },
  completedCount: { kind: "count", quantity: "projects", stage: "completed" },
  plannedFunds: { kind: "amount", quantity: "funds", stage: "planned" },
  arrivedFunds: { kind: "amount", quantity: "funds", stage: "arrived" },
  startRate: { kind: "rate", readings: [[{ stage: "started" }, { stage: "planned" }]] },
  completionRate: { kind: "rate", readings: [[{ stage: "completed" }, { stage: "planned" }]] },
  arrivalRate: { kind: "rate", readings: [[{ stage: "arrived" }, { stage: "planned" }]] },
  share: { kind: "share" },
};

function kindOf(m: Measure): FigureKind {
  return m.kind === "count" ? COUNT : m.kind === "amount" ? AMOUNT : PERCENT;
}

/** Whether two columns measure the same thing (so one can be divided by or ordered against the other). */
function alike(a: FigureColumn, b: FigureColumn): boolean {
  return (
    a.kind === b.kind &&
    a.measure.quantity === b.measure.quantity &&
    (a.measure.aid ?? false) === (b.measure.aid ?? false)
  );
}

function header(layout: Layout, c: number): string {
  return (layout.headers[c] ?? "").replace(/\s+/g, "");
}

/** The pairs of columns a rate's readings allow, from the first reading that allows any. */
function rateReadings(
  rate: FigureColumn,
  figures: readonly FigureColumn[]
): (readonly [FigureColumn, FigureColumn])[] {
  const partsOf = (part: MeasurePart) =>
    figures.filter((f) => f.kind !== PERCENT && fits(f.measure, part));
  for (const [num, den] of rate.measure.readings ?? []) {
    const pairs: [FigureColumn, FigureColumn][] = [];
    for (const n of partsOf(num))
      for (const d of partsOf(den)) if (n !== d && alike(n, d)) pairs.push([n, d]);
    if (pairs.length > 0) return pairs;
  }
  return [];
}

/** Build the plan for a layout. */
export function makePlan(layout: Layout): Plan {
  const figures: FigureColumn[] = [];
  const byRole: Partial<Record<Role, FigureColumn>> = {};
  const roleOfColumn: (Role | undefined)[] = [];
  for (const [role, column] of Object.entries(layout.columns) as [Role, number][])
    roleOfColumn[column] = role;
  const width = Math.max(layout.measures.length, roleOfColumn.length);
  for (let column = 0; column < width; column++) {
    const role = roleOfColumn[column];
    const read = layout.measures[column];
    const isRoleFigure =
      role !== undefined &&
      (COUNT_ROLES.includes(role) ||
        AMOUNT_ROLES.includes(role) ||
        RATE_ROLES.includes(role) ||
        role === "share");
    if (role !== undefined && !isRoleFigure) continue;
    // A role fixes the kind; the header's own words add quantity, stage and the share's whole.
    const base = isRoleFigure ? (ROLE_MEASURES[role] as Measure) : read;
    if (!base || !isFigure(base)) continue;
    const measure: Measure =
      isRoleFigure && read && kindOf(read) === kindOf(base)
        ? {
            ...base,
            ...read,
            kind: base.kind,
            readings: base.readings ?? read.readings,
            ...(read.perRow ? { quantity: undefined } : {}),
          }
        : base;
    const unit = role !== undefined ? layout.units[role] : read?.unit;
    const figure: FigureColumn = {
      role,
      slot: figures.length,
      column,
      kind: kindOf(measure),
      percentColumn: isPercentUnit(unit),
      measure,
      header: header(layout, column),
    };
    figures.push(figure);
    if (role !== undefined) byRole[role] = figure;
  }

  const rates: RateCheck[] = [];
  const ambiguousRates: AmbiguousRate[] = [];
  for (const rate of figures) {
    if (rate.measure.kind !== "rate") continue;
    const role = rate.role;
    if (role !== undefined && RATE_ROLES.includes(role)) {
      const [num, den] = RATE_PARTS[role];
      const numerator = byRole[num];
      const denominator = byRole[den];
      if (numerator && denominator) {
        rates.push({ rate, numerator, denominator });
        continue;
      }
    }
    const readings = rateReadings(rate, figures);
    if (readings.length === 1)
      rates.push({ rate, numerator: readings[0][0], denominator: readings[0][1] });
    else if (readings.length > 1) ambiguousRates.push({ rate, readings });
  }

  const counts = figures.filter((f) => f.kind !== PERCENT);
  const stage = (f: FigureColumn) => f.measure.stage ?? "planned";
  const firstOf = (group: readonly FigureColumn[], s: string) => group.find((f) => stage(f) === s);
  const exceeds: [FigureColumn, FigureColumn][] = [];
  const partitions: Partition[] = [];
  const groups = new Map<string, FigureColumn[]>();
  for (const f of counts) {
    const key = measureKey({ ...f.measure, stage: undefined });
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    const planned =
      group.find((f) => f.role === "plannedCount" || f.role === "plannedFunds") ??
      firstOf(group, "planned");
    const started = firstOf(group, "started");
    const completed = firstOf(group, "completed");
    const arrived = firstOf(group, "arrived");
    const underway = firstOf(group, "underway");
    const notStarted = firstOf(group, "notStarted");
    if (group[0].kind === COUNT) {
      // completed ≤ started ≤ planned; 已复(开)工 counts this season's resumed work, which may leave out the completed.
      // Against the plan first: a count above both is one mistake, reported once.
      if (started && planned) exceeds.push([started, planned]);
      if (completed && planned) exceeds.push([completed, planned]);
      if (completed && started && !started.measure.resumed) exceeds.push([completed, started]);
      if (started && planned && notStarted)
        partitions.push({ whole: planned, parts: [started, notStarted] });
      if (started && completed && underway)
        partitions.push({ whole: started, parts: [completed, underway] });
      if (!started && planned && completed && underway && notStarted)
        partitions.push({ whole: planned, parts: [completed, underway, notStarted] });
    } else if (arrived && planned) exceeds.push([arrived, planned]);
  }

  const labelColumns = new Set<number>([Math.max(0, layout.firstColumn)]);
  for (const role of ["supporter", "recipient", "project", "category"] as const) {
    const c = layout.columns[role];
    if (c !== undefined) labelColumns.add(c);
  }
  layout.measures.forEach((m, c) => {
    if (m && (m.kind === "label" || m.kind === "status")) labelColumns.add(c);
  });
  const perRow = figures.some((f) => f.measure.perRow);
  const rowUnitColumn = perRow ? layout.measures.findIndex((m) => m?.kind === "label") : -1;
  const share = byRole.share ?? figures.find((f) => f.measure.kind === "share");
  const whole = share?.measure.of;
  const shareAmount =
    (whole && counts.find((f) => fits(f.measure, whole))) ??
    byRole.plannedFunds ??
    byRole.plannedCount ??
    byRole.arrivedFunds;
  const used = [...(Object.values(layout.columns) as number[]), ...figures.map((f) => f.column)];
  return {
    layout,
    figures,
    byRole,
    summed: counts,
    rates,
    ambiguousRates,
    exceeds,
    partitions,
    ...(share ? { share } : {}),
    ...(shareAmount ? { shareAmount } : {}),
    labelColumns: [...labelColumns],
    ...(rowUnitColumn >= 0 ? { rowUnitColumn } : {}),
    roleOfColumn,
    spanFirst: Math.max(
      0,
      Math.min(layout.firstColumn < 0 ? Infinity : layout.firstColumn, ...used)
    ),
    spanLast: Math.max(layout.lastColumn, ...used),
  };
}
