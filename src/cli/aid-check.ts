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
import { checkBatch, fileSizes, type BatchOptions } from "./batch";
import type { FileError, FileReport } from "./check";
import { findSoffice } from "./convert";
import { expandPaths } from "./folders";
import { palette, textWidth, wantsColour, wrapText, type Palette } from "./layout";
import { Progress, type ProgressSink } from "./progress";
import { writeSummaryWorkbook } from "./summary-workbook";
import { cliText, escapeControls, type CliText } from "./text";

export interface CliIo {
  readonly stdout: {
    /** True on a terminal: the report is coloured and wrapped to its width. */
    readonly isTTY?: boolean;
    readonly columns?: number;
    write(text: string): unknown;
  };
  readonly stderr: ProgressSink;
  readonly env: NodeJS.ProcessEnv;
}

/** Settings for tests: a worker script that crashes, a clock for the progress bar. */
export interface CliHooks {
  readonly pool?: BatchOptions["pool"];
  readonly now?: () => number;
}

/** Run aid-check; resolves with the exit status (0 clean, 1 errors found, 2 unusable input). */
export async function main(
  argv: readonly string[],
  io: CliIo,
  hooks: CliHooks = {}
): Promise<number> {
  const parsed = parseArgs(argv);
  const fallback = cliText("zh-CN");
  if (!parsed.ok) {
    io.stderr.write(escapeControls(fallback.argError(parsed.error)) + "\n");
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
  const sizes = fileSizes(files);
  const progress = new Progress(
    io.stderr,
    sizes,
    text.progress,
    io.stderr.isTTY === true && !options.json,
    hooks.now
  );
  const reports = await checkBatch(
    files,
    { programme: options.programme, sheet: options.sheet, locale: options.locale, soffice },
    { jobs: options.jobs, sizes, pool: hooks.pool },
    {
      onStart: (index) => progress.start(index),
      onRows: (_index, rows) => progress.addRows(rows),
      onBytes: (index, bytes) => progress.addBytes(index, bytes),
      onDone: (index) => progress.fileDone(index),
      onReport: (_, report) => {
        if (!report.error) return;
        progress.clear();
        // File names and cell text may hold control characters; the terminal gets them escaped.
        io.stderr.write(escapeControls(text.fileError(report.file, report.error)) + "\n");
      },
    }
  );
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
  else
    io.stdout.write(
      toText(reports, options.locale, {
        colours: palette(wantsColour(options.color, io.stdout.isTTY, io.env)),
        width:
          io.stdout.isTTY === true && (io.stdout.columns ?? 0) > 0 ? io.stdout.columns : undefined,
      })
    );
  if (options.report) {
    try {
      await writeSummaryWorkbook({
        reports,
        locale: options.locale,
        options: options.given,
        output: options.report,
      });
      if (!options.json) io.stdout.write(escapeControls(text.reportWritten(options.report)) + "\n");
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
    case "crashed":
      return { reason: error.reason, ...(error.detail ? { detail: error.detail } : {}) };
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

/** How the human report is laid out: colours, and the terminal's width to wrap at (none when piped). */
interface Layout {
  readonly colours: Palette;
  readonly width?: number;
}

/** Findings and notices of one severity in a file. */
function fileCount(report: FileReport, severity: "error" | "warning"): number {
  return count([report], severity);
}

/**
 * Lines of `prefix` then `body`, the body wrapped to the width with its
 * continuation lines under its start (or a short indent when the prefix is
 * wide); `shown` is the prefix as printed (coloured), `prefix` the same in
 * plain text for its width.
 */
function block(prefix: string, shown: string, body: string, layout: Layout): string[] {
  const text = escapeControls(body);
  const width = layout.width;
  if (width === undefined) return [shown + text];
  const used = textWidth(prefix);
  const indent = used <= width * 0.4 ? used : Math.min(6, used);
  return wrapText(text, width - used, width - indent).map(
    (line, i) => (i === 0 ? shown : " ".repeat(indent)) + line
  );
}

/** The name padded with spaces to `width` columns. */
function pad(name: string, width: number): string {
  return name + " ".repeat(Math.max(0, width - textWidth(name)));
}

function toText(reports: readonly FileReport[], locale: Locale, layout: Layout): string {
  const text = cliText(locale);
  const rules = messages(locale).rule;
  const c = layout.colours;
  const lines: string[] = [];
  const severityWord = (severity: "error" | "warning"): string =>
    (severity === "error" ? c.error : c.warning)(text.severity[severity]);
  let sheets = 0;
  for (const report of reports) {
    if (report.error) continue;
    lines.push(c.file(escapeControls(report.file)));
    if (report.converted) lines.push(text.converted);
    if (report.sheets.length === 0) lines.push(text.noTables);
    for (const sheet of report.sheets) {
      sheets++;
      const title = programmeById(sheet.programme).title[locale];
      const heading = text.sheetHeading(sheet.sheet, title, sheet.table);
      const lead = heading.match(/^ */)?.[0] ?? "";
      lines.push(...block(lead, lead, heading.slice(lead.length), layout).map((l) => c.heading(l)));
      for (const notice of sheet.notices) {
        const word = text.severity[notice.severity];
        lines.push(
          ...block(
            `    ${word}  `,
            `    ${severityWord(notice.severity)}  `,
            text.notice(notice),
            layout
          )
        );
      }
      if (sheet.issues.length === 0 && sheet.notices.length === 0) lines.push(c.ok(text.clean));
      // Rule names in a column of their own, so the messages start in line.
      const nameWidth = Math.max(0, ...sheet.issues.map((f) => textWidth(rules[f.rule])));
      for (const f of sheet.issues) {
        const name = pad(rules[f.rule], nameWidth);
        const word = text.severity[f.severity];
        lines.push(
          ...block(
            `    ${word}  ${name}  `,
            `    ${severityWord(f.severity)}  ${name}  `,
            f.message,
            layout
          )
        );
      }
    }
  }
  lines.push(...fileLists(reports, text, layout));
  const errors = count(reports, "error");
  const warnings = count(reports, "warning");
  const unusable = reports.filter((r) => r.error).length;
  lines.push(
    ...block("", "", text.summary(reports.length, sheets, errors, warnings, unusable), layout).map(
      (l) => c.heading(l)
    )
  );
  return lines.join("\n") + "\n";
}

/**
 * The files with errors, with warnings only, and not checked, each with its
 * counts or reason: for a folder, what to open first. Left out for one file,
 * whose name heads its report.
 */
function fileLists(reports: readonly FileReport[], text: CliText, layout: Layout): string[] {
  if (reports.length < 2) return [];
  const c = layout.colours;
  const withErrors = reports.filter((r) => !r.error && fileCount(r, "error") > 0);
  const withWarnings = reports.filter(
    (r) => !r.error && fileCount(r, "error") === 0 && fileCount(r, "warning") > 0
  );
  const unchecked = reports.filter((r) => r.error);
  const lines: string[] = [];
  const list = (
    heading: string,
    entries: readonly FileReport[],
    detail: (r: FileReport) => string
  ): void => {
    if (entries.length === 0) return;
    lines.push(c.heading(heading));
    for (const r of entries) {
      const entry = text.listEntry(r.file, detail(r));
      const lead = entry.match(/^ */)?.[0] ?? "";
      lines.push(...block(lead, lead, entry.slice(lead.length), layout));
    }
  };
  list(text.listHeading.errors(withErrors.length), withErrors, (r) =>
    text.fileCounts(fileCount(r, "error"), fileCount(r, "warning"))
  );
  list(text.listHeading.warnings(withWarnings.length), withWarnings, (r) =>
    text.fileCounts(0, fileCount(r, "warning"))
  );
  list(text.listHeading.unchecked(unchecked.length), unchecked, (r) =>
    text.shortReason(r.error as FileError)
  );
  return lines.length > 0 ? ["", ...lines] : [];
}
