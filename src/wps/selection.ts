/**
 * Reading the selection in WPS as pairs (supporter, recipient) for the Pairings
 * tab, with the same result as src/excel/selection.ts: one block of two or more
 * columns, or two separate columns chosen with Ctrl (Selection.Areas, 1-based).
 * Only the part inside the used range is read, so a whole selected column costs
 * its used rows.
 */
import { type Area, intersectAreas } from "../core/address";
import type { CellValue } from "../core/cells";
import type { Selection } from "../excel/selection";
import { etApplication, type WpsRange } from "./om";
import { usedShape } from "./read";
import { valueRows, yieldToPane } from "./values";

const BLOCK_ROWS = 20_000;

function areaOf(range: WpsRange): Area {
  return {
    row: range.Row - 1,
    column: range.Column - 1,
    rows: range.Rows.Count,
    columns: range.Columns.Count,
  };
}

/** Read the selection's first two columns (or its two areas) as pairs. */
export async function readSelection(): Promise<Selection> {
  const app = etApplication();
  const sheet = app.ActiveSheet;
  const selected = app.Selection;
  // A selected shape or chart has no Areas: it reads as nothing selected.
  const list: WpsRange[] = [];
  if (selected && selected.Areas)
    for (let i = 1; i <= selected.Areas.Count; i++) list.push(selected.Areas.Item(i));
  const areas = list.map(areaOf);
  const address = list.map((r) => r.Address(false, false)).join(",");
  const columns = areas.reduce((n, a) => n + a.columns, 0);
  const first = areas[0] ?? { row: 0, column: 0, rows: 1, columns: 1 };
  const empty: Selection = {
    sheet: sheet.Name,
    address,
    origin: { row: first.row, column: first.column },
    recipientColumn: first.column + 1,
    values: [],
    columns,
  };
  const shape = usedShape(sheet);
  if (!shape || columns < 2) return empty;
  const usedArea = {
    row: shape.origin.row,
    column: shape.origin.column,
    rows: shape.rows,
    columns: shape.columns,
  };
  const parts = areas.map((a) => intersectAreas(a, usedArea)).filter((a): a is Area => a !== null);
  const one = parts[0];
  if (!one || parts.reduce((n, a) => n + a.columns, 0) < 2) return empty;
  const two = one.columns >= 2 ? one : parts[1];
  const supporterColumn = one.column;
  const recipientColumn = one.columns >= 2 ? one.column + 1 : two.column;
  const top = Math.max(one.row, two.row);
  const bottom = Math.min(one.row + one.rows, two.row + two.rows);
  if (bottom <= top) return { ...empty, recipientColumn };
  const values: CellValue[][] = [];
  for (let cursor = top; cursor < bottom; cursor += BLOCK_ROWS) {
    const rows = Math.min(BLOCK_ROWS, bottom - cursor);
    // Cells.Item is 1-based; Resize gives the column of `rows` cells below it.
    const left = sheet.Cells.Item(cursor + 1, supporterColumn + 1).Resize(rows, 1);
    const right = sheet.Cells.Item(cursor + 1, recipientColumn + 1).Resize(rows, 1);
    const l = valueRows(left.Value2, rows, 1);
    const r = valueRows(right.Value2, rows, 1);
    for (let i = 0; i < rows; i++) values.push([l[i][0], r[i][0]]);
    if (cursor + rows < bottom) await yieldToPane();
  }
  return {
    sheet: sheet.Name,
    address,
    origin: { row: top, column: supporterColumn },
    recipientColumn,
    values,
    columns,
  };
}
