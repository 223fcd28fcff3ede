/**
 * `aid-check --report 汇总.xlsx`: one workbook an office can forward. A 汇总
 * sheet with a row per file and sheet (programme, rows checked, errors,
 * warnings, counts by rule, a link to the file), a 问题 sheet with every finding
 * (its cell as a link into the file), and a 未核对 sheet for the files that could
 * not be checked and why. Each starts with what made it (when, which AID, which
 * options), holds an Excel table with filters, keeps its header row in view and
 * on every printed page, and writes all text as text (a cell text starting with
 * = + - @ never becomes a formula).
 */
import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import type { Locale } from "../core/i18n";
import { messages } from "../core/i18n";
import { programmeById, type ProgrammeId } from "../core/programmes";
import type { Finding, RuleId } from "../core/validate";
import { AID_VERSION } from "../core/version";
import type { FileReport } from "./check";
import { cliText } from "./text";

export interface SummaryInput {
  readonly reports: readonly FileReport[];
  readonly locale: Locale;
  /** The options as the user gave them (for the header), e.g. "--programme xinjiang-2010". */
  readonly options: string;
  /** Where the summary is written: links to the checked files are relative to its folder. */
  readonly output: string;
  readonly now?: Date;
}

export const TEXT = {
  "zh-CN": {
    sheets: { summary: "汇总", findings: "问题", unchecked: "未核对" },
    titles: {
      summary: "对口支援项目表核对汇总",
      findings: "对口支援项目表核对：全部问题",
      unchecked: "未能核对的文件",
    },
    made: (when: string, options: string) =>
      `生成时间 ${when} · AID ${AID_VERSION}（aid-check）${options ? ` · 选项 ${options}` : ""}`,
    summaryHeader: ["文件", "工作表", "对口支援方案", "核对行数", "错误", "警告"],
    link: "打开文件",
    findingsHeader: ["文件", "工作表", "单元格", "级别", "规则", "说明", "应为", "实为"],
    uncheckedHeader: ["文件", "原因"],
    severity: { error: "错误", warning: "警告" },
    noSheet: "（没有项目表）",
  },
  en: {
    sheets: { summary: "Summary", findings: "Findings", unchecked: "Not checked" },
    titles: {
      summary: "Paired-assistance sheets: summary of the check",
      findings: "Paired-assistance sheets: every finding",
      unchecked: "Files that could not be checked",
    },
    made: (when: string, options: string) =>
      `Made ${when} by AID ${AID_VERSION} (aid-check)${options ? ` · options ${options}` : ""}`,
    summaryHeader: ["File", "Sheet", "Programme", "Rows checked", "Errors", "Warnings"],
    link: "Open file",
    findingsHeader: ["File", "Sheet", "Cell", "Severity", "Rule", "Message", "Expected", "Stated"],
    uncheckedHeader: ["File", "Reason"],
    severity: { error: "error", warning: "warning" },
    noSheet: "(no project table)",
  },
} as const;

/** Excel keeps at most 32,767 characters in a cell. */
const MAX_CELL_TEXT = 32_767;

function cellText(text: string): string {
  return text.length > MAX_CELL_TEXT ? `${text.slice(0, MAX_CELL_TEXT - 1)}…` : text;
}

/** The file's path as the office sees it: relative to the summary's folder when it is under it. */
function shownPath(file: string, folder: string): string {
  const rel = relative(folder, resolve(file));
  return rel.startsWith("..") ? resolve(file) : rel.split(sep).join("/");
}

/** A link Excel and LibreOffice follow: a relative path (the summary travels with the folder), with a cell when given. */
function fileLink(file: string, folder: string, sheet?: string, cell?: string): string {
  const rel = relative(folder, resolve(file));
  const base = rel.startsWith("..")
    ? pathToFileURL(resolve(file)).href
    : encodeURI(rel.split(sep).join("/"));
  return sheet && cell ? `${base}#'${sheet.replace(/'/g, "''")}'!${cell}` : base;
}

function programmeName(id: ProgrammeId, locale: Locale): string {
  try {
    return programmeById(id).title[locale];
  } catch {
    return id;
  }
}

function rowsChecked(first: number | null, last: number | null): number {
  return first !== null && last !== null && last >= first ? last - first + 1 : 0;
}

