/**
 * Reading the parts of an .xlsx, row by row, wherever the bytes come from: the
 * CLI streams them from a file (src/cli/xlsx.ts), the workbench from an
 * ArrayBuffer (./memory-zip.ts), so both give the same values for the same
 * file. Small parts (relationships, workbook, styles, shared strings) go
 * through saxes; sheet parts through the worksheet scanner. Values come out as
 * Office.js `range.values` would give them (cached formula results, error
 * strings such as '#DIV/0!', dates as serial numbers), with each cell's number
 * format for its shown precision.
 *
 * It reads what Excel, WPS, LibreOffice, Gnumeric, openpyxl and XlsxWriter
 * write (ECMA-376 part 1): _xHHHH_ escapes, inline and CDATA text, phonetic
 * runs left out, ISO dates, part names in any case, percent-encoded and
 * absolute relationship targets, UTF-16 parts, zip64. Only rows holding a value
 * are handed on, each with its own row number, so empty formatted rows down to
 * row 1,048,576 cost no more than their bytes. Anything it cannot read is a
 * ReadError saying why (src/cli/problems.ts).
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { columnLetter } from "../core/address";
import type { CellValue } from "../core/cells";
import { DEFAULT_LIMITS, damaged, overLimit, ReadError, type ReadLimits } from "../cli/problems";
import { SheetScanner, type ScannerLimits } from "./sheet-scanner";
import { LayoutCollector, type SheetLayout, type TablePartFacts } from "./sheet-layout";
import { attributeNamed, decodeEscapes, feedXmlChunks } from "./xml-feed";
import type { PartSource, ReadBudget, ZipDirectory, ZipEntry } from "./zip-directory";

/** One row that holds at least one value. */
export interface SheetRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Values from column A, gaps filled with ''. */
  readonly values: CellValue[];
  readonly formats: (string | undefined)[];
  /** Columns whose cell style's font is bold; absent when none is. */
  readonly bold?: boolean[];
}

/** Formula cells whose result the file does not hold (never calculated, or to be recalculated on load). */
export interface Uncalculated {
  count: number;
  /** The first cells, in reading order (at most MAX_LISTED). */
  readonly cells: string[];
  /** 1-based rows and 0-based columns holding any of them. */
  readonly rows: Set<number>;
  readonly columns: Set<number>;
}

/** Told the sheet's layout (widths, merges, panes, links, tables) once its rows are read; the workbench asks. */
export type LayoutCallback = (layout: SheetLayout) => void;

export interface SheetRows {
  readonly name: string;
  /**
   * Rows holding a value, in row order. Streamed as written unless sorted;
   * a sheet whose rows are out of order throws RowsOutOfOrder part-way, and
   * is then read again with sorted, which gathers its rows first.
   */
  rows(sorted?: boolean, onLayout?: LayoutCallback): AsyncIterable<SheetRow>;
  /** The same rows a chunk's worth at a time: one await per chunk, not per row, for aid-check's hot loop. */
  batches(sorted?: boolean, onLayout?: LayoutCallback): AsyncIterable<readonly SheetRow[]>;
  /** Shown, hidden (the user can unhide it) or very hidden (only code can). */
  readonly state: SheetEntry["state"];
  /** Filled in as rows() is read. */
  readonly uncalculated: Uncalculated;
}

const MAX_LISTED = 1000;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

// Number formats Excel does not write into styles.xml (ECMA-376 part 1, 18.8.30).
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** An attribute by name; prefixed forms (r:id) are looked for only when the plain name is absent. */
function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  return attributeNamed(tag.attributes, name);
}

/** True for the xsd:boolean spellings of true. */
function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** Count element depth and refuse past the limit: the parser keeps a stack of open tags. */
function depthGuard(limits: ReadLimits, part: string): { open(): void; close(): void } {
  let depth = 0;
  return {
    open: () => {
      if (++depth > limits.xmlDepth) overLimit(limits, "xmlDepth", part);
    },
    close: () => {
      depth--;
    },
  };
}

