/**
 * The pane's words, in Chinese and English; both dictionaries are complete
 * (the tests compare their keys). Finding messages and rule titles come from
 * the core's own dictionaries.
 */
import type { Locale } from "../core/i18n";
import type { ClearResult } from "../excel/highlight-words";

/** The first cells of a list, with how many more: D7、E9、F11 等 12 个 / D7, E9, F11 and 9 more. */
function cellList(cells: ClearResult["notRestored"], separator: string): string {
  const shown = cells
    .slice(0, 10)
    .map((c) => c.cell)
    .join(separator);
  const more = cells.length - 10;
  if (more <= 0) return shown;
  return separator === "、" ? `${shown} 等 ${cells.length} 个` : `${shown} and ${more} more`;
}

/** What one checked pair came to: an official pair, not one, a name with several readings, or a pair that could not be checked (an unknown or missing name). */
export type PairStatus = "paired" | "not-paired" | "ambiguous" | "unchecked";

export interface PaneStrings {
  readonly title: string;
  readonly tabs: { readonly validate: string; readonly shares: string; readonly pairings: string };
  readonly sheet: string;
  readonly noSheet: string;
  readonly emptySheet: string;
  readonly headerRow: string;
  readonly columns: string;
  readonly columnRole: (column: string, header: string) => string;
  readonly noRole: string;
  readonly programme: string;
  readonly auto: (detected: string) => string;
  readonly validate: string;
  readonly validating: string;
  readonly readingRows: (done: number, total: number) => string;
  readonly summary: (errors: number, warnings: number) => string;
  readonly clean: string;
  readonly errors: string;
  readonly warnings: string;
  readonly filter: string;
  readonly allRules: string;
  readonly showMore: (hidden: number) => string;
  readonly goTo: (cell: string) => string;
  readonly writeReport: string;
  /** With a rule filter on: the report of every finding, and of the filtered ones only. */
  readonly writeAllReport: string;
  readonly writeFilteredReport: (count: number) => string;
  readonly reportWritten: (sheet: string) => string;
  readonly highlight: string;
  readonly highlighted: (cells: number) => string;
  readonly clearHighlights: string;
  readonly cleared: (result: ClearResult) => string;
  readonly failed: (detail: string) => string;
  readonly noTable: string;
  readonly categoryColumn: string;
  readonly amountColumn: string;
  readonly countColumn: string;
  readonly countRows: string;
  readonly computeShares: string;
  readonly insertShares: string;
  readonly sharesInserted: (sheet: string) => string;
  readonly sharesHeader: {
    readonly category: string;
    readonly count: string;
    readonly amount: string;
    readonly share: string;
  };
  readonly total: string;
  readonly unknownCategory: string;
  readonly missingColumn: (which: "category" | "amount") => string;
  readonly search: string;
  readonly searchPlaceholder: string;
  /** The search box's clear button (Fluent names it "clear" in English whatever the language). */
  readonly clearSearch: string;
  readonly pairsShown: (shown: number, total: number) => string;
  readonly pairHeader: {
    readonly supporter: string;
    readonly recipient: string;
    readonly group: string;
  };
  readonly checkSelection: string;
  readonly selectionHint: string;
  readonly selectionEmpty: string;
  readonly selectionOneColumn: string;
  readonly pairOk: (cell: string) => string;
  /** Shown while a tab's code loads, the first time it is opened. */
  readonly loadingTab: string;
  /** A part of the pane's code did not arrive from the add-in's server. */
  readonly loadFailed: string;
  readonly tryAgain: string;
  /** What a checked pair came to, in words beside its icon. */
  readonly pairStatus: Readonly<Record<PairStatus, string>>;
  /** Before the names nearest a search the tables do not know. */
  readonly didYouMean: string;
  /** A place searched for that is in other programmes only. */
  readonly inProgramme: (place: string, programme: string) => string;
  /** The button that switches to that programme. */
  readonly showProgramme: string;
  readonly showProgrammeLabel: (programme: string) => string;
  readonly insertTable: string;
  readonly tableInserted: (sheet: string) => string;
  readonly programmes: Readonly<Record<string, string>>;
}

