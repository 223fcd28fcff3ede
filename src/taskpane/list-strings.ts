/**
 * The findings list's words: stepping through findings, ignoring them, the
 * table summary and the highlight legend. Chinese and English, same keys
 * (the tests compare them).
 */
import type { Locale } from "../core/i18n";
import type { Severity } from "../core/validate";

export interface ListStrings {
  /** The stepping toolbar's name. */
  readonly navLabel: string;
  readonly previous: string;
  readonly next: string;
  /** The buttons' tooltips, naming the keyboard shortcut. */
  readonly previousHint: string;
  readonly nextHint: string;
  /** Where the current finding is among those shown. */
  readonly position: (index: number, total: number) => string;
  /** No finding chosen yet. */
  readonly notStarted: (total: number) => string;
  readonly ignore: string;
  readonly ignoreLabel: (cell: string) => string;
  readonly restore: string;
  readonly restoreLabel: (cell: string) => string;
  /** The toggle that shows or hides the ignored findings. */
  readonly ignoredToggle: (count: number) => string;
  /** Appended to the summary: how many are set aside. */
  readonly ignoredNote: (count: number) => string;
  /** Marks an ignored card shown again. */
  readonly ignoredMark: string;
  readonly severity: Record<Severity, string>;
  /** A rule group's header: its name and how many findings it holds. */
  readonly group: (rule: string, count: number) => string;
  /** The detected table in words. */
  readonly headerSummary: (row: number | undefined, recognised: number, total: number) => string;
  readonly legend: string;
}

const ZH: ListStrings = {
  navLabel: "逐个查看问题",
  previous: "上一个",
  next: "下一个",
  previousHint: "转到上一个问题（Alt+↑）",
  nextHint: "转到下一个问题（Alt+↓）",
  position: (index, total) => `第 ${index} 个，共 ${total} 个`,
  notStarted: (total) => `共 ${total} 个问题`,
  ignore: "忽略此项",
  ignoreLabel: (cell) => `忽略此项：${cell} 的问题`,
  restore: "取消忽略",
  restoreLabel: (cell) => `取消忽略 ${cell} 的这个问题`,
  ignoredToggle: (count) => `已忽略 ${count} 项`,
  ignoredNote: (count) => `（已忽略 ${count} 项）`,
  ignoredMark: "已忽略",
  severity: { error: "错误", warning: "警告" },
  group: (rule, count) => `${rule}（${count}）`,
  headerSummary: (row, recognised, total) =>
    row === undefined
      ? `未找到表头，共 ${total} 列`
      : `表头在第 ${row} 行，识别出 ${recognised} 列，共 ${total} 列`,
  legend: "标出颜色",
};

const EN: ListStrings = {
  navLabel: "Step through findings",
  previous: "Previous",
  next: "Next",
  previousHint: "Go to the previous finding (Alt+↑)",
  nextHint: "Go to the next finding (Alt+↓)",
  position: (index, total) => `${index} of ${total}`,
  notStarted: (total) => (total === 1 ? "1 finding" : `${total} findings`),
  ignore: "Ignore",
  ignoreLabel: (cell) => `Ignore this finding at ${cell}`,
  restore: "Restore",
  restoreLabel: (cell) => `Restore this finding at ${cell}`,
  ignoredToggle: (count) => `${count} ignored`,
  ignoredNote: (count) => ` (${count} ignored)`,
  ignoredMark: "Ignored",
  severity: { error: "Error", warning: "Warning" },
  group: (rule, count) => `${rule} (${count})`,
  headerSummary: (row, recognised, total) =>
    row === undefined
      ? `No header row found; ${total} ${total === 1 ? "column" : "columns"}`
      : `Header on row ${row}; ${recognised} of ${total} ${total === 1 ? "column" : "columns"} recognised`,
  legend: "Highlight colours",
};

/** The findings-list strings for a locale. */
export function listStrings(locale: Locale): ListStrings {
  return locale === "en" ? EN : ZH;
}

/** Both dictionaries, for the tests that compare their keys. */
export const LIST_STRINGS = { "zh-CN": ZH, en: EN } as const;
