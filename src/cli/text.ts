/**
 * What aid-check prints, in Chinese and English.
 */
import type { Locale } from "../core/i18n";
import type { TableInfo } from "../core/validate";
import type { FileError, Notice } from "./check";
import { JOBS_LIMIT } from "./args";
import type { Damage, LimitName, ReadProblem } from "./problems";

export interface CliText {
  readonly usage: string;
  readonly fileError: (file: string, error: FileError) => string;
  /** Why a file could not be read, without the file name. */
  readonly problem: (problem: ReadProblem) => string;
  readonly notice: (notice: Notice) => string;
  readonly argError: (code: string) => string;
  readonly noInput: string;
  readonly converted: string;
  readonly reportWritten: (file: string) => string;
  readonly reportFailed: (file: string, code: string) => string;
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
  /** The final lists' headings: files with errors, with warnings only, not checked (n files each). */
  readonly listHeading: {
    readonly errors: (n: number) => string;
    readonly warnings: (n: number) => string;
    readonly unchecked: (n: number) => string;
  };
  /** One file in a final list, with what is said about it. */
  readonly listEntry: (file: string, detail: string) => string;
  /** A file's counts in the final lists. */
  readonly fileCounts: (errors: number, warnings: number) => string;
  /** Why a file was not checked, in a few words, for the final list. */
  readonly shortReason: (error: FileError) => string;
}

const rowsText = (t: TableInfo, zh: boolean): string => {
  const parts: string[] = [];
  parts.push(zh ? `表头第 ${t.headerRow} 行` : `header row ${t.headerRow}`);
  if (t.firstRow !== null && t.lastRow !== null) {
    // The table's last row is often its 合计, named on its own just after: the data end above it.
    const end = t.totalRow === t.lastRow && t.lastRow > t.firstRow ? t.lastRow - 1 : t.lastRow;
    parts.push(zh ? `数据第 ${t.firstRow}–${end} 行` : `data rows ${t.firstRow}–${end}`);
  }
  if (t.totalRow !== null) parts.push(zh ? `合计第 ${t.totalRow} 行` : `total row ${t.totalRow}`);
  return parts.join(zh ? "，" : ", ");
};

const MIB = 1024 * 1024;

/** A limit's value in the units its message uses. */
function limitAmount(limit: LimitName, max: number, zh: boolean): string {
  const n = (v: number) => v.toLocaleString(zh ? "zh-CN" : "en");
  switch (limit) {
    case "sheetPartBytes":
    case "otherPartBytes":
    case "workbookBytes":
      return max >= MIB
        ? `${n(Math.round(max / MIB))} MB`
        : zh
          ? `${n(max)} 字节`
          : `${n(max)} bytes`;
    case "cellText":
    case "xmlRun":
      return zh ? `${n(max)} 个字符` : `${n(max)} characters`;
    case "xmlDepth":
      return zh ? `${n(max)} 层` : `${n(max)} levels`;
    case "sharedStrings":
      return zh ? `${n(max)} 条` : `${n(max)} entries`;
    case "sheetCells":
      return zh ? `${n(max)} 个` : `${n(max)} cells`;
    case "seconds":
      return zh ? `${n(max)} 秒` : `${n(max)} seconds`;
  }
}

const ZH_LIMITS: Record<LimitName, string> = {
  sheetPartBytes: "工作表解压后超过",
  otherPartBytes: "工作簿部件解压后超过",
  workbookBytes: "工作簿解压后合计超过",
  cellText: "单元格文字超过",
  xmlRun: "XML 中一段文字或一个标记超过",
  xmlDepth: "XML 嵌套超过",
  sharedStrings: "共享字符串表超过",
  sheetCells: "工作表的单元格（每行算到最后一个有值的单元格）超过",
  seconds: "读取时间超过",
};

const EN_LIMITS: Record<LimitName, string> = {
  sheetPartBytes: "a worksheet inflates to more than",
  otherPartBytes: "a workbook part inflates to more than",
  workbookBytes: "the workbook inflates to more than",
  cellText: "a cell's text is longer than",
  xmlRun: "a text node or tag in the XML is longer than",
  xmlDepth: "the XML nests deeper than",
  sharedStrings: "the shared-string table has more than",
  sheetCells: "a sheet's cells (each row counted to its last value) pass",
  seconds: "reading took longer than",
};

