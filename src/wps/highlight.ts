/**
 * Highlighting faulty cells in WPS, and clearing exactly what was highlighted, with
 * the rules of src/excel/highlight.ts: each cell's own fill is saved before it is
 * painted (in AID.data, see ./sheets.ts), and Clear puts it back only on a cell that
 * still shows AID's colour; a fill the user changed since stays, and Clear names it.
 *
 * ET's fills: Interior.Color is a BGR integer; Interior.Pattern is an XlPattern number,
 * -4142 (xlNone) for no fill (Color then reads as white, 16777215). Setting Color makes
 * the fill solid; setting Pattern to xlNone removes it. The record keeps colours as
 * "#RRGGBB", as Excel's does, and the pattern as ET's number.
 */
import { cellMarks } from "../core/validate/marks";
import { cellAddress, columnIndex } from "../core/address";
import type { Finding } from "../core/validate";
import type { ClearResult } from "../excel/highlight-words";
import { HIGHLIGHT_COLORS } from "../excel/highlight-words";
import type { WpsWorksheet } from "./om";
import { readSetting, sheetId, sheetWithId, allSheets, writeSetting } from "./sheets";
import { bgrOf, hexOf, XL_PATTERN_NONE, XL_PATTERN_SOLID, yieldToPane } from "./values";

/** The record's key in AID.data: its own name, since its patterns are ET's numbers, not Office.js's names. */
export const HIGHLIGHT_RECORD = "AID.highlights.wps";
/** Cells read or painted before the pane gets a turn. */
const CELLS_PER_TURN = 2_000;

/** One painted cell: address, its own fill before (null colour = no fill), and the colour AID put on it. */
type Saved = [
  address: string,
  color: string | null,
  pattern: number | null,
  patternColor: string | null,
  applied: string,
];

interface SheetRecord {
  readonly id: string;
  readonly name: string;
  readonly cells: Saved[];
}

const COLOR = /^#[0-9A-F]{6}$/;
const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const APPLIED = new Set<string>(Object.values(HIGHLIGHT_COLORS));

/** One saved cell, checked: the record is data from a workbook, never trusted. */
function validSaved(entry: unknown): Saved | null {
  if (!Array.isArray(entry) || entry.length !== 5) return null;
  const [address, color, pattern, patternColor, applied] = entry as unknown[];
  if (typeof address !== "string" || !ADDRESS.test(address)) return null;
  const m = ADDRESS.exec(address) as RegExpExecArray;
  if (columnIndex(m[1]) > 16_383 || Number(m[2]) > 1_048_576) return null;
  if (typeof applied !== "string" || !APPLIED.has(applied)) return null;
  if (color === null) return [address, null, null, null, applied];
  if (typeof color !== "string" || !COLOR.test(color)) return null;
  if (typeof pattern !== "number" || !Number.isInteger(pattern) || pattern === XL_PATTERN_NONE)
    return null;
  if (patternColor !== null && (typeof patternColor !== "string" || !COLOR.test(patternColor)))
    return null;
  return [address, color, pattern, patternColor, applied];
}

function parseRecord(text: string | null): SheetRecord[] {
  if (!text) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!raw || typeof raw !== "object" || (raw as { version?: unknown }).version !== 1) return [];
  const sheets = (raw as { sheets?: unknown }).sheets;
  if (!Array.isArray(sheets)) return [];
  return sheets.flatMap((s): SheetRecord[] => {
    const { id, name, cells } = (s ?? {}) as { id?: unknown; name?: unknown; cells?: unknown };
    if (typeof id !== "string" || typeof name !== "string" || !Array.isArray(cells)) return [];
    return [{ id, name, cells: cells.map(validSaved).filter((c): c is Saved => c !== null) }];
  });
}

function saveRecord(sheets: readonly SheetRecord[]): void {
  writeSetting(
    HIGHLIGHT_RECORD,
    sheets.length === 0 ? null : JSON.stringify({ version: 1, sheets })
  );
}

interface Fill {
  readonly color: string | null;
  readonly pattern: number;
  readonly patternColor: string | null;
}

/** A cell's fill as ET reports it. */
function fillOf(sheet: WpsWorksheet, address: string): Fill {
  const interior = sheet.Range(address).Interior;
  const pattern = Number(interior.Pattern);
  if (pattern === XL_PATTERN_NONE || !Number.isFinite(pattern))
    return { color: null, pattern: XL_PATTERN_NONE, patternColor: null };
  return {
    color: hexOf(Number(interior.Color)),
    pattern,
    // A solid fill has no pattern lines: its PatternColor means nothing and is not kept.
    patternColor: pattern === XL_PATTERN_SOLID ? null : hexOf(Number(interior.PatternColor)),
  };
}

