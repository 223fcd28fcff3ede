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
import { shownAmount, shownPercent, type Shown } from "./shown";

export interface ValidateOptions {
  /** Check against this programme; detected from the sheet's place names when left out. */
  readonly programme?: ProgrammeId;
  /** 1-based sheet row of the header, when the caller knows better than detection. */
  readonly headerRow?: number;
  /** Column roles the caller sets: column letters ("C") or 0-based sheet column indexes. */
  readonly columns?: Partial<Record<Role, string | number>>;
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

interface Running {
  sum: number;
  half: number;
  decimals: number;
}

interface ShareRow {
  readonly index: number;
  readonly amount: Shown;
  readonly stated: Shown;
  readonly statedText: string;
  readonly amountText: string;
}

const TOTAL_LABEL = /^.{0,6}?(合计|总计|共计|小计)$/;
const NOTE_START = /^(注|备注|说明|资料来源|数据来源|来源|填表|制表|审核|负责人|联系人|填报)/;
// Rows kept before the programme is chosen; enough to see most of a sheet's places.
const PROGRAMME_SAMPLE_ROWS = 500;

function format(shown: Shown): string {
  return atPrecision(shown.value, shown.decimals);
}

function emptyRunning(): Running {
  return { sum: 0, half: 0, decimals: 0 };
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
  private layoutSettled = false;
  private table: PairingTable | null = null;
  private programmeDetected = false;
  private ended = false;
  private firstRow: number | null = null;
  private lastRow: number | null = null;
  private totalRow: number | null = null;
  private lastTotalIndex: number | null = null;
  private readonly all = new Map<Role, Running>();
  private readonly sub = new Map<Role, Running>();
  private readonly shareRows: ShareRow[] = [];
  private readonly shareAmounts: Running = emptyRunning();
  private sharesComplete = true;
  private readonly duplicates = new Map<string, number>();
  private readonly verdicts = new Map<string, PairVerdict>();
  private readonly categories = new Map<string, CategoryResolution>();

  constructor(private readonly options: ValidateOptions = {}) {
    this.locale = options.locale ?? "zh-CN";
    this.text = messages(this.locale);
    this.origin = options.origin ?? { row: 0, column: 0 };
    if (options.programme) this.table = programmeById(options.programme);
  }

  /** Add the next row of the sheet (values as Excel gives them, and optionally their number formats). */
  push(values: readonly CellValue[], formats?: Formats): void {
    this.accept({ values, formats, index: this.nextIndex++ });
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
    this.process(row);
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
        overrides
      );
    }
    this.layout = layout;
    const buffered = this.pending;
    this.pending = [];
    if (!layout) {
      this.ended = true;
      return;
    }
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
    for (const row of buffered) this.process(row);
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

  private process(row: PendingRow): void {
    const layout = this.layout;
    if (!layout || this.ended) return;
    const values = row.values;
    if (values.every((v) => isBlank(v))) return;
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
    const first = values.find((v) => !isBlank(v));
    return (
      typeof first === "string" && NOTE_START.test(cleanText(first)) && !this.hasFigures(values)
    );
  }

  private hasFigures(values: readonly CellValue[]): boolean {
    const columns = this.layout?.columns ?? {};
    return [...COUNT_ROLES, ...AMOUNT_ROLES].some((role) => {
      const c = columns[role];
      return c !== undefined && readNumber(values[c]).ok;
    });
  }

  private totalKind(values: readonly CellValue[]): "total" | "subtotal" | null {
    const layout = this.layout as Layout;
    const labelColumns = new Set<number>([Math.max(0, layout.firstColumn)]);
    for (const role of ["supporter", "recipient", "project", "category"] as const) {
      const c = layout.columns[role];
      if (c !== undefined) labelColumns.add(c);
    }
    for (const c of labelColumns) {
      const value = values[c];
      if (typeof value !== "string") continue;
      const match = TOTAL_LABEL.exec(cleanText(value));
      if (match) return match[1] === "小计" ? "subtotal" : "total";
    }
    return null;
  }

