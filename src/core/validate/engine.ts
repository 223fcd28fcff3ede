/**
 * The validation engine: rows in, findings out.
 *
 * This is the driver. It finds the table, builds a plan for its layout
 * (`plan.ts`), and asks each rule family (`checks/`) for its check on this
 * sheet; families whose columns the sheet lacks build none and cost nothing.
 *
 * Rows are pushed one at a time (aid-check streams them from the .xlsx, the pane
 * reads them in blocks), so a sheet never has to be held whole: the engine keeps
 * the first rows until it has found the header and the programme, then checks
 * each row as it comes, keeping only running sums, the shares (which need the
 * final sum) and the keys for duplicate rows.
 */
import { cellAddress, columnIndex, columnLetter } from "../address";
import { isBlank, readNumber, type CellValue } from "../cells";
import { messages, type Locale, type Messages } from "../i18n";
import { takesPart } from "../pairing";
import { resolveCell } from "../places";
import {
  DEFAULT_PROGRAMME,
  PROGRAMMES,
  programmeById,
  type PairingTable,
  type ProgrammeId,
} from "../programmes";
import { cleanText } from "../text";
import {
  RowFigures,
  type Check,
  type Emit,
  type Row,
  type Sheet,
  type TotalKind,
} from "./checks/check";
import { FAMILIES } from "./checks";
import { Parties } from "./checks/parties";
import {
  detectLayout,
  HEADER_SCAN_ROWS,
  layoutAt,
  withColumns,
  withData,
  type Layout,
} from "./layout";
import { makePlan, type Plan } from "./plan";
import { columnReadings, type ColumnReading } from "./reading";
import type { Role } from "./roles";
import { RULES, type Facts, type Finding, type RuleId } from "./rules";

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
  /**
   * Role → column letters, then every other column AID reads (a figure column no
   * role names, a column naming the rows) under its measure key; kept for the
   * pane and aid-check, which show roles. `readings` says more.
   */
  readonly columns: ColumnLetters;
  readonly units: Partial<Record<Role, string>>;
  /** Per column: header, measure, unit and how it is checked. */
  readonly readings: readonly ColumnReading[];
}

/** Role → column letters, and measure key → column letters for columns without a role. */
export type ColumnLetters = { readonly [roleOrMeasure: string]: string };

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

// 基本任务资金总量 is the whole of the rows above it, as a 合计 is.
const TOTAL_LABEL = /^.{0,6}?(合计|总计|共计|小计|合計|總計|共計|小計|总量|總量)(?::|\(.*\))?$/;
const NOTE_START = /^(注|备注|说明|资料来源|数据来源|来源|填表|制表|审核|负责人|联系人|填报)/;
// First code units that need a closer look (a note's first character, or a space or control
// character before it), as a table over every UTF-16 unit: one look-up a row, checked before the
// costlier clean-up and pattern.
const NOTE_LOOK = new Uint8Array(0x10000);
for (const ch of "注备说资数来填制审负联\u3000") NOTE_LOOK[ch.charCodeAt(0)] = 1;
NOTE_LOOK.fill(1, 0, 33);
// Rows kept before the programme is chosen; enough to see most of a sheet's places.
const PROGRAMME_SAMPLE_ROWS = 500;

/** Tell whether text starts like a note under a table (注：…, 资料来源：…, 填表人 …). */
export function isNoteText(text: string): boolean {
  // Most text starts with a name or a figure; only look closer at text starting like a note.
  if (NOTE_LOOK[text.charCodeAt(0)] !== 1) return false;
  return NOTE_START.test(cleanText(text));
}

const JI = "计".charCodeAt(0);
const JI_TRADITIONAL = "計".charCodeAt(0);
const LIANG = "量".charCodeAt(0);

/** 0-9, A-Z or a-z (the | 32 folds upper case onto lower). */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/**
 * Every total label ends in 计, 計 or 量 (总量), or in : or ) after them. A label ending in any
 * other ideograph or an ASCII letter or digit (北京市, 项目12, 房屋建设) is none, and that ends
 * in one look at its last character most data rows; clean-up cannot change such an ending, as
 * NFKC keeps these characters and only spaces and invisibles are dropped. Other labels are
 * scanned for the three characters.
 */
function mayBeTotal(label: string): boolean {
  const last = label.charCodeAt(label.length - 1);
  if (last >= 0x4e00 && last <= 0x9fff) {
    if (last !== JI && last !== JI_TRADITIONAL && last !== LIANG) return false;
  } else if (isAsciiLetterOrDigit(last)) return false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code === JI || code === JI_TRADITIONAL || code === LIANG) return true;
  }
  return false;
}

/** Whether a label cell marks a total row (合计, 总计, 共计), a subtotal (小计), or neither. */
export function totalLabelKind(label: string): "total" | "subtotal" | null {
  // Every total label contains 计; most labels do not, and skip the clean-up.
  if (!mayBeTotal(label)) return null;
  const match = TOTAL_LABEL.exec(cleanText(label));
  return match ? (match[1] === "小计" || match[1] === "小計" ? "subtotal" : "total") : null;
}

interface DataStep {
  data(row: Row): void;
}
interface TotalStep {
  total(row: Row, kind: TotalKind): void;
}
// Stands in for a family that built no check, or has no step for the row.
const SKIP: DataStep & TotalStep = { data() {}, total() {} };
// The call sites in dataRow.
const CALL_SITES = 10;