/** Lay a sheet out: title, the "made by" line, a blank row, then an Excel table whose header is row 4. */
function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  /** The Excel table's name: ASCII, so formulas and macros can refer to it in any language. */
  tableName: string,
  title: string,
  made: string,
  header: readonly string[],
  rows: readonly (readonly ExcelJS.CellValue[])[],
  widths: readonly number[]
): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 4 }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = made;
  ws.pageSetup.printTitlesRow = "4:4";
  ws.addTable({
    name: tableName,
    ref: "A4",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: header.map((h) => ({ name: h, filterButton: true })),
    rows: rows.length > 0 ? rows.map((r) => [...r]) : [header.map(() => "")],
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

/** Write the summary workbook; resolves when the file is on disk. */
export async function writeSummaryWorkbook(input: SummaryInput): Promise<void> {
  const { reports, locale } = input;
  const text = TEXT[locale];
  const cli = cliText(locale);
  const rules = messages(locale).rule;
  const folder = resolve(input.output, "..");
  const now = input.now ?? new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  const when = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const made = text.made(when, input.options);

  const usedRules: RuleId[] = [];
  for (const r of reports)
    for (const s of r.sheets)
      for (const f of s.issues) if (!usedRules.includes(f.rule)) usedRules.push(f.rule);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = `AID ${AID_VERSION}`;
  workbook.created = now;

  const summaryRows: ExcelJS.CellValue[][] = [];
  const findingRows: ExcelJS.CellValue[][] = [];
  const links: { row: number; link: string }[] = [];
  const findingLinks: { row: number; link: string; cell: string }[] = [];
  const unchecked: ExcelJS.CellValue[][] = [];
  for (const report of reports) {
    const path = shownPath(report.file, folder);
    if (report.error) {
      unchecked.push([
        cellText(path),
        cellText(cli.fileError(report.file, report.error).replace(/^aid-check[：:]\s*/, "")),
      ]);
      continue;
    }
    const sheets = report.sheets.length > 0 ? report.sheets : [null];
    for (const sheet of sheets) {
      const counts = new Map<RuleId, number>();
      const issues: readonly Finding[] = sheet?.issues ?? [];
      for (const f of issues) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      const errors = issues.filter((f) => f.severity === "error").length;
      summaryRows.push([
        cellText(path),
        cellText(sheet?.sheet ?? text.noSheet),
        sheet ? programmeName(sheet.programme, locale) : "",
        sheet ? rowsChecked(sheet.table.firstRow, sheet.table.lastRow) : 0,
        errors,
        issues.length - errors,
        ...usedRules.map((rule) => counts.get(rule) ?? 0),
        text.link,
      ]);
      links.push({ row: summaryRows.length, link: fileLink(report.file, folder) });
      for (const f of issues) {
        findingRows.push([
          cellText(path),
          cellText(sheet?.sheet ?? ""),
          f.cell,
          text.severity[f.severity],
          rules[f.rule],
          cellText(f.message),
          f.expected ?? "",
          f.actual ?? "",
        ]);
        findingLinks.push({
          row: findingRows.length,
          link: fileLink(report.file, folder, sheet?.sheet, f.cell),
          cell: f.cell,
        });
      }
    }
  }

  const summaryHeader = [...text.summaryHeader, ...usedRules.map((r) => rules[r]), text.link];
  const summary = tableSheet(
    workbook,
    text.sheets.summary,
    "SummaryTable",
    text.titles.summary,
    made,
    summaryHeader,
    summaryRows,
    [36, 16, 28, 10, 8, 8, ...usedRules.map(() => 12), 10]
  );
  const findings = tableSheet(
    workbook,
    text.sheets.findings,
    "FindingsTable",
    text.titles.findings,
    made,
    text.findingsHeader,
    findingRows,
    [36, 16, 8, 6, 14, 60, 10, 10]
  );
  tableSheet(
    workbook,
    text.sheets.unchecked,
    "NotCheckedTable",
    text.titles.unchecked,
    made,
    text.uncheckedHeader,
    unchecked,
    [48, 80]
  );
  // Text columns are text-formatted, counts whole numbers; links go in after the tables so they keep their style.
  for (let r = 0; r < summaryRows.length; r++) {
    const row = summary.getRow(5 + r);
    [1, 2, 3].forEach((c) => (row.getCell(c).numFmt = "@"));
    for (let c = 4; c <= summaryHeader.length - 1; c++) row.getCell(c).numFmt = "#,##0";
  }
  for (const { row, link } of links) {
    const cell = summary.getRow(4 + row).getCell(summaryHeader.length);
    cell.value = { text: text.link, hyperlink: link };
    cell.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  for (let r = 0; r < findingRows.length; r++) {
    const row = findings.getRow(5 + r);
    [1, 2, 4, 5, 6, 7, 8].forEach((c) => (row.getCell(c).numFmt = "@"));
  }
  for (const { row, link, cell } of findingLinks) {
    const target = findings.getRow(4 + row).getCell(3);
    target.value = { text: cell, hyperlink: link };
    target.font = { color: { argb: "FF0563C1" }, underline: true };
  }
  await workbook.xlsx.writeFile(input.output);
}
