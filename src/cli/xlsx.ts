/**
 * Reading .xlsx files for aid-check, row by row with exceljs's streaming reader,
 * so a large workbook is never held whole. Values come out as Excel's own
 * `range.values` would give them (cached formula results, error strings), with
 * each cell's number format for its shown precision.
 */
import ExcelJS from "exceljs";
import { UNKNOWN_ERROR, type CellValue } from "../core/cells";

export interface SheetRows {
  readonly name: string;
  /** Rows from row 1, gaps filled with empty rows so positions match the sheet. */
  readonly rows: AsyncIterable<{ values: CellValue[]; formats: (string | undefined)[] }>;
}

// Excel's day zero for the 1900 date system (serial 1 is 1900-01-01, counting the phantom 1900-02-29).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Turn an exceljs cell value into what Office.js would give for the cell. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (typeof result === "number" && Number.isNaN(result)) return UNKNOWN_ERROR;
      return toCellValue(result as ExcelJS.CellValue | undefined);
    }
    if ("text" in value) return toCellValue((value as { text: ExcelJS.CellValue }).text);
  }
  return String(value);
}

/** Stream the sheets of a workbook; each sheet's rows must be consumed before the next sheet is read. */
export async function* readSheets(path: string): AsyncGenerator<SheetRows> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    yield { name: sheet.name, rows: rowsOf(sheet) };
  }
}

async function* rowsOf(
  sheet: AsyncIterable<ExcelJS.Row>
): AsyncGenerator<{ values: CellValue[]; formats: (string | undefined)[] }> {
  let expected = 1;
  for await (const row of sheet) {
    for (; expected < row.number; expected++) yield { values: [], formats: [] };
    const values: CellValue[] = [];
    const formats: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      values[column - 1] = toCellValue(cell.value);
      formats[column - 1] = cell.numFmt || undefined;
    });
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = "";
    expected = row.number + 1;
    yield { values, formats };
  }
}
