/**
 * Reading sheets: names, the head of a sheet for table detection, the whole
 * used range in row blocks, and the selection.
 *
 * Excel on the web allows about 5 MB per request and response and at most
 * 5,000,000 cells per read, so sheets are read in blocks of rows sized from the
 * bytes the previous block actually took, aiming well under that: one
 * context.sync() per block, never one per row or cell.
 */
import type { CellValue } from "../core/cells";
import { ownSheetIds, OWN_SHEETS_SETTING } from "./own-sheets";
import { excelRun } from "./run";

/** Aim per block: well under Excel on the web's 5 MB per request. */
export const BLOCK_TARGET_BYTES = 1_500_000;
/** Rows in the first block, read before the sheet's width is known. */
export const FIRST_BLOCK_ROWS = 200;
/** A block never covers more cells than this (Excel allows 5,000,000 per read). */
export const BLOCK_MAX_CELLS = 250_000;

export interface SheetList {
  /** The sheets a user can check, in tab order: visible ones, AID's own left out. */
  readonly names: readonly string[];
  /** The worksheet id of each of `names` (ids stay when a sheet is renamed). */
  readonly ids: readonly string[];
  /** The active sheet's name and id; it may be one of AID's own sheets, then it is not in `names`. */
  readonly active: string;
  readonly activeId: string;
  /** The names of the sheets AID added (reports, summaries, pairing tables). */
  readonly own: readonly string[];
}

export interface Block {
  readonly values: CellValue[][];
  readonly formats: string[][];
}

export interface SheetShape {
  readonly name: string;
  /** 0-based sheet position of the used range's top-left cell. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly rows: number;
  readonly columns: number;
}

/**
 * List the sheets a user can check and say which is active. Hidden and very
 * hidden sheets are left out (Excel does not show them either), and so are the
 * sheets AID added, recognised by the ids recorded when it added them.
 */
export async function listSheets(): Promise<SheetList> {
  return excelRun(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name, items/id, items/visibility");
    const active = sheets.getActiveWorksheet();
    active.load("name, id");
    const record = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_SETTING);
    record.load("value");
    await context.sync();
    const own = new Set(record.isNullObject ? [] : ownSheetIds(record.value));
    const listed = sheets.items.filter((s) => s.visibility === "Visible" && !own.has(s.id));
    return {
      names: listed.map((s) => s.name),
      ids: listed.map((s) => s.id),
      active: active.name,
      activeId: active.id,
      own: sheets.items.filter((s) => own.has(s.id)).map((s) => s.name),
    };
  });
}

function sheetOf(context: Excel.RequestContext, name: string | undefined): Excel.Worksheet {
  return name
    ? context.workbook.worksheets.getItem(name)
    : context.workbook.worksheets.getActiveWorksheet();
}

/**
 * Queue the used range's size and its first `rows` rows, to come back in one sync:
 * the top rows are the used range cut by a band of whole rows starting at its top.
 */
function usedRangeWithHead(
  sheet: Excel.Worksheet,
  rows: number
): { used: Excel.Range; head: Excel.Range } {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  const band = used
    .getCell(0, 0)
    .getEntireRow()
    .getResizedRange(rows - 1, 0);
  const head = used.getIntersectionOrNullObject(band);
  head.load("values, numberFormat, rowCount");
  return { used, head };
}

function shapeOf(sheet: Excel.Worksheet, used: Excel.Range): SheetShape {
  return {
    name: sheet.name,
    origin: { row: used.rowIndex, column: used.columnIndex },
    rows: used.rowCount,
    columns: used.columnCount,
  };
}

/** Rough JSON size of a block, to size the next one. */
function blockBytes(values: CellValue[][], formats: string[][]): number {
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const fmts = formats[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      bytes += (typeof v === "string" ? v.length * 3 : 12) + 3 + (fmts?.[c]?.length ?? 7) + 3;
    }
  }
  return bytes;
}

/**
 * Read a sheet's used range block by block, handing each block to `onBlock` as
 * it arrives (so a large sheet is validated while it is read). Returns the shape.
 * The first sync reads the used range together with its first block.
 */
export async function readSheet(
  name: string | undefined,
  onBlock: (block: Block) => void,
  onProgress?: (rowsRead: number, rowsTotal: number) => void
): Promise<SheetShape | null> {
  return excelRun(async (context) => {
    const sheet = sheetOf(context, name);
    sheet.load("name");
    const { used, head: first } = usedRangeWithHead(sheet, FIRST_BLOCK_ROWS);
    await context.sync();
    if (used.isNullObject) return null;
    const shape = shapeOf(sheet, used);
    const end = used.rowIndex + used.rowCount;
    let cursor = used.rowIndex;
    let blockRows = FIRST_BLOCK_ROWS;
    if (!first.isNullObject) {
      const block = {
        values: first.values as CellValue[][],
        formats: first.numberFormat as string[][],
      };
      onBlock(block);
      cursor += first.rowCount;
      blockRows = Math.min(2 * Math.max(1, first.rowCount), nextBlockRows(block, shape.columns));
      onProgress?.(cursor - used.rowIndex, used.rowCount);
    }
    while (cursor < end) {
      const rows = Math.min(blockRows, end - cursor);
      const range = sheet.getRangeByIndexes(cursor, used.columnIndex, rows, used.columnCount);
      range.load("values, numberFormat");
      try {
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, by design
        await context.sync();
      } catch (error) {
        // Rows further down can be far heavier than the ones that sized this block: halve it and retry.
        if (rows > 1 && isPayloadTooLarge(error)) {
          blockRows = Math.max(1, Math.floor(rows / 2));
          continue;
        }
        throw error;
      }
      const block = {
        values: range.values as CellValue[][],
        formats: range.numberFormat as string[][],
      };
      onBlock(block);
      cursor += rows;
      blockRows = Math.min(2 * rows, nextBlockRows(block, shape.columns));
      onProgress?.(cursor - used.rowIndex, used.rowCount);
    }
    return shape;
  });
}

/** Tell whether Excel refused a request or response for its size (Excel on the web's 5 MB limit). */
function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code);
}

/** Rows for the next block: from the bytes per row just seen, growing at most twofold so heavier rows below cannot overshoot far. */
function nextBlockRows(block: Block, columns: number): number {
  const rows = Math.max(1, block.values.length);
  const perRow = Math.max(1, blockBytes(block.values, block.formats) / rows);
  const byBytes = Math.floor(BLOCK_TARGET_BYTES / perRow);
  const byCells = Math.floor(BLOCK_MAX_CELLS / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** Read the first rows of a sheet's used range (for detecting its table), with the sheet's shape. */
export async function readHead(
  name: string | undefined,
  rows = 40
): Promise<{ shape: SheetShape; block: Block } | null> {
  return excelRun(async (context) => {
    const sheet = sheetOf(context, name);
    sheet.load("name");
    const { used, head } = usedRangeWithHead(sheet, rows);
    await context.sync();
    if (used.isNullObject) return null;
    return {
      shape: shapeOf(sheet, used),
      block: { values: head.values as CellValue[][], formats: head.numberFormat as string[][] },
    };
  });
}
