/**
 * Numbers: reads each row's counts, amounts, rates and shares into the figure
 * slots every other figure check uses, and reports cells that are not usable
 * numbers (`not-a-number`) or are below zero (`negative-value`).
 */
import { readNumber } from "../../cells";
import { COUNT_UNIT, headerWords } from "../measures";
import { COUNT, PERCENT } from "../plan";
import { shownAmountInto, shownPercentInto, type Shown } from "../shown";
import { Naming, standIn, type Check, type CheckFamily, type Row, type Sheet } from "./check";

class FigureReader implements Check {
  private readonly scratch: Shown = { value: 0, half: 0, decimals: 0 };

  constructor(private readonly sheet: Sheet) {}

  data(row: Row): void {
    this.read(row);
  }

  total(row: Row): void {
    this.read(row);
  }

  /** Whether the row's label gives a count unit (援疆项目(个)): its figures are then exact counts. */
  private countsRow(row: Row, c: number): boolean {
    const label = row.values[c];
    if (typeof label !== "string") return false;
    const unit = headerWords(label).unit;
    return unit !== undefined && COUNT_UNIT.test(unit);
  }

  /** Read the row's figures into the slots; report cells that are not usable numbers. */
  private read(row: Row): void {
    const { plan, figures, emit } = this.sheet;
    const scratch = this.scratch;
    const rowCounts = plan.rowUnitColumn !== undefined && this.countsRow(row, plan.rowUnitColumn);
    const values = row.values;
    const list = plan.figures;
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      const slot = f.slot;
      figures.present[slot] = 0;
      const value = values[f.column];
      let number: number;
      let textDecimals: number | null = null;
      let textPercent = false;
      if (typeof value === "number" && Number.isFinite(value)) number = value;
      else {
        const reading = readNumber(value);
        if (!reading.ok) {
          if (reading.reason === "text" || reading.reason === "boolean") {
            const text = String(value);
            const n = new Naming();
            const role = n.role(f, standIn(f));
            emit(
              row.index,
              f.column,
              f.role,
              { rule: "not-a-number", role, text, ...n.extra() },
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
          const n = new Naming();
          const role = n.role(f, standIn(f));
          emit(
            row.index,
            f.column,
            f.role,
            { rule: "negative-value", role, value: text, ...n.extra() },
            undefined,
            text
          );
        }
        shownAmountInto(scratch, number, textDecimals, format, f.kind === COUNT || rowCounts);
      }
      figures.value[slot] = scratch.value;
      figures.half[slot] = scratch.half;
      figures.decimals[slot] = scratch.decimals;
      figures.present[slot] = 1;
    }
  }
}

export const numbers: CheckFamily = {
  name: "numbers",
  rules: ["not-a-number", "negative-value"],
  create: (sheet) => (sheet.plan.figures.length > 0 ? new FigureReader(sheet) : null),
};