/** Parse a whole (small) XML part, calling back on tags and text (CDATA included). */
async function parsePart(
  source: PartSource,
  entry: ZipEntry,
  budget: ReadBudget,
  handlers: {
    open?: (tag: SaxesTagPlain) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  }
): Promise<void> {
  const parser = new SaxesParser();
  const depth = depthGuard(budget.limits, entry.name);
  parser.on("opentag", (tag) => {
    depth.open();
    handlers.open?.(tag);
  });
  parser.on("closetag", (tag) => {
    depth.close();
    handlers.close?.(tag.name);
  });
  if (handlers.text) {
    parser.on("text", handlers.text);
    parser.on("cdata", handlers.text);
  }
  const chunks = feedXmlChunks(
    entry.name,
    source.read(entry, budget, "otherPartBytes"),
    parser,
    budget
  );
  while (!(await chunks.next()).done);
}

/** Percent-decode a relationship target as Excel does ('%E8%A1%A8.xml'); a malformed one stays as written. */
function percentDecode(target: string): string {
  if (target.indexOf("%") < 0) return target;
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** Resolve a relationship target against the folder of the part that names it; '/xl/…' is from the root. */
function resolveTarget(base: string, target: string): string {
  const decoded = percentDecode(target).replace(/\\/g, "/");
  const parts = decoded.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const piece of decoded.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

interface Relationship {
  readonly type: string;
  /** A part's name, resolved; for an external target (a hyperlink's file or web address), as written. */
  readonly target: string;
  readonly external?: boolean;
}

/**
 * The relationships of a part, by id; undefined when the part has no
 * relationships part. External targets (a hyperlink's address) only when asked:
 * a workbook's parts are never outside it.
 */
async function readRelationships(
  source: PartSource,
  part: string,
  budget: ReadBudget,
  external = false
): Promise<Map<string, Relationship> | undefined> {
  const slash = part.lastIndexOf("/");
  const relsName = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const entry = source.directory.get(relsName);
  if (!entry) return undefined;
  const out = new Map<string, Relationship>();
  await parsePart(source, entry, budget, {
    open: (tag) => {
      if (localName(tag.name) !== "Relationship") return;
      const id = attribute(tag, "Id");
      const target = attribute(tag, "Target");
      if (!id || !target) return;
      const type = attribute(tag, "Type") ?? "";
      if (attribute(tag, "TargetMode") !== "External")
        out.set(id, { type, target: resolveTarget(part, target) });
      else if (external) out.set(id, { type, target, external: true });
    },
  });
  return out;
}

/** The scanner's bounds from the reader's limits; a refusal names the part, or for a long text where it stands. */
function scannerLimits(limits: ReadLimits, part: string, where: () => string): ScannerLimits {
  return {
    cellText: limits.cellText,
    depth: limits.xmlDepth,
    pending: limits.xmlRun,
    refuse: (limit) =>
      limit === "cellText"
        ? overLimit(limits, "cellText", where())
        : overLimit(limits, limit === "depth" ? "xmlDepth" : "xmlRun", part),
  };
}

async function readSharedStrings(
  source: PartSource,
  entry: ZipEntry,
  budget: ReadBudget
): Promise<string[]> {
  const limits = budget.limits;
  const strings: string[] = [];
  // A large workbook's strings part is megabytes of <si><t>: the sheet scanner reads it at its speed.
  const scanner = new SheetScanner(
    {
      row: () => undefined,
      rowEnd: () => undefined,
      cell: () => {
        if (strings.length >= limits.sharedStrings) overLimit(limits, "sharedStrings", entry.name);
      },
      cellEnd: (text) => {
        strings.push(decodeEscapes(text));
      },
    },
    scannerLimits(limits, entry.name, () => `${entry.name} #${strings.length}`),
    "strings"
  );
  const chunks = feedXmlChunks(
    entry.name,
    source.read(entry, budget, "otherPartBytes"),
    scanner,
    budget
  );
  while (!(await chunks.next()).done);
  return strings;
}

/** Each cell style's (cellXfs entry's) number format, and whether its font is bold. */
interface Styles {
  readonly formats: (string | undefined)[];
  readonly bold: boolean[];
}

async function readStyles(
  source: PartSource,
  entry: ZipEntry | undefined,
  budget: ReadBudget
): Promise<Styles> {
  const formats = new Map<number, string>();
  const styles: Styles = { formats: [], bold: [] };
  if (!entry) return styles;
  let inCellXfs = false;
  let inFonts = false;
  const xfIds: number[] = [];
  const xfFonts: number[] = [];
  const boldFonts: boolean[] = [];
  await parsePart(source, entry, budget, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "numFmt")
        formats.set(
          Number(attribute(tag, "numFmtId")),
          decodeEscapes(attribute(tag, "formatCode") ?? "General")
        );
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "fonts") inFonts = true;
      else if (name === "font" && inFonts) boldFonts.push(false);
      // <b/> is bold; <b val="0"/> is not (ECMA-376 part 1, 18.8.2).
      else if (name === "b" && inFonts && boldFonts.length > 0)
        boldFonts[boldFonts.length - 1] = !/^(0|false)$/.test(attribute(tag, "val") ?? "1");
      else if (name === "xf" && inCellXfs) {
        xfIds.push(Number(attribute(tag, "numFmtId") ?? 0));
        xfFonts.push(Number(attribute(tag, "fontId") ?? 0));
      }
    },
    close: (name) => {
      const local = localName(name);
      if (local === "cellXfs") inCellXfs = false;
      else if (local === "fonts") inFonts = false;
    },
  });
  for (const id of xfIds) styles.formats.push(formats.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
  for (const font of xfFonts) styles.bold.push(boldFonts[font] === true);
  return styles;
}

