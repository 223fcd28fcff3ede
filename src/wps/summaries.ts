/**
 * Sheets AID inserts on request in WPS: the category share summary (table, total
 * row, pie chart) and an official pairing table, with the texts and formats of
 * src/excel/summaries.ts.
 */
import type { Locale } from "../core/i18n";
import type { PairingTable } from "../core/programmes";
import { type ShareSummary, unreadableNote } from "../core/shares";
import { PAIRING_TEXT, SHARE_TEXT } from "../excel/summaries";
import { block, addSheet, writeCells, writeTable } from "./write";

const SHARE_FORMATS = ["@", "#,##0", "#,##0.00", "0.0%"];
/** XlChartType.xlPie; XlDataLabelsType.xlDataLabelsShowLabelAndPercent. */
const XL_PIE = 5;
const XL_LABEL_AND_PERCENT = 5;

/** Insert the share summary as a table with percent formats, a total row and a pie chart beside it. */
export async function insertShares(summary: ShareSummary, locale: Locale): Promise<string> {
  const text = SHARE_TEXT[locale];
  const { sheet, name } = addSheet(text.sheet);
  const rows = summary.lines.map((l) => [l.category, l.count ?? "", l.amount, l.share ?? ""]);
  await writeTable(sheet, 0, 0, {
    header: text.header(summary.amountUnit),
    rows,
    formats: SHARE_FORMATS,
  });
  const totalRow = rows.length + 1;
  const total = block(sheet, totalRow, 0, 1, 4);
  writeCells(
    total,
    [[text.total, summary.total.count, summary.total.amount, summary.total.amount === 0 ? "" : 1]],
    [SHARE_FORMATS]
  );
  total.Font.Bold = true;
  // Amounts left out (待定, #N/A) are said under the total, as in Excel.
  const note = unreadableNote(summary.unreadable, locale);
  if (note !== null) writeCells(block(sheet, totalRow + 2, 0, 1, 1), [[note]], [["@"]]);
  try {
    // Shapes.AddChart(Type, Left, Top, Width, Height) in points: beside the table, about F2:M20.
    const chart = sheet.Shapes.AddChart(XL_PIE, 320, 20, 420, 280).Chart;
    // Categories and amounts (A and C), without the total row: a pie draws its first series only.
    chart.SetSourceData(sheet.Range(`A1:A${rows.length + 1},C1:C${rows.length + 1}`));
    chart.HasTitle = true;
    chart.ChartTitle.Text = text.chart;
    chart.ApplyDataLabels(XL_LABEL_AND_PERCENT);
    chart.HasLegend = false;
  } catch {
    // A WPS build without charts for scripts still gets the table: the chart is a help, not the result.
  }
  block(sheet, 0, 0, totalRow + 1, 4).EntireColumn.AutoFit();
  sheet.Activate();
  return name;
}

/** Insert a programme's official pairing table into a new sheet named after the programme. */
export async function insertPairingTable(
  table: PairingTable,
  locale: Locale,
  options: { readonly withSourceLines?: boolean } = {}
): Promise<string> {
  const text = PAIRING_TEXT[locale];
  const lines = options.withSourceLines === true;
  const { sheet, name } = addSheet(text.sheet(table));
  await writeTable(sheet, 0, 0, {
    header: lines ? [...text.header, text.line] : [...text.header],
    rows: table.pairs.map((p, i) => [
      i + 1,
      p.supporter,
      p.recipient,
      p.group ?? "",
      p.source.text,
      ...(lines ? [p.source.line] : []),
    ]),
    formats: lines ? ["0", "@", "@", "@", "@", "0"] : ["0", "@", "@", "@", "@"],
  });
  block(sheet, 0, 0, table.pairs.length + 1, 4).EntireColumn.AutoFit();
  sheet.Activate();
  return name;
}
