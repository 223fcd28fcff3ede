/**
 * aid-check: the validation engine over one or many .xlsx files.
 *
 * `main` takes the arguments and the output streams and returns the exit
 * status, so tests run it in-process; bin/aid-check.js wires it to the process.
 */
import { messages, type Locale } from "../core/i18n";
import { whenFoldingReady } from "../core/places";
import { programmeById } from "../core/programmes";
import { AID_VERSION } from "../core/version";
import { parseArgs } from "./args";
import { checkFile, type FileError, type FileReport } from "./check";
import { findSoffice } from "./convert";
import { expandPaths } from "./folders";
import { Progress, type ProgressSink } from "./progress";
import { writeSummaryWorkbook } from "./summary-workbook";
import { cliText, escapeControls } from "./text";

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressSink;
  readonly env: NodeJS.ProcessEnv;
}

/** Run aid-check; resolves with the exit status (0 clean, 1 errors found, 2 unusable input). */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const fallback = cliText("zh-CN");
  if (!parsed.ok) {
    io.stderr.write(fallback.argError(parsed.error) + "\n");
    return 2;
  }
  const options = parsed.options;
  const text = cliText(options.locale);
  if (options.help) {
    io.stdout.write(text.usage + "\n");
    return 0;
  }
  if (options.version) {
    io.stdout.write(`aid-check ${AID_VERSION}\n`);
    return 0;
  }
  if (options.paths.length === 0) {
    io.stderr.write(text.noInput + "\n");
    return 2;
  }
  const soffice = findSoffice(options.soffice, io.env);
  if (options.soffice !== undefined && !soffice) {
    io.stderr.write(escapeControls(text.argError(`bad-soffice:${options.soffice}`)) + "\n");
    return 2;
  }
  // Traditional characters fold through opencc-js, which loads on its own: wait for it, so the first file
  // reads 山東 as 山东 like the rest.
  await whenFoldingReady();
  const files = expandPaths(options.paths);
  const progress = new Progress(
    io.stderr,
    files.length,
    text.progress,
    io.stderr.isTTY === true && !options.json
  );
  const reports: FileReport[] = [];
  for (const { path: file, skip } of files) {
    const report: FileReport = skip
      ? { file, sheets: [], error: { kind: "skipped", reason: skip } }
      : await checkFile(file, {
          programme: options.programme,
          sheet: options.sheet,
          locale: options.locale,
          soffice,
          onRows: (rows) => progress.addRows(rows),
        });
    progress.fileDone();
    if (report.error) {
      progress.clear();
      // File names and cell text may hold control characters; the terminal gets them escaped.
      io.stderr.write(escapeControls(text.fileError(file, report.error)) + "\n");
    }
    reports.push(report);
  }
  progress.clear();
  if (files.length === 0) {
    io.stderr.write(text.noInput + "\n");
    return 2;
  }
  const errors = count(reports, "error");
  const warnings = count(reports, "warning");
  const unusable = reports.filter((r) => r.error).length;
  if (options.json)
    io.stdout.write(
      JSON.stringify(toJson(reports, errors, warnings, options.locale), null, 2) + "\n"
    );
  else io.stdout.write(toText(reports, options.locale, errors, warnings, unusable));
  if (options.report) {
    try {
      await writeSummaryWorkbook({
        reports,
        locale: options.locale,
        options: options.given,
        output: options.report,
      });
      if (!options.json) io.stdout.write(text.reportWritten(options.report) + "\n");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      io.stderr.write(escapeControls(text.reportFailed(options.report, code)) + "\n");
      return 2;
    }
  }
  return unusable > 0 ? 2 : errors > 0 ? 1 : 0;
}

/** Findings and sheet notices of this severity. */
function count(reports: readonly FileReport[], severity: "error" | "warning"): number {
  let n = 0;
  for (const r of reports)
    for (const s of r.sheets) {
      for (const f of s.issues) if (f.severity === severity) n++;
      for (const notice of s.notices) if (notice.severity === severity) n++;
    }
  return n;
}

/** The facts behind a file's error code, for JSON readers: what is damaged, why skipped, what to run. */
function errorFacts(error: FileError): Record<string, unknown> {
  switch (error.kind) {
    case "unreadable":
      return { problem: error.problem };
    case "skipped":
      return { reason: error.reason };
    case "needs-conversion":
      return { command: error.command };
    case "conversion-failed":
    case "internal":
      return { detail: error.detail };
    case "no-sheet":
      return { sheet: error.sheet };
    default:
      return {};
  }
}

/** The JSON error code of a file: the reading problem when there is one ("damaged", "encrypted"…). */
function errorCode(error: FileError): string {
  return error.kind === "unreadable" ? error.problem.code : error.kind;
}

function toJson(
  reports: readonly FileReport[],
  errors: number,
  warnings: number,
  locale: Locale
): unknown {
  const text = cliText(locale);
  return {
    version: 1,
    files: reports.map((r) => ({
      file: r.file,
      ...(r.converted ? { converted: true } : {}),
      ...(r.error
        ? {
            error: errorCode(r.error),
            ...errorFacts(r.error),
            message: text.fileError(r.file, r.error),
          }
        : {}),
      sheets: r.sheets.map((s) => ({
        sheet: s.sheet,
        programme: s.programme,
        table: s.table,
        issues: s.issues,
        notices: s.notices.map((n) => ({ ...n, message: text.notice(n) })),
      })),
    })),
    summary: { errors, warnings, files: reports.length },
  };
}

function toText(
  reports: readonly FileReport[],
  locale: Locale,
  errors: number,
  warnings: number,
  unusable: number
): string {
  const text = cliText(locale);
  const rules = messages(locale).rule;
  const lines: string[] = [];
  let sheets = 0;
  for (const report of reports) {
    if (report.error) continue;
    lines.push(report.file);
    if (report.converted) lines.push(text.converted);
    if (report.sheets.length === 0) lines.push(text.noTables);
    for (const sheet of report.sheets) {
      sheets++;
      const title = programmeById(sheet.programme).title[locale];
      lines.push(text.sheetHeading(sheet.sheet, title, sheet.table));
      for (const notice of sheet.notices)
        lines.push(`    ${text.severity[notice.severity]}  ${text.notice(notice)}`);
      if (sheet.issues.length === 0 && sheet.notices.length === 0) lines.push(text.clean);
      for (const f of sheet.issues) {
        lines.push(`    ${text.severity[f.severity]}  ${f.rule} (${rules[f.rule]})  ${f.message}`);
      }
    }
  }
  lines.push(text.summary(reports.length, sheets, errors, warnings, unusable));
  return lines.map(escapeControls).join("\n") + "\n";
}