/** A worksheet as workbook.xml lists it. */
export interface SheetEntry {
  readonly name: string;
  readonly part: string;
  /** The sheet's state attribute: visible, hidden or veryHidden. */
  readonly state: "visible" | "hidden" | "veryHidden";
}

interface Workbook {
  readonly sheets: SheetEntry[];
  /** undefined when the workbook has no shared-string table. */
  readonly sharedStrings: string[] | undefined;
  readonly styles: Styles;
  /** Serial numbers count from 1904-01-01 (workbookPr date1904). */
  readonly date1904: boolean;
  /** calcPr fullCalcOnLoad: the writer left the cached results for Excel to recalculate. */
  readonly recalcOnLoad: boolean;
}

/** Say what a zip that holds no workbook is: Word, PowerPoint, OpenDocument, or none of them. */
function notAWorkbook(dir: ZipDirectory, target: string | undefined): never {
  if (/^word\//i.test(target ?? "") || dir.get("word/document.xml"))
    throw new ReadError({ code: "other-office", what: "word" });
  if (/^ppt\//i.test(target ?? "") || dir.get("ppt/presentation.xml"))
    throw new ReadError({ code: "other-office", what: "powerpoint" });
  if (dir.get("mimetype") && dir.get("content.xml")) throw new ReadError({ code: "opendocument" });
  if (/\.bin$/i.test(target ?? "")) throw new ReadError({ code: "xlsb" });
  if (target) damaged({ kind: "missing-part", part: target });
  throw new ReadError({ code: "no-workbook" });
}

async function readWorkbook(source: PartSource, budget: ReadBudget): Promise<Workbook> {
  const dir = source.directory;
  const root = await readRelationships(source, "", budget);
  const officeDocument = [...(root?.values() ?? [])].find((r) =>
    r.type.endsWith("/officeDocument")
  );
  const workbookPart = officeDocument?.target ?? "xl/workbook.xml";
  const workbookEntry = dir.get(workbookPart);
  if (!workbookEntry || !/\.xml$/i.test(workbookPart) || !/^xl\//i.test(workbookPart))
    notAWorkbook(dir, officeDocument?.target);
  const rels = await readRelationships(source, workbookPart, budget);
  if (!rels)
    damaged({
      kind: "missing-part",
      part: `${workbookPart.replace(/[^/]*$/, "")}_rels/${workbookPart.replace(/^.*\//, "")}.rels`,
    });
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let recalcOnLoad = false;
  let listed = 0;
  await parsePart(source, workbookEntry, budget, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "workbookPr") date1904 = isTrue(attribute(tag, "date1904"));
      else if (name === "calcPr") recalcOnLoad = isTrue(attribute(tag, "fullCalcOnLoad"));
      if (name !== "sheet") return;
      listed++;
      const id = attribute(tag, "id") ?? "";
      const rel = rels.get(id);
      if (!rel) damaged({ kind: "missing-part", part: `${workbookPart} r:id="${id}"` });
      // Chart sheets, dialog sheets and Excel 4 macro sheets hold no cells.
      if (!rel.type.endsWith("/worksheet")) return;
      if (!dir.get(rel.target)) damaged({ kind: "missing-part", part: rel.target });
      const state = attribute(tag, "state");
      sheets.push({
        name: decodeEscapes(attribute(tag, "name") ?? rel.target),
        part: rel.target,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      });
    },
  });
  if (listed === 0) damaged({ kind: "no-sheets" });
  const find = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const stringsPart = find("/sharedStrings");
  let sharedStrings: string[] | undefined;
  if (stringsPart !== undefined) {
    const entry = dir.get(stringsPart);
    if (!entry) damaged({ kind: "missing-part", part: stringsPart });
    sharedStrings = await readSharedStrings(source, entry, budget);
  }
  const styles = await readStyles(source, dir.get(find("/styles") ?? "xl/styles.xml"), budget);
  return { sheets, sharedStrings, styles, date1904, recalcOnLoad };
}

