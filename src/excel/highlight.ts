/**
 * Highlighting faulty cells, and clearing exactly what was highlighted.
 *
 * Before painting, each cell's own fill (colour, pattern, pattern colour) is
 * saved in the workbook's settings, so Clear works after the pane was closed or
 * the workbook reopened. Clear puts a saved fill back only on a cell that still
 * shows the colour AID put there: a fill the user has changed since is theirs and
 * stays, and Clear names the cells it left alone.
 *
 * Each highlighted cell also gets a comment with its findings' messages (ExcelApi
 * 1.10, where the Excel has it; otherwise only the fill, and the pane says so). A
 * cell that already has someone's comment keeps it and gets none. Every copy of a
 * duplicate row is marked: the first copy too, with the later copies' messages.
 * The record keeps each comment's id and text, so Clear deletes only comments AID
 * added and nobody has changed or replied to since.
 *
 * Requests stay small for any number of cells: fills are read a block of cells at
 * a time (range.getCellProperties, ExcelApi 1.9) and painted a colour at a time
 * over multi-area ranges (worksheet.getRanges, ExcelApi 1.9), never one request
 * object per cell — one range per cell costs Office.js some 600 bytes of request,
 * so 10,000 cells came to 6 MB, over Excel on the web's 5 MB.
 */
import { cellAddress, columnIndex } from "../core/address";
import type { Finding } from "../core/validate";
import { cellMarks } from "../core/validate/marks";
import { FILL_PATTERNS } from "./fill-patterns";
import { excelRun } from "./run";
import {
  HIGHLIGHT_COLORS,
  MAX_NOTES,
  type ClearResult,
  type NotesOutcome,
} from "./highlight-words";
import { inBlocks, sheetReference } from "./write";

export {
  clearedNotesMessage,
  HIGHLIGHT_COLORS,
  MAX_NOTES,
  NOTES_TEXT,
  notesMessage,
  type ClearResult,
  type NotesOutcome,
} from "./highlight-words";

export const HIGHLIGHT_SETTING = "AID.highlights";

/** Request budget: well under Excel on the web's 5 MB for a request or a response. */
const REQUEST_BUDGET_BYTES = 1_500_000;
/** Cells read per getCellProperties block; each comes back as ~90 bytes of JSON. */
const READ_BLOCK_CELLS = 12_000;
const READ_BYTES_PER_CELL = 90;
/** Longest address list given to one getRanges call (Excel's limit is not documented; stay short). */
const AREAS_ADDRESS_CHARS = 1_000;
/** Largest settings value written at once: a record of 100,000 cells is split over several settings. */
const SETTING_PART_CHARS = 1_000_000;

/** One painted cell: address, its own fill before (null colour = no fill), and the colour AID put on it. */
type Saved = [
  address: string,
  color: string | null,
  pattern: string | null,
  patternColor: string | null,
  applied: string,
];

/** One comment AID added: the cell, the comment's id, and the text AID wrote. */
type SavedNote = [address: string, id: string, content: string];

interface SheetRecord {
  /** Worksheet id (stays through renames), and the name at the time, for when the id is not found. */
  readonly id: string;
  readonly name: string;
  readonly cells: Saved[];
  /** AID's comments on the sheet (absent in records made before comments). */
  readonly notes?: SavedNote[];
}

export interface HighlightOptions {
  /** Put a comment with the findings' messages on each highlighted cell; true when left out. */
  readonly notes?: boolean;
  /** Hears what became of the comments once Highlight is done. */
  readonly onNotes?: (outcome: NotesOutcome) => void;
}

/** Longest comment text AID writes. */
const MAX_NOTE_CHARS = 1_000;
/** Comments AID adds start with this, in either language, so a reader knows where they came from. */
export const NOTE_PREFIX = "[AID] ";
const COMMENT_ID = /^\S{1,200}$/;

const COLOR = /^#[0-9A-F]{6}$/;
const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

const APPLIED = new Set(Object.values(HIGHLIGHT_COLORS));

/** One saved cell, checked: a record from a received workbook is data, never trusted to name colours or cells. */
function validSaved(entry: unknown): Saved | null {
  if (!Array.isArray(entry) || entry.length !== 5) return null;
  const [address, color, pattern, patternColor, applied] = entry as unknown[];
  if (typeof address !== "string" || !ADDRESS.test(address)) return null;
  const m = ADDRESS.exec(address) as RegExpExecArray;
  if (columnIndex(m[1]) > 16_383 || Number(m[2]) > 1_048_576) return null;
  if (typeof applied !== "string" || !APPLIED.has(applied)) return null;
  if (color === null) return [address, null, null, null, applied];
  if (typeof color !== "string" || !COLOR.test(color)) return null;
  if (typeof pattern !== "string" || !FILL_PATTERNS.has(pattern)) return null;
  if (patternColor !== null && (typeof patternColor !== "string" || !COLOR.test(patternColor)))
    return null;
  return [address, color, pattern, patternColor, applied];
}

