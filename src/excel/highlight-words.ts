/**
 * What the pane shows about highlighting before any cell is painted: the two fills (the
 * legend) and the words for what Highlight and Clear did with comments. Apart from
 * ./highlight.ts so the pane's first paint does not carry the painting code, which loads
 * when Highlight or Clear is first used.
 */
import type { Locale } from "../core/i18n";
import type { Severity } from "../core/validate";
import { sheetReference } from "./write";

/** Excel's own "Bad" and "Neutral" cell-style fills. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** Most comments one Highlight adds: past this a sheet is more comment than table. */
export const MAX_NOTES = 2_000;

/** Comments put by one Highlight, or why there are none. */
export interface NotesOutcome {
  /** False when this Excel has no cell comments (ExcelApi 1.10): only the fills were put. */
  readonly supported: boolean;
  /** Cells that got AID's comment, or had it brought up to date. */
  readonly added: number;
  /** Cells that already had someone else's comment: left as they are, without AID's message. */
  readonly skipped: readonly string[];
  /** Highlighted cells past MAX_NOTES, given the fill but no comment. */
  readonly beyondLimit: number;
  /** Excel refused the comments (the fills are in place and recorded): its message. */
  readonly failed?: string;
}

/** What Clear could not do. */
export interface ClearResult {
  readonly restored: number;
  /** Cells AID had painted whose fill the user has changed since (or that moved): left as they are. */
  readonly notRestored: readonly { readonly sheet: string; readonly cell: string }[];
  /** Sheets in the record that no longer exist. */
  readonly missingSheets: readonly string[];
  /** AID's comments deleted. */
  readonly notesRemoved?: number;
  /**
   * AID's comments left in place: changed or replied to since, or (with `unsupported`) on an Excel
   * without comments, where they stay recorded for a Clear in an Excel that has them.
   */
  readonly notesKept?: readonly { readonly sheet: string; readonly cell: string }[];
  /** True when the record has comments but this Excel cannot reach them (no ExcelApi 1.10). */
  readonly notesUnsupported?: boolean;
}

/** What the pane says about comments after Highlight and Clear (批注 is Excel's own word for them). */
export const NOTES_TEXT = {
  "zh-CN": {
    unsupported: "此版本的 Excel 不支持批注（需要 ExcelApi 1.10），只标了颜色。",
    added: (n: number) => `已在 ${n} 个单元格加了批注，写明问题。`,
    skipped: (cells: string) => `${cells} 原有批注，保留原样，未加 AID 的批注。`,
    beyond: (n: number) => `另有 ${n} 个单元格只标了颜色（批注最多加 ${MAX_NOTES} 个）。`,
    failed: (reason: string) => `批注未能全部加上：${reason}`,
    removed: (n: number) => `已删除 AID 加的 ${n} 条批注。`,
    kept: (cells: string) => `${cells} 的批注在标出后被修改或回复过，已保留。`,
    unreachable:
      "此版本的 Excel 不支持批注，AID 加的批注未删除；在支持批注的 Excel 中再清除一次即可。",
    separator: "、",
    more: " 等",
  },
  en: {
    unsupported:
      "This Excel has no cell comments (ExcelApi 1.10 is needed): only the fills were put.",
    added: (n: number) => `Added a comment with the problem to ${n} cell${n === 1 ? "" : "s"}.`,
    skipped: (cells: string) => `${cells} already had a comment: kept as it is, without AID's.`,
    beyond: (n: number) =>
      `${n} more cell${n === 1 ? "" : "s"} got the fill only (at most ${MAX_NOTES} comments).`,
    failed: (reason: string) => `Not every comment could be added: ${reason}`,
    removed: (n: number) => `Deleted ${n} comment${n === 1 ? "" : "s"} AID had added.`,
    kept: (cells: string) => `The comments on ${cells} were changed or answered since: kept.`,
    unreachable:
      "This Excel has no cell comments, so AID's comments were not deleted; clear again in an Excel that has them.",
    separator: ", ",
    more: ", …",
  },
} as const;

/** A short list of cells: the first five, then "等" / "…". */
function cellList(cells: readonly string[], locale: Locale): string {
  const t = NOTES_TEXT[locale];
  return cells.slice(0, 5).join(t.separator) + (cells.length > 5 ? t.more : "");
}

/** Say what became of the comments in one Highlight, for the pane's result message. */
export function notesMessage(outcome: NotesOutcome, locale: Locale): string {
  const t = NOTES_TEXT[locale];
  if (!outcome.supported) return t.unsupported;
  const parts: string[] = [];
  if (outcome.added > 0) parts.push(t.added(outcome.added));
  if (outcome.skipped.length > 0) parts.push(t.skipped(cellList(outcome.skipped, locale)));
  if (outcome.beyondLimit > 0) parts.push(t.beyond(outcome.beyondLimit));
  if (outcome.failed !== undefined) parts.push(t.failed(outcome.failed));
  return parts.join(locale === "en" ? " " : "");
}

/** Say what Clear did with AID's comments, for the pane's result message; "" when there were none. */
export function clearedNotesMessage(result: ClearResult, locale: Locale): string {
  const t = NOTES_TEXT[locale];
  const parts: string[] = [];
  if ((result.notesRemoved ?? 0) > 0) parts.push(t.removed(result.notesRemoved as number));
  if (result.notesUnsupported) parts.push(t.unreachable);
  else if (result.notesKept && result.notesKept.length > 0)
    parts.push(
      t.kept(
        cellList(
          result.notesKept.map((k) => sheetReference(k.sheet, k.cell)),
          locale
        )
      )
    );
  return parts.join(locale === "en" ? " " : "");
}
