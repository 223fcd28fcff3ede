/**
 * Writing AID's own sheets in WPS. As in Excel (src/excel/write.ts, whose naming
 * and cell-fitting rules are reused), AID writes only to sheets it adds, and
 * records each by id so the pane never takes one for a project sheet.
 */
import { columnLetter } from "../core/address";
import type { CellValue } from "../core/cells";
import { ownSheetIds, OWN_SHEETS_SETTING } from "../excel/own-sheets";
import { fitCell, freeSheetName, type TableSpec } from "../excel/write";
import { activeWorkbook, type WpsRange, type WpsWorksheet } from "./om";
import { addSheetAtEnd, allSheets, readSetting, sheetId, writeSetting } from "./sheets";
import { yieldToPane } from "./values";

/** Rows written per Value2 assignment before the pane gets a turn. */
const WRITE_BLOCK_CELLS = 50_000;

/** The A1 address of a 0-based block. */
export function areaAddress(row: number, column: number, rows: number, columns: number): string {
  return `${columnLetter(column)}${row + 1}:${columnLetter(column + columns - 1)}${row + rows}`;
}

/** The range of a 0-based block on a sheet. */
export function block(
  sheet: WpsWorksheet,
  row: number,
  column: number,
  rows: number,
  columns: number
): WpsRange {
  return sheet.Range(areaAddress(row, column, rows, columns));
}

/** Add a sheet after the last one under a free name and record it as AID's; returns it with its name. */
export function addSheet(base: string): { sheet: WpsWorksheet; name: string } {
  const book = activeWorkbook();
  const sheets = allSheets(book);
  const name = freeSheetName(
    base,
    sheets.map((s) => s.Name)
  );
  // After the last sheet, as Excel's add puts it (ET's Add would put it before the active one).
  const sheet = addSheetAtEnd(book);
  sheet.Name = name;
  const present = new Set(allSheets(book).map(sheetId));
  const ids = ownSheetIds(readSetting(OWN_SHEETS_SETTING, book)).filter((id) => present.has(id));
  writeSetting(OWN_SHEETS_SETTING, JSON.stringify([...ids, sheetId(sheet)]), book);
  return { sheet, name };
}

/** Write values with their formats (formats first: a text-formatted cell keeps "=1+1" as text). */
export function writeCells(
  range: WpsRange,
  values: readonly (readonly CellValue[])[],
  formats: readonly (readonly string[])[]
): void {
  // ET takes one NumberFormat per range: cells that share a format are set together, column by column.
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  for (let c = 0; c < columns; c++) {
    let r = 0;
    while (r < rows) {
      const format = formats[r]?.[c] ?? "General";
      let end = r + 1;
      while (end < rows && (formats[end]?.[c] ?? "General") === format) end++;
      range.Item(r + 1, c + 1).Resize(end - r, 1).NumberFormat = format;
      r = end;
    }
  }
  range.Value2 = values.map((row) => row.map((v) => fitCell(v))) as never;
}

/** Write a header and rows at 0-based (row, column) and make them a table (ListObject). */
export async function writeTable(
  sheet: WpsWorksheet,
  row: number,
  column: number,
  spec: TableSpec
): Promise<void> {
  const width = spec.header.length;
  const all: (readonly CellValue[])[] = [spec.header, ...spec.rows];
  const step = Math.max(1, Math.floor(WRITE_BLOCK_CELLS / Math.max(1, width)));
  for (let start = 0; start < all.length; start += step) {
    const end = Math.min(all.length, start + step);
    const formats = all
      .slice(start, end)
      .map((_, i) =>
        start + i === 0
          ? spec.header.map(() => "@")
          : [...(spec.cellFormats?.[start + i - 1] ?? spec.formats)]
      );
    writeCells(
      block(sheet, row + start, column, end - start, width),
      all.slice(start, end),
      formats
    );
    if (end < all.length) await yieldToPane();
  }
  // xlSrcRange = 1, xlYes = 1: the first row is the header.
  const table = sheet.ListObjects.Add(
    1,
    block(sheet, row, column, all.length, width),
    undefined,
    1
  );
  table.TableStyle = "TableStyleMedium2";
}
