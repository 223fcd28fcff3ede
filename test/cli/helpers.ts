/**
 * Helpers for the aid-check tests: run the CLI in-process with capturing
 * streams, build workbooks with exceljs in a temporary folder, and read the
 * JSON report.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import { main, type CliHooks } from "../../src/cli/aid-check";

export const REPO = resolve(__dirname, "..", "..");
export const EXAMPLES = join(REPO, "examples");
export const CLEAN = join(EXAMPLES, "clean.xlsx");
export const MISTAKES = join(EXAMPLES, "mistakes.xlsx");
export const PUBLISHED = join(EXAMPLES, "published-tables.xlsx");

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Every separate write to stderr, in order. */
  readonly stderrWrites: readonly string[];
}

export interface RunOptions {
  /** What stderr says about being a terminal (left out: not a terminal, as when piped). */
  readonly isTTY?: boolean;
  /** The environment aid-check sees; empty by default, so the host's LANG never leaks in. */
  readonly env?: NodeJS.ProcessEnv;
  /** stdout as a terminal of this many columns (left out: piped). */
  readonly terminal?: { readonly columns: number };
  /** A worker script, a clock for the progress bar. */
  readonly hooks?: CliHooks;
}

/** Run aid-check in-process and capture what it writes. */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  let stdout = "";
  const stderrWrites: string[] = [];
  const stderr =
    options.isTTY === undefined
      ? { write: (text: string) => stderrWrites.push(text) }
      : { isTTY: options.isTTY, write: (text: string) => stderrWrites.push(text) };
  const write = (text: string) => {
    stdout += text;
    return true;
  };
  const status = await main(
    argv,
    {
      stdout: options.terminal
        ? { isTTY: true, columns: options.terminal.columns, write }
        : { write },
      stderr,
      env: options.env ?? {},
    },
    options.hooks
  );
  return { status, stdout, stderr: stderrWrites.join(""), stderrWrites };
}

/** Lines of a captured stream, without the empty line after the last newline. */
export function lines(text: string): string[] {
  const out = text.split("\n");
  if (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
}

/** A stack-trace line, as Node prints them ("    at fn (file:1:2)"). */
export const STACK_LINE = /^\s{4}at /m;

// ---- temporary folders ---------------------------------------------------------

/** A fresh temporary folder for each test, removed afterwards. */
export function useTempDir(): () => string {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "aid-check-test-"));
  });
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = "";
  });
  return () => dir;
}

// ---- workbooks -------------------------------------------------------------------

export interface SheetSpec {
  readonly name: string;
  /** A title in row 1, merged across the header's width. */
  readonly title?: string;
  /** The header row (row 2 when there is a title). */
  readonly header?: readonly ExcelJS.CellValue[];
  /** Rows under the header: numbers, text, { formula, result }, { error }. */
  readonly rows?: readonly (readonly ExcelJS.CellValue[])[];
  /** Number formats by cell address, e.g. { E5: "0.0%" }. */
  readonly formats?: Readonly<Record<string, string>>;
}

/** Write a workbook with these sheets, in this order; returns its path. */
export async function writeWorkbook(path: string, sheets: readonly SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "aid-check tests";
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name);
    if (spec.title !== undefined) {
      ws.addRow([spec.title]);
      ws.mergeCells(1, 1, 1, Math.max(2, spec.header?.length ?? 2));
    }
    if (spec.header) ws.addRow([...spec.header]);
    for (const row of spec.rows ?? []) ws.addRow([...row]);
    for (const [address, numFmt] of Object.entries(spec.formats ?? {}))
      ws.getCell(address).numFmt = numFmt;
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** The header of 表2: counts and a completion rate written as a fraction (0.25 = 25%). */
export const COMPLETION_HEADER = ["支援方", "受援方", "试点项目", "完工项目", "项目完工率"];

/** Three rows of 表2 that agree with the official pairs; completion rate as a fraction. */
export const COMPLETION_ROWS: readonly (readonly ExcelJS.CellValue[])[] = [
  ["江苏", "伊犁州直", 4, 1, 0.25],
  ["辽宁", "塔城地区", 10, 6, 0.6],
  ["河南", "哈密地区", 6, 3, 0.5],
];