/** One saved comment, checked like a saved cell. */
function validNote(entry: unknown): SavedNote | null {
  if (!Array.isArray(entry) || entry.length !== 3) return null;
  const [address, id, content] = entry as unknown[];
  if (typeof address !== "string" || !cellOf(address)) return null;
  if (typeof id !== "string" || !COMMENT_ID.test(id)) return null;
  if (typeof content !== "string" || content.length > MAX_NOTE_CHARS + NOTE_PREFIX.length)
    return null;
  return [address, id, content];
}

/** The record's sheets, keeping only well-formed entries (a crafted record yields nothing it could misuse). */
function parseRecord(value: unknown): SheetRecord[] {
  const raw = typeof value === "string" ? safeJson(value) : value;
  if (!raw || typeof raw !== "object") return [];
  if ((raw as { version?: unknown }).version === 1) return parseFirstRecord(raw);
  if ((raw as { version?: unknown }).version !== 2) return [];
  const sheets = (raw as { sheets?: unknown }).sheets;
  if (!Array.isArray(sheets)) return [];
  const out: SheetRecord[] = [];
  for (const s of sheets) {
    if (!s || typeof s !== "object") continue;
    const { id, name, cells, notes } = s as {
      id?: unknown;
      name?: unknown;
      cells?: unknown;
      notes?: unknown;
    };
    if (typeof id !== "string" || typeof name !== "string" || !Array.isArray(cells)) continue;
    const kept = cells.map(validSaved).filter((c): c is Saved => c !== null);
    const keptNotes = Array.isArray(notes)
      ? notes.map(validNote).filter((n): n is SavedNote => n !== null)
      : [];
    out.push({ id, name, cells: kept, ...(keptNotes.length > 0 ? { notes: keptNotes } : {}) });
  }
  return out;
}

/**
 * AID 0.1's record: { version: 1, sheets: { [name]: [address, color, pattern, applied][] } }, in the
 * index setting itself. Read so that cells highlighted before an update can still be cleared.
 */
