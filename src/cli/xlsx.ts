/**
 * Reading .xlsx files for aid-check, row by row, so a large workbook is never
 * held whole: the zip's parts are streamed (./zip.ts) through a SAX parser.
 * Values come out as Office.js `range.values` would give them (cached formula
 * results, error strings such as '#DIV/0!', dates as serial numbers), with each
 * cell's number format for its shown precision.
 *
 * exceljs's streaming reader was used first; it loses workbook.xml or the shared
 * strings now and then (a race in its entry handling) and drops cached error
 * results of formulas, so a file could pass unchecked. This reader reads the
 * workbook, relationships, shared strings and styles first, then each sheet.
 */
import { SaxesParser, type SaxesTagPlain } from "saxes";
import type { CellValue } from "../core/cells";
import { openZipEntry, readZipDirectory, ZipError, type ZipEntry } from "./zip";

export interface SheetRows {
  readonly name: string;
  /** Rows from row 1, gaps filled with empty rows so positions match the sheet. */
  readonly rows: AsyncIterable<{ values: CellValue[]; formats: (string | undefined)[] }>;
}

export class WorkbookError extends Error {}

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

/**
 * Stream a zip entry through a SAX parser, pausing after each chunk so the caller
 * can hand on what the chunk completed; a parse error fails with the part's name.
 */
async function* feedXml(path: string, entry: ZipEntry, parser: SaxesParser): AsyncGenerator<void> {
  let failure: Error | undefined;
  const fail = (error: Error) => new WorkbookError(`bad XML in ${entry.name}: ${error.message}`);
  const stream = await openZipEntry(path, entry);
  stream.setEncoding("utf8");
  for await (const chunk of stream) {
    parser.write(chunk as string);
    if (failure) throw fail(failure);
    yield;
  }
  parser.close();
  if (failure) throw fail(failure);
}

/** Parse a whole (small) XML part, calling back on tags and text. */
async function parsePart(
  path: string,
  entry: ZipEntry,
  handlers: {
    open?: (tag: SaxesTagPlain) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
  }
): Promise<void> {
  const parser = new SaxesParser();
  if (handlers.open) parser.on("opentag", handlers.open);
  if (handlers.close) parser.on("closetag", (tag) => handlers.close?.(tag.name));
  if (handlers.text) parser.on("text", handlers.text);
  const chunks = feedXml(path, entry, parser);
  while (!(await chunks.next()).done);
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/** An attribute by name; prefixed forms (r:id) are looked for only when the plain name is absent. */
function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  const attributes = tag.attributes;
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}

/** The zero-based column of a cell reference such as "AB12" (letters up to the first digit). */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) n = n * 26 + (code - 64);
    else if (code >= 97 && code <= 122) n = n * 26 + (code - 96);
    else break;
  }
  return n - 1;
}

