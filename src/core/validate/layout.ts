/**
 * Finding the table on a sheet: which row is the header, what each column holds.
 *
 * Sheets are made by people: titles above the header, a header split over two
 * rows under merged cells (计划 over 项目 | 资金(亿元)), units in brackets. The
 * header is the row (or pair of rows) among the first rows whose cells name the
 * most roles; a caller may instead name the header row and any column's role.
 */
import { isBlank, readNumber, type CellValue } from "../cells";
import { isFigure, readMeasure, type Measure } from "./measures";
import { readHeader, type Role } from "./roles";

export interface Layout {
  /** Grid index of the first header row. */
  readonly headerRow: number;
  /** 1, or 2 when the header spans two rows. */
  readonly headerRows: number;
  readonly columns: Partial<Record<Role, number>>;
  readonly units: Partial<Record<Role, string>>;
  /** Grid columns the header covers (the table's width). */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** The header's text per grid column (two header rows joined), '' where there is none. */
  readonly headers: readonly string[];
  /** What each grid column measures, read from its header; undefined where the header says nothing. */
  readonly measures: readonly (Measure | undefined)[];
}

/** Rows scanned for a header; titles and notes above a table are rarely longer. */
export const HEADER_SCAN_ROWS = 30;

function isHeaderText(value: CellValue): value is string {
  return typeof value === "string" && !isBlank(value) && !readNumber(value).ok;
}

function isHeaderLike(row: readonly CellValue[]): boolean {
  let texts = 0;
  for (const value of row) {
    if (isBlank(value)) continue;
    if (!isHeaderText(value)) return false;
    texts++;
  }
  return texts > 0;
}

/** Join a two-row header: a merged top cell spreads over the columns its lower row fills. */
function combine(top: readonly CellValue[], bottom: readonly CellValue[]): string[] {
  const width = Math.max(top.length, bottom.length);
  const out: string[] = [];
  let carried = "";
  for (let c = 0; c < width; c++) {
    const upper = isHeaderText(top[c]) ? String(top[c]) : "";
    const lower = isHeaderText(bottom[c]) ? String(bottom[c]) : "";
    if (upper) carried = upper;
    else if (!lower) carried = "";
    out.push((upper || (lower ? carried : "")) + lower);
  }
  return out;
}

interface Reading {
  readonly headers: readonly string[];
  readonly measures: readonly (Measure | undefined)[];
  readonly columns: Partial<Record<Role, number>>;
  readonly units: Partial<Record<Role, string>>;
  readonly count: number;
  readonly first: number;
  readonly last: number;
}

/** The measure kinds that are also roles: the first column of each kind takes it. */
const KIND_ROLES = ["supporter", "recipient", "project", "category", "mode", "share"] as const;

/**
 * The fixed roles (the pane's and aid-check's view) from the measures: the first
 * column of each kind, planned and unstaged counts of projects as the planned
 * count, completed investment as arrived funds when nothing says 到位 …
 */
export function rolesOf(measures: readonly (Measure | undefined)[]): Partial<Record<Role, number>> {
  const columns: Partial<Record<Role, number>> = {};
  const first = (test: (m: Measure) => boolean): number | undefined => {
    const c = measures.findIndex((m) => m !== undefined && test(m));
    return c < 0 ? undefined : c;
  };
  const set = (role: Role, c: number | undefined) => {
    if (c !== undefined && columns[role] === undefined && !Object.values(columns).includes(c))
      columns[role] = c;
  };
  for (const kind of KIND_ROLES)
    set(
      kind,
      first((m) => m.kind === kind)
    );
  const projects = (m: Measure) => m.kind === "count" && m.quantity === "projects";
  set(
    "plannedCount",
    first((m) => projects(m) && m.stage === "planned")
  );
  set(
    "plannedCount",
    first((m) => projects(m) && m.stage === undefined)
  );
  set(
    "startedCount",
    first((m) => projects(m) && m.stage === "started")
  );
  set(
    "completedCount",
    first((m) => projects(m) && m.stage === "completed")
  );
  const amount = (m: Measure) => m.kind === "amount";
  set(
    "plannedFunds",
    first((m) => amount(m) && m.stage === "planned")
  );
  set(
    "plannedFunds",
    first((m) => amount(m) && m.stage === undefined)
  );
  set(
    "arrivedFunds",
    first((m) => amount(m) && m.stage === "arrived")
  );
  set(
    "arrivedFunds",
    first((m) => amount(m) && m.stage === "completed")
  );
  const single = (m: Measure, stage: string) =>
    m.kind === "rate" && m.readings?.length === 1 && m.readings[0][0].stage === stage;
  set(
    "startRate",
    first((m) => single(m, "started"))
  );
  set(
    "completionRate",
    first((m) => single(m, "completed") && m.readings?.[0][0].quantity === undefined)
  );
  set(
    "arrivalRate",
    first((m) => single(m, "arrived"))
  );
  set(
    "arrivalRate",
    first((m) => single(m, "completed"))
  );
  // 完成率 with several readings: the completion rate beside a completed count, else the funds' rate.
  const open = first((m) => m.kind === "rate" && (m.readings?.length ?? 0) > 1);
  if (open !== undefined && columns.completionRate === undefined) {
    if (columns.completedCount === undefined && columns.arrivedFunds !== undefined) {
      if (columns.arrivalRate === undefined) set("arrivalRate", open);
    } else set("completionRate", open);
  }
  return columns;
}