function parseFirstRecord(raw: object): SheetRecord[] {
  const sheets = (raw as { sheets?: unknown }).sheets;
  if (!sheets || typeof sheets !== "object" || Array.isArray(sheets)) return [];
  return Object.entries(sheets as Record<string, unknown>).flatMap(([name, cells]) =>
    Array.isArray(cells)
      ? [
          {
            id: "",
            name,
            cells: cells
              .map((c) =>
                Array.isArray(c) && c.length === 4
                  ? validSaved([c[0], c[1], c[2], null, c[3]])
                  : null
              )
              .filter((c): c is Saved => c !== null),
          },
        ]
      : []
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Queue loading the record's index setting (it names how many parts hold the record's JSON text). */
function loadIndex(context: Excel.RequestContext): Excel.Setting {
  const index = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  index.load("value");
  return index;
}

/** Load the record's parts, once its index has come back from a sync. */
async function loadRecord(
  context: Excel.RequestContext,
  index: Excel.Setting
): Promise<{ sheets: SheetRecord[]; parts: number }> {
  const settings = context.workbook.settings;
  if (index.isNullObject) return { sheets: [], parts: 0 };
  const head = (typeof index.value === "string" ? safeJson(index.value) : index.value) as {
    version?: unknown;
    parts?: unknown;
  } | null;
  if (head && head.version === 1) return { sheets: parseRecord(head), parts: 0 };
  const parts =
    head && head.version === 2 && Number.isInteger(head.parts)
      ? Math.min(Number(head.parts), 1000)
      : 0;
  const items = Array.from({ length: parts }, (_, i) => {
    const item = settings.getItemOrNullObject(`${HIGHLIGHT_SETTING}.${i}`);
    item.load("value");
    return item;
  });
  if (parts > 0) await context.sync();
  const text = items
    .map((item) => (!item.isNullObject && typeof item.value === "string" ? item.value : ""))
    .join("");
  return { sheets: parseRecord(text), parts };
}

/** Save the record over as many settings as its size needs, and drop parts left from a larger one; returns the parts. */
function saveRecord(
  context: Excel.RequestContext,
  sheets: readonly SheetRecord[],
  oldParts: number
): number {
  const settings = context.workbook.settings;
  const text = JSON.stringify({ version: 2, sheets });
  const parts = Math.ceil(text.length / SETTING_PART_CHARS);
  for (let i = 0; i < parts; i++)
    settings.add(
      `${HIGHLIGHT_SETTING}.${i}`,
      text.slice(i * SETTING_PART_CHARS, (i + 1) * SETTING_PART_CHARS)
    );
  for (let i = parts; i < oldParts; i++)
    settings.getItemOrNullObject(`${HIGHLIGHT_SETTING}.${i}`).delete();
  settings.add(HIGHLIGHT_SETTING, JSON.stringify({ version: 2, parts }));
  return parts;
}

/** Remove the record entirely. */
function deleteRecord(context: Excel.RequestContext, parts: number): void {
  const settings = context.workbook.settings;
  for (let i = 0; i < parts; i++)
    settings.getItemOrNullObject(`${HIGHLIGHT_SETTING}.${i}`).delete();
  settings.getItemOrNullObject(HIGHLIGHT_SETTING).delete();
}

interface Cell {
  readonly address: string;
  readonly row: number;
  readonly column: number;
}

function cellOf(address: string): Cell | null {
  const m = ADDRESS.exec(address);
  if (!m) return null;
  const column = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (column > 16_383 || row >= 1_048_576) return null;
  return { address, row, column };
}

/** A cell's fill as read: colour, pattern and pattern colour (upper-case hex). */
interface FillState {
  readonly color: string | null;
  readonly pattern: string;
  readonly patternColor: string | null;
}

/**
 * Read the fills of `cells` (sorted by row): blocks of whole row bands, each the
 * bounding box of its cells, batched into requests of about REQUEST_BUDGET_BYTES.
 */
async function readFills(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: readonly Cell[]
): Promise<Map<string, FillState>> {
  const fills = new Map<string, FillState>();
  const pending: {
    cells: Cell[];
    top: number;
    left: number;
    result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  let bytes = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await context.sync();
    for (const block of pending)
      for (const c of block.cells) {
        const f = block.result.value[c.row - block.top]?.[c.column - block.left]?.format?.fill;
        const pattern = f?.pattern ?? "None";
        fills.set(c.address, {
          color: pattern === "None" || !f?.color ? null : f.color.toUpperCase(),
          pattern,
          patternColor: f?.patternColor ? f.patternColor.toUpperCase() : null,
        });
      }
    pending.length = 0;
    bytes = 0;
  };
  let i = 0;
  while (i < cells.length) {
    let top = cells[i].row;
    let bottom = top;
    let left = cells[i].column;
    let right = left;
    const band: Cell[] = [];
    while (i < cells.length) {
      const c = cells[i];
      const l = Math.min(left, c.column);
      const r = Math.max(right, c.column);
      const b = Math.max(bottom, c.row);
      if (band.length > 0 && (b - top + 1) * (r - l + 1) > READ_BLOCK_CELLS) break;
      [left, right, bottom] = [l, r, b];
      band.push(c);
      i++;
    }
    top = band[0].row;
    const range = sheet.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
    const result = range.getCellProperties({
      format: { fill: { color: true, pattern: true, patternColor: true } },
    });
    pending.push({ cells: band, top, left, result });
    bytes += (bottom - top + 1) * (right - left + 1) * READ_BYTES_PER_CELL;
    if (bytes >= REQUEST_BUDGET_BYTES) await flush();
  }
  await flush();
  return fills;
}

/**
 * Address lists for getRanges: cells in runs along a row merged into areas
 * (D7:F7), lists cut at AREAS_ADDRESS_CHARS.
 */
function areaLists(cells: readonly Cell[]): string[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const areas: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].row === sorted[i].row &&
      sorted[j + 1].column === sorted[j].column + 1
    )
      j++;
    areas.push(
      i === j
        ? sorted[i].address
        : `${sorted[i].address}:${cellAddress(sorted[j].row, sorted[j].column)}`
    );
    i = j + 1;
  }
  const lists: string[] = [];
  let current = "";
  for (const area of areas) {
    if (current && current.length + 1 + area.length > AREAS_ADDRESS_CHARS) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) lists.push(current);
  return lists;
}