function zhDamage(d: Damage): string {
  switch (d.kind) {
    case "directory":
      return "压缩包目录损坏";
    case "crc":
      return `部件 ${d.part} 的校验和（CRC-32）不符`;
    case "size":
      return `部件 ${d.part} 解压后的大小与目录记录不符`;
    case "inflate":
      return `部件 ${d.part} 的数据无法解压`;
    case "local-header":
      return `部件 ${d.part} 的文件头损坏`;
    case "xml":
      return `部件 ${d.part} 的 XML 格式错误（${d.detail}）`;
    case "missing-part":
      return `缺少工作簿引用的部件 ${d.part}`;
    case "no-sheets":
      return "工作簿中没有任何工作表";
    case "row-number":
      return `工作表「${d.sheet}」中有无效的行号「${d.row}」`;
    case "duplicate-row":
      return `工作表「${d.sheet}」的第 ${d.row} 行在文件中出现了两次`;
    case "shared-string":
      return `工作表「${d.sheet}」单元格 ${d.cell} 引用了不存在的共享字符串（序号 ${d.index}）`;
  }
}

function enDamage(d: Damage): string {
  switch (d.kind) {
    case "directory":
      return "its zip directory is damaged";
    case "crc":
      return `the CRC-32 of part ${d.part} does not match`;
    case "size":
      return `part ${d.part} does not inflate to the size its directory records`;
    case "inflate":
      return `the data of part ${d.part} cannot be inflated`;
    case "local-header":
      return `the header of part ${d.part} is damaged`;
    case "xml":
      return `part ${d.part} is not well-formed XML (${d.detail})`;
    case "missing-part":
      return `part ${d.part}, which the workbook refers to, is missing`;
    case "no-sheets":
      return "the workbook has no sheets";
    case "row-number":
      return `sheet "${d.sheet}" has an invalid row number "${d.row}"`;
    case "duplicate-row":
      return `row ${d.row} of sheet "${d.sheet}" appears twice in the file`;
    case "shared-string":
      return `cell ${d.cell} of sheet "${d.sheet}" refers to a shared string that does not exist (index ${d.index})`;
  }
}

const RESAVE_ZH = "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再核对";
const RESAVE_EN = "open it in Excel or WPS and save it as .xlsx, then check it again";

function zhProblem(p: ReadProblem): string {
  switch (p.code) {
    case "empty":
      return "文件是空的（0 字节）";
    case "text-file":
      return `这是文本文件（如 CSV、网页或 XML），不是 .xlsx 工作簿；${RESAVE_ZH}`;
    case "not-zip":
      return `不是 .xlsx 工作簿（内容既不是 zip 压缩包，也不是 Office 文档）`;
    case "truncated":
      return "文件已损坏：文件不完整（末尾的 zip 目录缺失），可能没有下载或复制完";
    case "encrypted":
      return "工作簿设有打开密码（已加密），无法读取；请在 Excel 或 WPS 中打开，取消密码后另存再核对";
    case "legacy-excel":
      return `这是 Excel 97-2003（.xls）或 WPS 表格（.et）格式的文件，只是扩展名为 .xlsx；${RESAVE_ZH}`;
    case "other-ole":
      return p.what === "word"
        ? "这是 Word 97-2003（.doc）文档，不是工作簿"
        : p.what === "powerpoint"
          ? "这是 PowerPoint 97-2003（.ppt）演示文稿，不是工作簿"
          : "这是 OLE 复合文档，但不是 Excel 工作簿";
    case "other-office":
      return p.what === "word"
        ? "这是 Word 文档（.docx），不是工作簿"
        : "这是 PowerPoint 演示文稿（.pptx），不是工作簿";
    case "opendocument":
      return `这是 OpenDocument 表格（.ods），只是扩展名为 .xlsx；${RESAVE_ZH}`;
    case "xlsb":
      return `这是 Excel 二进制工作簿（.xlsb）；${RESAVE_ZH}`;
    case "no-workbook":
      return "这是 zip 压缩包，但其中没有 Excel 工作簿（xl/workbook.xml）";
    case "damaged":
      return `文件已损坏：${zhDamage(p.damage)}`;
    case "limit":
      return `拒绝读取：${limitLine(p.limit, p.max, true)}${p.where ? `（${p.where}）` : ""}`;
    case "out-of-range":
      return `工作表「${p.sheet}」中的引用 ${p.ref} 超出 Excel 的范围（最多 1,048,576 行、16,384 列，即 XFD1048576）`;
    case "unsupported":
      return `使用了不支持的压缩方式（${p.detail}）；${RESAVE_ZH}`;
    case "not-a-file":
      return "不是普通文件（是管道、设备或套接字），已跳过";
    case "io":
      return `无法读取文件（${p.errno}${IO_ZH[p.errno] ? `：${IO_ZH[p.errno]}` : ""}）`;
  }
}

