/**
 * Sheets in WPS: finding them, telling them apart, and AID's own records.
 *
 * Excel keeps AID's records (which sheets AID added, what Highlight painted) in
 * workbook settings, invisible data saved with the file. ET's object model has no
 * such store that takes long texts (a custom document property holds 255
 * characters), so AID keeps them in one very hidden sheet of its own, AID.data:
 * key in column A, the value's JSON text in B, C, … in parts a cell can hold. The
 * user never sees it (very hidden sheets are not listed by 取消隐藏) and AID never
 * writes anywhere else than its own sheets.
 *
 * Sheet ids: Office.js has a worksheet id that survives a rename. ET has the code
 * name (Worksheet.CodeName, Sheet1 …), which also survives a rename but may be empty
 * for a sheet added by script; AID uses it where it is set and the name otherwise.
 */
import { columnLetter } from "../core/address";
import { activeWorkbook, type WpsWorkbook, type WpsWorksheet } from "./om";
import { cellValue } from "./values";

/** The very hidden sheet holding AID's records. */
export const DATA_SHEET = "AID.data";
/** XlSheetVisibility. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_VERY_HIDDEN = 2;
/** Longest text put in one cell of AID.data (ET, like Excel, keeps 32,767 characters in a cell). */
const PART_CHARS = 30_000;

/** The id AID knows a sheet by: its code name where WPS gives one, else its name. */
export function sheetId(sheet: WpsWorksheet): string {
  const code = sheet.CodeName;
  return typeof code === "string" && code !== "" ? code : sheet.Name;
}

/** Every sheet of the workbook in tab order (Worksheets.Item counts from 1). */
export function allSheets(book: WpsWorkbook = activeWorkbook()): WpsWorksheet[] {
  const sheets = book.Worksheets;
  const out: WpsWorksheet[] = [];
  for (let i = 1; i <= sheets.Count; i++) out.push(sheets.Item(i));
  return out;
}

/** The sheet of that name (or the active sheet when none is given); throws a bilingual message when missing. */
export function sheetNamed(
  name: string | undefined,
  book: WpsWorkbook = activeWorkbook()
): WpsWorksheet {
  if (!name) return book.ActiveSheet;
  const sheet = allSheets(book).find((s) => s.Name === name);
  if (!sheet) throw new Error(`找不到工作表「${name}」/ No sheet named "${name}"`);
  return sheet;
}

/** The sheet with that id (code name or name), or null. */
export function sheetWithId(id: string, book: WpsWorkbook = activeWorkbook()): WpsWorksheet | null {
  return allSheets(book).find((s) => sheetId(s) === id) ?? null;
}

/**
 * Add a sheet after the last one, leaving the active sheet as it was: ET's Worksheets.Add
 * activates the new sheet (Office.js's worksheets.add does not), and the user's sheet must stay
 * in front until AID shows what it wrote.
 */
export function addSheetAtEnd(book: WpsWorkbook): WpsWorksheet {
  const all = allSheets(book);
  const active = book.ActiveSheet;
  const sheet = book.Worksheets.Add(undefined, all[all.length - 1]);
  active.Activate();
  return sheet;
}

function dataSheet(book: WpsWorkbook, create: boolean): WpsWorksheet | null {
  const found = allSheets(book).find((s) => s.Name === DATA_SHEET);
  if (found || !create) return found ?? null;
  const sheet = addSheetAtEnd(book);
  sheet.Name = DATA_SHEET;
  sheet.Visible = XL_SHEET_VERY_HIDDEN;
  return sheet;
}

/** The row of `key` in AID.data (1-based), or 0. */
function rowOf(sheet: WpsWorksheet, key: string): { row: number; last: number } {
  const used = sheet.UsedRange;
  const last = used.Row + used.Rows.Count - 1;
  for (let r = 1; r <= last; r++)
    if (cellValue(sheet.Cells.Item(r, 1).Value2 as never) === key) return { row: r, last };
  return { row: 0, last };
}

/** Read a record's text, or null when there is none. */
export function readSetting(key: string, book: WpsWorkbook = activeWorkbook()): string | null {
  const sheet = dataSheet(book, false);
  if (!sheet) return null;
  const { row } = rowOf(sheet, key);
  if (row === 0) return null;
  let text = "";
  for (let c = 2; ; c++) {
    const part = cellValue(sheet.Cells.Item(row, c).Value2 as never);
    if (typeof part !== "string" || part === "") break;
    text += part;
  }
  return text;
}

/** Write a record's text (null removes it), in parts a cell can hold; cells are text-formatted first. */
export function writeSetting(
  key: string,
  text: string | null,
  book: WpsWorkbook = activeWorkbook()
): void {
  const sheet = dataSheet(book, text !== null);
  if (!sheet) return;
  const found = rowOf(sheet, key);
  const row = found.row || found.last + 1;
  const width = Math.max(1, sheet.UsedRange.Columns.Count);
  // Clear the old parts: a shorter value must not end with pieces of a longer one.
  const old = sheet.Range(`A${row}:${columnLetter(Math.max(width, 1))}${row}`);
  old.Value2 = "";
  if (text === null) return;
  const parts = Math.max(1, Math.ceil(text.length / PART_CHARS));
  const cells = sheet.Range(`A${row}:${columnLetter(parts)}${row}`);
  cells.NumberFormat = "@";
  cells.Value2 = [
    [
      key,
      ...Array.from({ length: parts }, (_, i) => text.slice(i * PART_CHARS, (i + 1) * PART_CHARS)),
    ],
  ];
}
