/**
 * Supporters and recipients: blank names (`missing-value`), names that name no
 * place (`unknown-place`), pairs not in the programme (`pairing-mismatch`),
 * names whose readings disagree (`ambiguous-place`), and sheets of a programme
 * AID does not ship (`programme-not-covered`).
 *
 * A sheet of 援藏, 援青 or a later university pairing would give an unknown-place
 * or pairing-mismatch on nearly every row, each true and none useful. So the
 * first rows' names are held back until the sheet's names have been judged
 * (`programmeCoverage`): a covered sheet then gets its findings as usual, a sheet
 * that is not covered gets one warning naming the programmes AID ships instead.
 */
import { isBlank, isErrorValue, type CellValue } from "../../cells";
import { checkPairCells } from "../../pairing";
import { resolveCell } from "../../places";
import { programmeCoverage } from "../../programmes";
import { pairFinding } from "../pair-facts";
import type { Role } from "../roles";
import type { Check, CheckFamily, Row, Sheet } from "./check";
import type { PartyPair } from "./parties";

// Rows whose names are judged before any name finding is given: enough to see what a sheet is about.
const COVERAGE_SAMPLE_ROWS = 500;
// How many of the names outside every programme the warning quotes.
const EXAMPLES = 3;

/** A data row's two names, held until the sheet's programme coverage is known. */
interface HeldRow {
  readonly index: number;
  readonly pair: PartyPair;
}

/** Each distinct name of one side, with where it first stands. */
type FirstSeen = Map<string, { readonly index: number; readonly column: number }>;

class Names implements Check {
  // Until the coverage is judged, the rows whose names wait; null once it is.
  private held: HeldRow[] | null = [];
  private covered = true;
  private readonly supporters: FirstSeen = new Map();
  private readonly recipients: FirstSeen = new Map();

  constructor(
    private readonly sheet: Sheet,
    private readonly s: number | undefined,
    private readonly r: number | undefined
  ) {}

  data(row: Row): void {
    const { s, r } = this;
    const emit = this.sheet.emit;
    const pair = this.sheet.parties.of(row);
    const { supporter, recipient } = pair;
    if (s !== undefined && isBlank(supporter))
      emit(row.index, s, "supporter", { rule: "missing-value", role: "supporter" });
    if (r !== undefined && isBlank(recipient))
      emit(row.index, r, "recipient", { rule: "missing-value", role: "recipient" });
    if (isErrorValue(supporter) || isErrorValue(recipient)) return;
    const held = this.held;
    if (held) {
      if (s !== undefined) note(this.supporters, supporter, row.index, s);
      if (r !== undefined) note(this.recipients, recipient, row.index, r);
      held.push({ index: row.index, pair });
      if (held.length >= COVERAGE_SAMPLE_ROWS) this.judge();
      return;
    }
    if (this.covered) this.checkNames(row.index, pair);
  }

  finish(): void {
    if (this.held) this.judge();
  }

  /** Judge the sheet's coverage from the held rows, then give their findings or the one warning. */
  private judge(): void {
    const held = this.held ?? [];
    this.held = null;
    const coverage = programmeCoverage({
      supporters: this.supporters.keys(),
      recipients: this.recipients.keys(),
      headers: this.sheet.plan.layout.headers,
    });
    this.covered = coverage.covered;
    if (coverage.covered) {
      for (const row of held) this.checkNames(row.index, row.pair);
      return;
    }
    const role: Role = coverage.judged === "supporters" ? "supporter" : "recipient";
    const at = (role === "supporter" ? this.supporters : this.recipients).get(coverage.outside[0]);
    if (!at) return;
    this.sheet.emit(at.index, at.column, role, {
      rule: "programme-not-covered",
      role,
      judged: coverage.names,
      outside: coverage.outside.length,
      examples: coverage.outside.slice(0, EXAMPLES),
      ...(coverage.word ? { word: coverage.word } : {}),
      programmes: coverage.programmes.map((t) => t.title[this.sheet.locale]),
    });
  }

  private checkNames(index: number, pair: PartyPair): void {
    const { s, r } = this;
    const { supporter, recipient } = pair;
    if (s === undefined || r === undefined || isBlank(supporter) || isBlank(recipient)) {
      if (s !== undefined) this.checkKnown(index, s, supporter, "supporter");
      if (r !== undefined) this.checkKnown(index, r, recipient, "recipient");
      return;
    }
    // Judged once per distinct pair: most sheets repeat a few dozen.
    const verdict = (pair.verdict ??= checkPairCells(this.sheet.table, supporter, recipient));
    if (verdict.status === "paired") return;
    const found = pairFinding(verdict, this.sheet.table, this.sheet.locale);
    if (found)
      this.sheet.emit(
        index,
        found.side === "supporter" ? s : r,
        found.side,
        found.facts,
        found.expected,
        found.actual
      );
  }

  /** With only one side given, the name must still name a place. */
  private checkKnown(index: number, c: number, value: CellValue, role: Role): void {
    if (isBlank(value) || isErrorValue(value)) return;
    const unknown = resolveCell(value).find((res) => res.kind === "unknown");
    if (unknown && unknown.kind === "unknown") {
      const suggestions = unknown.suggestions.map((p) => p.name);
      this.sheet.emit(
        index,
        c,
        role,
        { rule: "unknown-place", role, name: unknown.input, suggestions },
        suggestions[0],
        unknown.input
      );
    }
  }
}

/** Keep a name's first cell (blank cells are no names). */
function note(seen: FirstSeen, value: CellValue, index: number, column: number): void {
  if (isBlank(value)) return;
  const name = String(value);
  if (!seen.has(name)) seen.set(name, { index, column });
}

export const names: CheckFamily = {
  name: "names",
  rules: [
    "missing-value",
    "unknown-place",
    "pairing-mismatch",
    "ambiguous-place",
    "programme-not-covered",
  ],
  create(sheet) {
    const { supporter, recipient } = sheet.plan.layout.columns;
    if (supporter === undefined && recipient === undefined) return null;
    return new Names(sheet, supporter, recipient);
  },
};