const IO_ZH: Record<string, string> = {
  EACCES: "没有读取权限",
  EPERM: "没有读取权限",
  ELOOP: "符号链接循环",
  EMFILE: "打开的文件过多",
  EISDIR: "这是文件夹",
  EIO: "读写错误",
};

const IO_EN: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ELOOP: "symbolic link loop",
  EMFILE: "too many open files",
  EISDIR: "it is a folder",
  EIO: "input/output error",
};

function enProblem(p: ReadProblem): string {
  switch (p.code) {
    case "empty":
      return "the file is empty (0 bytes)";
    case "text-file":
      return `it is a text file (CSV, web page or XML), not an Excel workbook; ${RESAVE_EN}`;
    case "not-zip":
      return "it is not an Excel workbook (neither a zip archive nor an Office document)";
    case "truncated":
      return "the file is damaged: it is incomplete (the zip directory at its end is missing), perhaps not fully downloaded or copied";
    case "encrypted":
      return "the workbook is password-protected (encrypted); open it in Excel or WPS, remove the password and save it, then check it again";
    case "legacy-excel":
      return `it is an Excel 97-2003 (.xls) or WPS (.et) file named .xlsx; ${RESAVE_EN}`;
    case "other-ole":
      return p.what === "word"
        ? "it is a Word 97-2003 (.doc) document, not a workbook"
        : p.what === "powerpoint"
          ? "it is a PowerPoint 97-2003 (.ppt) presentation, not a workbook"
          : "it is an OLE compound file but not an Excel workbook";
    case "other-office":
      return p.what === "word"
        ? "it is a Word document (.docx), not a workbook"
        : "it is a PowerPoint presentation (.pptx), not a workbook";
    case "opendocument":
      return `it is an OpenDocument spreadsheet (.ods) named .xlsx; ${RESAVE_EN}`;
    case "xlsb":
      return `it is an Excel binary workbook (.xlsb); ${RESAVE_EN}`;
    case "no-workbook":
      return "it is a zip archive with no Excel workbook in it (no xl/workbook.xml)";
    case "damaged":
      return `the file is damaged: ${enDamage(p.damage)}`;
    case "limit":
      return `refused: ${limitLine(p.limit, p.max, false)}${p.where ? ` (${p.where})` : ""}`;
    case "out-of-range":
      return `reference ${p.ref} on sheet "${p.sheet}" is outside Excel's grid (at most 1,048,576 rows and 16,384 columns, XFD1048576)`;
    case "unsupported":
      return `it uses a compression method aid-check does not read (${p.detail}); ${RESAVE_EN}`;
    case "not-a-file":
      return "it is not a regular file (a pipe, device or socket); skipped";
    case "io":
      return `the file cannot be read (${p.errno}${IO_EN[p.errno] ? `: ${IO_EN[p.errno]}` : ""})`;
  }
}

