/**
 * Reading the selection as a list of pairs (supporter, recipient) for the
 * Pairings tab. A user selects either one block of two or more columns, or two
 * separate columns with Ctrl (a multi-area selection, read through
 * getSelectedRanges, ExcelApi 1.9: getSelectedRange refuses those). Only the part
 * inside the used range is read, in row blocks sized by the bytes they take, so a
 * whole selected column costs its used rows, not a million cells.
 */
import { type Area, intersectAreas } from "../core/address";
import type { CellValue } from "../core/cells";
import { excelRun } from "./run";

export interface Selection {
  readonly sheet: string;
  /** The selected area(s) as Excel writes them, without the sheet: C3:D63, or C3:C63,F3:F63. */
  readonly address: string;
  /** The first pair's supporter cell. */
  readonly origin: { readonly row: number; readonly column: number };
  /** The column of each pair's recipient (0-based): the next column, or the second area's. */
  readonly recipientColumn: number;
  /** One [supporter, recipient] pair per selected row inside the used range. */
  readonly values: CellValue[][];
  /** How many columns the selection has (areas counted by their columns): fewer than 2 cannot be pairs. */
  readonly columns: number;
}

/** Aim per block: well under Excel on the web's 5 MB per response. */
const BLOCK_TARGET_BYTES = 1_500_000;
const FIRST_BLOCK_ROWS = 500;

function bytesOf(values: unknown[][]): number {
  let bytes = 0;
  for (const row of values)
    for (const v of row) bytes += (typeof v === "string" ? v.length * 3 : 12) + 3;
  return bytes;
}

/** Read the selection's first two columns (or its two areas) as pairs. */
export async function readSelection(): Promise<Selection> {
  return excelRun(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    const list = context.workbook.getSelectedRanges().areas;
    list.load(
      "items/rowIndex, items/columnIndex, items/rowCount, items/columnCount, items/address"
    );
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex, columnIndex, rowCount, columnCount");
    await context.sync();
    const areas: Area[] = list.items.map((r) => ({
      row: r.rowIndex,
      column: r.columnIndex,
      rows: r.rowCount,
      columns: r.columnCount,
    }));
    const address = list.items.map((r) => r.address.replace(/^.*!/, "")).join(",");
    const columns = areas.reduce((n, a) => n + a.columns, 0);
    const first = areas[0] ?? { row: 0, column: 0, rows: 1, columns: 1 };
    const empty: Selection = {
      sheet: sheet.name,
      address,
      origin: { row: first.row, column: first.column },
      recipientColumn: first.column + 1,
      values: [],
      columns,
    };
    if (used.isNullObject || columns < 2) return empty;
    const usedArea = {
      row: used.rowIndex,
      column: used.columnIndex,
      rows: used.rowCount,
      columns: used.columnCount,
    };
    // Only what lies inside the used range matters: a whole column or the whole sheet is mostly empty.
    const parts = areas
      .map((a) => intersectAreas(a, usedArea))
      .filter((a): a is Area => a !== null);
    const one = parts[0];
    if (!one || parts.reduce((n, a) => n + a.columns, 0) < 2) return empty;
    // Supporters in the first selected column, recipients in the next one (of the same block, or the
    // second area); pairs on the rows both cover.
    const two = one.columns >= 2 ? one : parts[1];
    const supporterColumn = one.column;
    const recipientColumn = one.columns >= 2 ? one.column + 1 : two.column;
    const top = Math.max(one.row, two.row);
    const bottom = Math.min(one.row + one.rows, two.row + two.rows);
    if (bottom <= top) return { ...empty, recipientColumn };
    const span = { row: top, rows: bottom - top };
    const values: CellValue[][] = [];
    let cursor = span.row;
    let blockRows = FIRST_BLOCK_ROWS;
    const end = span.row + span.rows;
    while (cursor < end) {
      const rows = Math.min(blockRows, end - cursor);
      const left = sheet.getRangeByIndexes(cursor, supporterColumn, rows, 1);
      const right = sheet.getRangeByIndexes(cursor, recipientColumn, rows, 1);
      left.load("values");
      right.load("values");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, by design
      await context.sync();
      const l = left.values as CellValue[][];
      const r = right.values as CellValue[][];
      for (let i = 0; i < rows; i++) values.push([l[i][0], r[i][0]]);
      const perRow = Math.max(1, (bytesOf(l) + bytesOf(r)) / rows);
      blockRows = Math.max(1, Math.min(2 * rows, Math.floor(BLOCK_TARGET_BYTES / perRow)));
      cursor += rows;
    }
    return {
      sheet: sheet.name,
      address,
      origin: { row: span.row, column: supporterColumn },
      recipientColumn,
      values,
      columns,
    };
  });
}