/** Queue `apply` on multi-area ranges covering `cells`, syncing whenever the request budget fills. */
async function overAreas(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  cells: readonly Cell[],
  apply: (areas: Excel.RangeAreas) => void,
  budget: { bytes: number }
): Promise<void> {
  for (const list of areaLists(cells)) {
    // Office.js spends about 700 bytes of request on the path, actions and the address itself.
    const cost = 700 + list.length * 3;
    if (budget.bytes > 0 && budget.bytes + cost > REQUEST_BUDGET_BYTES) {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per request budget, by design
      await context.sync();
      budget.bytes = 0;
    }
    apply(sheet.getRanges(list));
    budget.bytes += cost;
  }
}

/** Group cells by a key (a colour, a saved fill). */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Tell whether this Excel has cell comments (ExcelApi 1.10; the manifest asks only for 1.9). Where
 * Office gives no requirement information (the workbench, the tests) Office.js itself assumes
 * every API is there, and so does AID.
 */
export function commentsSupported(): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return requirements ? requirements.isSetSupported("ExcelApi", "1.10") : true;
}

/** What each cell is marked for: its colour and the lines of its comment (core's cellMarks decides). */
function marks(findings: readonly Finding[]): Map<string, { color: string; lines: string[] }> {
  const out = new Map<string, { color: string; lines: string[] }>();
  for (const [cell, m] of cellMarks(findings))
    out.set(cell, { color: HIGHLIGHT_COLORS[m.severity], lines: m.lines });
  return out;
}

/** A comment's text: AID's mark, then one line a finding, cut to MAX_NOTE_CHARS. */
function noteText(lines: readonly string[]): string {
  const text = lines.join("\n");
  return (
    NOTE_PREFIX + (text.length > MAX_NOTE_CHARS ? `${text.slice(0, MAX_NOTE_CHARS - 1)}…` : text)
  );
}

/** Comments located per request: a getLocation and its load cost Office.js some 400 bytes. */
const LOCATE_BLOCK = 2_000;

