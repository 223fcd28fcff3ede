/**
 * Check one workbook: every sheet that holds a project table (or only the
 * sheet asked for), each through the same validation engine as the pane.
 */
import { statSync } from "node:fs";
import type { CellValue } from "../core/cells";
import type { Locale } from "../core/i18n";
import type { ProgrammeId } from "../core/programmes";
import { Validator, type Finding, type RuleId, type TableInfo } from "../core/validate";
import { CONVERTIBLE_EXTENSION, conversionCommand, convertToXlsx } from "./convert";
import type { SkipReason } from "./folders";
import { ReadError, type ReadLimits, type ReadProblem } from "./problems";
import { readSheets, RowsOutOfOrder, type SheetRows, type Uncalculated } from "./xlsx";

/** A sheet-level notice: something about the sheet as a whole, not one finding. */
export interface Notice {
  readonly kind: "uncalculated-formulas";
  readonly severity: "warning";
  /** How many formula cells have no result. */
  readonly count: number;
  /** The first of them (at most NOTICE_CELLS). */
  readonly cells: readonly string[];
}

export interface SheetReport {
  readonly sheet: string;
  readonly programme: ProgrammeId;
  readonly table: TableInfo;
  readonly issues: readonly Finding[];
  readonly notices: readonly Notice[];
}

export interface FileReport {
  readonly file: string;
  readonly sheets: readonly SheetReport[];
  /** Why the file could not be checked, when it could not. */
  readonly error?: FileError;
  /** True when LibreOffice converted the file to .xlsx for the check. */
  readonly converted?: boolean;
}

export type FileError =
  | { readonly kind: "missing" }
  | { readonly kind: "not-xlsx" }
  | { readonly kind: "unreadable"; readonly problem: ReadProblem }
  | { readonly kind: "no-sheet"; readonly sheet: string }
  /** Found in a folder but not checked: an unreadable subfolder, a link to a folder, a name not in UTF-8. */
  | { readonly kind: "skipped"; readonly reason: SkipReason }
  /** Not an .xlsx and no LibreOffice to convert it: the command that would. */
  | { readonly kind: "needs-conversion"; readonly command: string }
  | { readonly kind: "conversion-failed"; readonly detail: string }
  /** A fault in aid-check itself, not in the file. */
  | { readonly kind: "internal"; readonly detail: string }
  /** The worker thread checking the file stopped: out of memory, or a crash (detail says how). */
  | {
      readonly kind: "crashed";
      readonly reason: "out-of-memory" | "stopped";
      readonly detail?: string;
    };

export interface CheckOptions {
  readonly programme?: ProgrammeId;
  readonly sheet?: string;
  readonly locale: Locale;
  /** Called every few thousand rows, for the progress bar's count. */
  readonly onRows?: (rows: number) => void;
  /** Called as the file's bytes are read from disk (compressed), for the progress bar's share. */
  readonly onBytes?: (bytes: number) => void;
  /** The LibreOffice program that converts .xls, .et, .ods and .csv; those files are not checked without it. */
  readonly soffice?: string;
  /** Reading limits other than the defaults (tests lower them). */
  readonly limits?: ReadLimits;
}

/** Extensions of the OOXML spreadsheet container: workbooks, macro workbooks and templates. */
export const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xltx|xltm)$/i;

const NOTICE_CELLS = 20;

function unusable(file: string): FileError | undefined {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EIO";
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "missing" };
    return { kind: "unreadable", problem: { code: "io", errno: code } };
  }
  if (stat.isDirectory()) return { kind: "not-xlsx" };
  if (!WORKBOOK_EXTENSION.test(file) && !CONVERTIBLE_EXTENSION.test(file))
    return { kind: "not-xlsx" };
  // Opening a FIFO would wait for a writer forever.
  if (!stat.isFile()) return { kind: "unreadable", problem: { code: "not-a-file" } };
  return undefined;
}

/** Check a workbook file; never throws for bad input, it says what was wrong instead. */
export async function checkFile(file: string, options: CheckOptions): Promise<FileReport> {
  const problem = unusable(file);
  if (problem) return { file, sheets: [], error: problem };
  if (WORKBOOK_EXTENSION.test(file)) {
    const report = await checkWorkbook(file, file, options);
    // An .xls, .et, .ods or .xlsb named .xlsx: LibreOffice reads what it really is.
    const code = report.error?.kind === "unreadable" ? report.error.problem.code : undefined;
    if (!options.soffice || !code || !CONVERTED_KINDS.has(code)) return report;
  }
  // .xls, .et, .ods, .csv: through LibreOffice when there is one, else the command to run.
  if (!options.soffice)
    return {
      file,
      sheets: [],
      error: { kind: "needs-conversion", command: conversionCommand(file) },
    };
  const conversion = await convertToXlsx(options.soffice, file);
  if (!conversion.ok)
    return { file, sheets: [], error: { kind: "conversion-failed", detail: conversion.detail } };
  try {
    return { ...(await checkWorkbook(conversion.xlsx, file, options)), converted: true };
  } finally {
    conversion.cleanup();
  }
}