const ZH: PaneStrings = {
  title: "AID 对口支援核对",
  tabs: { validate: "核对", shares: "类别占比", pairings: "对口关系" },
  sheet: "工作表",
  noSheet: "工作簿中没有工作表",
  emptySheet: "这个工作表是空的",
  headerRow: "表头所在行",
  columns: "各列内容（可更正）",
  columnRole: (column, header) => `${column} 列「${header}」`,
  noRole: "（不核对）",
  programme: "对口支援方案",
  auto: (detected) => (detected ? `自动判断（${detected}）` : "自动判断"),
  validate: "核对",
  validating: "正在核对…",
  readingRows: (done, total) =>
    `已读取 ${done.toLocaleString("zh-CN")} / ${total.toLocaleString("zh-CN")} 行`,
  summary: (errors, warnings) => `${errors} 个错误，${warnings} 个警告`,
  clean: "没有发现问题。",
  errors: "错误",
  warnings: "警告",
  filter: "按规则筛选",
  allRules: "全部规则",
  showMore: (hidden) => `再显示 ${hidden} 条`,
  goTo: (cell) => `转到 ${cell}`,
  writeReport: "写入报告",
  writeAllReport: "写入全部问题",
  writeFilteredReport: (count) => `只写入筛选出的 ${count} 项`,
  reportWritten: (sheet) => `报告已写入工作表「${sheet}」。`,
  highlight: "标出问题单元格",
  highlighted: (cells) => `已标出 ${cells} 个单元格。`,
  clearHighlights: "清除标记",
  cleared: ({ restored, notRestored, missingSheets }) =>
    `已清除 ${restored} 个单元格的标记。` +
    (notRestored.length > 0
      ? `${notRestored.length} 个单元格未恢复原底色（标记后底色已被更改，或单元格已移动）：${cellList(notRestored, "、")}。`
      : "") +
    (missingSheets.length > 0 ? `工作表「${missingSheets.join("」「")}」已不存在。` : ""),
  failed: (detail) => `操作没有完成：${detail}`,
  noTable: "没有找到项目表的表头。请在上面指定表头所在行和各列内容。",
  categoryColumn: "类别所在列",
  amountColumn: "金额所在列",
  countColumn: "项目数所在列",
  countRows: "（按行数计）",
  computeShares: "计算占比",
  insertShares: "插入汇总表和图表",
  sharesInserted: (sheet) => `汇总已写入工作表「${sheet}」。`,
  sharesHeader: { category: "类别", count: "项目数", amount: "金额", share: "占比" },
  total: "合计",
  unknownCategory: "不是标准类别",
  missingColumn: (which) => (which === "category" ? "请选择类别所在列。" : "请选择金额所在列。"),
  search: "查找支援方或受援方",
  searchPlaceholder: "如：浙江、喀什、农一师",
  clearSearch: "清除搜索",
  pairsShown: (shown, total) => `显示 ${shown} / ${total} 对`,
  pairHeader: { supporter: "支援方", recipient: "受援方", group: "所属" },
  checkSelection: "核对选中的两列",
  selectionHint: "先在工作表中选中“支援方、受援方”两列，再点击核对。",
  selectionEmpty: "选中的区域是空的。",
  selectionOneColumn:
    "只选中了一列：核对对口关系需要“支援方、受援方”两列（可按住 Ctrl 选中不相邻的两列）。",
  pairOk: (cell) => `${cell}：对口关系正确`,
  pairStatus: { paired: "对口", "not-paired": "非对口", ambiguous: "存疑", unchecked: "无法核对" },
  didYouMean: "是否要找：",
  loadingTab: "正在加载…",
  loadFailed: "AID 的这部分功能没有加载成功：加载项所在的服务器没有应答。请检查网络连接后重试。",
  tryAgain: "重试",
  inProgramme: (place, programme) => `${place} 在 ${programme} 中`,
  showProgramme: "查看",
  showProgrammeLabel: (programme) => `查看${programme}`,
  insertTable: "插入对口关系表",
  tableInserted: (sheet) => `对口关系表已写入工作表「${sheet}」。`,
  programmes: {
    "xinjiang-2010": "对口援疆（2010）",
    "wenchuan-2008": "汶川灾后重建（2008）",
    "xinjiang-universities-2006": "援疆学科建设计划（2006）",
  },
};