/** Resolve a relationship target against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

async function readRelationships(
  path: string,
  entries: Map<string, ZipEntry>,
  part: string
): Promise<Map<string, { type: string; target: string }>> {
  const relsName =
    `${part.split("/").slice(0, -1).join("/")}/_rels/${part.split("/").pop()}.rels`.replace(
      /^\//,
      ""
    );
  const out = new Map<string, { type: string; target: string }>();
  const entry = entries.get(relsName);
  if (!entry) return out;
  await parsePart(path, entry, {
    open: (tag) => {
      if (localName(tag.name) !== "Relationship") return;
      const id = attribute(tag, "Id");
      const target = attribute(tag, "Target");
      if (id && target && attribute(tag, "TargetMode") !== "External")
        out.set(id, { type: attribute(tag, "Type") ?? "", target: resolveTarget(part, target) });
    },
  });
  return out;
}

async function readSharedStrings(path: string, entry: ZipEntry | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!entry) return strings;
  let current = "";
  let inText = false;
  let phonetic = 0;
  await parsePart(path, entry, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "si") current = "";
      else if (name === "rPh")
        phonetic++; // phonetic guides (furigana) are not part of the text
      else if (name === "t") inText = phonetic === 0;
    },
    close: (name) => {
      const local = localName(name);
      if (local === "t") inText = false;
      else if (local === "rPh") phonetic--;
      else if (local === "si") strings.push(current);
    },
    text: (text) => {
      if (inText) current += text;
    },
  });
  return strings;
}

async function readStyles(
  path: string,
  entry: ZipEntry | undefined
): Promise<(string | undefined)[]> {
  const formats = new Map<number, string>();
  const xfFormats: (string | undefined)[] = [];
  if (!entry) return xfFormats;
  let inCellXfs = false;
  const xfIds: number[] = [];
  await parsePart(path, entry, {
    open: (tag) => {
      const name = localName(tag.name);
      if (name === "numFmt")
        formats.set(Number(attribute(tag, "numFmtId")), attribute(tag, "formatCode") ?? "General");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfIds.push(Number(attribute(tag, "numFmtId") ?? 0));
    },
    close: (name) => {
      if (localName(name) === "cellXfs") inCellXfs = false;
    },
  });
  for (const id of xfIds) xfFormats.push(formats.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
  return xfFormats;
}

interface Workbook {
  readonly sheets: { name: string; part: string }[];
  readonly sharedStrings: string[];
  readonly styles: (string | undefined)[];
}

async function readWorkbook(path: string, entries: Map<string, ZipEntry>): Promise<Workbook> {
  const root = await readRelationships(path, entries, "");
  const officeDocument = [...root.values()].find((r) => r.type.endsWith("/officeDocument"));
  const workbookPart = officeDocument?.target ?? "xl/workbook.xml";
  const workbookEntry = entries.get(workbookPart);
  if (!workbookEntry) throw new WorkbookError("no workbook part: not an Excel workbook");
  const rels = await readRelationships(path, entries, workbookPart);
  const sheets: { name: string; part: string }[] = [];
  await parsePart(path, workbookEntry, {
    open: (tag) => {
      if (localName(tag.name) !== "sheet") return;
      const rel = rels.get(attribute(tag, "id") ?? "");
      if (rel && entries.has(rel.target))
        sheets.push({ name: attribute(tag, "name") ?? rel.target, part: rel.target });
    },
  });
  const find = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const sharedStrings = await readSharedStrings(
    path,
    entries.get(find("/sharedStrings") ?? "xl/sharedStrings.xml")
  );
  const styles = await readStyles(path, entries.get(find("/styles") ?? "xl/styles.xml"));
  return { sheets, sharedStrings, styles };
}

/** Parse one sheet's XML as a stream of rows. */
async function* sheetRows(
  path: string,
  entry: ZipEntry,
  book: Workbook
): AsyncGenerator<{ values: CellValue[]; formats: (string | undefined)[] }> {
  const parser = new SaxesParser();
  const ready: { values: CellValue[]; formats: (string | undefined)[] }[] = [];
  let rowNumber = 0;
  let expected = 1;
  let values: CellValue[] = [];
  let formats: (string | undefined)[] = [];
  let column = -1;
  let type = "n";
  let style = 0;
  let text = "";
  let inValue = false;
  let inInline = false;
  let hasValue = false;

  // Element names are usually unprefixed; a prefixed writer (x:row) costs a split.
  const nameOf = (name: string) => (name.includes(":") ? localName(name) : name);
  parser.on("opentag", (tag) => {
    switch (nameOf(tag.name)) {
      case "row": {
        const r = attribute(tag, "r");
        rowNumber = r ? Number(r) : rowNumber + 1;
        for (; expected < rowNumber; expected++) ready.push({ values: [], formats: [] });
        values = [];
        formats = [];
        column = -1;
        break;
      }
      case "c": {
        const ref = attribute(tag, "r");
        column = ref ? columnOf(ref) : column + 1;
        type = attribute(tag, "t") ?? "n";
        style = Number(attribute(tag, "s") ?? 0);
        text = "";
        hasValue = false;
        break;
      }
      case "v":
        inValue = true;
        break;
      case "is":
        inInline = true;
        break;
      case "t":
        if (inInline) inValue = true;
        break;
    }
  });
  parser.on("text", (chunk) => {
    if (inValue) text += chunk;
  });
  parser.on("closetag", (tag) => {
    switch (nameOf(tag.name)) {
      case "v":
        inValue = false;
        hasValue = true;
        break;
      case "t":
        if (inInline) {
          inValue = false;
          hasValue = true;
        }
        break;
      case "is":
        inInline = false;
        break;
      case "c": {
        if (column < 0) break;
        for (let c = values.length; c < column; c++) values[c] = "";
        values[column] = hasValue ? cellValue(type, text, book) : "";
        formats[column] = book.styles[style];
        break;
      }
      case "row":
        ready.push({ values, formats });
        expected = rowNumber + 1;
        break;
    }
  });

  const chunks = feedXml(path, entry, parser);
  while (!(await chunks.next()).done) {
    while (ready.length > 0)
      yield ready.shift() as { values: CellValue[]; formats: (string | undefined)[] };
  }
  yield* ready;
}

function cellValue(type: string, text: string, book: Workbook): CellValue {
  switch (type) {
    case "s":
      return book.sharedStrings[Number(text)] ?? "";
    case "str":
    case "inlineStr":
    case "d":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "e":
      return text;
    default: {
      const number = Number(text);
      return text !== "" && Number.isFinite(number) ? number : text;
    }
  }
}

/** Stream the sheets of a workbook in order; each sheet's rows should be read through before the next. */
export async function* readSheets(path: string): AsyncGenerator<SheetRows> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = await readZipDirectory(path);
  } catch (error) {
    throw error instanceof ZipError ? new WorkbookError(error.message) : error;
  }
  const book = await readWorkbook(path, entries);
  for (const sheet of book.sheets) {
    const entry = entries.get(sheet.part) as ZipEntry;
    yield { name: sheet.name, rows: sheetRows(path, entry, book) };
  }
}