/** A streaming validator for one sheet: the driver that hands each row to the checks its layout can use. */
export class Validator {
  private readonly locale: Locale;
  private readonly text: Messages;
  private readonly origin: { readonly row: number; readonly column: number };
  private readonly findings: Finding[] = [];
  private pending: Row[] = [];
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
  private checks: Check[] = [];
  // Each family's check at its place in FAMILIES, or a no-op: see dataRow.
  private dataSlots: DataStep[] = [];
  private totalSlots: TotalStep[] = [];
  private readonly current: { values: readonly CellValue[]; formats: Formats; index: number } = {
    values: [],
    formats: undefined,
    index: 0,
  };
  private readonly emitter: Emit = (index, column, role, facts, expected, actual) =>
    this.emit(index, column, role, facts, expected, actual);

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
    for (const check of this.checks) check.finish?.();
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

  private accept(row: Row): void {
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
    if (layout) layout = withData(layout, rows);
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
    this.plan = makePlan(layout);
    if (this.table) this.buildChecks();
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
    if (this.plan) this.buildChecks();
    const buffered = this.pending;
    this.pending = [];
    for (const row of buffered) this.checkRow(row);
  }

  /** Build each family's check for this sheet; families whose columns the sheet lacks build none. */
  private buildChecks(): void {
    const plan = this.plan as Plan;
    const sheet: Sheet = {
      plan,
      figures: new RowFigures(plan.figures.length),
      parties: new Parties(plan.layout.columns.supporter, plan.layout.columns.recipient),
      table: this.table as PairingTable,
      locale: this.locale,
      origin: this.origin,
      emit: this.emitter,
      lastTotalIndex: () => this.lastTotalIndex,
    };
    const built = FAMILIES.map((family) => family.create(sheet));
    this.checks = built.filter((check): check is Check => check !== null);
    // By place in FAMILIES, so each call site in dataRow always sees the same family.
    this.dataSlots = built.map((c) => (c?.data ? (c as DataStep) : SKIP));
    this.totalSlots = built.map((c) => (c?.total ? (c as TotalStep) : SKIP));
    while (this.dataSlots.length < CALL_SITES) this.dataSlots.push(SKIP);
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

  private checkRow(row: Row): void {
    if (!this.plan || this.ended) return;
    const values = row.values;
    // The first cell that is not blank: none makes a blank row, text like 注：… a note.
    let first = -1;
    for (let c = 0; c < values.length; c++) {
      if (!isBlank(values[c])) {
        first = c;
        break;
      }
    }
    if (first < 0) return;
    const lead = values[first];
    if (typeof lead === "string" && isNoteText(lead) && !this.hasFigures(values)) {
      this.ended = true;
      return;
    }
    const sheetRow = this.origin.row + row.index + 1;
    if (this.firstRow === null) this.firstRow = sheetRow;
    this.lastRow = sheetRow;
    const kind = this.totalKind(values);
    if (kind) {
      // Total rows are few: one site for them all is fast enough.
      const s = this.totalSlots;
      for (let i = 0; i < s.length; i++) s[i].total(row, kind);
      if (kind === "total") {
        this.totalRow = sheetRow;
        this.lastTotalIndex = row.index;
      }
    } else this.dataRow(row);
  }

  /**
   * Hand a data row to every check. A loop would be one call site seeing every family's class,
   * which V8 calls slowly (about 7 ns a call, most of the cost of a row that is simple to
   * check); one site per place in FAMILIES sees one class per sheet and is called directly.
   */
  private dataRow(row: Row): void {
    const s = this.dataSlots;
    s[0].data(row);
    s[1].data(row);
    s[2].data(row);
    s[3].data(row);
    s[4].data(row);
    s[5].data(row);
    s[6].data(row);
    s[7].data(row);
    s[8].data(row);
    s[9].data(row);
    for (let i = CALL_SITES; i < s.length; i++) s[i].data(row);
  }

  private hasFigures(values: readonly CellValue[]): boolean {
    return (this.plan as Plan).summed.some((f) => readNumber(values[f.column]).ok);
  }

  private totalKind(values: readonly CellValue[]): TotalKind | null {
    const columns = (this.plan as Plan).labelColumns;
    for (let i = 0; i < columns.length; i++) {
      const value = values[columns[i]];
      const kind = typeof value === "string" ? totalLabelKind(value) : null;
      if (kind) return kind;
    }
    return null;
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
    const columns: Record<string, string> = {};
    for (const [role, c] of Object.entries(layout.columns) as [Role, number][])
      columns[role] = columnLetter(this.origin.column + c);
    const plan = this.plan ?? makePlan(layout);
    const readings = columnReadings(plan, this.origin.column);
    for (const r of readings) {
      if (r.role || r.checks.length === 0) continue;
      const key = columns[r.measure] === undefined ? r.measure : `${r.measure}@${r.column}`;
      columns[key] = r.column;
    }
    return {
      headerRow: this.origin.row + layout.headerRow + 1,
      firstRow: this.firstRow,
      lastRow: this.lastRow,
      totalRow: this.totalRow,
      columns,
      units: layout.units,
      readings,
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
    measures: [],
  };
}

/** Validate a whole grid at once (values and, optionally, number formats of the same shape). */
export function validateGrid(
  values: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | undefined | null)[])[],
  options: ValidateOptions = {}
): ValidationReport {
  const validator = new Validator(options);
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    // As forEach did: a hole in a sparse grid is no row.
    if (row === undefined && !(i in values)) continue;
    validator.push(row, formats?.[i]);
  }
  return validator.finish();
}