/** Rows came out of order: the sheet must be read again with rows(true). */
export class RowsOutOfOrder extends Error {}

/** The value of 1 to 10 ASCII digits; -1 for anything else (a loop: it runs for every cell). */
function digitsValue(text: string): number {
  const length = text.length;
  if (length === 0 || length > 10) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const ISO_DATE =
  /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The serial number of an ISO 8601 date cell (t="d"), as Excel would store it
 * and range.values hands it to the pane; undefined when it is not a date.
 */
export function isoDateSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  const time =
    ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0) + Number(m[7] ?? 0)) /
    86400;
  if (m[1] === undefined) return time;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(day)) return undefined;
  let serial = (day - (date1904 ? EPOCH_1904 : EPOCH_1900)) / 86400000;
  // Excel's 1900 system counts a 29 February 1900 that never was: dates before March 1900 are one less.
  if (!date1904 && serial < 61) serial -= 1;
  return serial + time;
}

/** Parse one sheet's XML as a stream of batches of rows holding values; sorted gathers the rows first. */
async function* sheetBatches(
  source: PartSource,
  sheet: SheetEntry,
  entry: ZipEntry,
  book: Workbook,
  budget: ReadBudget,
  uncalculated: Uncalculated,
  sorted: boolean,
  onLayout?: LayoutCallback
): AsyncGenerator<readonly SheetRow[]> {
  const limits = budget.limits;
  let ready: SheetRow[] = [];
  const gathered = new Map<number, SheetRow>();
  let rowNumber = 0;
  let lastRow = 0;
  let values: CellValue[] = [];
  let formats: (string | undefined)[] = [];
  let bold: boolean[] | undefined;
  let rowHasValue = false;
  let cellsHanded = 0;
  let column = -1;
  let cellRef = "";
  let type = "n";
  let style = 0;

  const outOfRange = (ref: string): never => {
    throw new ReadError({ code: "out-of-range", sheet: sheet.name, ref });
  };
  const openRow = (r: string | undefined): void => {
    if (r === undefined) rowNumber = lastRow + 1;
    else {
      rowNumber = digitsValue(r);
      if (rowNumber < 1) damaged({ kind: "row-number", sheet: sheet.name, row: r.slice(0, 20) });
    }
    if (rowNumber > MAX_ROW) outOfRange(`${rowNumber}`);
    if (rowNumber <= lastRow && !sorted) throw new RowsOutOfOrder();
    lastRow = rowNumber;
    values = [];
    formats = [];
    bold = undefined;
    rowHasValue = false;
    column = -1;
  };
  const openCell = (
    ref: string | undefined,
    t: string | undefined,
    s: string | undefined
  ): void => {
    let letters = 0;
    let refRow = 0;
    if (ref !== undefined) {
      let n = 0;
      let i = 0;
      for (; i < ref.length; i++) {
        const code = ref.charCodeAt(i) | 0x20; // lower case
        if (code < 97 || code > 122) break;
        n = n * 26 + (code - 96);
        letters++;
      }
      for (; i < ref.length; i++) {
        const code = ref.charCodeAt(i);
        if (code < 48 || code > 57) break;
        refRow = refRow * 10 + (code - 48);
      }
      if (letters > 0) column = n - 1;
      else column++;
      if (letters > 3 || refRow > MAX_ROW) outOfRange(ref.slice(0, 20));
    } else column++;
    if (column >= MAX_COLUMN)
      outOfRange(ref?.slice(0, 20) ?? `${columnLetter(column)}${rowNumber}`);
    cellRef = ref !== undefined && letters > 0 ? ref : `${columnLetter(column)}${rowNumber}`;
    type = t ?? "n";
    style = s === undefined ? 0 : Number(s);
  };
  const closeCell = (text: string, hasValue: boolean, hasFormula: boolean): void => {
    let value: CellValue = "";
    const cached = hasValue && (text !== "" || type === "str" || type === "inlineStr");
    if (hasFormula && (book.recalcOnLoad || !cached)) {
      // No trustworthy result: neither blank nor the 0 some writers store; the check says so.
      uncalculated.count++;
      if (uncalculated.cells.length < MAX_LISTED)
        uncalculated.cells.push(`${columnLetter(column)}${rowNumber}`);
      uncalculated.rows.add(rowNumber);
      uncalculated.columns.add(column);
      rowHasValue = true;
    } else if (hasValue && text !== "") value = cellValue(type, text);
    if (value === "") return;
    if (column >= values.length && cellsHanded + column + 1 > limits.sheetCells)
      overLimit(limits, "sheetCells", `${sheet.name}!${cellRef}`);
    for (let c = values.length; c < column; c++) values[c] = "";
    values[column] = value;
    formats[column] = book.styles.formats[style];
    if (book.styles.bold[style]) (bold ??= [])[column] = true;
    rowHasValue = true;
  };
  const closeRow = (): void => {
    if (!rowHasValue) return;
    cellsHanded += values.length;
    for (let c = 0; c < values.length; c++) if (values[c] === undefined) values[c] = "";
    const row: SheetRow = bold
      ? { row: rowNumber, values, formats, bold }
      : { row: rowNumber, values, formats };
    if (!sorted) ready.push(row);
    else if (gathered.has(rowNumber))
      damaged({ kind: "duplicate-row", sheet: sheet.name, row: rowNumber });
    else gathered.set(rowNumber, row);
  };
  const cellValue = (t: string, raw: string): CellValue => {
    switch (t) {
      case "s": {
        const strings = book.sharedStrings;
        const index = digitsValue(raw);
        if (!strings || index < 0 || index >= strings.length)
          damaged({
            kind: "shared-string",
            sheet: sheet.name,
            cell: cellRef,
            index: raw.slice(0, 20),
          });
        return strings[index];
      }
      case "str":
      case "inlineStr":
        return decodeEscapes(raw);
      case "d":
        return isoDateSerial(raw, book.date1904) ?? raw;
      case "b":
        return raw === "1" || raw === "true" ? true : raw === "0" || raw === "false" ? false : raw;
      case "e":
        return raw;
      default: {
        const number = Number(raw);
        return Number.isFinite(number) ? number : raw;
      }
    }
  };

  const layout = onLayout ? new LayoutCollector() : undefined;
  const scanner = new SheetScanner(
    {
      row: openRow,
      rowEnd: closeRow,
      cell: openCell,
      cellEnd: closeCell,
      layout: layout && ((name, attributes) => layout.take(name, attributes)),
    },
    scannerLimits(limits, entry.name, () => `${sheet.name}!${cellRef}`)
  );

  const chunks = feedXmlChunks(
    entry.name,
    source.read(entry, budget, "sheetPartBytes"),
    scanner,
    budget
  );
  try {
    while (!(await chunks.next()).done) {
      if (ready.length === 0) continue;
      const batch = ready;
      ready = [];
      yield batch;
    }
    if (ready.length > 0) yield ready;
  } finally {
    await chunks.return(undefined);
  }
  if (sorted) yield [...gathered.values()].sort((a, b) => a.row - b.row);
  if (layout && onLayout)
    onLayout(
      await layout.resolve({
        relationships: async () =>
          (await readRelationships(source, sheet.part, budget, true)) ?? new Map(),
        table: (part) => readTablePart(source, part, budget),
      })
    );
}