/** Where each comment on the sheet is: cell address → comment id. */
async function commentCells(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet
): Promise<Map<string, string>> {
  const comments = sheet.comments;
  comments.load("items/id");
  await context.sync();
  const at = new Map<string, string>();
  const items = comments.items;
  for (let i = 0; i < items.length; i += LOCATE_BLOCK) {
    const block = items.slice(i, i + LOCATE_BLOCK).map((c) => {
      const range = c.getLocation();
      range.load("address");
      return { id: c.id, range };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of comments, by design
    await context.sync();
    for (const { id, range } of block)
      at.set(range.address.replace(/^.*!/, "").replace(/\$/g, ""), id);
  }
  return at;
}

/**
 * Put AID's comment on each marked cell (up to MAX_NOTES): a new one where the cell has none,
 * AID's own brought up to date, none where someone else's is. Returns the sheet's notes as they
 * now are (AID's earlier ones that still exist included) and what was done.
 */
async function putNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  cells: readonly Cell[],
  lines: ReadonlyMap<string, readonly string[]>,
  earlier: readonly SavedNote[]
): Promise<{ notes: SavedNote[]; outcome: NotesOutcome }> {
  const at = await commentCells(context, sheet);
  const existing = new Set(at.values());
  // AID's earlier comments that are still there, found where they now are.
  const ours = new Map<string, SavedNote>();
  for (const n of earlier) if (existing.has(n[1])) ours.set(n[1], n);
  const notes = new Map<string, SavedNote>();
  for (const [cell, id] of at) {
    const n = ours.get(id);
    if (n) notes.set(id, [cell, id, n[2]]);
  }
  const skipped: string[] = [];
  const added: { cell: string; text: string; comment: Excel.Comment }[] = [];
  let updated = 0;
  const wanted = cells.slice(0, MAX_NOTES);
  const done = (failed?: string): { notes: SavedNote[]; outcome: NotesOutcome } => {
    let count = updated;
    // A comment whose request went through has its id; one in a refused request was not added.
    for (const a of added) {
      const id = loadedId(a.comment);
      if (id === undefined) continue;
      notes.set(id, [a.cell, id, a.text]);
      count++;
    }
    return {
      notes: [...notes.values()],
      outcome: {
        supported: true,
        added: count,
        skipped,
        beyondLimit: cells.length - wanted.length,
        ...(failed !== undefined ? { failed } : {}),
      },
    };
  };
  try {
    await inBlocks(
      context,
      wanted,
      (c) => 600 + (lines.get(c.address) ?? []).join("").length * 3,
      (c) => {
        const text = noteText(lines.get(c.address) ?? []);
        const id = at.get(c.address);
        const mine = id !== undefined ? notes.get(id) : undefined;
        if (id !== undefined && !mine) {
          skipped.push(c.address);
          return;
        }
        if (mine) {
          if (mine[2] !== text) sheet.comments.getItem(mine[1]).content = text;
          notes.set(mine[1], [c.address, mine[1], text]);
          updated++;
          return;
        }
        const comment = sheet.comments.add(sheetReference(sheetName, c.address), text);
        comment.load("id");
        added.push({ cell: c.address, text, comment });
      }
    );
    await context.sync();
  } catch (e) {
    return done(e instanceof Error ? e.message : String(e));
  }
  return done();
}

/** The id of a comment whose add went through, or undefined when its request never came back. */
function loadedId(comment: Excel.Comment): string | undefined {
  try {
    return comment.id;
  } catch {
    return undefined;
  }
}

/**
 * Paint the cells of the findings (errors over warnings) and comment on them; resolves with the
 * number of cells painted. `options.onNotes` hears what became of the comments.
 */
export async function highlight(
  sheetName: string,
  findings: readonly Finding[],
  options: HighlightOptions = {}
): Promise<number> {
  const marked = marks(findings);
  if (marked.size === 0) return 0;
  const wantNotes = options.notes !== false;
  const supported = wantNotes && commentsSupported();
  return excelRun(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.load("id, name");
    const index = loadIndex(context);
    await context.sync();
    const record = await loadRecord(context, index);
    const mine =
      record.sheets.find((s) => s.id === sheet.id) ??
      record.sheets.find((s) => s.name === sheet.name);
    const saved = new Map<string, Saved>((mine?.cells ?? []).map((s) => [s[0], s]));
    const cells = [...marked.keys()]
      .map((a) => cellOf(a) as Cell)
      .sort((a, b) => a.row - b.row || a.column - b.column);
    const fills = await readFills(context, sheet, cells);
    // A cell painted before keeps its saved fill only while it still shows AID's colour; otherwise the
    // user has recoloured it since, and that fill is what Clear must bring back.
    for (const c of cells) {
      const fill = fills.get(c.address);
      const before = saved.get(c.address);
      if (before && fill?.color === before[4]) continue;
      saved.set(
        c.address,
        fill?.color
          ? [c.address, fill.color, fill.pattern, fill.patternColor, ""]
          : [c.address, null, null, null, ""]
      );
    }
    const budget = { bytes: 0 };
    const colorOf = (c: Cell) => (marked.get(c.address) as { color: string }).color;
    for (const [color, group] of groupBy(cells, colorOf)) {
      await overAreas(context, sheet, group, (areas) => (areas.format.fill.color = color), budget);
      for (const c of group) {
        const entry = saved.get(c.address) as Saved;
        saved.set(c.address, [entry[0], entry[1], entry[2], entry[3], color]);
      }
    }
    const others = record.sheets.filter((s) => s !== mine);
    const mineNow = (notes: readonly SavedNote[] | undefined): SheetRecord => ({
      id: sheet.id,
      name: sheet.name,
      cells: [...saved.values()],
      ...(notes && notes.length > 0 ? { notes: [...notes] } : {}),
    });
    // The fills are recorded before any comment is added: whatever happens to the comments, Clear
    // can put every fill back.
    const parts = saveRecord(context, [...others, mineNow(mine?.notes)], record.parts);
    await context.sync();
    if (supported) {
      const lines = new Map([...marked].map(([cell, m]) => [cell, m.lines]));
      const { notes, outcome } = await putNotes(
        context,
        sheet,
        sheet.name,
        cells,
        lines,
        mine?.notes ?? []
      );
      saveRecord(context, [...others, mineNow(notes)], parts);
      await context.sync();
      options.onNotes?.(outcome);
    } else if (wantNotes)
      options.onNotes?.({ supported: false, added: 0, skipped: [], beyondLimit: 0 });
    return marked.size;
  });
}

/** Comments checked per request in Clear: each is a getItem, a load of its text and of its replies. */
const CHECK_BLOCK = 1_000;

/**
 * Delete AID's comments that still say what AID wrote and have no replies; the others (changed or
 * answered since) are the user's now and stay. Comments already gone need nothing.
 */
