/**
 * The workbench's in-memory workbook: sheets of cells with values, number
 * formats, fills and hyperlinks, plus the tables, charts and settings the pane
 * may add. The Excel stand-in (./standin.ts) is the only way the pane reaches it.
 *
 * The model tells its subscribers what happened (see ModelEvent): a sheet was
 * activated, cells changed, rows or columns were inserted or deleted. Hosts over
 * the model turn these into Office.js events (worksheets.onActivated, onChanged);
 * the workbench grid redraws on every event.
 */
import { cellAddress, columnLetter, type Area } from "../core/address";
import type { CellValue } from "../core/cells";

/** Excel's sheet visibility (Excel.SheetVisibility). */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** What changed in a sheet, in Office.js's words (Excel.DataChangeType). */
export type ChangeType =
  "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted";

/**
 * What the model tells its subscribers.
 *
 * - `activated`: the sheet became the active one (a tab click, worksheet.activate(), a select on another sheet).
 * - `changed`: cells of a sheet changed; `address` is the changed area without the sheet (D7, A3:H3,
 *   5:6 for whole rows, C:C for whole columns); `byAddin` is true when the change came through a host
 *   (the add-in's own write), false for the user's edits in the workbench.
 * - `updated`: anything else worth redrawing (a request ran, the selection moved, a sheet was added).
 */
export type ModelEvent =
  | { readonly type: "activated"; readonly sheet: string; readonly sheetId: string }
  | {
      readonly type: "changed";
      readonly sheet: string;
      readonly sheetId: string;
      readonly address: string;
      readonly change: ChangeType;
      readonly byAddin: boolean;
    }
  | { readonly type: "updated" };

export type ModelListener = (event: ModelEvent) => void;

let sheetCounter = 0;

/** A worksheet id in the form Excel uses ({xxxxxxxx-0001-0000-0000-000000000000}), unique in this runtime. */
function newSheetId(): string {
  sheetCounter++;
  return `{${sheetCounter.toString(16).toUpperCase().padStart(8, "0")}-0001-0000-0000-000000000000}`;
}

/** Move a "row,column" key by a row or column shift; null when the cell was deleted. */
type KeyMove = (row: number, column: number) => [number, number] | null;

export interface Fill {
  readonly color: string;
  readonly pattern: string;
  /** The colour of the pattern's lines (Excel's RangeFill.patternColor); absent means automatic. */
  readonly patternColor?: string;
}

export interface CellFormat {
  fill?: Fill;
  bold?: boolean;
  fontColor?: string;
}

export interface Hyperlink {
  readonly documentReference?: string;
  readonly address?: string;
  readonly textToDisplay?: string;
}

/** A cell's comment (Excel's threaded comment, worksheet.comments): its text and the replies under it. */
export interface CommentModel {
  readonly id: string;
  content: string;
  readonly authorName: string;
  readonly replies: string[];
}

export interface TableModel {
  readonly name: string;
  /** Zero-based bounds. */
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
  style: string;
}

export interface ChartModel {
  readonly name: string;
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position?: { readonly start: string; readonly end: string };
  /** The range the first series takes its category labels from (series.setXAxisValues). */
  categories?: string;
  /** What each data point's label shows (chart.dataLabels): category name, percentage, value. */
  dataLabels?: { showCategoryName?: boolean; showPercentage?: boolean; showValue?: boolean };
  legendVisible?: boolean;
}

export class SheetModel {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  /** True where a string was entered as a formula (starts with = and the cell is not text-formatted). */
  readonly formulas = new Set<string>();
  readonly cellFormats = new Map<string, CellFormat>();
  readonly hyperlinks = new Map<string, Hyperlink>();
  /** Comments by "row,column"; a cell holds at most one (with its replies), as in Excel. */
  readonly comments = new Map<string, CommentModel>();
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  /** Merged areas, each more than one cell. */
  readonly merges: Area[] = [];
  columnWidths: number[] = [];
  visibility: SheetVisibility = "Visible";
  /** Rows kept in view at the top (worksheet.freezePanes.freezeRows). */
  frozenRows = 0;
  /** How the sheet prints (worksheet.pageLayout): orientation, fit to pages, rows repeated on each page. */
  readonly print: { orientation?: string; fitToPagesWide?: number; titleRows?: string } = {};

  /** `id` stays the same when the sheet is renamed, as Excel's worksheet id does. */
  constructor(
    public name: string,
    readonly id: string = newSheetId()
  ) {}

