/**
 * Check one workbook: every sheet that holds a project table (or only the
 * sheet asked for), each through the same validation engine as the pane.
 */
import { existsSync, statSync } from "node:fs";
import type { Locale } from "../core/i18n";
import type { ProgrammeId } from "../core/programmes";
import { Validator, type Finding, type TableInfo } from "../core/validate";
import { readSheets } from "./xlsx";

export interface SheetReport {
  readonly sheet: string;
  readonly programme: ProgrammeId;
  readonly table: TableInfo;
  readonly issues: readonly Finding[];
}

export interface FileReport {
  readonly file: string;
  readonly sheets: readonly SheetReport[];
  /** Why the file could not be checked, when it could not. */
  readonly error?: FileError;
}

export type FileError =
  | { readonly kind: "missing" }
  | { readonly kind: "not-xlsx" }
  | { readonly kind: "damaged"; readonly detail: string }
  | { readonly kind: "no-sheet"; readonly sheet: string };

export interface CheckOptions {
  readonly programme?: ProgrammeId;
  readonly sheet?: string;
  readonly locale: Locale;
  /** Called every few thousand rows, for the progress bar. */
  readonly onRows?: (rows: number) => void;
}

function unusable(file: string): FileError | undefined {
  if (!existsSync(file)) return { kind: "missing" };
  if (!/\.xlsx$/i.test(file) || statSync(file).isDirectory()) return { kind: "not-xlsx" };
  return undefined;
}

/** Check a workbook file; never throws for bad input, it says what was wrong instead. */
export async function checkFile(file: string, options: CheckOptions): Promise<FileReport> {
  const problem = unusable(file);
  if (problem) return { file, sheets: [], error: problem };
  const sheets: SheetReport[] = [];
  let found = options.sheet === undefined;
  try {
    for await (const sheet of readSheets(file)) {
      const wanted = options.sheet === undefined || sheet.name === options.sheet;
      const validator = wanted
        ? new Validator({ programme: options.programme, locale: options.locale })
        : undefined;
      let count = 0;
      // Rows of a sheet must be read through before the reader moves on, wanted or not.
      for await (const row of sheet.rows) {
        validator?.push(row.values, row.formats);
        if (++count % 5000 === 0) options.onRows?.(5000);
      }
      options.onRows?.(count % 5000);
      if (!validator) continue;
      found = true;
      const report = validator.finish();
      if (report.table && hasTable(report.table)) {
        sheets.push({
          sheet: sheet.name,
          programme: report.programme,
          table: report.table,
          issues: report.findings,
        });
      }
    }
  } catch (error) {
    return {
      file,
      sheets: [],
      error: { kind: "damaged", detail: error instanceof Error ? error.message : String(error) },
    };
  }
  if (!found && options.sheet !== undefined)
    return { file, sheets: [], error: { kind: "no-sheet", sheet: options.sheet } };
  return { file, sheets };
}

/** A sheet holds a project table when its header names at least two roles and a row follows it. */
function hasTable(table: TableInfo): boolean {
  return Object.keys(table.columns).length >= 2 && table.firstRow !== null;
}