async function removeNotes(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  notes: readonly SavedNote[]
): Promise<{ count: number; kept: string[] }> {
  const comments = sheet.comments;
  comments.load("items/id");
  await context.sync();
  const present = new Set(comments.items.map((c) => c.id));
  const there = notes.filter((n) => present.has(n[1]));
  const kept: string[] = [];
  let count = 0;
  for (let i = 0; i < there.length; i += CHECK_BLOCK) {
    const block = there.slice(i, i + CHECK_BLOCK).map((note) => {
      const comment = comments.getItem(note[1]);
      comment.load("content");
      comment.replies.load("items/id");
      return { note, comment };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per block of comments, by design
    await context.sync();
    for (const { note, comment } of block) {
      if (comment.content === note[2] && comment.replies.items.length === 0) {
        comment.delete();
        count++;
      } else kept.push(note[0]);
    }
  }
  return { count, kept };
}

/**
 * Put back the fills Highlight replaced, on cells still showing AID's colour, and delete the comments
 * it added that nobody has changed or answered; says what it left alone.
 */
export async function clearHighlights(): Promise<ClearResult> {
  return excelRun(async (context) => {
    const index = loadIndex(context);
    await context.sync();
    const record = await loadRecord(context, index);
    if (record.parts === 0 && record.sheets.length === 0) {
      // An index without parts (or an older record) is still AID's: remove it.
      deleteRecord(context, 0);
      await context.sync();
      return { restored: 0, notRestored: [], missingSheets: [] };
    }
    const byId = record.sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s.id));
    const byName = record.sheets.map((s) =>
      context.workbook.worksheets.getItemOrNullObject(s.name)
    );
    [...byId, ...byName].forEach((w) => w.load("name"));
    await context.sync();
    let restored = 0;
    const notRestored: { sheet: string; cell: string }[] = [];
    const missingSheets: string[] = [];
    const budget = { bytes: 0 };
    for (let i = 0; i < record.sheets.length; i++) {
      const rec = record.sheets[i];
      // The id survives a rename; the name is the fallback where a platform does not keep ids.
      const sheet = !byId[i].isNullObject ? byId[i] : !byName[i].isNullObject ? byName[i] : null;
      if (!sheet) {
        missingSheets.push(rec.name);
        continue;
      }
      const cells = rec.cells
        .map((s) => cellOf(s[0]) as Cell)
        .sort((a, b) => a.row - b.row || a.column - b.column);
      const fills = await readFills(context, sheet, cells);
      const restorable: Saved[] = [];
      for (const s of rec.cells) {
        if (fills.get(s[0])?.color === s[4]) restorable.push(s);
        else notRestored.push({ sheet: sheet.name, cell: s[0] });
      }
      const groups = groupBy(restorable, (s) => JSON.stringify([s[1], s[2], s[3]]));
      for (const group of groups.values()) {
        const [, color, pattern, patternColor] = group[0];
        await overAreas(
          context,
          sheet,
          group.map((s) => cellOf(s[0]) as Cell),
          (areas) => {
            const fill = areas.format.fill;
            if (color === null) {
              fill.clear();
              return;
            }
            fill.color = color;
            if (pattern && pattern !== "Solid") fill.pattern = pattern as Excel.FillPattern;
            if (patternColor) fill.patternColor = patternColor;
          },
          budget
        );
        restored += group.length;
      }
    }
    // Comments after fills: the fills are what the user sees first, and need no comments API.
    let notesRemoved = 0;
    const notesKept: { sheet: string; cell: string }[] = [];
    const unreachable: SheetRecord[] = [];
    const reachable = commentsSupported();
    for (let i = 0; i < record.sheets.length; i++) {
      const rec = record.sheets[i];
      const sheet = !byId[i].isNullObject ? byId[i] : !byName[i].isNullObject ? byName[i] : null;
      if (!sheet || !rec.notes || rec.notes.length === 0) continue;
      if (!reachable) {
        unreachable.push({ id: rec.id, name: rec.name, cells: [], notes: rec.notes });
        notesKept.push(...rec.notes.map((n) => ({ sheet: sheet.name, cell: n[0] })));
        continue;
      }
      const removed = await removeNotes(context, sheet, rec.notes);
      notesRemoved += removed.count;
      notesKept.push(...removed.kept.map((cell) => ({ sheet: sheet.name, cell })));
    }
    deleteRecord(context, record.parts);
    // AID's comments this Excel cannot reach stay recorded, for a Clear in an Excel that can.
    if (unreachable.length > 0) saveRecord(context, unreachable, 0);
    await context.sync();
    return {
      restored,
      notRestored,
      missingSheets,
      notesRemoved,
      notesKept,
      ...(unreachable.length > 0 ? { notesUnsupported: true } : {}),
    };
  });
}
