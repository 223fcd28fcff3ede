/**
 * Command-line arguments of aid-check.
 */
import { localeFor, type Locale } from "../core/i18n";
import { findProgramme, type ProgrammeId } from "../core/programmes";

export interface CliOptions {
  readonly json: boolean;
  readonly programme?: ProgrammeId;
  readonly sheet?: string;
  readonly locale: Locale;
  readonly paths: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  /** The LibreOffice program given with --soffice. */
  readonly soffice?: string;
  /** Where --report writes the summary workbook. */
  readonly report?: string;
  /** The options as given (without the paths), for the summary workbook's header. */
  readonly given: string;
  /** --jobs: how many files to check at once (1: one after another, in this thread); unset: decided by the work. */
  readonly jobs?: number;
  /** --color / --no-color; unset: colour when stdout is a terminal and NO_COLOR is not set. */
  readonly color?: boolean;
}

/** The largest --jobs value taken. */
export const JOBS_LIMIT = 64;

export type Parsed =
  | { readonly ok: true; readonly options: CliOptions }
  | { readonly ok: false; readonly error: string };

/** Parse argv (without node and the script). */
export function parseArgs(argv: readonly string[]): Parsed {
  let json = false;
  let programme: ProgrammeId | undefined;
  let sheet: string | undefined;
  // Chinese unless --lang en: the users read Chinese, and office servers often run with an English system locale.
  let locale: Locale = "zh-CN";
  let help = false;
  let version = false;
  let soffice: string | undefined;
  let report: string | undefined;
  let jobs: number | undefined;
  let color: boolean | undefined;
  const given: string[] = [];
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      // Everything after -- is a path, even "-x.xlsx".
      paths.push(...argv.slice(i + 1));
      break;
    }
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case "--json":
        json = true;
        break;
      case "-h":
      case "--help":
        help = true;
        break;
      case "-V":
      case "--version":
        version = true;
        break;
      case "--programme":
      case "--program": {
        const v = value();
        const table = v === undefined ? undefined : findProgramme(v);
        if (!table) return { ok: false, error: `unknown-programme:${v ?? ""}` };
        programme = table.id;
        given.push(`--programme ${table.id}`);
        break;
      }
      case "--sheet": {
        const v = value();
        if (!v) return { ok: false, error: "missing-value:--sheet" };
        sheet = v;
        given.push(`--sheet ${v}`);
        break;
      }
      case "--soffice": {
        const v = value();
        if (!v) return { ok: false, error: "missing-value:--soffice" };
        soffice = v;
        break;
      }
      case "--report": {
        const v = value();
        if (!v) return { ok: false, error: "missing-value:--report" };
        if (!/\.xlsx$/i.test(v)) return { ok: false, error: `bad-report:${v}` };
        report = v;
        given.push(`--report ${v}`);
        break;
      }
      case "-j":
      case "--jobs": {
        const v = value();
        const n = v !== undefined && /^\d+$/.test(v) ? Number(v) : NaN;
        if (!(n >= 1 && n <= JOBS_LIMIT)) return { ok: false, error: `bad-jobs:${v ?? ""}` };
        // Not in `given`: how many threads check the files changes nothing in the results.
        jobs = n;
        break;
      }
      case "--color":
        color = true;
        break;
      case "--no-color":
        color = false;
        break;
      case "--lang": {
        const v = value();
        if (!v || !/^(zh|en)/i.test(v)) return { ok: false, error: `bad-lang:${v ?? ""}` };
        locale = localeFor(v);
        break;
      }
      default:
        if (flag.startsWith("-") && flag !== "-")
          return { ok: false, error: `unknown-option:${flag}` };
        paths.push(arg);
    }
  }
  return {
    ok: true,
    options: {
      json,
      programme,
      sheet,
      locale,
      paths,
      help,
      version,
      soffice,
      report,
      given: given.join(" "),
      jobs,
      color,
    },
  };
}
