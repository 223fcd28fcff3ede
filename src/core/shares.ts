/**
 * Category shares: count, amount and share of each category, with the total,
 * from a project sheet's category, amount and (optional) count columns.
 * Categories are read through the standard vocabularies (房建 counts as 房屋建设);
 * a stated 合计 row is checked by the validator's own total rule.
 */
import { cellAddress, columnIndex, columnLetter } from "./address";
import { isBlank, readNumber, type CellValue } from "./cells";
import { resolveCategory } from "./categories";
import type { Locale } from "./i18n";
import { detectLayout, layoutAt } from "./validate/layout";
import { validateGrid, type Finding } from "./validate";
import { isNoteText, totalLabelKind } from "./validate/engine";
import type { Role } from "./validate/roles";

export interface ShareOptions {
  /** 1-based sheet row of the header; detected when left out. */
  readonly headerRow?: number;
  /** Column letters or 0-based sheet indexes; detected from the header when left out. */
  readonly category?: string | number;
  readonly amount?: string | number;
  /** The count column; null counts rows instead (left out, the header's 项目数 column is used if any). */
  readonly count?: string | number | null;
  readonly origin?: { readonly row: number; readonly column: number };
  readonly locale?: Locale;
}

export interface ShareLine {
  /** The standard category name, or the text as typed when it is not a known category. */
  readonly category: string;
  readonly known: boolean;
  /** Data rows in the category. */
  readonly rows: number;
  /** Sum of the count column, or the number of rows when there is none; null when the category's count cells are all empty. */
  readonly count: number | null;
  readonly amount: number;
  /** Fraction of the total amount (0..1); null when the total is 0. */
  readonly share: number | null;
}

/**
 * An amount cell holding something that is not a number (待定, #N/A, a note): its row still counts
 * as a project of its category, but nothing of it is in the amounts, so the summary says which.
 */
export interface UnreadableAmount {
  /** A1 address on the checked sheet. */
  readonly cell: string;
  /** 1-based sheet row. */
  readonly row: number;
  readonly category: string;
  /** What the cell holds, as text. */
  readonly text: string;
}

export interface ShareSummary {
  /** Column letters used, and the amount's unit from its header (亿元, 万元). */
  readonly columns: { readonly category: string; readonly amount: string; readonly count?: string };
  readonly amountUnit?: string;
  readonly lines: readonly ShareLine[];
  readonly total: { readonly rows: number; readonly count: number; readonly amount: number };
  /** total-mismatch / total-rounding findings of a stated 合计 row, as the validator reports them. */
  readonly findings: readonly Finding[];
  /**
   * Amount cells that could not be read as numbers, in sheet order: counted as projects, left out of
   * the amounts. Always set by summarizeShares; optional so that a summary made elsewhere still fits.
   */
  readonly unreadable?: readonly UnreadableAmount[];
}

/** Cells named in the note before it says "…" (the pane's notice and the sheet's note stay short). */
const UNREADABLE_LISTED = 10;

export const UNREADABLE_TEXT = {
  "zh-CN": {
    note: (n: number, cells: string, more: boolean) =>
      `有 ${n} 个金额不是数字，未计入金额（这些行仍计入项目数）：${cells}${more ? " 等" : ""}`,
    cell: (cell: string, text: string) => `${cell}「${text}」`,
    separator: "、",
  },
  en: {
    note: (n: number, cells: string, more: boolean) =>
      `${n} amount${n === 1 ? " is" : "s are"} not a number and left out of the amounts (the rows still count as projects): ${cells}${more ? ", …" : ""}`,
    cell: (cell: string, text: string) => `${cell} (${text})`,
    separator: ", ",
  },
} as const;

/** Say which amounts were left out (the first few cells and what they hold); null when none were. */
export function unreadableNote(
  unreadable: readonly UnreadableAmount[] | undefined,
  locale: Locale = "zh-CN"
): string | null {
  if (!unreadable || unreadable.length === 0) return null;
  const t = UNREADABLE_TEXT[locale];
  const cells = unreadable
    .slice(0, UNREADABLE_LISTED)
    .map((u) => t.cell(u.cell, u.text.length > 20 ? `${u.text.slice(0, 19)}…` : u.text))
    .join(t.separator);
  return t.note(unreadable.length, cells, unreadable.length > UNREADABLE_LISTED);
}

export type ShareOutcome =
  | { readonly ok: true; readonly summary: ShareSummary }
  | { readonly ok: false; readonly missing: "category" | "amount" };