const EN: PaneStrings = {
  title: "AID paired-assistance checker",
  tabs: { validate: "Validate", shares: "Shares", pairings: "Pairings" },
  sheet: "Sheet",
  noSheet: "The workbook has no sheets",
  emptySheet: "This sheet is empty",
  headerRow: "Header row",
  columns: "What each column holds (correct if needed)",
  columnRole: (column, header) => `Column ${column} "${header}"`,
  noRole: "(not checked)",
  programme: "Programme",
  auto: (detected) => (detected ? `Detect (${detected})` : "Detect"),
  validate: "Validate",
  validating: "Validating…",
  readingRows: (done, total) =>
    `Read ${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows`,
  summary: (errors, warnings) =>
    `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
  clean: "No problems found.",
  errors: "Errors",
  warnings: "Warnings",
  filter: "Filter by rule",
  allRules: "All rules",
  showMore: (hidden) => `Show ${hidden} more`,
  goTo: (cell) => `Go to ${cell}`,
  writeReport: "Write report",
  writeAllReport: "Write all findings",
  writeFilteredReport: (count) => `Write the ${count} filtered only`,
  reportWritten: (sheet) => `The report is on sheet "${sheet}".`,
  highlight: "Highlight",
  highlighted: (cells) => `Highlighted ${cells} cell${cells === 1 ? "" : "s"}.`,
  clearHighlights: "Clear highlights",
  cleared: ({ restored, notRestored, missingSheets }) =>
    `Cleared ${restored} highlighted cell${restored === 1 ? "" : "s"}.` +
    (notRestored.length > 0
      ? ` ${notRestored.length} cell${notRestored.length === 1 ? " was" : "s were"} left as ${notRestored.length === 1 ? "it is" : "they are"}: the fill changed after highlighting, or the cell moved: ${cellList(notRestored, ", ")}.`
      : "") +
    (missingSheets.length > 0
      ? ` Sheet${missingSheets.length === 1 ? "" : "s"} no longer there: ${missingSheets.join(", ")}.`
      : ""),
  failed: (detail) => `That did not finish: ${detail}`,
  noTable: "No project table header was found. Set the header row and the columns above.",
  categoryColumn: "Category column",
  amountColumn: "Amount column",
  countColumn: "Project count column",
  countRows: "(count rows)",
  computeShares: "Compute shares",
  insertShares: "Insert summary and chart",
  sharesInserted: (sheet) => `The summary is on sheet "${sheet}".`,
  sharesHeader: { category: "Category", count: "Projects", amount: "Amount", share: "Share" },
  total: "Total",
  unknownCategory: "not a standard category",
  missingColumn: (which) =>
    which === "category" ? "Choose the category column." : "Choose the amount column.",
  search: "Find a supporter or recipient",
  searchPlaceholder: "e.g. 浙江, 喀什, 农一师",
  clearSearch: "Clear search",
  pairsShown: (shown, total) => `Showing ${shown} of ${total} pair${total === 1 ? "" : "s"}`,
  pairHeader: { supporter: "Supporter", recipient: "Recipient", group: "Under" },
  checkSelection: "Check the two selected columns",
  selectionHint: "Select the supporter and recipient columns on the sheet, then check.",
  selectionEmpty: "The selection is empty.",
  selectionOneColumn:
    "Only one column is selected: checking pairs needs the supporter and the recipient column (hold Ctrl to select two columns apart).",
  pairOk: (cell) => `${cell}: official pair`,
  pairStatus: {
    paired: "Paired",
    "not-paired": "Not paired",
    ambiguous: "Ambiguous",
    unchecked: "Not checked",
  },
  didYouMean: "Did you mean: ",
  loadingTab: "Loading…",
  loadFailed:
    "This part of AID did not load: the add-in's server did not answer. Check the network connection and try again.",
  tryAgain: "Try again",
  inProgramme: (place, programme) => `${place} is in ${programme}`,
  showProgramme: "Show",
  showProgrammeLabel: (programme) => `Show ${programme}`,
  insertTable: "Insert pairing table",
  tableInserted: (sheet) => `The pairing table is on sheet "${sheet}".`,
  programmes: {
    "xinjiang-2010": "Xinjiang aid (2010)",
    "wenchuan-2008": "Wenchuan rebuilding (2008)",
    "xinjiang-universities-2006": "Xinjiang universities (2006)",
  },
};

/** The pane's strings for a locale. */
export function paneStrings(locale: Locale): PaneStrings {
  return locale === "en" ? EN : ZH;
}
