/**
 * The validation engine: rows in, findings out.
 *
 * Rows are pushed one at a time (aid-check streams them from the .xlsx, the pane
 * reads them in blocks), so a sheet never has to be held whole: the engine keeps
 * the first rows until it has found the header and the programme, then checks
 * each row as it comes, keeping only running sums, the shares (which need the
 * final sum) and the keys for duplicate rows.
 */
import { cellAddress, columnIndex, columnLetter } from "../address";
import { isBlank, isErrorValue, readNumber, type CellValue } from "../cells";
import { resolveCategory, type CategoryResolution } from "../categories";
import { messages, type Locale, type Messages } from "../i18n";
import { checkPairCells, takesPart, type PairVerdict } from "../pairing";
import { resolveCell } from "../places";
import {
  DEFAULT_PROGRAMME,
  PROGRAMMES,
  programmeById,
  type PairingTable,
  type ProgrammeId,
} from "../programmes";
import { cleanText } from "../text";
import { DuplicateIndex } from "./duplicates";
import { detectLayout, HEADER_SCAN_ROWS, layoutAt, withColumns, type Layout } from "./layout";
import {
  AMOUNT_ROLES,
  COUNT_ROLES,
  isPercentUnit,
  RATE_PARTS,
  RATE_ROLES,
  type Role,
} from "./roles";
import {
  atPrecision,
  ratioAgreement,
  shareAgreement,
  sumAgreement,
  type Agreement,
} from "./rounding";
import { RULES, type Facts, type Finding, type RuleId } from "./rules";
import { shownAmountInto, shownPercentInto, type Shown } from "./shown";

export interface ValidateOptions {
  /** Check against this programme; detected from the sheet's place names when left out. */
  readonly programme?: ProgrammeId;
  /** 1-based sheet row of the header, when the caller knows better than detection. */
  readonly headerRow?: number;
  /** Column roles the caller sets: column letters ("C") or 0-based sheet column indexes. */
  readonly columns?: Partial<Record<Role, string | number>>;
  /** True when `columns` lists every role to check (the rest of the header is ignored). */
  readonly columnsOnly?: boolean;
  readonly locale?: Locale;
  /** 0-based sheet position of the first pushed cell (a used range may start at B3). */
  readonly origin?: { readonly row: number; readonly column: number };
}

export interface TableInfo {
  /** 1-based sheet rows. */
  readonly headerRow: number;
  readonly firstRow: number | null;
  readonly lastRow: number | null;
  readonly totalRow: number | null;
  /** Role → column letters. */
  readonly columns: Partial<Record<Role, string>>;
  readonly units: Partial<Record<Role, string>>;
}

export interface ValidationReport {
  readonly table: TableInfo | null;
  readonly programme: ProgrammeId;
  readonly programmeDetected: boolean;
  readonly findings: readonly Finding[];
  readonly summary: {
    readonly errors: number;
    readonly warnings: number;
    readonly byRule: Partial<Record<RuleId, number>>;
  };
}

type Formats = readonly (string | undefined | null)[] | undefined;

interface PendingRow {
  readonly values: readonly CellValue[];
  readonly formats: Formats;
  readonly index: number;
}

const COUNT = 0;
const AMOUNT = 1;
const PERCENT = 2;

/** A column holding figures, with its slot in the per-row figure arrays. */
interface FigureColumn {
  readonly role: Role;
  readonly slot: number;
  readonly column: number;
  readonly kind: typeof COUNT | typeof AMOUNT | typeof PERCENT;
  readonly percentColumn: boolean;
}

interface RateCheck {
  readonly role: Role;
  readonly rate: FigureColumn;
  readonly numerator: FigureColumn;
  readonly denominator: FigureColumn;
}

