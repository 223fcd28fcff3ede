/**
 * The validation report: a new sheet (核对报告, or the next free name) that reads
 * on its own and prints. A header block says what was checked (workbook, sheet,
 * programme, when, by which AID version) and counts errors, warnings and each
 * rule; then the findings as an Excel table: the cell (a link to it), severity,
 * the rule's name in the user's language, the message, the expected and stated
 * figures as numbers with the number format that shows them, and the row's own
 * 序号, supporter, recipient and project, so the report can be forwarded alone.
 */
import type { CellValue } from "../core/cells";
import { displayedFigure } from "../core/displayed";
import type { Locale } from "../core/i18n";
import { messages } from "../core/i18n";
import type { Finding, RuleId } from "../core/validate";
import { AID_VERSION } from "../core/version";
import { excelRun } from "./run";
import { addSheet, fitCell, inBlocks, sheetReference, writeTable } from "./write";
import { withoutAddress } from "../core/validate/marks";

/** Excel's limit for a hyperlink's screen tip. */
export const MAX_SCREEN_TIP = 255;

/** What a finding's row holds, for the report's context columns. */
export interface RowContext {
  readonly number?: CellValue;
  readonly supporter?: CellValue;
  readonly recipient?: CellValue;
  readonly project?: CellValue;
}

/** What the pane knows beyond the findings; all optional. */
export interface ReportDetails {
  readonly workbook?: string;
  readonly programme?: string;
  /** The row context by 1-based sheet row. */
  readonly rows?: ReadonlyMap<number, RowContext>;
  /**
   * Where the context is on the checked sheet (column letters), to read it from there when `rows`
   * is not given: the pane validates in a stream and keeps no rows.
   */
  readonly columns?: { readonly [K in keyof RowContext]?: string };
  /** The pane's filter, when the findings written are only those it shows (its label, e.g. a rule name). */
  readonly filter?: string;
  /** With `filter`: how many findings the sheet has in all, so the header says the report is a part. */
  readonly filteredFrom?: number;
  /** Findings the user chose to ignore this session: listed apart, after the others. */
  readonly ignored?: readonly Finding[];
  /** When the report is made (tests fix it). */
  readonly now?: Date;
}

