/**
 * Writing AID's own sheets. AID writes only to sheets it adds (a report, a
 * share summary, a pairing table), never over the user's cells, and everything
 * it adds can be removed by deleting that sheet.
 */
import type { CellValue } from "../core/cells";
import { ownSheetIds, OWN_SHEETS_SETTING } from "./own-sheets";

const ILLEGAL_SHEET_CHARACTERS = /[\\/?*[\]:]/g;
const MAX_SHEET_NAME = 31;

/** Pick a sheet name not yet used: the base itself, else "base (2)", "base (3)" … (never overwrite a sheet). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const clean = base.replace(ILLEGAL_SHEET_CHARACTERS, " ").slice(0, MAX_SHEET_NAME);
  const used = new Set(taken.map((n) => n.toLowerCase()));
  if (!used.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * Add a sheet under a free name and record its id as AID's (so the pane never
 * validates it as a project sheet, whatever it is renamed to); resolves with the
 * sheet and its name.
 */
export async function addSheet(
  context: Excel.RequestContext,
  base: string
): Promise<{ sheet: Excel.Worksheet; name: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id");
  const record = context.workbook.settings.getItemOrNullObject(OWN_SHEETS_SETTING);
  record.load("value");
  await context.sync();
  const name = freeSheetName(
    base,
    sheets.items.map((s) => s.name)
  );
  const sheet = sheets.add(name);
  sheet.load("id");
  await context.sync();
  // Ids of sheets deleted since are dropped, so the record stays as small as AID's sheets.
  const present = new Set(sheets.items.map((s) => s.id));
  const ids = record.isNullObject ? [] : ownSheetIds(record.value).filter((id) => present.has(id));
  context.workbook.settings.add(OWN_SHEETS_SETTING, JSON.stringify([...ids, sheet.id]));
  // Recorded at once: a later request that fails must not leave AID's sheet looking like the user's.
  await context.sync();
  return { sheet, name };
}

export interface TableSpec {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Number format per column; "@" (text) keeps strings beginning with =, +, - or @ from turning into formulas. */
  readonly formats: readonly string[];
  /** Number formats per row and column, where cells of one column differ (numbers and text); wins over `formats`. */
  readonly cellFormats?: readonly (readonly string[])[];
}

/** Quote a sheet name for a reference such as '项目表'!D7. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Excel keeps at most 32,767 characters in a cell; a longer text makes the whole write fail. */
export const MAX_CELL_TEXT = 32_767;

/** A value as a cell can hold it: text cut to Excel's 32,767 characters, with an ellipsis to show the cut. */
export function fitCell(value: CellValue): CellValue {
  return typeof value === "string" && value.length > MAX_CELL_TEXT
    ? `${value.slice(0, MAX_CELL_TEXT - 1)}…`
    : value;
}

/** Aim per write request: well under Excel on the web's 5 MB. */
export const WRITE_TARGET_BYTES = 1_500_000;

function rowBytes(row: readonly CellValue[]): number {
  let bytes = 2;
  for (const v of row) bytes += (typeof v === "string" ? v.length * 3 : 12) + 8;
  return bytes;
}

/**
 * Write a header and rows at (row, column) and make them an Excel table. Rows
 * go in blocks of about WRITE_TARGET_BYTES, one sync each. Formats go before
 * values: a text-formatted cell keeps "=1+1" as text.
 */
export async function writeTable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  spec: TableSpec
): Promise<Excel.Table> {
  const width = spec.header.length;
  const all: (readonly CellValue[])[] = [spec.header, ...spec.rows];
  let start = 0;
  while (start < all.length) {
    let end = start;
    let bytes = 0;
    while (end < all.length && (end === start || bytes + rowBytes(all[end]) <= WRITE_TARGET_BYTES))
      bytes += rowBytes(all[end++]);
    const block = sheet.getRangeByIndexes(row + start, column, end - start, width);
    block.numberFormat = all
      .slice(start, end)
      .map((_, i) =>
        start + i === 0
          ? spec.header.map(() => "@")
          : [...(spec.cellFormats?.[start + i - 1] ?? spec.formats)]
      );
    block.values = all.slice(start, end).map((r) => r.map(fitCell));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, by design
    await context.sync();
    start = end;
  }
  // A Range, not an A1 string: an unqualified address can resolve against the active sheet (as
  // workbook.tables.add does), and the active sheet is not always the one being written.
  const table = sheet.tables.add(sheet.getRangeByIndexes(row, column, all.length, width), true);
  table.style = "TableStyleMedium2";
  return table;
}

/** Run `each` over items, syncing whenever about WRITE_TARGET_BYTES have been queued. */
export async function inBlocks<T>(
  context: Excel.RequestContext,
  items: readonly T[],
  bytesOf: (item: T) => number,
  each: (item: T, index: number) => void
): Promise<void> {
  let bytes = 0;
  for (let i = 0; i < items.length; i++) {
    const size = bytesOf(items[i]);
    if (bytes > 0 && bytes + size > WRITE_TARGET_BYTES) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, by design
      await context.sync();
      bytes = 0;
    }
    each(items[i], i);
    bytes += size;
  }
}
