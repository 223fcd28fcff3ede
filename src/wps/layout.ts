/**
 * The validation report's cells, worked out without any host: the same header
 * block, findings table and ignored section as src/excel/report.ts writes in Excel,
 * from the same texts (TEXT, withoutAddress) and cell rules (displayedFigure, fitCell).
 *
 * src/excel/report.ts builds these rows inside its Office.js code; to leave that
 * file unchanged while it is being worked on, the layout is repeated here from its
 * exported pieces, and test/wps/report.test.ts compares the two hosts' reports cell
 * by cell, so a change on one side that the other misses fails there.
 */
import type { CellValue } from "../core/cells";
import { displayedFigure } from "../core/displayed";
import { messages, type Locale } from "../core/i18n";
import type { Finding, RuleId } from "../core/validate";
import { AID_VERSION } from "../core/version";
import { type ReportDetails, type RowContext, TEXT, withoutAddress } from "../excel/report";
import { fitCell } from "../excel/write";

/** Title, six facts and a blank row; the findings' header is on the ninth row (0-based 8). */
export const HEADER_ROWS = 8;
/** Column widths in characters, as the Excel report sets them. */
export const WIDTHS = [8, 6, 14, 60, 10, 10, 6, 12, 16, 30];

export interface Cells {
  readonly values: CellValue[][];
  readonly formats: string[][];
}

function figure(text: string | undefined): { value: CellValue; format: string } {
  if (text === undefined || text === "") return { value: "", format: "General" };
  return displayedFigure(text) ?? { value: fitCell(text), format: "@" };
}

function contextCell(value: CellValue | undefined): { value: CellValue; format: string } {
  if (value === undefined || value === null) return { value: "", format: "General" };
  return typeof value === "number"
    ? { value, format: "General" }
    : { value: fitCell(String(value)), format: "@" };
}

/** Excel's (and ET's) serial date-time of a moment in local time. */
export function serial(date: Date): number {
  return (date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000 + 25_569;
}

/** The rows of one findings table. */
export function findingRows(
  findings: readonly Finding[],
  locale: Locale,
  rows: ReadonlyMap<number, RowContext> | undefined
): Cells {
  const text = TEXT[locale];
  const rules = messages(locale).rule;
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  for (const f of findings) {
    const ctx = rows?.get(f.row) ?? {};
    const cells = [
      { value: f.cell, format: "@" },
      { value: text.severity[f.severity], format: "@" },
      { value: rules[f.rule], format: "@" },
      { value: fitCell(withoutAddress(f)), format: "@" },
      figure(f.expected),
      figure(f.actual),
      contextCell(ctx.number),
      contextCell(ctx.supporter),
      contextCell(ctx.recipient),
      contextCell(ctx.project),
    ];
    values.push(cells.map((c) => c.value));
    formats.push(cells.map((c) => c.format));
  }
  return { values, formats };
}

/** Counts by rule, most frequent first. */
export function ruleCounts(findings: readonly Finding[], locale: Locale): string {
  const rules = messages(locale).rule;
  const counts = new Map<RuleId, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => TEXT[locale].ruleCount(rules[rule], n))
    .join(TEXT[locale].separator);
}

/** The header block: the title and the facts, two columns, with their formats. */
export function headerCells(
  sourceSheet: string,
  findings: readonly Finding[],
  locale: Locale,
  details: ReportDetails,
  workbook: string
): Cells {
  const text = TEXT[locale];
  const errors = findings.filter((f) => f.severity === "error").length;
  const title = text.title(sourceSheet) + (details.filter ? text.filtered(details.filter) : "");
  const facts: [string, CellValue, string][] = [
    [text.labels.workbook, details.workbook ?? workbook, "@"],
    [text.labels.sheet, sourceSheet, "@"],
    [text.labels.programme, details.programme ?? "", "@"],
    [text.labels.when, serial(details.now ?? new Date()), "yyyy-mm-dd hh:mm"],
    [text.labels.version, `AID ${AID_VERSION}`, "@"],
    [text.labels.counts, text.counts(errors, findings.length - errors), "@"],
    [text.labels.rules, findings.length > 0 ? ruleCounts(findings, locale) : text.none, "@"],
  ];
  return {
    values: [[fitCell(title), ""], ...facts.map(([label, value]) => [label, fitCell(value)])],
    formats: [["@", "@"], ...facts.map(([, , format]) => ["@", format])],
  };
}

/** Where the ignored findings go: the label's 0-based row, or null when there are none. */
export function ignoredLabelRow(findings: number, ignored: number): number | null {
  return ignored > 0 ? HEADER_ROWS + findings + 2 : null;
}
