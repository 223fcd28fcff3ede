/** The same project (name, supporter, recipient) listed twice: `duplicate-row`, naming the first row. */
import { isBlank, isErrorValue, type CellValue } from "../../cells";
import { cleanText } from "../../text";
import { DuplicateIndex } from "../duplicates";
import type { Facts } from "../rules";
import type { Check, CheckFamily, Row, Sheet } from "./check";

class Duplicates implements Check {
  private readonly index = new DuplicateIndex();
  // Raw supporter or recipient cell → the interned id of its cleaned form: a sheet has a few dozen.
  private readonly ids = new Map<CellValue, number>();

  constructor(
    private readonly sheet: Sheet,
    private readonly project: number,
    private readonly supporter: number | undefined,
    private readonly recipient: number | undefined
  ) {}

  data(row: Row): void {
    const project = row.values[this.project];
    if (isBlank(project) || isErrorValue(project)) return;
    const sheetRow = this.sheet.origin.row + row.index + 1;
    const first = this.index.repeatsIds(
      cleanText(String(project)),
      this.part(row, this.supporter),
      this.part(row, this.recipient),
      sheetRow
    );
    if (first === 0) return;
    const facts: Facts = { rule: "duplicate-row", firstRow: first };
    this.sheet.emit(row.index, this.project, "project", facts, String(first), undefined);
  }

  private part(row: Row, c: number | undefined): number {
    if (c === undefined) return this.index.intern("");
    const value = row.values[c];
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