/** A table part's name, area and style; undefined when the part is missing. */
async function readTablePart(
  source: PartSource,
  part: string,
  budget: ReadBudget
): Promise<TablePartFacts | undefined> {
  const entry = source.directory.get(part);
  if (!entry) return undefined;
  let facts: TablePartFacts = {};
  await parsePart(source, entry, budget, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "table")
        facts = {
          ...facts,
          name: attribute(tag, "name"),
          displayName: attribute(tag, "displayName"),
          ref: attribute(tag, "ref"),
        };
      else if (name === "tableStyleInfo") facts = { ...facts, style: attribute(tag, "name") };
    },
  });
  return facts;
}

/** The rows of sheetBatches one by one. */
async function* rowsOf(batches: AsyncIterable<readonly SheetRow[]>): AsyncGenerator<SheetRow> {
  for await (const batch of batches) yield* batch;
}

/** How reading one file may be bounded: the limits, and the clock to measure its time by. */
export interface ReadOptions {
  readonly limits?: ReadLimits;
  /** Milliseconds since the epoch when reading started (Date.now() by default). */
  readonly startedAt?: number;
}

/**
 * The sheets of a workbook read from its parts, in order; each sheet's rows
 * are streamed when asked for. Refuses with a ReadError saying what the
 * archive is when it holds no readable workbook.
 */
export async function openSheets(
  source: PartSource,
  options: ReadOptions = {}
): Promise<SheetRows[]> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const budget: ReadBudget = {
    limits,
    deadline: (options.startedAt ?? Date.now()) + limits.seconds * 1000,
    bytes: 0,
  };
  const book = await readWorkbook(source, budget);
  return book.sheets.map((sheet) => {
    const entry = source.directory.get(sheet.part) as ZipEntry;
    const uncalculated: Uncalculated = { count: 0, cells: [], rows: new Set(), columns: new Set() };
    const batches = (sorted = false, onLayout?: LayoutCallback) => {
      uncalculated.count = 0;
      uncalculated.cells.length = 0;
      uncalculated.rows.clear();
      uncalculated.columns.clear();
      return sheetBatches(source, sheet, entry, book, budget, uncalculated, sorted, onLayout);
    };
    return {
      name: sheet.name,
      state: sheet.state,
      uncalculated,
      rows: (sorted = false, onLayout?: LayoutCallback) => rowsOf(batches(sorted, onLayout)),
      batches,
    };
  });
}
