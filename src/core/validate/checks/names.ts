/**
 * Supporters and recipients: blank names (`missing-value`), names that name no
 * place (`unknown-place`), pairs not in the programme (`pairing-mismatch`) and
 * names whose readings disagree (`ambiguous-place`).
 */
import { isBlank, isErrorValue, type CellValue } from "../../cells";
import { checkPairCells, type PairVerdict } from "../../pairing";
import { resolveCell } from "../../places";
import { pairFinding } from "../pair-facts";
import type { Role } from "../roles";
import type { Check, CheckFamily, Row, Sheet } from "./check";

class Names implements Check {
  // supporter cell → recipient cell → verdict: most sheets repeat a few dozen pairs.
  private readonly verdicts = new Map<string, Map<string, PairVerdict>>();

  constructor(
    private readonly sheet: Sheet,
    private readonly s: number | undefined,
    private readonly r: number | undefined
  ) {}

  data(row: Row): void {
    const { s, r } = this;
    const emit = this.sheet.emit;
    const supporter = s === undefined ? undefined : row.values[s];
    const recipient = r === undefined ? undefined : row.values[r];
    if (s !== undefined && isBlank(supporter))
      emit(row.index, s, "supporter", { rule: "missing-value", role: "supporter" });
    if (r !== undefined && isBlank(recipient))
      emit(row.index, r, "recipient", { rule: "missing-value", role: "recipient" });
    if (isErrorValue(supporter) || isErrorValue(recipient)) return;
    if (s === undefined || r === undefined || isBlank(supporter) || isBlank(recipient)) {
      if (s !== undefined) this.checkKnown(row, s, "supporter");
      if (r !== undefined) this.checkKnown(row, r, "recipient");
      return;
    }
    const verdict = this.verdict(supporter, recipient);
    if (verdict.status === "paired") return;
    const found = pairFinding(verdict, this.sheet.table, this.sheet.locale);
    if (found)
      emit(
        row.index,
        found.side === "supporter" ? s : r,
        found.side,
        found.facts,
        found.expected,
        found.actual
      );
  }

  private verdict(supporter: CellValue, recipient: CellValue): PairVerdict {
    const key = String(supporter);
    let bySupporter = this.verdicts.get(key);
    if (!bySupporter) {
      bySupporter = new Map<string, PairVerdict>();
      this.verdicts.set(key, bySupporter);
    }
    let verdict = bySupporter.get(String(recipient));
    if (!verdict) {
      verdict = checkPairCells(this.sheet.table, supporter, recipient);
      bySupporter.set(String(recipient), verdict);
    }
    return verdict;
  }

  /** With only one side given, the name must still name a place. */
  private checkKnown(row: Row, c: number, role: Role): void {
    const value = row.values[c];
    if (isBlank(value) || isErrorValue(value)) return;
    const unknown = resolveCell(value).find((res) => res.kind === "unknown");
    if (unknown && unknown.kind === "unknown") {
      const suggestions = unknown.suggestions.map((p) => p.name);
      this.sheet.emit(
        row.index,
        c,
        role,
        { rule: "unknown-place", role, name: unknown.input, suggestions },
        suggestions[0],
        unknown.input
      );
    }
  }
}

export const names: CheckFamily = {
  name: "names",
  rules: ["missing-value", "unknown-place", "pairing-mismatch", "ambiguous-place"],
  create(sheet) {
    const { supporter, recipient } = sheet.plan.layout.columns;
    if (supporter === undefined && recipient === undefined) return null;
    return new Names(sheet, supporter, recipient);
  },
};