  private checkErrors(row: PendingRow): void {
    const layout = this.layout as Layout;
    const roleOf = new Map<number, Role>();
    for (const [role, c] of Object.entries(layout.columns) as [Role, number][]) roleOf.set(c, role);
    const last = Math.max(layout.lastColumn, ...roleOf.keys());
    for (let c = Math.max(0, layout.firstColumn); c <= last && c < row.values.length; c++) {
      const value = row.values[c];
      if (isErrorValue(value))
        this.emit(row.index, c, roleOf.get(c), { rule: "cell-error", code: String(value) });
    }
  }

  private processData(row: PendingRow): void {
    const layout = this.layout as Layout;
    const cols = layout.columns;
    this.checkNames(row);
    if (cols.category !== undefined) this.checkCategory(row, cols.category);
    const figures = this.readFigures(row);
    this.checkExceeds(row, figures);
    for (const rate of RATE_ROLES) this.checkRate(row, rate, figures);
    for (const role of [...COUNT_ROLES, ...AMOUNT_ROLES]) {
      const figure = figures.get(role);
      if (figure) {
        add(this.all, role, figure);
        add(this.sub, role, figure);
      }
    }
    this.collectShare(row, figures);
    this.checkDuplicate(row);
  }

  private processTotal(row: PendingRow, kind: "total" | "subtotal"): void {
    const figures = this.readFigures(row);
    const scope = kind === "subtotal" ? this.sub : this.all;
    for (const role of [...COUNT_ROLES, ...AMOUNT_ROLES]) {
      const stated = figures.get(role);
      const parts = scope.get(role);
      if (!stated || !parts) continue;
      const agreement = sumAgreement(parts, stated);
      if (agreement === "exact") continue;
      const sum = atPrecision(parts.sum, parts.decimals);
      const facts: Facts = {
        rule: agreement === "mismatch" ? "total-mismatch" : "total-rounding",
        role,
        stated: format(stated),
        sum,
      };
      this.emit(
        row.index,
        (this.layout as Layout).columns[role] as number,
        role,
        facts,
        sum,
        format(stated)
      );
    }
    for (const rate of RATE_ROLES) this.checkRate(row, rate, figures);
    this.checkTotalShare(row, figures);
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
    const table = this.table as PairingTable;
    const s = cols.supporter;
    const r = cols.recipient;
    for (const [role, c] of [
      ["supporter", s],
      ["recipient", r],
    ] as const) {
      if (c !== undefined && isBlank(row.values[c]) && !isErrorValue(row.values[c]))
        this.emit(row.index, c, role, { rule: "missing-value", role });
    }
    const supporter = s === undefined ? undefined : row.values[s];
    const recipient = r === undefined ? undefined : row.values[r];
    if (isErrorValue(supporter) || isErrorValue(recipient)) return;
    if (s !== undefined && r !== undefined) {
      if (isBlank(supporter) || isBlank(recipient)) {
        this.checkKnown(row, s, "supporter");
        this.checkKnown(row, r, "recipient");
        return;
      }
      const key = `${String(supporter)}\u0001${String(recipient)}`;
      let verdict = this.verdicts.get(key);
      if (!verdict) {
        verdict = checkPairCells(table, supporter, recipient);
        this.verdicts.set(key, verdict);
      }
      this.reportVerdict(row, verdict, s, r);
    } else {
      if (s !== undefined) this.checkKnown(row, s, "supporter");
      if (r !== undefined) this.checkKnown(row, r, "recipient");
    }
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
        this.emit(
          row.index,
          c,
          verdict.role,
          { rule: "unknown-place", role: verdict.role, name: res.input, suggestions },
          suggestions[0],
          res.input
        );
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

  /** Read the row's counts, amounts, rates and share; report cells that are not usable numbers. */
  private readFigures(row: PendingRow): Map<Role, Shown> {
    const layout = this.layout as Layout;
    const figures = new Map<Role, Shown>();
    for (const [role, c] of Object.entries(layout.columns) as [Role, number][]) {
      const isCount = COUNT_ROLES.includes(role);
      const isAmount = AMOUNT_ROLES.includes(role);
      const isPercent = RATE_ROLES.includes(role) || role === "share";
      if (!isCount && !isAmount && !isPercent) continue;
      const value = row.values[c];
      const reading = readNumber(value);
      if (!reading.ok) {
        if (reading.reason === "text" || reading.reason === "boolean")
          this.emit(
            row.index,
            c,
            role,
            { rule: "not-a-number", role, text: String(value) },
            undefined,
            String(value)
          );
        continue;
      }
      const fmt = row.formats?.[c] ?? undefined;
      // A negative figure is reported but still counted, as the sheet's own SUM counts it: one mistake, one finding.
      if ((isCount || isAmount) && reading.value < 0) {
        this.emit(
          row.index,
          c,
          role,
          { rule: "negative-value", role, value: String(value) },
          undefined,
          String(value)
        );
      }
      figures.set(
        role,
        isPercent
          ? shownPercent(reading, fmt, isPercentUnit(layout.units[role]))
          : shownAmount(reading, fmt, isCount)
      );
    }
    return figures;
  }

  private checkExceeds(row: PendingRow, figures: Map<Role, Shown>): void {
    const pairs: [Role, Role][] = [
      ["startedCount", "plannedCount"],
      ["completedCount", "plannedCount"],
      ["arrivedFunds", "plannedFunds"],
    ];
    for (const [role, plannedRole] of pairs) {
      const value = figures.get(role);
      const planned = figures.get(plannedRole);
      if (!value || !planned) continue;
      if (value.value - value.half > planned.value + planned.half + 1e-9) {
        const facts: Facts = {
          rule: "exceeds-planned",
          role,
          value: format(value),
          plannedRole,
          planned: format(planned),
        };
        this.emit(
          row.index,
          (this.layout as Layout).columns[role] as number,
          role,
          facts,
          format(planned),
          format(value)
        );
      }
    }
  }

  private checkRate(row: PendingRow, rate: Role, figures: Map<Role, Shown>): void {
    const layout = this.layout as Layout;
    const c = layout.columns[rate];
    const stated = figures.get(rate);
    if (c === undefined || !stated) return;
    const [numRole, denRole] = RATE_PARTS[rate];
    const nc = layout.columns[numRole];
    const dc = layout.columns[denRole];
    if (nc === undefined || dc === undefined) return;
    const numerator = figures.get(numRole);
    const denominator = figures.get(denRole);
    if (!numerator || !denominator) {
      for (const [role, col, fig] of [
        [numRole, nc, numerator],
        [denRole, dc, denominator],
      ] as const) {
        if (!fig && isBlank(row.values[col]))
          this.emit(row.index, col, role, { rule: "missing-value", role, neededFor: rate });
      }
      return;
    }
    let agreement: Agreement;
    let expected: string | null;
    if (denominator.value - denominator.half <= 0) {
      // Nothing planned: only a stated 0 (or nothing) can stand.
      agreement = stated.value === 0 && numerator.value === 0 ? "exact" : "mismatch";
      expected = null;
    } else {
      agreement = ratioAgreement(numerator, denominator, stated);
      expected = atPrecision((numerator.value / denominator.value) * 100, stated.decimals);
    }
    if (agreement === "exact") return;
    const facts: Facts = {
      rule: agreement === "mismatch" ? "rate-mismatch" : "rate-rounding",
      role: rate,
      stated: format(stated),
      expected,
      numeratorRole: numRole,
      numerator: format(numerator),
      denominatorRole: denRole,
      denominator: format(denominator),
    };
    this.emit(row.index, c, rate, facts, expected ?? undefined, format(stated));
  }

  private shareAmountRole(): Role | undefined {
    const cols = (this.layout as Layout).columns;
    return (["plannedFunds", "plannedCount", "arrivedFunds"] as const).find(
      (role) => cols[role] !== undefined
    );
  }

  private collectShare(row: PendingRow, figures: Map<Role, Shown>): void {
    const layout = this.layout as Layout;
    const sc = layout.columns.share;
    const amountRole = this.shareAmountRole();
    if (sc === undefined || !amountRole) return;
    const amount = figures.get(amountRole);
    const stated = figures.get("share");
    if (amount) accumulate(this.shareAmounts, amount);
    if (stated && !amount) {
      const ac = layout.columns[amountRole] as number;
      if (isBlank(row.values[ac]))
        this.emit(row.index, ac, amountRole, {
          rule: "missing-value",
          role: amountRole,
          neededFor: "share",
        });
      return;
    }
    if (amount && !stated) this.sharesComplete = false;
    if (amount && stated)
      this.shareRows.push({
        index: row.index,
        amount,
        stated,
        statedText: format(stated),
        amountText: format(amount),
      });
  }

  private checkTotalShare(row: PendingRow, figures: Map<Role, Shown>): void {
    const stated = figures.get("share");
    const c = (this.layout as Layout).columns.share;
    if (!stated || c === undefined) return;
    if (Math.abs(stated.value - 100) <= stated.half + 1e-9) return;
    const expected = atPrecision(100, stated.decimals);
    const facts: Facts = { rule: "share-mismatch", of: "total", stated: format(stated), expected };
    this.emit(row.index, c, "share", facts, expected, format(stated));
  }

  /** Check every stated share against amount ÷ the sum of the listed amounts, then that the shares can add up to 100%. */
  private checkShares(): void {
    const layout = this.layout;
    if (!layout || layout.columns.share === undefined || this.shareRows.length === 0) return;
    const c = layout.columns.share;
    const total = this.shareAmounts;
    const totalText = atPrecision(total.sum, total.decimals);
    let statedSum = 0;
    let statedHalf = 0;
    let decimals = 0;
    for (const share of this.shareRows) {
      statedSum += share.stated.value;
      statedHalf += share.stated.half;
      decimals = Math.max(decimals, share.stated.decimals);
      if (shareAgreement(share.amount, total, share.stated) !== "mismatch") continue;
      const expected = atPrecision(
        total.sum > 0 ? (share.amount.value / total.sum) * 100 : 0,
        share.stated.decimals
      );
      const facts: Facts = {
        rule: "share-mismatch",
        of: "row",
        stated: share.statedText,
        expected,
        amount: share.amountText,
        total: totalText,
      };
      this.emit(share.index, c, "share", facts, expected, share.statedText);
    }
    if (!this.sharesComplete) return;
    if (Math.abs(statedSum - 100) <= statedHalf + 1e-9) return;
    const at = this.lastTotalIndex ?? this.shareRows[this.shareRows.length - 1].index;
    const sumText = atPrecision(statedSum, decimals);
    this.emit(
      at,
      c,
      "share",
      { rule: "share-mismatch", of: "sum", stated: sumText, expected: "100" },
      "100",
      sumText
    );
  }

  private checkDuplicate(row: PendingRow): void {
    const cols = (this.layout as Layout).columns;
    if (cols.project === undefined) return;
    const project = row.values[cols.project];
    if (isBlank(project) || isErrorValue(project)) return;
    const part = (c: number | undefined) =>
      c === undefined ? "" : cleanText(String(row.values[c] ?? ""));
    const key = `${cleanText(String(project))}\u0001${part(cols.supporter)}\u0001${part(cols.recipient)}`;
    const sheetRow = this.origin.row + row.index + 1;
    const first = this.duplicates.get(key);
    if (first === undefined) this.duplicates.set(key, sheetRow);
    else
      this.emit(
        row.index,
        cols.project,
        "project",
        { rule: "duplicate-row", firstRow: first },
        String(first),
        undefined
      );
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
    const finding: Finding = {
      rule: facts.rule,
      severity: RULES[facts.rule],
      cell,
      row: sheetRow + 1,
      column: columnLetter(sheetColumn),
      ...(role ? { role } : {}),
      message: this.text.finding(cell, facts),
      ...(expected !== undefined ? { expected } : {}),
      ...(actual !== undefined ? { actual } : {}),
    };
    this.findings.push(finding);
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

function accumulate(running: Running, figure: Shown): void {
  running.sum += figure.value;
  running.half += figure.half;
  running.decimals = Math.max(running.decimals, figure.decimals);
}

function add(map: Map<Role, Running>, role: Role, figure: Shown): void {
  const running = map.get(role) ?? emptyRunning();
  accumulate(running, figure);
  map.set(role, running);
}

function emptyLayout(headerRow: number): Layout {
  return { headerRow, headerRows: 1, columns: {}, units: {}, firstColumn: -1, lastColumn: -1 };
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
