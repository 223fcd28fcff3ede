/**
 * Load an .xlsx into the workbench's in-memory workbook with the reader
 * aid-check uses (src/xlsx/workbook-parts.ts, over the bytes in memory), so the
 * pane and the command line see the same values for the same file: cached
 * formula results, error strings, dates as serial numbers, _xHHHH_ escapes
 * decoded, each cell's number format and bold. What only the grid needs
 * (column widths, merged areas) is read from the sheet's text in the same pass.
 * A file the reader refuses is a ReadError saying why (src/cli/problems.ts).
 */
import { memoryParts } from "../xlsx/memory-zip";
import { openSheets, RowsOutOfOrder, type SheetRows } from "../xlsx/workbook-parts";
import type { XmlSink } from "../xlsx/xml-feed";
import { SheetModel, WorkbookModel } from "./model";

// Columns Excel has (XFD): a <col max> past it is clipped.
const MAX_COLUMNS = 16_384;

// <col …> and <mergeCell …> tags, any namespace prefix; attribute order as the writer chose.
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(col|mergeCell)\s([^>]*)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const DATA_START = /<(?:[A-Za-z_][\w.-]*:)?sheetData(?=[\s/>])/;
// '</' + a prefix + 'sheetData' + '>' cut by a chunk's end fits in this many characters.
const TAIL = 64;

/** The attributes of a tag's text, by name. */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) out.set(m[1], m[2] ?? m[3]);
  return out;
}

/** Where the first </sheetData> (any prefix) ends in s, or -1; '<' never stands unescaped in text. */
function dataEnd(s: string): number {
  for (let at = s.indexOf("sheetData"); at >= 0; at = s.indexOf("sheetData", at + 9)) {
    const open = s.lastIndexOf("<", at);
    const close = s.indexOf(">", at);
    if (open < 0 || close < 0 || s.charCodeAt(open + 1) !== 47 /* / */) continue;
    if (/^<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>$/.test(s.slice(open, close + 1))) return close + 1;
  }
  return -1;
}

/**
 * A second look at a sheet's text for what the reader does not hand on: the
 * <cols> before the sheet data (widths) and the <mergeCells> after it. Inside
 * the sheet data, nearly all of the text, it only looks for the data's end.
 */
class SheetExtras implements XmlSink {
  private rest = "";
  private inData = false;
  readonly widths: number[] = [];
  readonly merges: string[] = [];

  write(text: string): void {
    let s = this.rest + text;
    this.rest = "";
    for (;;) {
      if (this.inData) {
        const end = dataEnd(s);
        if (end < 0) {
          this.rest = s.slice(-TAIL);
          return;
        }
        this.inData = false;
        s = s.slice(end);
        continue;
      }
      const start = DATA_START.exec(s);
      const gt = start ? s.indexOf(">", start.index) : -1;
      if (start && gt >= 0) {
        this.tags(s.slice(0, start.index));
        // <sheetData/> holds no rows: what follows is outside the data still.
        this.inData = s.charCodeAt(gt - 1) !== 47; /* / */
        s = s.slice(gt + 1);
        continue;
      }
      // Keep an unfinished tag for the next chunk; read the whole ones.
      const open = s.lastIndexOf("<");
      const cut = start ? start.index : open >= 0 && s.indexOf(">", open) < 0 ? open : s.length;
      this.tags(s.slice(0, cut));
      this.rest = s.slice(cut);
      return;
    }
  }

  close(): void {
    if (!this.inData) this.tags(this.rest);
    this.rest = "";
  }

  /** Take widths and merged areas from the <col> and <mergeCell> tags in text. */
  private tags(text: string): void {
    for (const m of text.matchAll(TAG)) {
      const a = attributes(m[2]);
      if (m[1] === "mergeCell") {
        const ref = a.get("ref");
        if (ref && /^[A-Za-z]{1,3}\d+:[A-Za-z]{1,3}\d+$/.test(ref))
          this.merges.push(ref.toUpperCase());
        continue;
      }
      const width = Number(a.get("width"));
      const min = Number(a.get("min"));
      const max = Math.min(Number(a.get("max") ?? min), MAX_COLUMNS);
      if (!(width > 0) || !(min >= 1)) continue;
      for (let c = min - 1; c < max; c++) this.widths[c] = width;
    }
  }
}

/** Fill a model sheet from the reader's rows, with widths and merges from the same pass. */
async function fillSheet(sheet: SheetModel, rows: SheetRows, sorted: boolean): Promise<void> {
  const extras = new SheetExtras();
  for await (const row of rows.rows(sorted, extras)) {
    const r = row.row - 1;
    row.values.forEach((value, c) => {
      if (value === "") return;
      sheet.setValue(r, c, value);
      const format = row.formats[c];
      if (format !== undefined && format !== "General") sheet.setFormat(r, c, format);
      if (row.bold?.[c]) sheet.cellFormats.set(`${r},${c}`, { bold: true });
    });
  }
  sheet.columnWidths = extras.widths;
  sheet.merges.push(...extras.merges);
}

/** Drop values from the cells of merged areas other than the top-left: Excel holds only that one. */
function clearMerged(sheet: SheetModel): void {
  for (const ref of sheet.merges) {
    const [from, to] = ref.split(":").map((a) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
      let column = 0;
      for (const ch of m[1]) column = column * 26 + ch.charCodeAt(0) - 64;
      return [Number(m[2]) - 1, column - 1] as const;
    });
    for (let r = from[0]; r <= to[0]; r++)
      for (let c = from[1]; c <= to[1]; c++) {
        if (r === from[0] && c === from[1]) continue;
        const cells = sheet.values[r];
        if (cells && c < cells.length) cells[c] = "";
      }
  }
}

/** Read an .xlsx file's bytes into a new workbook model (the first visible sheet active). */
export async function loadXlsx(data: ArrayBuffer): Promise<WorkbookModel> {
  const sheets = await openSheets(await memoryParts(new Uint8Array(data)));
  const model = new WorkbookModel();
  for (const rows of sheets) {
    let sheet = model.addSheet(rows.name);
    try {
      await fillSheet(sheet, rows, false);
    } catch (error) {
      if (!(error instanceof RowsOutOfOrder)) throw error;
      // Rows written out of order are gathered and sorted; the half-filled sheet is started again.
      model.sheets.pop();
      sheet = model.addSheet(rows.name);
      await fillSheet(sheet, rows, true);
    }
    sheet.visibility =
      rows.state === "veryHidden" ? "VeryHidden" : rows.state === "hidden" ? "Hidden" : "Visible";
    clearMerged(sheet);
  }
  if (model.sheets.length === 0) model.addSheet("Sheet1");
  // Excel never shows a hidden sheet: the first visible one is active.
  model.activeSheet = Math.max(
    0,
    model.sheets.findIndex((s) => s.visibility === "Visible")
  );
  return model;
}
