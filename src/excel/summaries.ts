/**
 * Sheets AID inserts on request: a category share summary with a chart, and an
 * official pairing table.
 */
import { columnLetter } from "../core/address";
import type { Locale } from "../core/i18n";
import type { PairingTable } from "../core/programmes";
import type { ShareSummary } from "../core/shares";
import { excelRun } from "./run";
import { addSheet, writeTable } from "./write";

const SHARE_TEXT = {
  "zh-CN": {
    sheet: "类别占比",
    header: (unit?: string) => ["项目类别", unit ? `金额(${unit})` : "金额", "占比", "项目数"],
    total: "合计",
    chart: "各类别金额占比",
  },
  en: {
    sheet: "Category shares",
    header: (unit?: string) => [
      "Category",
      unit ? `Amount (${unit})` : "Amount",
      "Share",
      "Projects",
    ],
    total: "Total",
    chart: "Share of amount by category",
  },
} as const;

/** Insert the share summary as a table with percent formats, a total row and a pie chart beside it. */
export async function insertShares(summary: ShareSummary, locale: Locale): Promise<string> {
  const text = SHARE_TEXT[locale];
  return excelRun(async (context) => {
    const { sheet, name } = await addSheet(context, text.sheet);
    const rows = summary.lines.map((l) => [l.category, l.amount, l.share ?? "", l.count ?? ""]);
    await writeTable(context, sheet, 0, 0, {
      header: text.header(summary.amountUnit),
      rows,
      formats: ["@", "#,##0.00", "0.0%", "#,##0"],
    });
    const totalRow = rows.length + 1;
    const total = sheet.getRangeByIndexes(totalRow, 0, 1, 4);
    total.numberFormat = [["@", "#,##0.00", "0.0%", "#,##0"]];
    total.values = [
      [text.total, summary.total.amount, summary.total.amount === 0 ? "" : 1, summary.total.count],
    ];
    total.format.font.bold = true;
    // The pie shows amounts by category: the table's first two columns.
    const chart = sheet.charts.add(
      "Pie",
      sheet.getRangeByIndexes(0, 0, rows.length + 1, 2),
      "Columns"
    );
    chart.title.text = text.chart;
    chart.setPosition(`${columnLetter(5)}2`, `${columnLetter(12)}20`);
    sheet.getRangeByIndexes(0, 0, totalRow + 1, 4).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}

const PAIRING_TEXT = {
  "zh-CN": {
    header: ["序号", "支援方", "受援方", "所属", "原文", "原文行号"],
    sheet: (t: PairingTable) => `对口关系-${t.id}`,
  },
  en: {
    header: ["No.", "Supporter", "Recipient", "Under", "Source text", "Source line"],
    sheet: (t: PairingTable) => `Pairs-${t.id}`,
  },
} as const;

/** Insert a programme's official pairing table into a new sheet. */
export async function insertPairingTable(table: PairingTable, locale: Locale): Promise<string> {
  const text = PAIRING_TEXT[locale];
  return excelRun(async (context) => {
    const { sheet, name } = await addSheet(context, text.sheet(table));
    await writeTable(context, sheet, 0, 0, {
      header: [...text.header],
      rows: table.pairs.map((p, i) => [
        i + 1,
        p.supporter,
        p.recipient,
        p.group ?? "",
        p.source.text,
        p.source.line,
      ]),
      formats: ["0", "@", "@", "@", "@", "0"],
    });
    sheet.getRangeByIndexes(0, 0, table.pairs.length + 1, 4).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