// What LibreOffice can turn into .xlsx when a file named .xlsx turns out to be one of them.
const CONVERTED_KINDS = new Set<string>(["legacy-excel", "opendocument", "xlsb"]);

/** Check the workbook at path, reported under the name file. */
async function checkWorkbook(
  path: string,
  file: string,
  options: CheckOptions
): Promise<FileReport> {
  const sheets: SheetReport[] = [];
  try {
    const book = await readSheets(path, { limits: options.limits, onRead: options.onBytes });
    const wanted = book.filter((s) => options.sheet === undefined || s.name === options.sheet);
    if (wanted.length === 0 && options.sheet !== undefined)
      return { file, sheets: [], error: { kind: "no-sheet", sheet: options.sheet } };
    for (const sheet of wanted) {
      const report = await checkSheet(sheet, options);
      if (report) sheets.push(report);
    }
  } catch (error) {
    return { file, sheets: [], error: fileError(error) };
  }
  return { file, sheets };
}

/** What an exception while reading means for the user. */
function fileError(error: unknown): FileError {
  if (error instanceof ReadError) return { kind: "unreadable", problem: error.problem };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code))
    return { kind: "unreadable", problem: { code: "io", errno: code } };
  return { kind: "internal", detail: error instanceof Error ? error.message : String(error) };
}

const NO_VALUES: readonly CellValue[] = [];

/** Validate one sheet; its report when it holds a project table. */
async function checkSheet(sheet: SheetRows, options: CheckOptions): Promise<SheetReport | null> {
  let validator: Validator;
  const run = async (sorted: boolean): Promise<void> => {
    validator = new Validator({ programme: options.programme, locale: options.locale });
    let next = 1;
    let count = 0;
    for await (const batch of sheet.batches(sorted))
      for (const row of batch) {
        // Rows without values between two that have them keep positions; none are pushed after the last.
        for (; next < row.row; next++) validator.push(NO_VALUES);
        validator.push(row.values, row.formats);
        next = row.row + 1;
        if (++count % 5000 === 0) options.onRows?.(5000);
      }
    options.onRows?.(count % 5000);
  };
  try {
    await run(false);
  } catch (error) {
    if (!(error instanceof RowsOutOfOrder)) throw error;
    await run(true);
  }
  const report = validator!.finish();
  if (!report.table || !hasTable(report.table)) return null;
  const uncalculated = sheet.uncalculated;
  return {
    sheet: sheet.name,
    programme: report.programme,
    table: report.table,
    issues:
      uncalculated.count > 0
        ? report.findings.filter((f) => !dependsOnUncalculated(f, uncalculated))
        : report.findings,
    notices:
      uncalculated.count > 0
        ? [
            {
              kind: "uncalculated-formulas",
              severity: "warning",
              count: uncalculated.count,
              cells: uncalculated.cells.slice(0, NOTICE_CELLS),
            },
          ]
        : [],
  };
}

// Findings that compare a cell with others of its row; totals and shares also with those of its column.
// Findings about a cell's own value (not-a-number, negative-value, missing-value…) stand unless the cell is one.
const ROW_FIGURE_RULES = new Set<RuleId>([
  "exceeds-planned",
  "rate-mismatch",
  "rate-rounding",
  "share-mismatch",
  "duplicate-row",
]);
const COLUMN_FIGURE_RULES = new Set<RuleId>(["total-mismatch", "total-rounding", "share-mismatch"]);

/** 0-based column of column letters. */
function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

/**
 * True when a finding may come from a formula cell without a result rather
 * than from the figures: such findings would be noise, so the notice speaks
 * for them instead.
 */
function dependsOnUncalculated(f: Finding, u: Uncalculated): boolean {
  if (ROW_FIGURE_RULES.has(f.rule) && u.rows.has(f.row)) return true;
  if (COLUMN_FIGURE_RULES.has(f.rule) && u.columns.has(columnIndex(f.column))) return true;
  // Any other finding at such a cell (a name given by a formula) read a blank that is not there.
  return u.cells.includes(f.cell);
}

/** A sheet holds a project table when its header names at least two roles and a row follows it. */
function hasTable(table: TableInfo): boolean {
  return Object.keys(table.columns).length >= 2 && table.firstRow !== null;
}