/** "E3、E4、E5 等 12 个单元格" / "E3, E4, E5 and 9 more cells". */
function cellList(n: Notice, zh: boolean): string {
  const shown = n.cells.slice(0, 10);
  const more = n.count - shown.length;
  if (zh) return shown.join("、") + (more > 0 ? ` 等 ${n.count} 个单元格` : "");
  return shown.join(", ") + (more > 0 ? ` and ${more} more (${n.count} cells)` : "");
}

/** A limit in words: "单元格文字超过上限 100,000 个字符" / "a cell's text is longer than the limit of 100,000 characters". */
export function limitLine(limit: LimitName, max: number, zh: boolean): string {
  return zh
    ? `${ZH_LIMITS[limit]}上限 ${limitAmount(limit, max, true)}`
    : `${EN_LIMITS[limit]} the limit of ${limitAmount(limit, max, false)}`;
}

const ZH: CliText = {
  usage: `用法：aid-check [--json] [--programme 方案] [--sheet 工作表] [--lang zh-CN|en] [--soffice 程序] [--report 汇总.xlsx] [--] 文件或文件夹...

核对对口支援项目表（.xlsx）：比率、合计、占比，以及支援方与受援方是否符合官方对口关系表。
文件夹表示其中（含子文件夹）的所有 .xlsx、.xlsm、.xltx、.xltm 文件；.xls、.et、.ods、.csv
在装有 LibreOffice 时先转换为 .xlsx 再核对。

  --json              以 JSON 输出到标准输出
  --programme 方案    xinjiang-2010（对口援疆）、wenchuan-2008（汶川）、xinjiang-universities-2006（援疆学科建设计划）；
                      不写时按表中地名自动判断
  --sheet 工作表      只核对这一个工作表
  --lang zh-CN|en     输出语言（默认中文）
  --soffice 程序      LibreOffice 的 soffice 程序位置（默认在 PATH 中查找）
  --report 汇总.xlsx   另外写一个可转发的汇总工作簿（汇总、问题、未核对三张表）
  --                  之后的参数都是文件名
  -h, --help          显示本帮助

退出码：0 没有错误（可以有警告）；1 发现错误；2 有文件无法核对（不存在、不是工作簿、已加密、已损坏等）。`,
  fileError: (file, e) => {
    switch (e.kind) {
      case "missing":
        return `aid-check：找不到文件「${file}」`;
      case "not-xlsx":
        return `aid-check：「${file}」不是 .xlsx 工作簿（请在 Excel 中另存为 .xlsx）`;
      case "unreadable":
        return `aid-check：无法读取「${file}」：${zhProblem(e.problem)}`;
      case "no-sheet":
        return `aid-check：「${file}」中没有名为「${e.sheet}」的工作表`;
      case "skipped":
        return `aid-check：已跳过「${file}」：${
          e.reason.kind === "symlink-folder"
            ? "这是指向文件夹的符号链接，不会跟随（请直接给出目标文件夹）"
            : e.reason.kind === "bad-name"
              ? "文件名不是 UTF-8 编码（可能是 GBK），无法打开；请重命名后再核对"
              : `无法读取这个文件夹（${e.reason.errno}${IO_ZH[e.reason.errno] ? `：${IO_ZH[e.reason.errno]}` : ""}）`
        }`;
      case "needs-conversion":
        return `aid-check：「${file}」不是 .xlsx，需要先转换：安装 LibreOffice 后 aid-check 会自动转换（或用 --soffice 指定 soffice 的位置），也可以运行：${e.command}`;
      case "conversion-failed":
        return `aid-check：LibreOffice 无法把「${file}」转换为 .xlsx（${e.detail}）；请在 Excel 或 WPS 中打开，另存为 .xlsx 后再核对`;
      case "internal":
        return `aid-check：核对「${file}」时出现内部错误（${e.detail}），请把这个文件报告给维护者`;
      case "crashed":
        return e.reason === "out-of-memory"
          ? `aid-check：核对「${file}」时内存不足，已停止核对这个文件；请单独核对它（--jobs 1），或把它拆成几个较小的工作簿`
          : `aid-check：核对「${file}」的线程意外停止（${e.detail ?? ""}），这个文件未核对；请单独再核对一次（--jobs 1），仍不行请把文件报告给维护者`;
    }
  },
  problem: zhProblem,
  notice: (n) => `公式未计算：请在 Excel 或 WPS 中打开并保存后再核对（${cellList(n, true)}）`,
  argError: (code) => {
    const [kind, value] = code.split(":");
    if (kind === "unknown-programme")
      return `aid-check：未知的对口支援方案「${value}」；可用 xinjiang-2010、wenchuan-2008、xinjiang-universities-2006`;
    if (kind === "bad-lang") return `aid-check：--lang 只能是 zh-CN 或 en（收到「${value}」）`;
    if (kind === "missing-value") return `aid-check：${value} 后面缺少参数`;
    if (kind === "bad-report") return `aid-check：--report 的文件名应以 .xlsx 结尾：「${value}」`;
    if (kind === "bad-jobs")
      return `aid-check：--jobs 应为 1 到 ${JOBS_LIMIT} 之间的整数（收到「${value}」）`;
    if (kind === "bad-soffice")
      return `aid-check：--soffice 指定的「${code.slice(kind.length + 1)}」不存在或不可执行`;
    return `aid-check：未知选项「${value}」；用 aid-check --help 查看用法`;
  },
  noInput: "aid-check：请给出要核对的 .xlsx 文件或文件夹；用 aid-check --help 查看用法",
  sheetHeading: (sheet, programme, table) =>
    `  工作表「${sheet}」 · ${programme} · ${rowsText(table, true)}`,
  clean: "    未发现问题",
  converted: "  已用 LibreOffice 转换为 .xlsx 后核对",
  reportWritten: (file) => `汇总工作簿已写入「${file}」。`,
  reportFailed: (file, code) => `aid-check：无法写入汇总工作簿「${file}」（${code}）`,
  noTables: "  没有找到项目表",
  severity: { error: "错误", warning: "警告" },
  summary: (files, sheets, errors, warnings, unusable) =>
    `汇总：${files} 个文件，${sheets} 个工作表，${errors} 个错误，${warnings} 个警告` +
    (unusable ? `，${unusable} 个文件无法核对` : ""),
  progress: (done, total, rows) =>
    `核对中 ${done}/${total} 个文件 · 已读 ${rows.toLocaleString("zh-CN")} 行`,
  listHeading: {
    errors: (n) => `有错误的文件（${n} 个）：`,
    warnings: (n) => `只有警告的文件（${n} 个）：`,
    unchecked: (n) => `未核对的文件（${n} 个）：`,
  },
  listEntry: (file, detail) => `  ${file}：${detail}`,
  fileCounts: (errors, warnings) =>
    [errors ? `${errors} 个错误` : "", warnings ? `${warnings} 个警告` : ""]
      .filter(Boolean)
      .join("，"),
  shortReason: (e) => shortReason(e, true),
};

