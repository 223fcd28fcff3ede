/**
 * What aid-check prints, in Chinese and English.
 */
import type { Locale } from "../core/i18n";
import type { TableInfo } from "../core/validate";
import type { FileError } from "./check";

export interface CliText {
  readonly usage: string;
  readonly fileError: (file: string, error: FileError) => string;
  readonly argError: (code: string) => string;
  readonly noInput: string;
  readonly sheetHeading: (sheet: string, programme: string, table: TableInfo) => string;
  readonly clean: string;
  readonly noTables: string;
  readonly severity: { readonly error: string; readonly warning: string };
  readonly summary: (
    files: number,
    sheets: number,
    errors: number,
    warnings: number,
    unusable: number
  ) => string;
  readonly progress: (done: number, total: number, rows: number) => string;
}

const rowsText = (t: TableInfo, zh: boolean): string => {
  const parts: string[] = [];
  parts.push(zh ? `表头第 ${t.headerRow} 行` : `header row ${t.headerRow}`);
  if (t.firstRow !== null && t.lastRow !== null)
    parts.push(zh ? `数据第 ${t.firstRow}–${t.lastRow} 行` : `rows ${t.firstRow}–${t.lastRow}`);
  if (t.totalRow !== null) parts.push(zh ? `合计第 ${t.totalRow} 行` : `total row ${t.totalRow}`);
  return parts.join(zh ? "，" : ", ");
};

const ZH: CliText = {
  usage: `用法：aid-check [--json] [--programme 计划] [--sheet 工作表] [--lang zh-CN|en] 文件或文件夹...

核对对口支援项目表（.xlsx）：比率、合计、占比，以及支援方与受援方是否符合官方对口关系表。
文件夹表示其中（含子文件夹）的所有 .xlsx 文件。

  --json              以 JSON 输出到标准输出
  --programme 计划    xinjiang-2010（对口援疆）、wenchuan-2008（汶川）、xinjiang-universities-2006（援疆学科建设计划）；
                      不写时按表中地名自动判断
  --sheet 工作表      只核对这一个工作表
  --lang zh-CN|en     输出语言（默认中文）
  -h, --help          显示本帮助

退出码：0 没有错误（可以有警告）；1 发现错误；2 输入无法使用（文件不存在、不是 .xlsx、已损坏）。`,
  fileError: (file, e) => {
    switch (e.kind) {
      case "missing":
        return `aid-check：找不到文件「${file}」`;
      case "not-xlsx":
        return `aid-check：「${file}」不是 .xlsx 工作簿（请在 Excel 中另存为 .xlsx）`;
      case "damaged":
        return `aid-check：无法读取「${file}」：文件已损坏或不是 Excel 工作簿`;
      case "no-sheet":
        return `aid-check：「${file}」中没有名为「${e.sheet}」的工作表`;
    }
  },
  argError: (code) => {
    const [kind, value] = code.split(":");
    if (kind === "unknown-programme")
      return `aid-check：未知的对口支援计划「${value}」；可用 xinjiang-2010、wenchuan-2008、xinjiang-universities-2006`;
    if (kind === "bad-lang") return `aid-check：--lang 只能是 zh-CN 或 en（收到「${value}」）`;
    if (kind === "missing-value") return `aid-check：${value} 后面缺少参数`;
    return `aid-check：未知选项「${value}」；用 aid-check --help 查看用法`;
  },
  noInput: "aid-check：请给出要核对的 .xlsx 文件或文件夹；用 aid-check --help 查看用法",
  sheetHeading: (sheet, programme, table) =>
    `  工作表「${sheet}」 · ${programme} · ${rowsText(table, true)}`,
  clean: "    未发现问题",
  noTables: "  没有找到项目表",
  severity: { error: "错误", warning: "警告" },
  summary: (files, sheets, errors, warnings, unusable) =>
    `汇总：${files} 个文件，${sheets} 个工作表，${errors} 个错误，${warnings} 个警告` +
    (unusable ? `，${unusable} 个文件无法核对` : ""),
  progress: (done, total, rows) =>
    `核对中 ${done}/${total} 个文件 · 已读 ${rows.toLocaleString("zh-CN")} 行`,
};

const EN: CliText = {
  usage: `Usage: aid-check [--json] [--programme ID] [--sheet NAME] [--lang zh-CN|en] FILE_OR_FOLDER...

Checks paired-assistance (对口支援) project sheets in .xlsx files: rates, totals, shares, and
supporter/recipient pairs against the official tables. A folder means every .xlsx inside it,
subfolders included.

  --json              print JSON on standard output
  --programme ID      xinjiang-2010, wenchuan-2008 or xinjiang-universities-2006;
                      detected from the sheet's place names when left out
  --sheet NAME        check only this sheet
  --lang zh-CN|en     language of the output (Chinese by default)
  -h, --help          show this help

Exit status: 0 no errors (warnings allowed); 1 errors found; 2 unusable input (no such file,
not an .xlsx, damaged workbook).`,
  fileError: (file, e) => {
    switch (e.kind) {
      case "missing":
        return `aid-check: no such file "${file}"`;
      case "not-xlsx":
        return `aid-check: "${file}" is not an .xlsx workbook (save it as .xlsx in Excel)`;
      case "damaged":
        return `aid-check: cannot read "${file}": the file is damaged or not an Excel workbook`;
      case "no-sheet":
        return `aid-check: "${file}" has no sheet named "${e.sheet}"`;
    }
  },
  argError: (code) => {
    const [kind, value] = code.split(":");
    if (kind === "unknown-programme")
      return `aid-check: unknown programme "${value}"; use xinjiang-2010, wenchuan-2008 or xinjiang-universities-2006`;
    if (kind === "bad-lang") return `aid-check: --lang takes zh-CN or en (got "${value}")`;
    if (kind === "missing-value") return `aid-check: ${value} needs a value`;
    return `aid-check: unknown option "${value}"; see aid-check --help`;
  },
  noInput: "aid-check: give the .xlsx files or folders to check; see aid-check --help",
  sheetHeading: (sheet, programme, table) =>
    `  Sheet "${sheet}" · ${programme} · ${rowsText(table, false)}`,
  clean: "    no problems found",
  noTables: "  no project table found",
  severity: { error: "error", warning: "warning" },
  summary: (files, sheets, errors, warnings, unusable) =>
    `Summary: ${files} file${files === 1 ? "" : "s"}, ${sheets} sheet${sheets === 1 ? "" : "s"}, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}` +
    (unusable ? `, ${unusable} could not be checked` : ""),
  progress: (done, total, rows) =>
    `checking ${done}/${total} files · ${rows.toLocaleString("en")} rows read`,
};

/** The CLI's texts for a locale. */
export function cliText(locale: Locale): CliText {
  return locale === "en" ? EN : ZH;
}
