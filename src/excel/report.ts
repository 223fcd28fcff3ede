/**
 * The validation report: a new sheet (校验报告, or the next free name) holding
 * the findings as an Excel table, each with a link to its cell.
 */
import type { Locale } from "../core/i18n";
import { messages } from "../core/i18n";
import type { Finding } from "../core/validate";
import { excelRun } from "./run";
import { addSheet, inBlocks, sheetReference, writeTable } from "./write";

/** Excel's limit for a hyperlink's screen tip. */
export const MAX_SCREEN_TIP = 255;

const TEXT = {
  "zh-CN": {
    sheet: "校验报告",
    title: (sheet: string, errors: number, warnings: number) =>
      `「${sheet}」校验报告：${errors} 个错误，${warnings} 个警告`,
    header: ["单元格", "级别", "规则", "规则说明", "说明", "应为", "实为"],
    severity: { error: "错误", warning: "警告" },
  },
  en: {
    sheet: "Validation report",
    title: (sheet: string, errors: number, warnings: number) =>
      `Validation report for "${sheet}": ${errors} errors, ${warnings} warnings`,
    header: ["Cell", "Severity", "Rule", "Rule title", "Message", "Expected", "Actual"],
    severity: { error: "error", warning: "warning" },
  },
} as const;

/** Write the findings of a sheet to a new report sheet; resolves with the new sheet's name. */
export async function writeReport(
  sourceSheet: string,
  findings: readonly Finding[],
  locale: Locale
): Promise<string> {
  const text = TEXT[locale];
  const rules = messages(locale).rule;
  return excelRun(async (context) => {
    const { sheet, name } = await addSheet(context, text.sheet);
    const errors = findings.filter((f) => f.severity === "error").length;
    const title = sheet.getRange("A1");
    title.numberFormat = [["@"]];
    title.values = [[text.title(sourceSheet, errors, findings.length - errors)]];
    title.format.font.bold = true;
    await writeTable(context, sheet, 2, 0, {
      header: [...text.header],
      rows: findings.map((f) => [
        f.cell,
        text.severity[f.severity],
        f.rule,
        rules[f.rule],
        f.message,
        f.expected ?? "",
        f.actual ?? "",
      ]),
      // Every column is text: messages, names and figures as shown, never formulas.
      formats: text.header.map(() => "@"),
    });
    await inBlocks(
      context,
      findings,
      (f) => f.message.length * 3 + 80,
      (f, i) => {
        sheet.getRangeByIndexes(3 + i, 0, 1, 1).hyperlink = {
          documentReference: sheetReference(sourceSheet, f.cell),
          textToDisplay: f.cell,
          // Excel refuses a screen tip over 255 characters, failing the whole request.
          screenTip:
            f.message.length > MAX_SCREEN_TIP
              ? `${f.message.slice(0, MAX_SCREEN_TIP - 1)}…`
              : f.message,
        };
      }
    );
    sheet.getRangeByIndexes(0, 0, findings.length + 3, text.header.length).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