const EN: CliText = {
  usage: `Usage: aid-check [--json] [--programme ID] [--sheet NAME] [--lang zh-CN|en] [--soffice PROGRAM] [--report FILE.xlsx] [--] FILE_OR_FOLDER...

Checks paired-assistance (对口支援) project sheets in .xlsx files: rates, totals, shares, and
supporter/recipient pairs against the official tables. A folder means every .xlsx, .xlsm, .xltx
and .xltm inside it, subfolders included; .xls, .et, .ods and .csv are converted to .xlsx first
when LibreOffice is installed.

  --json              print JSON on standard output
  --programme ID      xinjiang-2010, wenchuan-2008 or xinjiang-universities-2006;
                      detected from the sheet's place names when left out
  --sheet NAME        check only this sheet
  --lang zh-CN|en     language of the output (Chinese by default)
  --soffice PROGRAM   where LibreOffice's soffice is (looked for on PATH by default)
  --report FILE.xlsx  also write a summary workbook to forward (summary, findings, not checked)
  --                  every argument after this is a file name
  -h, --help          show this help

Exit status: 0 no errors (warnings allowed); 1 errors found; 2 some file could not be checked
(no such file, not a workbook, password-protected, damaged…).`,
  fileError: (file, e) => {
    switch (e.kind) {
      case "missing":
        return `aid-check: no such file "${file}"`;
      case "not-xlsx":
        return `aid-check: "${file}" is not an .xlsx workbook (save it as .xlsx in Excel)`;
      case "unreadable":
        return `aid-check: cannot read "${file}": ${enProblem(e.problem)}`;
      case "no-sheet":
        return `aid-check: "${file}" has no sheet named "${e.sheet}"`;
      case "skipped":
        return `aid-check: skipped "${file}": ${
          e.reason.kind === "symlink-folder"
            ? "it is a symbolic link to a folder, which is not followed (give the folder itself)"
            : e.reason.kind === "bad-name"
              ? "its name is not UTF-8 (GBK perhaps) and cannot be opened; rename it and check it again"
              : `the folder cannot be read (${e.reason.errno}${IO_EN[e.reason.errno] ? `: ${IO_EN[e.reason.errno]}` : ""})`
        }`;
      case "needs-conversion":
        return `aid-check: "${file}" is not an .xlsx and needs converting: with LibreOffice installed aid-check converts it (or give soffice's location with --soffice), or run: ${e.command}`;
      case "conversion-failed":
        return `aid-check: LibreOffice could not convert "${file}" to .xlsx (${e.detail}); open it in Excel or WPS and save it as .xlsx, then check it again`;
      case "internal":
        return `aid-check: internal error while checking "${file}" (${e.detail}); please report this file to the maintainers`;
      case "crashed":
        return e.reason === "out-of-memory"
          ? `aid-check: ran out of memory while checking "${file}", which was not checked; check it on its own (--jobs 1) or split it into smaller workbooks`
          : `aid-check: the thread checking "${file}" stopped unexpectedly (${e.detail ?? ""}), so it was not checked; check it again on its own (--jobs 1), and if that fails too please report the file to the maintainers`;
    }
  },
  problem: enProblem,
  notice: (n) =>
    `formulas not calculated: open and save the file in Excel or WPS, then check it again (${cellList(n, false)})`,
  argError: (code) => {
    const [kind, value] = code.split(":");
    if (kind === "unknown-programme")
      return `aid-check: unknown programme "${value}"; use xinjiang-2010, wenchuan-2008 or xinjiang-universities-2006`;
    if (kind === "bad-lang") return `aid-check: --lang takes zh-CN or en (got "${value}")`;
    if (kind === "missing-value") return `aid-check: ${value} needs a value`;
    if (kind === "bad-report")
      return `aid-check: the --report file name must end in .xlsx: "${value}"`;
    if (kind === "bad-jobs")
      return `aid-check: --jobs takes a whole number from 1 to ${JOBS_LIMIT} (got "${value}")`;
    if (kind === "bad-soffice")
      return `aid-check: --soffice "${code.slice(kind.length + 1)}" does not exist or cannot be run`;
    return `aid-check: unknown option "${value}"; see aid-check --help`;
  },
  noInput: "aid-check: give the .xlsx files or folders to check; see aid-check --help",
  sheetHeading: (sheet, programme, table) =>
    `  Sheet "${sheet}" · ${programme} · ${rowsText(table, false)}`,
  clean: "    no problems found",
  converted: "  converted to .xlsx with LibreOffice before checking",
  reportWritten: (file) => `Summary workbook written to "${file}".`,
  reportFailed: (file, code) => `aid-check: cannot write the summary workbook "${file}" (${code})`,
  noTables: "  no project table found",
  severity: { error: "error", warning: "warning" },
  summary: (files, sheets, errors, warnings, unusable) =>
    `Summary: ${files} file${files === 1 ? "" : "s"}, ${sheets} sheet${sheets === 1 ? "" : "s"}, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}` +
    (unusable ? `, ${unusable} file${unusable === 1 ? "" : "s"} could not be checked` : ""),
  progress: (done, total, rows) =>
    `checking ${done}/${total} files · ${rows.toLocaleString("en")} rows read`,
  listHeading: {
    errors: (n) => `Files with errors (${n}):`,
    warnings: (n) => `Files with warnings only (${n}):`,
    unchecked: (n) => `Files not checked (${n}):`,
  },
  listEntry: (file, detail) => `  ${file}: ${detail}`,
  fileCounts: (errors, warnings) =>
    [
      errors ? `${errors} error${errors === 1 ? "" : "s"}` : "",
      warnings ? `${warnings} warning${warnings === 1 ? "" : "s"}` : "",
    ]
      .filter(Boolean)
      .join(", "),
  shortReason: (e) => shortReason(e, false),
};

