/**
 * Load an .xlsx into the workbench's in-memory workbook, with the values Excel
 * would report through Office.js (cached formula results, error strings, dates
 * as serial numbers) and each cell's number format.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/cells";
import { WorkbookModel } from "./model";

// Excel's day zero in the 1900 date system.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result && typeof result === "object" && "error" in result)
        return String((result as { error: unknown }).error);
      return toCellValue(result as ExcelJS.CellValue | undefined);
    }
    if ("text" in value) return toCellValue((value as { text: ExcelJS.CellValue }).text);
  }
  return String(value);
}

/** Read an .xlsx file's bytes into a new workbook model (the first visible sheet active). */
export async function loadXlsx(data: ArrayBuffer): Promise<WorkbookModel> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data);
  const model = new WorkbookModel();
  book.eachSheet((worksheet) => {
    const sheet = model.addSheet(worksheet.name);
    sheet.visibility =
      worksheet.state === "veryHidden"
        ? "VeryHidden"
        : worksheet.state === "hidden"
          ? "Hidden"
          : "Visible";
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        // exceljs repeats a merged area's value in every cell; Excel holds it in the top-left cell only.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        sheet.setValue(rowNumber - 1, columnNumber - 1, toCellValue(cell.value));
        if (cell.numFmt) sheet.setFormat(rowNumber - 1, columnNumber - 1, cell.numFmt);
        if (cell.font?.bold)
          sheet.cellFormats.set(`${rowNumber - 1},${columnNumber - 1}`, { bold: true });
      });
    });
    worksheet.columns?.forEach((column, i) => {
      if (column.width) sheet.columnWidths[i] = column.width;
    });
    const merges = (worksheet.model as { merges?: string[] }).merges;
    if (merges) sheet.merges.push(...merges);
  });
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  // Excel never shows a hidden sheet: the first visible one is active.
  model.activeSheet = Math.max(
    0,
    model.sheets.findIndex((s) => s.visibility === "Visible")
  );
  return model;
}