  get rowCount(): number {
    return this.values.length;
  }

  get columnCount(): number {
    let max = 0;
    for (const row of this.values) if (row.length > max) max = row.length;
    return max;
  }

  value(row: number, column: number): CellValue {
    return this.values[row]?.[column] ?? "";
  }

  format(row: number, column: number): string {
    return this.formats[row]?.[column] ?? "General";
  }

  setValue(row: number, column: number, value: CellValue): void {
    while (this.values.length <= row) this.values.push([]);
    const cells = this.values[row];
    while (cells.length < column) cells.push("");
    cells[column] = value;
  }

  setFormat(row: number, column: number, format: string): void {
    while (this.formats.length <= row) this.formats.push([]);
    const cells = this.formats[row];
    while (cells.length < column) cells.push("General");
    cells[column] = format;
  }

  /** Bounds of the used cells (values, and formats too unless `valuesOnly`): [top, left, bottom, right], or null. */
  usedBounds(valuesOnly = true): [number, number, number, number] | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const include = (r: number, c: number) => {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    };
    this.values.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== "" && v !== null && v !== undefined) include(r, c);
      }
    });
    if (!valuesOnly) {
      for (const key of this.cellFormats.keys()) {
        const [r, c] = key.split(",").map(Number);
        include(r, c);
      }
    }
    return bottom < 0 ? null : [top, left, bottom, right];
  }

  /** Insert `count` empty rows before 0-based `row`, moving everything below down (as Excel does). */
  insertRows(row: number, count: number): void {
    const empty = () => Array.from({ length: count }, () => [] as never[]);
    if (row < this.values.length) this.values.splice(row, 0, ...empty());
    if (row < this.formats.length) this.formats.splice(row, 0, ...empty());
    this.moveKeys((r, c) => [r >= row ? r + count : r, c]);
    this.moveTables("row", row, count);
  }

  /** Delete `count` rows from 0-based `row`, moving everything below up. */
  deleteRows(row: number, count: number): void {
    this.values.splice(row, count);
    this.formats.splice(row, count);
    this.moveKeys((r, c) => (r < row ? [r, c] : r < row + count ? null : [r - count, c]));
    this.moveTables("row", row, -count);
  }

  /** Insert `count` empty columns before 0-based `column`, moving everything right of it. */
  insertColumns(column: number, count: number): void {
    const pad = (cells: unknown[], fill: unknown) => {
      if (column < cells.length) cells.splice(column, 0, ...Array<unknown>(count).fill(fill));
    };
    this.values.forEach((cells) => pad(cells, ""));
    this.formats.forEach((cells) => pad(cells, "General"));
    pad(this.columnWidths, undefined);
    this.moveKeys((r, c) => [r, c >= column ? c + count : c]);
    this.moveTables("column", column, count);
  }

  /** Delete `count` columns from 0-based `column`, moving everything right of them left. */
  deleteColumns(column: number, count: number): void {
    this.values.forEach((cells) => cells.splice(column, count));
    this.formats.forEach((cells) => cells.splice(column, count));
    this.columnWidths.splice(column, count);
    this.moveKeys((r, c) => (c < column ? [r, c] : c < column + count ? null : [r, c - count]));
    this.moveTables("column", column, -count);
  }

  /** Re-key formulas, cell formats, hyperlinks and comments after rows or columns moved. */
  private moveKeys(move: KeyMove): void {
    const rekey = <T>(map: Map<string, T>) => {
      const entries = [...map];
      map.clear();
      for (const [key, value] of entries) {
        const [r, c] = key.split(",").map(Number);
        const to = move(r, c);
        if (to) map.set(`${to[0]},${to[1]}`, value);
      }
    };
    rekey(this.cellFormats);
    rekey(this.hyperlinks);
    rekey(this.comments);
    const formulas = new Map([...this.formulas].map((k) => [k, true] as const));
    rekey(formulas);
    this.formulas.clear();
    for (const key of formulas.keys()) this.formulas.add(key);
    // Merged areas move with their corners: rows or columns deleted inside one narrow it, and one
    // whose corner is deleted is dropped (Excel keeps it shrunk, which the workbench does not need).
    const merges = this.merges.splice(0);
    for (const m of merges) {
      const a = move(m.row, m.column);
      const b = move(m.row + m.rows - 1, m.column + m.columns - 1);
      if (a && b)
        this.merges.push({
          row: a[0],
          column: a[1],
          rows: b[0] - a[0] + 1,
          columns: b[1] - a[1] + 1,
        });
    }
  }

  /** Move the tables AID added: shift those after the change, grow one an insertion falls inside, drop one a deletion cuts. */
  private moveTables(axis: "row" | "column", at: number, delta: number): void {
    const sizeKey = axis === "row" ? "rows" : "columns";
    const kept = this.tables.splice(0).flatMap((t): TableModel[] => {
      const start = t[axis];
      const end = start + t[sizeKey]; // exclusive
      if (at >= end) return [t];
      if (delta > 0)
        return at <= start
          ? [{ ...t, [axis]: start + delta }]
          : [{ ...t, [sizeKey]: t[sizeKey] + delta }];
      if (at - delta <= start) return [{ ...t, [axis]: start + delta }];
      return [];
    });
    this.tables.push(...kept);
  }
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, unknown>();
  /** The workbook's file name, as Excel reports it (workbook.name). */
  name = "工作簿1.xlsx";
  selection: {
    sheet: string;
    row: number;
    column: number;
    rows: number;
    columns: number;
    /** Every area of a Ctrl-selection, the first being row/column/rows/columns; absent for one area. */
    areas?: { row: number; column: number; rows: number; columns: number }[];
  } | null = null;
  private active = 0;
  private readonly listeners = new Set<ModelListener>();

  /** Index of the active sheet. Setting it to another sheet tells subscribers it was activated. */
  get activeSheet(): number {
    return this.active;
  }

  set activeSheet(index: number) {
    if (index === this.active) return;
    this.active = index;
    const sheet = this.sheets[index];
    if (sheet) this.emit({ type: "activated", sheet: sheet.name, sheetId: sheet.id });
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Make the named sheet active (as a click on its tab does). */
  activate(name: string): void {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) throw new Error(`no sheet named ${name}`);
    this.activeSheet = index;
  }

  /** Put a value in a cell as the user typing it would, and tell subscribers. */
  editCell(sheetName: string, row: number, column: number, value: CellValue): void {
    const sheet = this.sheetOrThrow(sheetName);
    sheet.setValue(row, column, value);
    sheet.formulas.delete(`${row},${column}`);
    this.cellsChanged(sheet, cellAddress(row, column), "RangeEdited", false);
  }

  /** Insert `count` rows before 0-based `row` of a sheet (the user's 插入行), and tell subscribers. */
  insertRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.sheetOrThrow(sheetName);
    sheet.insertRows(row, count);
    this.cellsChanged(sheet, `${row + 1}:${row + count}`, "RowInserted", false);
  }

  /** Delete `count` rows from 0-based `row` of a sheet, and tell subscribers. */
  deleteRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.sheetOrThrow(sheetName);
    sheet.deleteRows(row, count);
    this.cellsChanged(sheet, `${row + 1}:${row + count}`, "RowDeleted", false);
  }

  /** Insert `count` columns before 0-based `column` of a sheet, and tell subscribers. */
  insertColumns(sheetName: string, column: number, count = 1): void {
    const sheet = this.sheetOrThrow(sheetName);
    sheet.insertColumns(column, count);
    const span = `${columnLetter(column)}:${columnLetter(column + count - 1)}`;
    this.cellsChanged(sheet, span, "ColumnInserted", false);
  }

  /** Delete `count` columns from 0-based `column` of a sheet, and tell subscribers. */
  deleteColumns(sheetName: string, column: number, count = 1): void {
    const sheet = this.sheetOrThrow(sheetName);
    sheet.deleteColumns(column, count);
    const span = `${columnLetter(column)}:${columnLetter(column + count - 1)}`;
    this.cellsChanged(sheet, span, "ColumnDeleted", false);
  }

  /** Tell subscribers that cells of `sheet` changed (hosts call this for the add-in's own writes). */
  cellsChanged(sheet: SheetModel, address: string, change: ChangeType, byAddin: boolean): void {
    this.emit({ type: "changed", sheet: sheet.name, sheetId: sheet.id, address, change, byAddin });
  }

  /** Tell subscribers that something else changed (for redrawing). */
  changed(): void {
    this.emit({ type: "updated" });
  }

  /** Subscribe to the model's events; returns the unsubscribe function. */
  subscribe(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** How many subscribers the model has (a closed pane must leave none of its own behind). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  private emit(event: ModelEvent): void {
    // A copy: a listener may unsubscribe (or subscribe another) while being told.
    for (const listener of [...this.listeners]) listener(event);
  }

  private sheetOrThrow(name: string): SheetModel {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  }
}
