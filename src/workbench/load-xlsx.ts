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
import { memoryParts } from "../xlsx/memory-zip";
import { openSheets, RowsOutOfOrder, type SheetRows } from "../xlsx/workbook-parts";
import type { SheetLayout } from "../xlsx/sheet-layout";
import { SheetModel, WorkbookModel } from "./model";

/** 0-based row and column of an A1 cell (the reader hands them on upper case). */
function position(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, column - 1];
}

/** Put a sheet's layout (widths, merges, frozen rows, links, tables) on the model sheet. */
function applyLayout(sheet: SheetModel, layout: SheetLayout): void {
  sheet.columnWidths = layout.widths;
  sheet.merges.push(...layout.merges);
  sheet.frozenRows = layout.frozenRows;
  for (const link of layout.links) {
    const [r, c] = position(link.cell);
    sheet.hyperlinks.set(`${r},${c}`, {
      documentReference: link.location,
      address: link.address,
      textToDisplay: link.display,
    });
  }
  for (const table of layout.tables) {
    const [from, to = from] = table.ref.split(":").map(position);
    sheet.tables.push({
      name: table.name,
      row: from[0],
      column: from[1],
      rows: to[0] - from[0] + 1,
      columns: to[1] - from[1] + 1,
      style: table.style ?? "",
    });
  }
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
function clearMerged(sheet: SheetModel): void {
  for (const ref of sheet.merges) {
    const [from, to] = ref.split(":").map((a) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
      let column = 0;
      for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
      return [Number(m[2]) - 1, column - 1] as const;
    });
    for (let r = from[0]; r <= to[0]; r++)
      for (let c = from[1]; c <= to[1]; c++) {
        if (r === from[0] && c === from[1]) continue;
        const cells = sheet.values[r];
        if (cells && c < cells.length) cells[c] = "";
      }
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
    clearMerged(sheet);
  }
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  // Excel never shows a hidden sheet: the first visible one is active.
  model.activeSheet = Math.max(
    0,
    model.sheets.findIndex((s) => s.visibility === "Visible")
  );
  return model;
}
