/**
 * The pane's words for following Excel: which sheet (and programme) a result is
 * for, and what it says when the sheet changed under a result. Chinese and
 * English, both complete (the tests compare their keys).
 */
import type { Locale } from "../core/i18n";

export interface FollowStrings {
  /** A validation result's heading: the sheet and the programme it was checked against. */
  readonly checked: (sheet: string, programme: string) => string;
  /** A share summary's heading. */
  readonly sharesOf: (sheet: string) => string;
  /** A pair check's heading: the sheet and range it read. */
  readonly selectionOf: (sheet: string, address: string) => string;
  /** Rows or columns moved since the check: the addresses may be wrong. */
  readonly moved: (sheet: string) => string;
  /** Values changed since the check: the addresses hold, the verdicts may not. */
  readonly edited: (sheet: string) => string;
  readonly revalidate: string;
  /** Validate found the table changed since it was read: it was read again, nothing was checked. */
  readonly layoutChanged: (sheet: string) => string;
  /** The share summary is out of date: compute again before inserting. */
  readonly sharesStale: (sheet: string) => string;
  readonly recompute: string;
  /** A pair check whose sheet changed since. */
  readonly pairsStale: (sheet: string) => string;
  /** The active sheet is one AID wrote: it is not checked. */
  readonly activeIsOwn: (sheet: string) => string;
  /** The sheet picker's placeholder when there are sheets but none is chosen. */
  readonly chooseSheet: string;
}

const ZH: FollowStrings = {
  checked: (sheet, programme) => `已核对工作表「${sheet}」，对口支援方案：${programme}`,
  sharesOf: (sheet) => `工作表「${sheet}」的类别占比`,
  selectionOf: (sheet, address) => `工作表「${sheet}」${address ? ` ${address}` : ""} 的核对结果`,
  moved: (sheet) =>
    `「${sheet}」在核对后插入或删除了行、列（或表格范围有变），下面的结果已过期，单元格位置可能已经不对：不能再用来转到单元格、写入报告或标出。请重新核对。`,
  edited: (sheet) =>
    `「${sheet}」在核对后有改动，下面的结果可能已过时。写入报告或标出单元格前请重新核对。`,
  revalidate: "重新核对",
  layoutChanged: (sheet) =>
    `「${sheet}」在识别表头后有变动，已重新读取表头和各列，这次没有核对。请确认后再点“核对”。`,
  sharesStale: (sheet) => `「${sheet}」在计算后有改动，上面的占比可能已过时。请重新计算后再插入。`,
  recompute: "重新计算",
  pairsStale: (sheet) => `「${sheet}」在核对后有改动，结果可能已过时。`,
  activeIsOwn: (sheet) =>
    `当前工作表「${sheet}」是 AID 写入的（报告或汇总），不作为项目表核对。请切换到项目表，或在这里选择一个工作表。`,
  chooseSheet: "选择工作表",
};

const EN: FollowStrings = {
  checked: (sheet, programme) => `Checked sheet "${sheet}" against ${programme}`,
  sharesOf: (sheet) => `Category shares of sheet "${sheet}"`,
  selectionOf: (sheet, address) =>
    `Pairs checked on sheet "${sheet}"${address ? ` ${address}` : ""}`,
  moved: (sheet) =>
    `Rows or columns of "${sheet}" were inserted or deleted since it was checked (or the table's range changed): these results are out of date and their cells may have moved, so they no longer lead to cells, go into a report or get highlighted. Validate again.`,
  edited: (sheet) =>
    `"${sheet}" was edited since it was checked: these results may be out of date. Validate again before writing a report or highlighting.`,
  revalidate: "Validate again",
  layoutChanged: (sheet) =>
    `"${sheet}" changed after its header was read: the header and columns were read again and nothing was checked. Look them over, then press Validate.`,
  sharesStale: (sheet) =>
    `"${sheet}" changed since the shares were computed: they may be out of date. Compute again before inserting.`,
  recompute: "Compute again",
  pairsStale: (sheet) =>
    `"${sheet}" changed since these pairs were checked: they may be out of date.`,
  activeIsOwn: (sheet) =>
    `The active sheet "${sheet}" is one AID wrote (a report or summary) and is not checked as a project sheet. Switch to a project sheet, or choose one here.`,
  chooseSheet: "Choose a sheet",
};

/** The follow-Excel strings for a locale. */
export function followStrings(locale: Locale): FollowStrings {
  return locale === "en" ? EN : ZH;
}
