/**
 * The same project (name, supporter, recipient) listed twice: `duplicate-row` on each later copy,
 * naming the first row; its `expected` is that row's number, so the first copy can be marked too
 * (`firstCopyCell`).
 */
import { isBlank, isErrorValue, type CellValue } from "../../cells";
import { cleanText } from "../../text";
import { DuplicateIndex } from "../duplicates";
import type { Facts, Finding } from "../rules";
import type { Check, CheckFamily, Row, Sheet } from "./check";

class Duplicates implements Check {
  private readonly index = new DuplicateIndex();
  // Raw supporter or recipient cell → the interned id of its cleaned form: a sheet has a few dozen.
  private readonly ids = new Map<CellValue, number>();
  private lastSupporter: CellValue = undefined;
  private lastSupporterId = -1;

  constructor(
    private readonly sheet: Sheet,
    private readonly project: number,
    private readonly supporter: number | undefined,
    private readonly recipient: number | undefined
  ) {}

  data(row: Row): void {
    const project = row.values[this.project];
    if (isBlank(project) || isErrorValue(project)) return;
    this.index.addTyped(
      String(project),
      this.part(row, this.supporter),
      this.part(row, this.recipient),
      row.index
    );
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

  private part(row: Row, c: number | undefined): number {
    if (c === undefined) return this.index.intern("");
    const value = row.values[c];
    // Sheets list a supporter's projects together: the same cell as the row before is common.
    if (c === this.supporter) {
      if (value === this.lastSupporter && this.lastSupporterId >= 0) return this.lastSupporterId;
      this.lastSupporter = value;
      return (this.lastSupporterId = this.idOf(value));
    }
    return this.idOf(value);
  }

  private idOf(value: CellValue): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.index.intern(cleanText(String(value ?? "")));
      if (this.ids.size < 10_000) this.ids.set(value, id);
    }
    return id;
  }
}

export const duplicates: CheckFamily = {
  name: "duplicates",
  rules: ["duplicate-row"],
  create(sheet) {
    const { project, supporter, recipient } = sheet.plan.layout.columns;
    return project === undefined ? null : new Duplicates(sheet, project, supporter, recipient);
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
