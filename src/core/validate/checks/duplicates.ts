/**
 * The same project (name, supporter, recipient) listed twice: `duplicate-row` on each later copy,
 * naming the first row; its `expected` is that row's number, so the first copy can be marked too
 * (`firstCopyCell`).
 */
import { isBlank, isErrorValue } from "../../cells";
import { DuplicateIndex } from "../duplicates";
import type { Facts, Finding } from "../rules";
import type { Check, CheckFamily, Row, Sheet } from "./check";

class Duplicates implements Check {
  private readonly index = new DuplicateIndex();

  constructor(
    private readonly sheet: Sheet,
    private readonly project: number
  ) {}

  data(row: Row): void {
    const project = row.values[this.project];
    if (isBlank(project) || isErrorValue(project)) return;
    const pair = this.sheet.parties.of(row);
    this.index.addTyped(String(project), pair.supporterId, pair.recipientId, row.index);
  }

  /** Report each later copy, now that every row is known (the findings are put in row order at the end). */
  finish(): void {
    const { sheet, project } = this;
    this.index.repeats((index, firstIndex) => {
      const first = sheet.origin.row + firstIndex + 1;
      const facts: Facts = { rule: "duplicate-row", firstRow: first };
      sheet.emit(index, project, "project", facts, String(first), undefined);
    });
  }
}

export const duplicates: CheckFamily = {
  name: "duplicates",
  rules: ["duplicate-row"],
  create(sheet) {
    const project = sheet.plan.layout.columns.project;
    return project === undefined ? null : new Duplicates(sheet, project);
  },
};

/**
 * The project cell of the first copy a `duplicate-row` finding repeats, so that every copy can be
 * highlighted and annotated, not only the later ones; null for any other finding.
 */
export function firstCopyCell(f: Finding): string | null {
  if (f.rule !== "duplicate-row" || f.expected === undefined || !/^[1-9]\d{0,6}$/.test(f.expected))
    return null;
  return Number(f.expected) < f.row ? `${f.column}${f.expected}` : null;
}
