/** Error values (#DIV/0!, #N/A, #REF! …) in any cell of the table: `cell-error`. */
import { isErrorValue } from "../../cells";
import type { Check, CheckFamily, Row, Sheet } from "./check";

class ErrorCells implements Check {
  constructor(private readonly sheet: Sheet) {}

  data(row: Row): void {
    this.scan(row);
  }

  total(row: Row): void {
    this.scan(row);
  }

  private scan(row: Row): void {
    const plan = this.sheet.plan;
    const values = row.values;
    const last = Math.min(plan.spanLast, values.length - 1);
    for (let c = plan.spanFirst; c <= last; c++) {
      const value = values[c];
      // Every error value starts with #; most cells do not, and skip the look-up.
      if (typeof value === "string" && value.charCodeAt(0) === 35 && isErrorValue(value))
        this.sheet.emit(row.index, c, plan.roleOfColumn[c], { rule: "cell-error", code: value });
    }
  }
}

export const cells: CheckFamily = {
  name: "cells",
  rules: ["cell-error"],
  create: (sheet) => new ErrorCells(sheet),
};