function toIndex(column: string | number | undefined, origin: number): number | undefined {
  if (column === undefined) return undefined;
  const index = typeof column === "number" ? column : columnIndex(column);
  return index < 0 ? undefined : index - origin;
}

/** Summarise a sheet's amounts by category. */
export function summarizeShares(
  values: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | undefined | null)[])[],
  options: ShareOptions = {}
): ShareOutcome {
  const origin = options.origin ?? { row: 0, column: 0 };
  const layout =
    options.headerRow !== undefined
      ? layoutAt(values, options.headerRow - 1 - origin.row)
      : detectLayout(values);
  const cols = layout?.columns ?? {};
  const category = toIndex(options.category, origin.column) ?? cols.category;
  const amountRole: Role | undefined =
    cols.plannedFunds !== undefined
      ? "plannedFunds"
      : cols.arrivedFunds !== undefined
        ? "arrivedFunds"
        : undefined;
  const amount =
    toIndex(options.amount, origin.column) ?? (amountRole ? cols[amountRole] : undefined);
  const count =
    options.count === null
      ? undefined
      : (toIndex(options.count, origin.column) ?? cols.plannedCount);
  if (category === undefined) return { ok: false, missing: "category" };
  if (amount === undefined) return { ok: false, missing: "amount" };

  const start = layout ? layout.headerRow + layout.headerRows : 0;
  const byName = new Map<
    string,
    { known: boolean; rows: number; count: number | null; amount: number }
  >();
  let totalRows = 0;
  let totalCount = 0;
  let totalAmount = 0;
  const unreadable: UnreadableAmount[] = [];
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    const label = row[category];
    // A note under the table (注：…, 来源：…) ends it, as it does for the validator.
    const first = row.find((v) => !isBlank(v));
    if (typeof first === "string" && isNoteText(first)) break;
    if (isBlank(label)) continue;
    if (typeof label === "string" && totalLabelKind(label)) continue;
    const a = readNumber(row[amount]);
    const n = count === undefined ? undefined : readNumber(row[count]);
    const resolution = resolveCategory(String(label));
    const name = resolution.kind === "found" ? resolution.name : String(label).trim();
    const entry = byName.get(name) ?? {
      known: resolution.kind === "found",
      rows: 0,
      count: null,
      amount: 0,
    };
    entry.rows++;
    // A blank count (地州统筹和预留资金 has funds but no projects) is no count, not zero projects.
    const c = n === undefined ? 1 : n.ok ? n.value : null;
    if (c !== null) entry.count = (entry.count ?? 0) + c;
    if (a.ok) entry.amount += a.value;
    // A blank amount is no amount; 待定, #N/A or a note in its place is an amount nobody can add up.
    else if (a.reason !== "blank")
      unreadable.push({
        cell: cellAddress(origin.row + r, origin.column + amount),
        row: origin.row + r + 1,
        category: name,
        text: String(row[amount]).trim(),
      });
    byName.set(name, entry);
    totalRows++;
    totalCount += c ?? 0;
    if (a.ok) totalAmount += a.value;
  }
  const lines: ShareLine[] = [...byName].map(([name, e]) => ({
    category: name,
    known: e.known,
    rows: e.rows,
    count: e.count,
    amount: e.amount,
    share: totalAmount !== 0 ? e.amount / totalAmount : null,
  }));

  // The stated 合计 row, if any, is checked as the validator checks any total row.
  const columns: Partial<Record<Role, number>> = {
    category: category + origin.column,
    plannedFunds: amount + origin.column,
  };
  if (count !== undefined) columns.plannedCount = count + origin.column;
  const report = validateGrid(values, formats, {
    origin,
    locale: options.locale,
    ...(layout ? { headerRow: origin.row + layout.headerRow + 1 } : {}),
    columns,
    columnsOnly: true,
  });
  const findings = report.findings.filter(
    (f) => f.rule === "total-mismatch" || f.rule === "total-rounding"
  );

  return {
    ok: true,
    summary: {
      columns: {
        category: columnLetter(category + origin.column),
        amount: columnLetter(amount + origin.column),
        ...(count !== undefined ? { count: columnLetter(count + origin.column) } : {}),
      },
      ...(amountRole && layout?.units[amountRole] ? { amountUnit: layout.units[amountRole] } : {}),
      lines,
      total: { rows: totalRows, count: totalCount, amount: totalAmount },
      findings,
      unreadable,
    },
  };
}
