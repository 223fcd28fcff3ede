/**
 * What the pane remembers of a table to tell whether it moved: a layout key (the
 * used range's top-left corner and the rows down to the header) and an extent
 * key (the layout key plus the used range's size). The pane compares them with a
 * fresh reading before it validates, highlights or links, so a result made on a
 * layout that has since changed never reaches a cell.
 */
import type { CellValue } from "../core/cells";
import { detectLayout } from "../core/validate/layout";
import type { SheetShape } from "../excel";

/** Rows read for detecting the header (titles above a header are seldom longer). */
export const HEAD_ROWS = 40;

export interface TableKeys {
  /** Same sheet, same corner, same rows down to the header: the user's corrections still apply. */
  readonly layout: string;
  /** Also the same size: cells found at an address are still at that address. */
  readonly extent: string;
}

function trimmed(row: readonly CellValue[]): CellValue[] {
  let end = row.length;
  while (end > 0 && (row[end - 1] === "" || row[end - 1] === null || row[end - 1] === undefined))
    end--;
  return row.slice(0, end);
}

/** Work out the keys of a table from its shape and its first rows (HEAD_ROWS are used). */
export function tableKeys(shape: SheetShape, rows: readonly (readonly CellValue[])[]): TableKeys {
  const head = rows.slice(0, HEAD_ROWS);
  const layout = detectLayout(head);
  // Rows down to the header (both rows of a two-row header); the whole head when none is found.
  const upTo = layout ? layout.headerRow + layout.headerRows : head.length;
  const key = JSON.stringify([
    shape.name,
    shape.origin.row,
    shape.origin.column,
    head.slice(0, upTo).map(trimmed),
  ]);
  return { layout: key, extent: `${key}|${shape.rows}x${shape.columns}` };
}
