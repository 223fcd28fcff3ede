/**
 * Reading sheets in WPS: the sheet list, the head of a sheet for table detection,
 * the used range in row blocks (values and number formats), as src/excel/read.ts
 * does for Excel and with the same results.
 *
 * WPS answers each call at once, in the pane's thread: there is no request size to
 * stay under, but a sheet of 100,000 rows read in one go would freeze the pane. So
 * rows come in blocks of about BLOCK_CELLS cells, and the pane gets a turn (a
 * macrotask) after each block.
 */
import { columnLetter } from "../core/address";
import type { CellValue } from "../core/cells";
import type { Block, SheetList, SheetShape } from "../excel/read";
import { ownSheetIds, OWN_SHEETS_SETTING } from "../excel/own-sheets";
import { activeWorkbook, type WpsRange, type WpsWorksheet } from "./om";
import {
  allSheets,
  DATA_SHEET,
  readSetting,
  sheetId,
  sheetNamed,
  XL_SHEET_VISIBLE,
} from "./sheets";
import { errorText, mayBeError, valueRows, yieldToPane } from "./values";

/** Cells per block: a block's Value2 is one array of this many values. */
export const BLOCK_CELLS = 50_000;
/** Rows of the first block, before the pane hears of the sheet. */
export const FIRST_BLOCK_ROWS = 200;

/** The ids of the sheets AID added (recorded in AID.data, as Excel records them in a setting). */
export function ownIds(): Set<string> {
  return new Set(ownSheetIds(readSetting(OWN_SHEETS_SETTING)));
}

/** List the visible sheets a user can check, the active one, and AID's own sheets. */
export async function listSheets(): Promise<SheetList> {
  const book = activeWorkbook();
  const own = ownIds();
  const sheets = allSheets(book).filter((s) => s.Name !== DATA_SHEET);
  const listed = sheets.filter((s) => s.Visible === XL_SHEET_VISIBLE && !own.has(sheetId(s)));
  const active = book.ActiveSheet;
  return {
    names: listed.map((s) => s.Name),
    ids: listed.map(sheetId),
    active: active.Name,
    activeId: sheetId(active),
    own: sheets.filter((s) => own.has(sheetId(s))).map((s) => s.Name),
  };
}

/**
 * The used range's shape (0-based origin, as the core counts), or null for an empty sheet.
 * ET's UsedRange is A1 on an empty sheet, and it counts cells that only carry a format
 * (Office.js's getUsedRange(true) counts values only): trailing rows of formats read as empty rows.
 */
export function usedShape(sheet: WpsWorksheet): SheetShape | null {
  const used = sheet.UsedRange;
  const rows = used.Rows.Count;
  const columns = used.Columns.Count;
  if (rows === 1 && columns === 1) {
    const v = used.Value2;
    if (v === undefined || v === null || v === "") return null;
  }
  return {
    name: sheet.Name,
    origin: { row: used.Row - 1, column: used.Column - 1 },
    rows,
    columns,
  };
}

/** The A1 address of a block of rows of the used range: 0-based top row, `rows` rows. */
function blockAddress(shape: SheetShape, top: number, rows: number): string {
  const left = columnLetter(shape.origin.column);
  const right = columnLetter(shape.origin.column + shape.columns - 1);
  return `${left}${top + 1}:${right}${top + rows}`;
}

/**
 * Number formats of a block, one per cell. ET gives one NumberFormat for a range whose
 * cells share it and null otherwise, so each column is asked once and only a column whose
 * cells differ is asked cell by cell.
 */
function blockFormats(
  sheet: WpsWorksheet,
  shape: SheetShape,
  top: number,
  rows: number
): string[][] {
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(shape.columns));
  for (let c = 0; c < shape.columns; c++) {
    const letter = columnLetter(shape.origin.column + c);
    const column = sheet.Range(`${letter}${top + 1}:${letter}${top + rows}`);
    const shared = column.NumberFormat;
    if (typeof shared === "string") {
      for (let r = 0; r < rows; r++) formats[r][c] = shared;
      continue;
    }
    for (let r = 0; r < rows; r++) {
      const one = sheet.Cells.Item(top + 1 + r, shape.origin.column + 1 + c).NumberFormat;
      formats[r][c] = typeof one === "string" ? one : "General";
    }
  }
  return formats;
}

/** Read one block of rows: values (errors as the text the cell shows, as Office.js gives them) and formats. */
export function readBlock(
  sheet: WpsWorksheet,
  shape: SheetShape,
  top: number,
  rows: number
): Block {
  const range: WpsRange = sheet.Range(blockAddress(shape, top, rows));
  const values: CellValue[][] = valueRows(range.Value2, rows, shape.columns);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < shape.columns; c++) {
      const v = values[r][c];
      if (typeof v === "string" && v.startsWith("#")) {
        // Builds that pass errors as text: keep the text only where the cell really holds an error.
        const shown = errorText(v);
        if (shown) values[r][c] = shown;
      } else if (mayBeError(v as never)) {
        const text = sheet.Cells.Item(top + 1 + r, shape.origin.column + 1 + c).Text;
        const shown = errorText(text);
        if (shown) values[r][c] = shown;
      }
    }
  return { values, formats: blockFormats(sheet, shape, top, rows) };
}

/**
 * Read a sheet's used range block by block, handing each block to `onBlock` as it is
 * read (so a large sheet is validated while it is read). Resolves with the shape.
 */
export async function readSheet(
  name: string | undefined,
  onBlock: (block: Block) => void,
  onProgress?: (rowsRead: number, rowsTotal: number) => void
): Promise<SheetShape | null> {
  const sheet = sheetNamed(name);
  const shape = usedShape(sheet);
  if (!shape) return null;
  const blockRows = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, shape.columns)));
  const end = shape.origin.row + shape.rows;
  let cursor = shape.origin.row;
  let rows = Math.min(FIRST_BLOCK_ROWS, blockRows);
  while (cursor < end) {
    const n = Math.min(rows, end - cursor);
    onBlock(readBlock(sheet, shape, cursor, n));
    cursor += n;
    onProgress?.(cursor - shape.origin.row, shape.rows);
    rows = blockRows;
    // Synchronous calls hold the pane's thread: give it a turn between blocks.
    if (cursor < end) await yieldToPane();
  }
  return shape;
}

/** Read the first rows of a sheet's used range (for detecting its table), with the sheet's shape. */
export async function readHead(
  name: string | undefined,
  rows = 40
): Promise<{ shape: SheetShape; block: Block } | null> {
  const sheet = sheetNamed(name);
  const shape = usedShape(sheet);
  if (!shape) return null;
  return { shape, block: readBlock(sheet, shape, shape.origin.row, Math.min(rows, shape.rows)) };
}