/** Everything about the layout that rows need, worked out once per sheet. */
interface Plan {
  readonly figures: readonly FigureColumn[];
  readonly byRole: Partial<Record<Role, FigureColumn>>;
  readonly summed: readonly FigureColumn[];
  readonly rates: readonly RateCheck[];
  readonly exceeds: readonly (readonly [FigureColumn, FigureColumn])[];
  readonly share?: FigureColumn;
  readonly shareAmount?: FigureColumn;
  readonly labelColumns: readonly number[];
  readonly roleOfColumn: readonly (Role | undefined)[];
  readonly spanFirst: number;
  readonly spanLast: number;
}

/**
 * The rows with a stated share, kept until the sum of the amounts is known: seven numbers a
 * row in one growing typed array (index, amount, its half and decimals, the share, its half and decimals).
 */
class ShareRows {
  private data = new Float64Array(7 * 256);
  length = 0;

  add(
    index: number,
    amount: number,
    amountHalf: number,
    amountDecimals: number,
    stated: number,
    statedHalf: number,
    statedDecimals: number
  ): void {
    if (7 * (this.length + 1) > this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const at = 7 * this.length++;
    const d = this.data;
    d[at] = index;
    d[at + 1] = amount;
    d[at + 2] = amountHalf;
    d[at + 3] = amountDecimals;
    d[at + 4] = stated;
    d[at + 5] = statedHalf;
    d[at + 6] = statedDecimals;
  }

  /** Field `field` (0-6, in the order of add's arguments) of row `i`. */
  get(i: number, field: number): number {
    return this.data[7 * i + field];
  }
}

const TOTAL_LABEL = /^.{0,6}?(合计|总计|共计|小计)(?::|\(.*\))?$/;
const NOTE_START = /^(注|备注|说明|资料来源|数据来源|来源|填表|制表|审核|负责人|联系人|填报)/;
// Characters a note line can start with (as char codes: no one-character string per row);
// checked before the costlier clean-up and pattern.
const NOTE_FIRST_CODES = new Set([..."注备说资数来填制审负联"].map((ch) => ch.charCodeAt(0)));
// Rows kept before the programme is chosen; enough to see most of a sheet's places.
const PROGRAMME_SAMPLE_ROWS = 500;

function makePlan(layout: Layout): Plan {
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
      kind: kind as FigureColumn["kind"],
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
  for (const [role, planned] of [
    ["startedCount", "plannedCount"],
    ["completedCount", "plannedCount"],
    ["arrivedFunds", "plannedFunds"],
  ] as const) {
    const a = byRole[role];
    const b = byRole[planned];
    if (a && b) exceeds.push([a, b]);
  }
  const labelColumns = new Set<number>([Math.max(0, layout.firstColumn)]);
  for (const role of ["supporter", "recipient", "project", "category"] as const) {
    const c = layout.columns[role];
    if (c !== undefined) labelColumns.add(c);
  }
  const used = Object.values(layout.columns) as number[];
  return {
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

  add(slot: number, value: number, half: number, decimals: number): void {
    this.sum[slot] += value;
    this.half[slot] += half;
    if (decimals > this.decimals[slot]) this.decimals[slot] = decimals;
    this.seen[slot] = 1;
  }

  clear(): void {
    this.sum.fill(0);
    this.half.fill(0);
    this.decimals.fill(0);
    this.seen.fill(0);
  }
}

/** The current row's figures, one slot per figure column; reused from row to row. */
class RowFigures {
  readonly value: Float64Array;
  readonly half: Float64Array;
  readonly decimals: Int8Array;
  readonly present: Uint8Array;

  constructor(size: number) {
    this.value = new Float64Array(size);
    this.half = new Float64Array(size);
    this.decimals = new Int8Array(size);
    this.present = new Uint8Array(size);
  }

  text(slot: number): string {
    return atPrecision(this.value[slot], this.decimals[slot]);
  }
}

/** Tell whether text starts like a note under a table (注：…, 资料来源：…, 填表人 …). */
export function isNoteText(text: string): boolean {
  // Most text starts with a name or a figure; only look closer at text starting like a note.
  const code = text.charCodeAt(0);
  if (code > 32 && code !== 0x3000 && !NOTE_FIRST_CODES.has(code)) return false;
  return NOTE_START.test(cleanText(text));
}

/** Whether a label cell marks a total row (合计, 总计, 共计), a subtotal (小计), or neither. */
export function totalLabelKind(label: string): "total" | "subtotal" | null {
  // Every total label contains 计; most labels do not, and skip the clean-up.
  if (!label.includes("计")) return null;
  const match = TOTAL_LABEL.exec(cleanText(label));
  return match ? (match[1] === "小计" ? "subtotal" : "total") : null;
}

/** A streaming validator for one sheet. */
export class Validator {
  private readonly locale: Locale;
  private readonly text: Messages;
  private readonly origin: { readonly row: number; readonly column: number };
  private readonly findings: Finding[] = [];
  private pending: PendingRow[] = [];
  private nextIndex = 0;
  private layout: Layout | null = null;
  private plan: Plan | null = null;
  private layoutSettled = false;
  private table: PairingTable | null = null;
  private programmeDetected = false;
  private ended = false;
  private firstRow: number | null = null;
  private lastRow: number | null = null;
  private totalRow: number | null = null;
  private lastTotalIndex: number | null = null;
  private figures = new RowFigures(0);
  private all = new Sums(0);
  private sub = new Sums(0);
  private readonly shareRows = new ShareRows();
  private shareSum = 0;
  private shareHalf = 0;
  private shareDecimals = 0;
  private sharesComplete = true;
  private readonly scratch: Shown = { value: 0, half: 0, decimals: 0 };
  private readonly current: { values: readonly CellValue[]; formats: Formats; index: number } = {
    values: [],
    formats: undefined,
    index: 0,
  };
  private readonly duplicates = new DuplicateIndex();
  private readonly cleanNames = new Map<string, string>();
  // supporter cell → recipient cell → verdict: most sheets repeat a few dozen pairs.
  private readonly verdicts = new Map<string, Map<string, PairVerdict>>();
  private readonly categories = new Map<string, CategoryResolution>();

  constructor(private readonly options: ValidateOptions = {}) {
    this.locale = options.locale ?? "zh-CN";
    this.text = messages(this.locale);
    this.origin = options.origin ?? { row: 0, column: 0 };
    if (options.programme) this.table = programmeById(options.programme);
  }

  /** Add the next row of the sheet (values as Excel gives them, and optionally their number formats). */
  push(values: readonly CellValue[], formats?: Formats): void {
    const index = this.nextIndex++;
    if (this.plan && this.table && !this.ended) {
      // Past the header and the programme sample rows are checked at once, through one reused row object.
      const row = this.current;
      row.values = values;
      row.formats = formats;
      row.index = index;
      this.checkRow(row);
    } else this.accept({ values, formats, index });
  }

  /** Finish the sheet and return every finding, in row order. */
  finish(): ValidationReport {
    if (!this.layoutSettled) this.settleLayout();
    if (!this.table) this.settleProgramme();
    this.checkShares();
    const findings = [...this.findings].sort(
      (a, b) => a.row - b.row || columnIndex(a.column) - columnIndex(b.column)
    );
    const byRule: Partial<Record<RuleId, number>> = {};
    let errors = 0;
    for (const f of findings) {
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
      if (f.severity === "error") errors++;
    }
    return {
      table: this.tableInfo(),
      programme: (this.table ?? programmeById(DEFAULT_PROGRAMME)).id,
      programmeDetected: this.programmeDetected,
      findings,
      summary: { errors, warnings: findings.length - errors, byRule },
    };
  }

  private accept(row: PendingRow): void {
    if (this.ended) return;
    if (!this.layoutSettled) {
      this.pending.push(row);
      if (this.pending.length >= this.scanLength()) this.settleLayout();
      return;
    }
    if (!this.table) {
      this.pending.push(row);
      if (this.pending.length >= PROGRAMME_SAMPLE_ROWS) this.settleProgramme();
      return;
    }
    this.checkRow(row);
  }

  private scanLength(): number {
    const given = this.options.headerRow;
    // One row past the header, in case the header continues on it.
    return given !== undefined ? given - this.origin.row + 1 : HEADER_SCAN_ROWS + 1;
  }

  private settleLayout(): void {
    this.layoutSettled = true;
    const rows = this.pending.map((r) => r.values);
    const given = this.options.headerRow;
    let layout =
      given !== undefined ? layoutAt(rows, given - 1 - this.origin.row) : detectLayout(rows);
    const overrides = this.columnOverrides();
    if (Object.keys(overrides).length > 0) {
      layout = withColumns(
        layout ?? emptyLayout(given !== undefined ? given - 1 - this.origin.row : 0),
        overrides,
        this.options.columnsOnly
      );
    }
    this.layout = layout;
    const buffered = this.pending;
    this.pending = [];
    if (!layout) {
      this.ended = true;
      return;
    }
    const plan = makePlan(layout);
    this.plan = plan;
    this.figures = new RowFigures(plan.figures.length);
    this.all = new Sums(plan.figures.length);
    this.sub = new Sums(plan.figures.length);
    for (const row of buffered)
      if (row.index >= layout.headerRow + layout.headerRows) this.accept(row);
  }

  private columnOverrides(): Partial<Record<Role, number>> {
    const out: Partial<Record<Role, number>> = {};
    for (const [role, column] of Object.entries(this.options.columns ?? {}) as [
      Role,
      string | number,
    ][]) {
      const index = typeof column === "number" ? column : columnIndex(column);
      if (index >= 0) out[role] = index - this.origin.column;
    }
    return out;
  }

  private settleProgramme(): void {
    if (!this.table) {
      this.table = this.detectProgramme();
      this.programmeDetected = true;
    }
    const buffered = this.pending;
    this.pending = [];
    for (const row of buffered) this.checkRow(row);
  }

  /** The programme whose tables know most of the sheet's place names; the default on a tie. */
  private detectProgramme(): PairingTable {
    const layout = this.layout;
    const names = new Set<string>();
    if (layout) {
      for (const role of ["supporter", "recipient"] as const) {
        const c = layout.columns[role];
        if (c === undefined) continue;
        for (const row of this.pending) {
          const value = row.values[c];
          if (typeof value === "string" && !isBlank(value)) names.add(value);
        }
      }
    }
    let best = programmeById(DEFAULT_PROGRAMME);
    let bestScore = 0;
    for (const table of PROGRAMMES) {
      let score = 0;
      for (const name of names)
        for (const r of resolveCell(name))
          if (r.kind === "found" && takesPart(table, r.place)) score++;
      if (score > bestScore) {
        best = table;
        bestScore = score;
      }
    }
    return best;
  }

  // ---- rows ---------------------------------------------------------------

  private checkRow(row: PendingRow): void {
    if (!this.plan || this.ended) return;
    const values = row.values;
    let blank = true;
    for (let c = 0; c < values.length; c++) {
      if (!isBlank(values[c])) {
        blank = false;
        break;
      }
    }
    if (blank) return;
    if (this.isNote(values)) {
      this.ended = true;
      return;
    }
    const sheetRow = this.origin.row + row.index + 1;
    if (this.firstRow === null) this.firstRow = sheetRow;
    this.lastRow = sheetRow;
    this.checkErrors(row);
    const total = this.totalKind(values);
    if (total) this.processTotal(row, total);
    else this.processData(row);
  }

  private isNote(values: readonly CellValue[]): boolean {
    let first: CellValue;
    for (let c = 0; c < values.length; c++) {
      if (!isBlank(values[c])) {
        first = values[c];
        break;
      }
    }
    return typeof first === "string" && isNoteText(first) && !this.hasFigures(values);
  }

  private hasFigures(values: readonly CellValue[]): boolean {
    return (this.plan as Plan).summed.some((f) => readNumber(values[f.column]).ok);
  }

  private totalKind(values: readonly CellValue[]): "total" | "subtotal" | null {
    for (const c of (this.plan as Plan).labelColumns) {
      const value = values[c];
      const kind = typeof value === "string" ? totalLabelKind(value) : null;
      if (kind) return kind;
    }
    return null;
  }

  private checkErrors(row: PendingRow): void {
    const plan = this.plan as Plan;
    const values = row.values;
    const last = Math.min(plan.spanLast, values.length - 1);
    for (let c = plan.spanFirst; c <= last; c++) {
      const value = values[c];
      if (typeof value === "string" && value.charCodeAt(0) === 35 && isErrorValue(value))
        this.emit(row.index, c, plan.roleOfColumn[c], { rule: "cell-error", code: value });
    }
  }

  private processData(row: PendingRow): void {
    const layout = this.layout as Layout;
    const plan = this.plan as Plan;
    this.checkNames(row);
    if (layout.columns.category !== undefined) this.checkCategory(row, layout.columns.category);
    this.readFigures(row);
    const figures = this.figures;
    for (const [value, planned] of plan.exceeds) this.checkExceeds(row, value, planned);
    for (const rate of plan.rates) this.checkRate(row, rate);
    for (const f of plan.summed) {
      if (!figures.present[f.slot]) continue;
      const v = figures.value[f.slot];
      const h = figures.half[f.slot];
      const d = figures.decimals[f.slot];
      this.all.add(f.slot, v, h, d);
      this.sub.add(f.slot, v, h, d);
    }
    this.collectShare(row);
    this.checkDuplicate(row);
  }

  private processTotal(row: PendingRow, kind: "total" | "subtotal"): void {
    const plan = this.plan as Plan;
    this.readFigures(row);
    const figures = this.figures;
    const scope = kind === "subtotal" ? this.sub : this.all;
    for (const f of plan.summed) {
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
      const facts: Facts = {
        rule: agreement === "mismatch" ? "total-mismatch" : "total-rounding",
        role: f.role,
        stated,
        sum,
      };
      this.emit(row.index, f.column, f.role, facts, sum, stated);
    }
    for (const rate of plan.rates) this.checkRate(row, rate);
    this.checkTotalShare(row);
    this.sub.clear();
    if (kind === "total") {
      this.totalRow = this.origin.row + row.index + 1;
      this.lastTotalIndex = row.index;
      this.all.clear();
    }
  }

  // ---- names and categories ----------------------------------------------

  private checkNames(row: PendingRow): void {
    const cols = (this.layout as Layout).columns;
    const s = cols.supporter;
    const r = cols.recipient;
    const supporter = s === undefined ? undefined : row.values[s];
    const recipient = r === undefined ? undefined : row.values[r];
    if (s !== undefined && isBlank(supporter))
      this.emit(row.index, s, "supporter", { rule: "missing-value", role: "supporter" });
    if (r !== undefined && isBlank(recipient))
      this.emit(row.index, r, "recipient", { rule: "missing-value", role: "recipient" });
    if (isErrorValue(supporter) || isErrorValue(recipient)) return;
    if (s === undefined || r === undefined || isBlank(supporter) || isBlank(recipient)) {
      if (s !== undefined) this.checkKnown(row, s, "supporter");
      if (r !== undefined) this.checkKnown(row, r, "recipient");
      return;
    }
    const bySupporter = this.verdicts.get(String(supporter)) ?? new Map<string, PairVerdict>();
    if (bySupporter.size === 0) this.verdicts.set(String(supporter), bySupporter);
    let verdict = bySupporter.get(String(recipient));
    if (!verdict) {
      verdict = checkPairCells(this.table as PairingTable, supporter, recipient);
      bySupporter.set(String(recipient), verdict);
    }
    if (verdict.status !== "paired") this.reportVerdict(row, verdict, s, r);
  }

  private checkKnown(row: PendingRow, c: number, role: Role): void {
    const value = row.values[c];
    if (isBlank(value) || isErrorValue(value)) return;
    const unknown = resolveCell(value).find((res) => res.kind === "unknown");
    if (unknown && unknown.kind === "unknown") {
      const suggestions = unknown.suggestions.map((p) => p.name);
      this.emit(
        row.index,
        c,
        role,
        { rule: "unknown-place", role, name: unknown.input, suggestions },
        suggestions[0],
        unknown.input
      );
    }
  }

  private reportVerdict(row: PendingRow, verdict: PairVerdict, s: number, r: number): void {
    switch (verdict.status) {
      case "unknown": {
        const res = verdict.resolution;
        const suggestions = res.kind === "unknown" ? res.suggestions.map((p) => p.name) : [];
        const c = verdict.role === "supporter" ? s : r;
        const facts: Facts = {
          rule: "unknown-place",
          role: verdict.role,
          name: res.input,
          suggestions,
        };
        this.emit(row.index, c, verdict.role, facts, suggestions[0], res.input);
        return;
      }
      case "not-paired": {
        const official = verdict.official.map((p) => p.name);
        const facts: Facts = {
          rule: "pairing-mismatch",
          supporter: verdict.supporter.name,
          recipient: verdict.recipient.name,
          official,
          programme: (this.table as PairingTable).title[this.locale],
        };
        this.emit(
          row.index,
          s,
          "supporter",
          facts,
          official.join("、") || undefined,
          verdict.supporter.name
        );
        return;
      }
      case "ambiguous": {
        const res = verdict.resolution;
        const readings = res.kind === "ambiguous" ? res.places.map((p) => p.name) : [];
        const c = verdict.role === "supporter" ? s : r;
        this.emit(
          row.index,
          c,
          verdict.role,
          { rule: "ambiguous-place", name: res.input, readings },
          undefined,
          res.input
        );
        return;
      }
      default:
        return;
    }
  }

  private checkCategory(row: PendingRow, c: number): void {
    const value = row.values[c];
    if (isBlank(value) || isErrorValue(value)) return;
    const text = String(value);
    let resolution = this.categories.get(text);
    if (!resolution) {
      resolution = resolveCategory(text);
      this.categories.set(text, resolution);
    }
    if (resolution.kind === "unknown") {
      const suggestions = resolution.suggestions;
      this.emit(
        row.index,
        c,
        "category",
        { rule: "unknown-category", text, suggestions },
        suggestions[0],
        text
      );
    }
  }

  // ---- figures -------------------------------------------------------------

  /** Read the row's counts, amounts, rates and share into the figure slots; report cells that are not usable numbers. */
  private readFigures(row: PendingRow): void {
    const plan = this.plan as Plan;
    const figures = this.figures;
    const scratch = this.scratch;
    for (const f of plan.figures) {
      const slot = f.slot;
      figures.present[slot] = 0;
      const value = row.values[f.column];
      let number: number;
      let textDecimals: number | null = null;
      let textPercent = false;
      if (typeof value === "number" && Number.isFinite(value)) number = value;
      else {
        const reading = readNumber(value);
        if (!reading.ok) {
          if (reading.reason === "text" || reading.reason === "boolean") {
            const text = String(value);
            this.emit(
              row.index,
              f.column,
              f.role,
              { rule: "not-a-number", role: f.role, text },
              undefined,
              text
            );
          }
          continue;
        }
        number = reading.value;
        textDecimals = reading.decimals;
        textPercent = reading.percent;
      }
      const format = row.formats ? row.formats[f.column] : undefined;
      if (f.kind === PERCENT)
        shownPercentInto(scratch, number, textDecimals, textPercent, format, f.percentColumn);
      else {
        // A negative figure is reported but still counted, as the sheet's own SUM counts it: one mistake, one finding.
        if (number < 0) {
          const text = String(value);
          this.emit(
            row.index,
            f.column,
            f.role,
            { rule: "negative-value", role: f.role, value: text },
            undefined,
            text
          );
        }
        shownAmountInto(scratch, number, textDecimals, format, f.kind === COUNT);
      }
      figures.value[slot] = scratch.value;
      figures.half[slot] = scratch.half;
      figures.decimals[slot] = scratch.decimals;
      figures.present[slot] = 1;
    }
  }

  private checkExceeds(row: PendingRow, done: FigureColumn, planned: FigureColumn): void {
    const f = this.figures;
    if (!f.present[done.slot] || !f.present[planned.slot]) return;
    if (
      f.value[done.slot] - f.half[done.slot] <=
      f.value[planned.slot] + f.half[planned.slot] + 1e-9
    )
      return;
    const value = f.text(done.slot);
    const plannedText = f.text(planned.slot);
    const facts: Facts = {
      rule: "exceeds-planned",
      role: done.role,
      value,
      plannedRole: planned.role,
      planned: plannedText,
    };
    this.emit(row.index, done.column, done.role, facts, plannedText, value);
  }

  private checkRate(row: PendingRow, check: RateCheck): void {
    const f = this.figures;
    const { rate, numerator, denominator } = check;
    if (!f.present[rate.slot]) return;
    if (!f.present[numerator.slot] || !f.present[denominator.slot]) {
      for (const part of [numerator, denominator]) {
        if (!f.present[part.slot] && isBlank(row.values[part.column]))
          this.emit(row.index, part.column, part.role, {
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
    let agreement: Agreement;
    if (den - f.half[denominator.slot] <= 0) {
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
    const expected =
      den - f.half[denominator.slot] <= 0
        ? null
        : atPrecision((num / den) * 100, f.decimals[rate.slot]);
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
    this.emit(row.index, rate.column, check.role, facts, expected ?? undefined, statedText);
  }

  private collectShare(row: PendingRow): void {
    const plan = this.plan as Plan;
    const share = plan.share;
    const amount = plan.shareAmount;
    if (!share || !amount) return;
    const f = this.figures;
    const hasAmount = f.present[amount.slot] === 1;
    const hasShare = f.present[share.slot] === 1;
    if (hasAmount) {
      this.shareSum += f.value[amount.slot];
      this.shareHalf += f.half[amount.slot];
      this.shareDecimals = Math.max(this.shareDecimals, f.decimals[amount.slot]);
    }
    if (hasShare && !hasAmount) {
      if (isBlank(row.values[amount.column]))
        this.emit(row.index, amount.column, amount.role, {
          rule: "missing-value",
          role: amount.role,
          neededFor: "share",
        });
      return;
    }
    if (hasAmount && !hasShare) this.sharesComplete = false;
    if (hasAmount && hasShare) {
      this.shareRows.add(
        row.index,
        f.value[amount.slot],
        f.half[amount.slot],
        f.decimals[amount.slot],
        f.value[share.slot],
        f.half[share.slot],
        f.decimals[share.slot]
      );
    }
  }

  private checkTotalShare(row: PendingRow): void {
    const share = (this.plan as Plan).share;
    const f = this.figures;
    if (!share || !f.present[share.slot]) return;
    if (Math.abs(f.value[share.slot] - 100) <= f.half[share.slot] + 1e-9) return;
    const expected = atPrecision(100, f.decimals[share.slot]);
    const stated = f.text(share.slot);
    this.emit(
      row.index,
      share.column,
      "share",
      { rule: "share-mismatch", of: "total", stated, expected },
      expected,
      stated
    );
  }

  /** Check every stated share against amount ÷ the sum of the listed amounts, then that the shares can add up to 100%. */
  private checkShares(): void {
    const share = this.plan?.share;
    const rows = this.shareRows;
    if (!share || rows.length === 0) return;
    const total = this.shareSum;
    const totalText = atPrecision(total, this.shareDecimals);
    let statedSum = 0;
    let statedHalf = 0;
    let decimals = 0;
    for (let i = 0; i < rows.length; i++) {
      const amount = rows.get(i, 1);
      const stated = rows.get(i, 4);
      const half = rows.get(i, 5);
      const shown = rows.get(i, 6);
      statedSum += stated;
      statedHalf += half;
      decimals = Math.max(decimals, shown);
      const agreement = shareAgreement(amount, rows.get(i, 2), total, this.shareHalf, stated, half);
      if (agreement !== "mismatch") continue;
      const expected = atPrecision(total > 0 ? (amount / total) * 100 : 0, shown);
      const statedText = atPrecision(stated, shown);
      const amountText = atPrecision(amount, rows.get(i, 3));
      const facts: Facts = {
        rule: "share-mismatch",
        of: "row",
        stated: statedText,
        expected,
        amount: amountText,
        total: totalText,
      };
      this.emit(rows.get(i, 0), share.column, "share", facts, expected, statedText);
    }
    if (!this.sharesComplete || Math.abs(statedSum - 100) <= statedHalf + 1e-9) return;
    const at = this.lastTotalIndex ?? rows.get(rows.length - 1, 0);
    const sumText = atPrecision(statedSum, decimals);
    const facts: Facts = { rule: "share-mismatch", of: "sum", stated: sumText, expected: "100" };
    this.emit(at, share.column, "share", facts, "100", sumText);
  }

  private checkDuplicate(row: PendingRow): void {
    const cols = (this.layout as Layout).columns;
    if (cols.project === undefined) return;
    const project = row.values[cols.project];
    if (isBlank(project) || isErrorValue(project)) return;
    const part = (c: number | undefined) => (c === undefined ? "" : this.cleanName(row.values[c]));
    const sheetRow = this.origin.row + row.index + 1;
    const first = this.duplicates.repeats(
      cleanText(String(project)),
      part(cols.supporter),
      part(cols.recipient),
      sheetRow
    );
    if (first === 0) return;
    const facts: Facts = { rule: "duplicate-row", firstRow: first };
    this.emit(row.index, cols.project, "project", facts, String(first), undefined);
  }

  /** Clean a supporter or recipient cell for comparison; the few distinct names of a sheet are remembered. */
  private cleanName(value: CellValue): string {
    const text = String(value ?? "");
    let clean = this.cleanNames.get(text);
    if (clean === undefined) {
      clean = cleanText(text);
      if (this.cleanNames.size < 10_000) this.cleanNames.set(text, clean);
    }
    return clean;
  }

  // ---- output --------------------------------------------------------------

  private emit(
    index: number,
    column: number,
    role: Role | undefined,
    facts: Facts,
    expected?: string,
    actual?: string
  ): void {
    const sheetRow = this.origin.row + index;
    const sheetColumn = this.origin.column + column;
    const cell = cellAddress(sheetRow, sheetColumn);
    this.findings.push({
      rule: facts.rule,
      severity: RULES[facts.rule],
      cell,
      row: sheetRow + 1,
      column: columnLetter(sheetColumn),
      ...(role ? { role } : {}),
      message: this.text.finding(cell, facts),
      ...(expected !== undefined ? { expected } : {}),
      ...(actual !== undefined ? { actual } : {}),
    });
  }

  private tableInfo(): TableInfo | null {
    const layout = this.layout;
    if (!layout) return null;
    const columns: Partial<Record<Role, string>> = {};
    for (const [role, c] of Object.entries(layout.columns) as [Role, number][])
      columns[role] = columnLetter(this.origin.column + c);
    return {
      headerRow: this.origin.row + layout.headerRow + 1,
      firstRow: this.firstRow,
      lastRow: this.lastRow,
      totalRow: this.totalRow,
      columns,
      units: layout.units,
    };
  }
}

function emptyLayout(headerRow: number): Layout {
  return {
    headerRow,
    headerRows: 1,
    columns: {},
    units: {},
    firstColumn: -1,
    lastColumn: -1,
    headers: [],
  };
}

/** Validate a whole grid at once (values and, optionally, number formats of the same shape). */
export function validateGrid(
  values: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | undefined | null)[])[],
  options: ValidateOptions = {}
): ValidationReport {
  const validator = new Validator(options);
  values.forEach((row, i) => validator.push(row, formats?.[i]));
  return validator.finish();
}
