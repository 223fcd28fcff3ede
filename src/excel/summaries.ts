/**
 * Sheets AID inserts on request: a category share summary with a chart, and an
 * official pairing table.
 */
import { columnLetter } from "../core/address";
import type { Locale } from "../core/i18n";
import type { PairingTable } from "../core/programmes";
import { type ShareSummary, unreadableNote } from "../core/shares";
import { excelRun } from "./run";
import { addSheet, writeTable } from "./write";

export const SHARE_TEXT = {
  "zh-CN": {
    sheet: "类别占比",
    header: (unit?: string) => ["项目类别", "项目数", unit ? `金额(${unit})` : "金额", "占比"],
    total: "合计",
    chart: "各类别金额占比",
  },
  en: {
    sheet: "Category shares",
    header: (unit?: string) => [
      "Category",
      "Projects",
      unit ? `Amount (${unit})` : "Amount",
      "Share",
    ],
    total: "Total",
    chart: "Share of amount by category",
  },
} as const;

/** The summary's columns, in the pane's order: category, projects, amount, share. */
const SHARE_FORMATS = ["@", "#,##0", "#,##0.00", "0.0%"];

/**
 * Insert the share summary as a table with percent formats, a total row and a
 * pie chart beside it: amounts by category, each slice labelled with its
 * category and percentage (so the chart reads without a legend, and in print).
 * Amounts that could not be read are named in a note under the total row.
 */
export async function insertShares(summary: ShareSummary, locale: Locale): Promise<string> {
  const text = SHARE_TEXT[locale];
  return excelRun(async (context) => {
    const { sheet, name } = await addSheet(context, text.sheet);
    const rows = summary.lines.map((l) => [l.category, l.count ?? "", l.amount, l.share ?? ""]);
    await writeTable(context, sheet, 0, 0, {
      header: text.header(summary.amountUnit),
      rows,
      formats: SHARE_FORMATS,
    });
    const totalRow = rows.length + 1;
    const total = sheet.getRangeByIndexes(totalRow, 0, 1, 4);
    total.numberFormat = [[...SHARE_FORMATS]];
    total.values = [
      [text.total, summary.total.count, summary.total.amount, summary.total.amount === 0 ? "" : 1],
    ];
    total.format.font.bold = true;
    // Amounts left out (待定, #N/A) are said under the total, so the sheet is not read as complete.
    const note = unreadableNote(summary.unreadable, locale);
    if (note !== null) {
      const cell = sheet.getRangeByIndexes(totalRow + 2, 0, 1, 1);
      cell.numberFormat = [["@"]];
      cell.values = [[note]];
    }
    // A pie draws only its first series: build it on the amounts alone, with the categories as its labels.
    const chart = sheet.charts.add(
      "Pie",
      sheet.getRangeByIndexes(0, 2, rows.length + 1, 1),
      "Columns"
    );
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(sheet.getRangeByIndexes(1, 0, Math.max(1, rows.length), 1));
    chart.title.text = text.chart;
    chart.dataLabels.showCategoryName = true;
    chart.dataLabels.showPercentage = true;
    chart.dataLabels.showValue = false;
    chart.legend.visible = false;
    chart.setPosition(`${columnLetter(5)}2`, `${columnLetter(12)}20`);
    sheet.getRangeByIndexes(0, 0, totalRow + 1, 4).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}

export const PAIRING_TEXT = {
  "zh-CN": {
    header: ["序号", "支援方", "受援方", "所属", "原文"],
    line: "原文行号",
    sheet: (t: PairingTable) => `对口关系表 ${t.title["zh-CN"]}`,
  },
  en: {
    header: ["No.", "Supporter", "Recipient", "Under", "Source text"],
    line: "Source line",
    sheet: (t: PairingTable) => `Pairs ${t.title.en}`,
  },
} as const;

/**
 * Insert a programme's official pairing table into a new sheet named after the
 * programme. The line numbers of the source document are for checking AID's own
 * data, not for an officer: only with `withSourceLines`.
 */
export async function insertPairingTable(
  table: PairingTable,
  locale: Locale,
  options: { readonly withSourceLines?: boolean } = {}
): Promise<string> {
  const text = PAIRING_TEXT[locale];
  const lines = options.withSourceLines === true;
  return excelRun(async (context) => {
    const { sheet, name } = await addSheet(context, text.sheet(table));
    await writeTable(context, sheet, 0, 0, {
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
    sheet.getRangeByIndexes(0, 0, table.pairs.length + 1, 4).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