const SHORT_PROBLEM: Record<ReadProblem["code"], readonly [string, string]> = {
  empty: ["空文件", "empty file"],
  "text-file": ["文本文件，不是工作簿", "a text file, not a workbook"],
  "not-zip": ["不是工作簿", "not a workbook"],
  truncated: ["文件不完整", "incomplete file"],
  encrypted: ["设有打开密码", "password-protected"],
  "legacy-excel": [".xls 或 .et 格式，需另存为 .xlsx", ".xls or .et inside, save as .xlsx"],
  "other-ole": ["不是工作簿", "not a workbook"],
  "other-office": ["不是工作簿", "not a workbook"],
  opendocument: [".ods 格式，需另存为 .xlsx", ".ods inside, save as .xlsx"],
  xlsb: [".xlsb 格式，需另存为 .xlsx", ".xlsb inside, save as .xlsx"],
  "no-workbook": ["压缩包中没有工作簿", "a zip with no workbook"],
  damaged: ["文件已损坏", "damaged"],
  limit: ["超出读取上限", "over a reading limit"],
  "out-of-range": ["引用超出 Excel 的范围", "a reference outside Excel's grid"],
  unsupported: ["不支持的压缩方式", "unsupported compression"],
  "not-a-file": ["不是普通文件", "not a regular file"],
  io: ["无法读取", "cannot be read"],
};

