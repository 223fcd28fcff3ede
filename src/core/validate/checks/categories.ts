/** Project categories: a category no vocabulary knows is `unknown-category`, with the nearest ones. */
import { isBlank, isErrorValue } from "../../cells";
import { resolveCategory, type CategoryResolution } from "../../categories";
import type { Check, CheckFamily, Row, Sheet } from "./check";

class Categories implements Check {
  // A sheet repeats a handful of categories: resolve each text once.
  private readonly known = new Map<string, CategoryResolution>();

  constructor(
    private readonly sheet: Sheet,
    private readonly column: number
  ) {}

  data(row: Row): void {
    const value = row.values[this.column];
    if (isBlank(value) || isErrorValue(value)) return;
    const text = String(value);
    let resolution = this.known.get(text);
    if (!resolution) {
      resolution = resolveCategory(text);
      this.known.set(text, resolution);
    }
    if (resolution.kind !== "unknown") return;
    const suggestions = resolution.suggestions;
    this.sheet.emit(
      row.index,
      this.column,
      "category",
      { rule: "unknown-category", text, suggestions },
      suggestions[0],
      text
    );
  }
}

export const categories: CheckFamily = {
  name: "categories",
  rules: ["unknown-category"],
  create(sheet) {
    const c = sheet.plan.layout.columns.category;
    return c === undefined ? null : new Categories(sheet, c);
  },
};
