/**
 * The workbench's in-memory workbook: sheets of cells with values, number
 * formats, fills and hyperlinks, plus the tables, charts and settings the pane
 * may add. The Excel stand-in (./standin.ts) is the only way the pane reaches it.
 */
import type { CellValue } from "../core/cells";

export interface Fill {
  readonly color: string;
  readonly pattern: string;
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
}

export class SheetModel {
  readonly values: CellValue[][] = [];
  readonly formats: string[][] = [];
  /** True where a string was entered as a formula (starts with = and the cell is not text-formatted). */
  readonly formulas = new Set<string>();
  readonly cellFormats = new Map<string, CellFormat>();
  readonly hyperlinks = new Map<string, Hyperlink>();
  readonly tables: TableModel[] = [];
  readonly charts: ChartModel[] = [];
  readonly merges: string[] = [];
  columnWidths: number[] = [];

  constructor(public name: string) {}

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
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet = 0;
  selection: { sheet: string; row: number; column: number; rows: number; columns: number } | null =
    null;
  private readonly listeners = new Set<() => void>();

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): SheetModel {
    if (this.sheet(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Tell the workbench UI that something changed. */
  changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Subscribe to changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