/** Why a file was not checked, in a few words (its full message is on stderr). */
function shortReason(e: FileError, zh: boolean): string {
  const pick = (pair: readonly [string, string]): string => (zh ? pair[0] : pair[1]);
  switch (e.kind) {
    case "missing":
      return pick(["找不到文件", "no such file"]);
    case "not-xlsx":
      return pick(["不是 .xlsx 工作簿", "not an .xlsx workbook"]);
    case "unreadable":
      if (e.problem.code === "io")
        return zh ? `无法读取（${e.problem.errno}）` : `cannot be read (${e.problem.errno})`;
      return pick(SHORT_PROBLEM[e.problem.code]);
    case "no-sheet":
      return zh ? `没有工作表「${e.sheet}」` : `no sheet "${e.sheet}"`;
    case "skipped":
      return e.reason.kind === "symlink-folder"
        ? pick(["指向文件夹的符号链接，未跟随", "a link to a folder, not followed"])
        : e.reason.kind === "bad-name"
          ? pick(["文件名不是 UTF-8 编码", "name not in UTF-8"])
          : pick(["无法读取的文件夹", "a folder that cannot be read"]);
    case "needs-conversion":
      return pick(["需要先转换为 .xlsx", "needs converting to .xlsx"]);
    case "conversion-failed":
      return pick(["转换为 .xlsx 失败", "conversion to .xlsx failed"]);
    case "internal":
      return pick(["内部错误", "internal error"]);
    case "crashed":
      return e.reason === "out-of-memory"
        ? pick(["内存不足", "out of memory"])
        : pick(["核对线程意外停止", "the checking thread stopped"]);
  }
}

const NAMED_CONTROLS: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Show control characters (CR, LF, ESC, DEL, C1 controls) and bidirectional
 * overrides as escapes, so text from a cell, a sheet name or a file name cannot
 * move the cursor, recolour or rewrite the terminal.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const named = NAMED_CONTROLS[ch];
    if (named) return named;
    const code = ch.charCodeAt(0);
    return code > 0xff
      ? `\\u${code.toString(16).padStart(4, "0")}`
      : `\\x${code.toString(16).padStart(2, "0")}`;
  });
}

/** The CLI's texts for a locale. */
export function cliText(locale: Locale): CliText {
  return locale === "en" ? EN : ZH;
}