/** Runs of cells along a row as areas (D7:F7), so a long run is one call. */
function rowRuns(addresses: readonly string[]): string[] {
  const cells = addresses
    .map((a) => {
      const m = ADDRESS.exec(a) as RegExpExecArray;
      return { row: Number(m[2]) - 1, column: columnIndex(m[1]), address: a };
    })
    .sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: string[] = [];
  for (let i = 0; i < cells.length;) {
    let j = i;
    while (
      j + 1 < cells.length &&
      cells[j + 1].row === cells[i].row &&
      cells[j + 1].column === cells[j].column + 1
    )
      j++;
    runs.push(
      i === j
        ? cells[i].address
        : `${cells[i].address}:${cellAddress(cells[j].row, cells[j].column)}`
    );
    i = j + 1;
  }
  return runs;
}

/** Paint the cells of the findings (errors over warnings); resolves with the number of cells painted. */
export async function highlight(sheetName: string, findings: readonly Finding[]): Promise<number> {
  // The same cells as the Excel host marks (core's cellMarks), the first copy of a duplicate row too.
  const colors = new Map<string, string>();
  for (const [cell, m] of cellMarks(findings)) colors.set(cell, HIGHLIGHT_COLORS[m.severity]);
  if (colors.size === 0) return 0;
  const sheet = allSheets().find((s) => s.Name === sheetName);
  if (!sheet) throw new Error(`找不到工作表「${sheetName}」/ No sheet named "${sheetName}"`);
  const id = sheetId(sheet);
  const record = parseRecord(readSetting(HIGHLIGHT_RECORD));
  const mine = record.find((s) => s.id === id) ?? record.find((s) => s.name === sheet.Name);
  const saved = new Map<string, Saved>((mine?.cells ?? []).map((s) => [s[0], s]));
  let n = 0;
  for (const address of colors.keys()) {
    const fill = fillOf(sheet, address);
    const before = saved.get(address);
    // Painted before and still AID's colour: its saved fill is still the user's own.
    if (!(before && fill.color === before[4]))
      saved.set(
        address,
        fill.color
          ? [address, fill.color, fill.pattern, fill.patternColor, ""]
          : [address, null, null, null, ""]
      );
    if (++n % CELLS_PER_TURN === 0) await yieldToPane();
  }
  const byColor = new Map<string, string[]>();
  for (const [address, color] of colors)
    byColor.set(color, [...(byColor.get(color) ?? []), address]);
  for (const [color, addresses] of byColor) {
    const bgr = bgrOf(color);
    const runs = rowRuns(addresses);
    for (let i = 0; i < runs.length; i++) {
      sheet.Range(runs[i]).Interior.Color = bgr;
      if ((i + 1) % CELLS_PER_TURN === 0) await yieldToPane();
    }
    for (const address of addresses) {
      const entry = saved.get(address) as Saved;
      saved.set(address, [entry[0], entry[1], entry[2], entry[3], color]);
    }
  }
  saveRecord([
    ...record.filter((s) => s !== mine),
    { id, name: sheet.Name, cells: [...saved.values()] },
  ]);
  return colors.size;
}

/** Put back the fills Highlight replaced, on cells still showing AID's colour; says what it left alone. */
export async function clearHighlights(): Promise<ClearResult> {
  const record = parseRecord(readSetting(HIGHLIGHT_RECORD));
  let restored = 0;
  const notRestored: { sheet: string; cell: string }[] = [];
  const missingSheets: string[] = [];
  for (const rec of record) {
    const sheet = sheetWithId(rec.id) ?? allSheets().find((s) => s.Name === rec.name) ?? null;
    if (!sheet) {
      missingSheets.push(rec.name);
      continue;
    }
    let n = 0;
    for (const [address, color, pattern, patternColor, applied] of rec.cells) {
      const now = fillOf(sheet, address);
      if (now.color !== applied) {
        notRestored.push({ sheet: sheet.Name, cell: address });
        continue;
      }
      const interior = sheet.Range(address).Interior;
      if (color === null) interior.Pattern = XL_PATTERN_NONE;
      else {
        interior.Color = bgrOf(color);
        if (pattern !== null) interior.Pattern = pattern;
        if (patternColor) interior.PatternColor = bgrOf(patternColor);
      }
      restored++;
      if (++n % CELLS_PER_TURN === 0) await yieldToPane();
    }
  }
  saveRecord([]);
  return { restored, notRestored, missingSheets };
}