function readRow(cells: readonly CellValue[]): Reading {
  const units: Partial<Record<Role, string>> = {};
  let first = -1;
  let last = -1;
  const headers = cells.map((cell) => (isHeaderText(cell) ? cell.trim() : ""));
  const measures: (Measure | undefined)[] = cells.map(() => undefined as Measure | undefined);
  cells.forEach((cell, c) => {
    if (!isHeaderText(cell)) return;
    if (first < 0) first = c;
    last = c;
    const m = readMeasure(cell);
    if (m.kind !== "text") measures[c] = m;
  });
  const columns = rolesOf(measures);
  for (const [role, c] of Object.entries(columns) as [Role, number][]) {
    const unit = measures[c]?.unit;
    if (unit) units[role] = unit;
  }
  // A header names what its columns hold: roles, and figure columns no role covers. A column
  // naming the rows (地区, 用途) counts once there is a figure to go with it.
  const roles = new Set(Object.values(columns) as number[]);
  let count = roles.size;
  let figures = 0;
  measures.forEach((m, c) => {
    if (isFigure(m)) figures++;
    if (!roles.has(c) && isFigure(m)) count++;
  });
  if (figures > 0 && measures.some((m) => m?.kind === "label" || m?.kind === "status")) count++;
  // A merged title read cell by cell repeats one text across the row: it names nothing.
  const texts = new Set(headers.filter((h) => h !== ""));
  if (texts.size === 1 && headers.filter((h) => h !== "").length > 1) count = 0;
  return { headers, measures, columns, units, count, first, last };
}

function toLayout(reading: Reading, headerRow: number, headerRows: number): Layout {
  return {
    headerRow,
    headerRows,
    columns: reading.columns,
    units: reading.units,
    firstColumn: reading.first,
    lastColumn: reading.last,
    headers: reading.headers,
    measures: reading.measures,
  };
}

/** Read the header at a given grid row (one row, or two when the next row continues it). */
export function layoutAt(rows: readonly (readonly CellValue[])[], r: number): Layout | null {
  const row = rows[r];
  if (!row) return null;
  const single = readRow(row);
  const next = rows[r + 1];
  // A title alone in its row (or merged, repeated across it) spreads over nothing: the top of a
  // two-row header names at least two different things.
  if (next && isHeaderLike(next) && new Set(row.filter(isHeaderText)).size >= 2) {
    // Two rows are one header only when together they name more than either does alone
    // (a title row above a full header adds nothing).
    const both = readRow(combine(row, next));
    if (both.count > Math.max(single.count, readRow(next).count)) return toLayout(both, r, 2);
  }
  return toLayout(single, r, 1);
}

/**
 * Read what the data says about a column the header leaves open: a 项目类型 column
 * holding 续建/新建 is the projects' status, not a category.
 */
export function withData(layout: Layout, rows: readonly (readonly CellValue[])[]): Layout {
  const c = layout.columns.category;
  if (c === undefined) return layout;
  let status = 0;
  let other = 0;
  for (let r = layout.headerRow + layout.headerRows; r < rows.length; r++) {
    const value = rows[r]?.[c];
    if (typeof value !== "string" || isBlank(value)) continue;
    if (/续建|新建|新启动|新开工|在建|结转|续|新增/.test(value)) status++;
    else other++;
  }
  if (status === 0 || status < other) return layout;
  const columns = { ...layout.columns };
  delete columns.category;
  const units = { ...layout.units };
  delete units.category;
  const measures = [...layout.measures];
  measures[c] = { kind: "status" };
  return { ...layout, columns, units, measures };
}

/** Find the header among the first rows: the row naming the most roles (at least two), the earliest on a tie. */
export function detectLayout(rows: readonly (readonly CellValue[])[]): Layout | null {
  let best: Layout | null = null;
  let bestCount = 1;
  const limit = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const layout = layoutAt(rows, r);
    if (!layout) continue;
    const count = readRow(layout.headers).count;
    if (count > bestCount) {
      best = layout;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Apply the caller's column roles over a layout: each named column takes that
 * role and loses any other. With `only`, the named columns are the whole layout
 * (the pane passes every role the user sees, so a column set to "not checked" stays so).
 */
export function withColumns(
  layout: Layout,
  overrides: Partial<Record<Role, number>>,
  only = false
): Layout {
  const columns: Partial<Record<Role, number>> = only ? {} : { ...layout.columns };
  for (const [role, column] of Object.entries(overrides) as [Role, number][]) {
    for (const [other, c] of Object.entries(columns) as [Role, number][])
      if (c === column) delete columns[other];
    columns[role] = column;
  }
  // Units belong to the header text of the column a role now sits in.
  const units: Partial<Record<Role, string>> = {};
  for (const [role, c] of Object.entries(columns) as [Role, number][]) {
    const unit = readHeader(layout.headers[c] ?? "").unit;
    if (unit) units[role] = unit;
  }
  const used = Object.values(columns) as number[];
  // A column the caller names is what the caller says; with `only`, columns it leaves out are not checked.
  const measures = only ? [] : layout.measures.map((m, c) => (used.includes(c) ? undefined : m));
  return {
    ...layout,
    columns,
    units,
    measures,
    firstColumn: Math.min(layout.firstColumn < 0 ? Infinity : layout.firstColumn, ...used),
    lastColumn: Math.max(layout.lastColumn, ...used),
  };
}