/** A small clean project table (表2 style): title, header, three rows and their 合计 (20, 10, 50%). */
export function completionSheet(name = "完工情况"): SheetSpec {
  return {
    name,
    title: "2010年援疆试点项目完工情况",
    header: COMPLETION_HEADER,
    rows: [...COMPLETION_ROWS, ["合计", "", 20, 10, 0.5]],
  };
}

// ---- files that are not workbooks -------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A valid zip archive (entries stored, not compressed) holding these files, in this order. */
export function zipArchive(entries: Readonly<Record<string, string | Buffer>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt32LE(0, 10);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The entries of a zip archive (stored or deflated), in the archive's order. */
export function readZip(archive: Buffer): Map<string, Buffer> {
  let end = archive.length - 22;
  while (end >= 0 && archive.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const raw = archive.subarray(start, start + size);
    if (!name.endsWith("/")) out.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

/**
 * Rewrite a workbook with its parts in the order Excel saves them: the workbook
 * and its relationships first, then the sheets, then styles and shared strings.
 */
export function reorderLikeExcel(path: string): string {
  const entries = readZip(readFileSync(path));
  const first = [
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
  ];
  const sheets = [...entries.keys()].filter((name) => name.startsWith("xl/worksheets/"));
  const order = [
    ...first,
    ...sheets,
    ...[...entries.keys()].filter((name) => !first.includes(name) && !sheets.includes(name)),
  ].filter((name) => entries.has(name));
  const ordered: Record<string, Buffer> = {};
  for (const name of order) ordered[name] = entries.get(name) as Buffer;
  writeFileSync(path, zipArchive(ordered));
  return path;
}

/** Write text to a file; returns its path. */
export function writeText(path: string, text: string | Buffer): string {
  writeFileSync(path, text);
  return path;
}

// ---- the JSON report ------------------------------------------------------------------

export interface JsonFinding {
  readonly rule: string;
  readonly severity: "error" | "warning";
  readonly cell: string;
  readonly row: number;
  readonly column: string;
  readonly message: string;
  readonly role?: string;
  readonly expected?: string;
  readonly actual?: string;
}

export interface JsonSheet {
  readonly sheet: string;
  readonly programme: string;
  readonly table: {
    readonly headerRow: number;
    readonly firstRow: number | null;
    readonly lastRow: number | null;
    readonly totalRow: number | null;
    readonly columns: Record<string, string>;
  };
  readonly issues: readonly JsonFinding[];
  /** Sheet-level notices: formula cells without a result. */
  readonly notices: readonly JsonNotice[];
}

export interface JsonNotice {
  readonly kind: "uncalculated-formulas";
  readonly severity: "warning";
  readonly count: number;
  readonly cells: readonly string[];
  readonly message: string;
}

export interface JsonReport {
  readonly version: number;
  readonly files: readonly {
    readonly file: string;
    readonly sheets: readonly JsonSheet[];
    /** Why the file could not be checked: "missing", "damaged", "encrypted"… */
    readonly error?: string;
    readonly problem?: { readonly code: string; readonly [key: string]: unknown };
    readonly message?: string;
    /** Why a folder entry was skipped; the command that converts a file. */
    readonly reason?: { readonly kind: string };
    readonly command?: string;
    /** True when LibreOffice converted the file to .xlsx first. */
    readonly converted?: boolean;
  }[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly files: number };
}

/** Parse stdout of a --json run: it must be exactly one JSON document. */
export function parseReport(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

/** The one sheet of the report with this name (fails the test when absent). */
export function sheetOf(report: JsonReport, name: string, file = 0): JsonSheet {
  const sheet = report.files[file]?.sheets.find((s) => s.sheet === name);
  if (!sheet) throw new Error(`no sheet ${name} in the report`);
  return sheet;
}

/** "rule@cell" for each finding, in the order given. */
export function ruleCells(issues: readonly JsonFinding[]): string[] {
  return issues.map((f) => `${f.rule}@${f.cell}`);
}

/** Every notice of the report. */
export function allNotices(report: JsonReport): JsonNotice[] {
  return report.files.flatMap((f) => f.sheets.flatMap((s) => s.notices));
}

/** Every finding of the report. */
export function allFindings(report: JsonReport): JsonFinding[] {
  return report.files.flatMap((f) => f.sheets.flatMap((s) => s.issues));
}
