/**
 * The validation report in WPS: the same sheet as Excel's (src/excel/report.ts),
 * laid out by ./layout.ts: header block, findings table with a link from each cell
 * address to the finding's cell, the ignored findings apart, frozen header row,
 * landscape, one page wide.
 */
import type { CellValue } from "../core/cells";
import type { Locale } from "../core/i18n";
import type { Finding } from "../core/validate";
import {
  MAX_SCREEN_TIP,
  type ReportDetails,
  type RowContext,
  TEXT,
  withoutAddress,
} from "../excel/report";
import { sheetReference } from "../excel/write";
import { HEADER_ROWS, WIDTHS, findingRows, headerCells, ignoredLabelRow } from "./layout";
import { activeWorkbook, etApplication, type WpsWorksheet } from "./om";
import { sheetNamed } from "./sheets";
import { valueRows, yieldToPane } from "./values";
import { addSheet, block, writeCells, writeTable } from "./write";

/** Links added before the pane gets a turn. */
const LINK_BLOCK = 2_000;
/** XlPageOrientation.xlLandscape. */
const XL_LANDSCAPE = 2;

/** Read the context columns for the findings' rows from the checked sheet. */
function readContext(
  sheet: WpsWorksheet,
  findings: readonly Finding[],
  columns: NonNullable<ReportDetails["columns"]>
): Map<number, RowContext> {
  const out = new Map<number, RowContext>();
  const keys = (Object.keys(columns) as (keyof RowContext)[]).filter((k) => columns[k]);
  const rows = [...new Set(findings.map((f) => f.row))].sort((a, b) => a - b);
  if (keys.length === 0 || rows.length === 0) return out;
  const top = rows[0];
  const bottom = rows[rows.length - 1];
  const read = keys.map((k) =>
    valueRows(sheet.Range(`${columns[k]}${top}:${columns[k]}${bottom}`).Value2, bottom - top + 1, 1)
  );
  for (const row of rows) {
    const ctx: Record<string, CellValue> = {};
    keys.forEach((key, n) => (ctx[key] = read[n][row - top]?.[0] ?? ""));
    out.set(row, ctx);
  }
  return out;
}

/** Write the findings of a sheet to a new report sheet; resolves with the new sheet's name. */
export async function writeReport(
  sourceSheet: string,
  findings: readonly Finding[],
  locale: Locale,
  details: ReportDetails = {}
): Promise<string> {
  const text = TEXT[locale];
  const book = activeWorkbook();
  const source = sheetNamed(sourceSheet, book);
  const ignored = details.ignored ?? [];
  const rowContext =
    details.rows ??
    (details.columns ? readContext(source, [...findings, ...ignored], details.columns) : undefined);
  const { sheet, name } = addSheet(text.sheet);
  const head = headerCells(sourceSheet, findings, locale, details, book.Name);
  writeCells(block(sheet, 0, 0, head.values.length, 2), head.values, head.formats);
  block(sheet, 0, 0, 1, 1).Font.Bold = true;
  block(sheet, 1, 0, head.values.length - 1, 1).Font.Bold = true;
  const main = findingRows(findings, locale, rowContext);
  await writeTable(sheet, HEADER_ROWS, 0, {
    header: [...text.header],
    rows: main.values,
    formats: text.header.map(() => "General"),
    cellFormats: main.formats,
  });
  const labelRow = ignoredLabelRow(findings.length, ignored.length);
  if (labelRow !== null) {
    const label = block(sheet, labelRow, 0, 1, 1);
    writeCells(label, [[text.ignored(ignored.length)]], [["@"]]);
    label.Font.Bold = true;
    const rest = findingRows(ignored, locale, rowContext);
    await writeTable(sheet, labelRow + 1, 0, {
      header: [...text.header],
      rows: rest.values,
      formats: text.header.map(() => "General"),
      cellFormats: rest.formats,
    });
  }
  const links = [
    ...findings.map((f, i) => ({ f, row: HEADER_ROWS + 1 + i })),
    ...ignored.map((f, i) => ({ f, row: (labelRow ?? 0) + 2 + i })),
  ];
  for (let i = 0; i < links.length; i++) {
    const { f, row } = links[i];
    const message = withoutAddress(f);
    // Hyperlinks.Add(Anchor, Address, SubAddress, ScreenTip, TextToDisplay): a link inside the
    // workbook has an empty Address and the cell in SubAddress, as in VBA.
    sheet.Hyperlinks.Add(
      block(sheet, row, 0, 1, 1),
      "",
      sheetReference(sourceSheet, f.cell),
      message.length > MAX_SCREEN_TIP ? `${message.slice(0, MAX_SCREEN_TIP - 1)}…` : message,
      f.cell
    );
    if ((i + 1) % LINK_BLOCK === 0) await yieldToPane();
  }
  const setup = sheet.PageSetup;
  setup.Orientation = XL_LANDSCAPE;
  // Zoom = false makes FitToPages count: one page wide, as many tall as needed.
  setup.Zoom = false;
  setup.FitToPagesWide = 1;
  setup.FitToPagesTall = false;
  setup.PrintTitleRows = `$${HEADER_ROWS + 1}:$${HEADER_ROWS + 1}`;
  // ColumnWidth counts characters of the standard font (Office.js's columnWidth counts points).
  WIDTHS.forEach((w, c) => (block(sheet, 0, c, 1, 1).EntireColumn.ColumnWidth = w));
  block(sheet, HEADER_ROWS, 3, findings.length + 1, 1).WrapText = true;
  sheet.Activate();
  // Freezing is a property of the window, not the sheet (as in VBA): after activating the report.
  const window = etApplication().ActiveWindow;
  window.SplitColumn = 0;
  window.SplitRow = HEADER_ROWS + 1;
  window.FreezePanes = true;
  return name;
}
