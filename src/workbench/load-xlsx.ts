/**
 * Load an .xlsx into the workbench's in-memory workbook with the reader
 * aid-check uses (src/xlsx/workbook-parts.ts, over the bytes in memory), so the
 * pane and the command line see the same values for the same file: cached
 * formula results, error strings, dates as serial numbers, _xHHHH_ escapes
 * decoded, each cell's number format and bold. What only the grid needs
 * (column widths, merged areas, frozen rows, hyperlinks, tables) the reader
 * hands on from the same pass over the sheet's text.
 * A file the reader refuses is a ReadError saying why (src/cli/problems.ts).
 */
import type { Area } from "../core/address";
import { memoryParts } from "../xlsx/memory-zip";
import { openSheets, RowsOutOfOrder, type SheetRows } from "../xlsx/workbook-parts";
import type { SheetLayout } from "../xlsx/sheet-layout";
import { SheetModel, WorkbookModel } from "./model";

/** Put a sheet's layout (widths, merges, frozen rows, links, tables) on the model sheet. */
function applyLayout(sheet: SheetModel, layout: SheetLayout): void {
  sheet.columnWidths = layout.widths;
  sheet.merges.push(...layout.merges);
  clearMerged(sheet, layout.merges);
  sheet.frozenRows = layout.frozenRows;
  for (const link of layout.links)
    sheet.hyperlinks.set(`${link.row},${link.column}`, {
      documentReference: link.location,
      address: link.address,
      textToDisplay: link.display,
    });
  for (const table of layout.tables)
    sheet.tables.push({ name: table.name, ...table.area, style: table.style ?? "" });
}

/** Fill a model sheet from the reader's rows, and its layout from the same pass. */
async function fillSheet(sheet: SheetModel, rows: SheetRows, sorted: boolean): Promise<void> {
  let layout: SheetLayout | undefined;
  for await (const row of rows.rows(sorted, (read) => (layout = read))) {
    const r = row.row - 1;
    row.values.forEach((value, c) => {
      if (value === "") return;
      sheet.setValue(r, c, value);
      const format = row.formats[c];
      if (format !== undefined && format !== "General") sheet.setFormat(r, c, format);
      if (row.bold?.[c]) sheet.cellFormats.set(`${r},${c}`, { bold: true });
    });
  }
  if (layout) applyLayout(sheet, layout);
}

/** Drop values from the cells of merged areas other than the top-left: Excel holds only that one. */
function clearMerged(sheet: SheetModel, merges: readonly Area[]): void {
  for (const a of merges)
    for (let r = a.row; r < a.row + a.rows; r++)
      for (let c = a.column; c < a.column + a.columns; c++) {
        if (r === a.row && c === a.column) continue;
        const cells = sheet.values[r];
        if (cells && c < cells.length) cells[c] = "";
      }
}

/** Read an .xlsx file's bytes into a new workbook model (the first visible sheet active). */
export async function loadXlsx(data: ArrayBuffer): Promise<WorkbookModel> {
  const sheets = await openSheets(await memoryParts(new Uint8Array(data)));
  const model = new WorkbookModel();
  for (const rows of sheets) {
    let sheet = model.addSheet(rows.name);
    try {
      await fillSheet(sheet, rows, false);
    } catch (error) {
      if (!(error instanceof RowsOutOfOrder)) throw error;
      // Rows written out of order are gathered and sorted; the half-filled sheet is started again.
      model.sheets.pop();
      sheet = model.addSheet(rows.name);
      await fillSheet(sheet, rows, true);
    }
    sheet.visibility =
      rows.state === "veryHidden" ? "VeryHidden" : rows.state === "hidden" ? "Hidden" : "Visible";
  }
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  // Excel never shows a hidden sheet: the first visible one is active.
  model.activeSheet = Math.max(
    0,
    model.sheets.findIndex((s) => s.visibility === "Visible")
  );
  return model;
}