export const TEXT = {
  "zh-CN": {
    sheet: "核对报告",
    title: (sheet: string) => `「${sheet}」核对报告`,
    filtered: (label: string) => `（仅含筛选出的问题：${label}）`,
    ofAll: (shown: number, all: number) => `本报告列出筛选出的 ${shown} 个，共 ${all} 个问题`,
    labels: {
      workbook: "工作簿",
      sheet: "工作表",
      programme: "对口支援方案",
      when: "生成时间",
      version: "生成程序",
      counts: "问题数",
      rules: "按规则",
    },
    counts: (errors: number, warnings: number) => `${errors} 个错误，${warnings} 个警告`,
    ruleCount: (name: string, n: number) => `${name} ${n}`,
    none: "没有发现问题",
    header: [
      "单元格",
      "级别",
      "规则",
      "说明",
      "应为",
      "实为",
      "序号",
      "支援方",
      "受援方",
      "项目名称",
    ],
    ignored: (n: number) => `已忽略的问题（${n} 个，本次会话中选择了“忽略此项”）`,
    severity: { error: "错误", warning: "警告" },
    separator: "；",
  },
  en: {
    sheet: "Validation report",
    title: (sheet: string) => `Validation report for "${sheet}"`,
    filtered: (label: string) => ` (only the findings shown by the filter: ${label})`,
    ofAll: (shown: number, all: number) =>
      `this report lists the ${shown} filtered of ${all} finding${all === 1 ? "" : "s"}`,
    labels: {
      workbook: "Workbook",
      sheet: "Sheet",
      programme: "Programme",
      when: "Made",
      version: "Made by",
      counts: "Findings",
      rules: "By rule",
    },
    counts: (errors: number, warnings: number) =>
      `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
    ruleCount: (name: string, n: number) => `${name} ${n}`,
    none: "No problems found",
    header: [
      "Cell",
      "Severity",
      "Rule",
      "Message",
      "Expected",
      "Stated",
      "No.",
      "Supporter",
      "Recipient",
      "Project",
    ],
    ignored: (n: number) => `Ignored findings (${n}, set aside with "Ignore" in this session)`,
    severity: { error: "error", warning: "warning" },
    separator: "; ",
  },
} as const;

// The report's message column, and the WPS report's, drop the address the same way the notes do.
export { withoutAddress };

/** A figure cell: a number with the format that shows it as the message did, else the text as text. */
function figure(text: string | undefined): { value: CellValue; format: string } {
  if (text === undefined || text === "") return { value: "", format: "General" };
  const n = displayedFigure(text);
  return n ?? { value: fitCell(text), format: "@" };
}

/** A context cell: numbers stay numbers, text stays text (never a formula). */
function context(value: CellValue | undefined): { value: CellValue; format: string } {
  if (value === undefined || value === null) return { value: "", format: "General" };
  return typeof value === "number"
    ? { value, format: "General" }
    : { value: fitCell(String(value)), format: "@" };
}

/** Excel's serial date-time of a moment in local time (what a date cell holds). */
function serial(date: Date): number {
  const local = date.getTime() - date.getTimezoneOffset() * 60_000;
  return local / 86_400_000 + 25_569;
}

/** The rows of one findings table: values and per-cell formats. */
function findingRows(
  findings: readonly Finding[],
  locale: Locale,
  rows: ReadonlyMap<number, RowContext> | undefined
): { values: CellValue[][]; formats: string[][] } {
  const text = TEXT[locale];
  const rules = messages(locale).rule;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const f of findings) {
    const expected = figure(f.expected);
    const actual = figure(f.actual);
    const ctx = rows?.get(f.row) ?? {};
    const cells = [
      { value: f.cell, format: "@" },
      { value: text.severity[f.severity], format: "@" },
      { value: rules[f.rule], format: "@" },
      { value: fitCell(withoutAddress(f)), format: "@" },
      expected,
      actual,
      context(ctx.number),
      context(ctx.supporter),
      context(ctx.recipient),
      context(ctx.project),
    ];
    values.push(cells.map((c) => c.value));
    formats.push(cells.map((c) => c.format));
  }
  return { values, formats };
}

/** Rows read per request when fetching the context columns (4 columns of names, well under 5 MB). */
const CONTEXT_BLOCK_ROWS = 5_000;

/** Read the context columns for the findings' rows from the checked sheet, a block of rows per sync. */
async function readContext(
  context: Excel.RequestContext,
  sourceSheet: string,
  findings: readonly Finding[],
  columns: NonNullable<ReportDetails["columns"]>
): Promise<Map<number, RowContext>> {
  const out = new Map<number, RowContext>();
  const keys = (Object.keys(columns) as (keyof RowContext)[]).filter((k) => columns[k]);
  const rows = [...new Set(findings.map((f) => f.row))].sort((a, b) => a - b);
  if (keys.length === 0 || rows.length === 0) return out;
  const sheet = context.workbook.worksheets.getItem(sourceSheet);
  let i = 0;
  while (i < rows.length) {
    const top = rows[i];
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] - top < CONTEXT_BLOCK_ROWS) j++;
    const bottom = rows[j];
    const ranges = keys.map((k) => {
      const range = sheet.getRange(`${columns[k]}${top}:${columns[k]}${bottom}`);
      range.load("values");
      return range;
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of rows, by design
    await context.sync();
    for (let k = i; k <= j; k++) {
      const row = rows[k];
      const ctx: Record<string, CellValue> = {};
      keys.forEach(
        (key, n) => (ctx[key] = (ranges[n].values as CellValue[][])[row - top]?.[0] ?? "")
      );
      out.set(row, ctx);
    }
    i = j + 1;
  }
  return out;
}

/** Counts by rule, most frequent first: "非对口关系 3；缺少数据 2". */
function ruleCounts(findings: readonly Finding[], locale: Locale): string {
  const rules = messages(locale).rule;
  const counts = new Map<RuleId, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => TEXT[locale].ruleCount(rules[rule], n))
    .join(TEXT[locale].separator);
}

const HEADER_ROWS = 8; // title, six facts, a blank row; the table's header is on row 9

/** Write the findings of a sheet to a new report sheet; resolves with the new sheet's name. */
export async function writeReport(
  sourceSheet: string,
  findings: readonly Finding[],
  locale: Locale,
  details: ReportDetails = {}
): Promise<string> {
  const text = TEXT[locale];
  return excelRun(async (context) => {
    // The workbook's own name for the header (ExcelApi 1.7), read in the sync addSheet makes anyway.
    const book = context.workbook;
    book.load("name");
    const { sheet, name } = await addSheet(context, text.sheet);
    const workbook = details.workbook ?? book.name;
    const errors = findings.filter((f) => f.severity === "error").length;
    const title = text.title(sourceSheet) + (details.filter ? text.filtered(details.filter) : "");
    const facts: [string, CellValue, string][] = [
      [text.labels.workbook, workbook, "@"],
      [text.labels.sheet, sourceSheet, "@"],
      [text.labels.programme, details.programme ?? "", "@"],
      [text.labels.when, serial(details.now ?? new Date()), "yyyy-mm-dd hh:mm"],
      [text.labels.version, `AID ${AID_VERSION}`, "@"],
      [
        text.labels.counts,
        text.counts(errors, findings.length - errors) +
          (details.filter && details.filteredFrom !== undefined
            ? text.separator + text.ofAll(findings.length, details.filteredFrom)
            : ""),
        "@",
      ],
      [text.labels.rules, findings.length > 0 ? ruleCounts(findings, locale) : text.none, "@"],
    ];
    const head = sheet.getRangeByIndexes(0, 0, facts.length + 1, 2);
    head.numberFormat = [["@", "@"], ...facts.map(([, , format]) => ["@", format])];
    head.values = [[fitCell(title), ""], ...facts.map(([label, value]) => [label, fitCell(value)])];
    head.getCell(0, 0).format.font.bold = true;
    sheet.getRangeByIndexes(1, 0, facts.length, 1).format.font.bold = true;

    const ignored = details.ignored ?? [];
    const rowContext =
      details.rows ??
      (details.columns
        ? await readContext(context, sourceSheet, [...findings, ...ignored], details.columns)
        : undefined);
    const main = findingRows(findings, locale, rowContext);
    await writeTable(context, sheet, HEADER_ROWS, 0, {
      header: [...text.header],
      rows: main.values,
      formats: text.header.map(() => "General"),
      cellFormats: main.formats,
    });
    let next = HEADER_ROWS + findings.length + 1;
    if (ignored.length > 0) {
      next += 1;
      const label = sheet.getRangeByIndexes(next, 0, 1, 1);
      label.numberFormat = [["@"]];
      label.values = [[text.ignored(ignored.length)]];
      label.format.font.bold = true;
      const rest = findingRows(ignored, locale, rowContext);
      await writeTable(context, sheet, next + 1, 0, {
        header: [...text.header],
        rows: rest.values,
        formats: text.header.map(() => "General"),
        cellFormats: rest.formats,
      });
    }
    const links = [
      ...findings.map((f, i) => ({ f, row: HEADER_ROWS + 1 + i })),
      ...ignored.map((f, i) => ({ f, row: next + 2 + i })),
    ];
    await inBlocks(
      context,
      links,
      ({ f }) => f.message.length * 3 + 400,
      ({ f, row }) => {
        const message = withoutAddress(f);
        sheet.getRangeByIndexes(row, 0, 1, 1).hyperlink = {
          documentReference: sheetReference(sourceSheet, f.cell),
          textToDisplay: f.cell,
          // Excel refuses a screen tip over 255 characters, failing the whole request.
          screenTip:
            message.length > MAX_SCREEN_TIP ? `${message.slice(0, MAX_SCREEN_TIP - 1)}…` : message,
        };
      }
    );
    // So it reads and prints: the header row stays in view and repeats on every page, landscape, one page wide.
    sheet.freezePanes.freezeRows(HEADER_ROWS + 1);
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.setPrintTitleRows(`$${HEADER_ROWS + 1}:$${HEADER_ROWS + 1}`);
    const widths = [8, 6, 14, 60, 10, 10, 6, 12, 16, 30];
    widths.forEach((w, c) => {
      // Column widths in points: about 7 points a Latin character, CJK twice that.
      sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = w * 7.5;
    });
    sheet.getRangeByIndexes(HEADER_ROWS, 3, findings.length + 1, 1).format.wrapText = true;
    sheet.activate();
    await context.sync();
    return name;
  });
}
