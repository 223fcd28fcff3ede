/**
 * An in-memory stand-in for the part of the Excel JavaScript API the pane uses,
 * so src/excel runs unchanged outside Office (in the workbench and in tests).
 *
 * It keeps Office.js's rules: methods and property writes are queued and run at
 * `context.sync()`, in order; a property can be read only after `load` and
 * `sync`; one request (what is sent plus what comes back) may not exceed about
 * 5 MB and one read may not cover more than 5,000,000 cells, as on Excel on the
 * web. It counts syncs, so tests can hold the pane to one sync per block.
 */
import type { CellValue } from "../core/cells";
import { cellAddress, columnIndex } from "../core/address";
import type {
  ChartModel,
  Fill,
  Hyperlink,
  ModelEvent,
  SheetModel,
  TableModel,
  WorkbookModel,
} from "./model";

export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const CELL_LIMIT = 5_000_000;
/** Excel's column count (A to XFD). */
const MAX_COLUMNS = 16384;

export class StandInError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

interface Bounds {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

type Op = () => void;

/** Statistics the tests and benchmarks read. */
export interface StandInStats {
  syncs: number;
  largestRequestBytes: number;
  largestReadCells: number;
}

function parseAddress(address: string): { sheet?: string; bounds: Bounds } {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang >= 0
      ? address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'")
      : undefined;
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [from, to = from] = local.split(":");
  const cell = (a: string): [number, number] => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a);
    if (!m) throw new StandInError("InvalidArgument", `bad address ${address}`);
    return [Number(m[2]) - 1, columnIndex(m[1])];
  };
  const [r1, c1] = cell(from);
  const [r2, c2] = cell(to);
  return {
    sheet,
    bounds: {
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      columns: Math.abs(c2 - c1) + 1,
    },
  };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function addressOf(sheet: string, b: Bounds): string {
  const first = cellAddress(b.row, b.column);
  const last = cellAddress(b.row + b.rows - 1, b.column + b.columns - 1);
  return `${quoteSheet(sheet)}!${b.rows === 1 && b.columns === 1 ? first : `${first}:${last}`}`;
}

function jsonBytes(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

/** The request context of one batch: a queue of operations run at sync. */
export class StandInContext {
  readonly workbook: StandInWorkbook;
  private queue: Op[] = [];
  private requestBytes = 0;
  private responseBytes = 0;

  constructor(
    readonly model: WorkbookModel,
    private readonly stats: StandInStats
  ) {
    this.workbook = new StandInWorkbook(this);
  }

  /** Queue an operation; `bytes` is what it adds to the request. */
  enqueue(op: Op, bytes = 0): void {
    this.queue.push(op);
    this.requestBytes += bytes;
  }

  /** Tell whether operations wait for a sync. */
  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Count bytes a load returns; fails the request when it grows past the limit. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > REQUEST_LIMIT_BYTES)
      throw new StandInError(
        "ResponsePayloadSizeLimitExceeded",
        `the response exceeds ${REQUEST_LIMIT_BYTES} bytes`
      );
  }

  countReadCells(cells: number): void {
    if (cells > this.stats.largestReadCells) this.stats.largestReadCells = cells;
    if (cells > CELL_LIMIT)
      throw new StandInError("InvalidOperation", `a read of ${cells} cells exceeds ${CELL_LIMIT}`);
  }

  /** Run everything queued since the last sync. */
  async sync(): Promise<void> {
    this.stats.syncs++;
    const ops = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    if (request > REQUEST_LIMIT_BYTES)
      throw new StandInError(
        "RequestPayloadSizeLimitExceeded",
        `the request exceeds ${REQUEST_LIMIT_BYTES} bytes`
      );
    try {
      for (const op of ops) op();
    } finally {
      const total = request + this.responseBytes;
      if (total > this.stats.largestRequestBytes) this.stats.largestRequestBytes = total;
      this.model.changed();
    }
  }
}

/** Common behaviour of proxies: load, and reading only what was loaded and synced. */
abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();

  constructor(protected readonly context: StandInContext) {}

  /** Queue loading of properties ("values, numberFormat", an array, or { select }). */
  load(properties?: string | string[] | { select?: string }): this {
    const names = this.propertyNames(properties);
    this.context.enqueue(() => {
      for (const name of names) this.loaded.set(name, this.fetch(name));
    });
    return this;
  }

  protected propertyNames(properties?: string | string[] | { select?: string }): string[] {
    const list =
      properties === undefined
        ? this.defaultProperties()
        : typeof properties === "string"
          ? properties.split(",")
          : Array.isArray(properties)
            ? properties
            : (properties.select ?? "").split(",");
    return list.map((p) => p.trim()).filter(Boolean);
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new StandInError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    return this.loaded.get(name) as T;
  }

  protected abstract fetch(name: string): unknown;
  protected abstract defaultProperties(): string[];
}

export class StandInWorkbook {
  readonly worksheets: StandInWorksheetCollection;
  readonly settings: StandInSettingCollection;

  constructor(private readonly context: StandInContext) {
    this.worksheets = new StandInWorksheetCollection(context);
    this.settings = new StandInSettingCollection(context);
  }

  /** The selected range of the active sheet (A1 when nothing there was selected). */
  getSelectedRange(): StandInRange {
    const model = this.context.model;
    const active = () => model.sheets[model.activeSheet];
    const sheet = new StandInWorksheet(this.context, active);
    return new StandInRange(this.context, sheet, () => {
      const sel = model.selection;
      return sel && sel.sheet === active()?.name
        ? { row: sel.row, column: sel.column, rows: sel.rows, columns: sel.columns }
        : { row: 0, column: 0, rows: 1, columns: 1 };
    });
  }
}

export class StandInWorksheetCollection extends ClientObject {
  getActiveWorksheet(): StandInWorksheet {
    const model = this.context.model;
    return new StandInWorksheet(this.context, () => model.sheets[model.activeSheet]);
  }

  private eventHandlers?: {
    activated: StandInEventHandlers<WorksheetActivatedArgs>;
    changed: StandInEventHandlers<WorksheetChangedArgs>;
  };

  /** Gets a worksheet by its name or its id, as Office.js does. */
  getItem(key: string): StandInWorksheet {
    const model = this.context.model;
    return new StandInWorksheet(this.context, () => {
      const sheet = model.sheet(key) ?? model.sheetById(key);
      if (!sheet) throw new StandInError("ItemNotFound", `no sheet named ${key}`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): StandInWorksheet {
    const model = this.context.model;
    return new StandInWorksheet(this.context, () => model.sheet(key) ?? model.sheetById(key), true);
  }

  /** Occurs when any worksheet is activated (ExcelApi 1.7). Not for the sheet active when the pane opens. */
  get onActivated(): StandInEventHandlers<WorksheetActivatedArgs> {
    return this.events().activated;
  }

  /** Occurs when any worksheet's cells change, the add-in's own writes included (ExcelApi 1.7). */
  get onChanged(): StandInEventHandlers<WorksheetChangedArgs> {
    return this.events().changed;
  }

  private events(): NonNullable<StandInWorksheetCollection["eventHandlers"]> {
    this.eventHandlers ??= {
      activated: new StandInEventHandlers(this.context, activatedArgs),
      changed: new StandInEventHandlers(this.context, changedArgs),
    };
    return this.eventHandlers;
  }

  add(name: string): StandInWorksheet {
    const model = this.context.model;
    this.context.enqueue(() => {
      model.addSheet(name);
    }, jsonBytes(name));
    return this.getItem(name);
  }

  get items(): StandInWorksheet[] {
    return this.read<StandInWorksheet[]>("items");
  }

  protected defaultProperties(): string[] {
    return ["items"];
  }

  protected override propertyNames(properties?: string | string[] | { select?: string }): string[] {
    // "items/name" loads the collection's items with their names.
    return super.propertyNames(properties).map((p) => (p.startsWith("items") ? "items" : p));
  }

  protected fetch(name: string): unknown {
    if (name !== "items") throw new StandInError("InvalidArgument", `unknown property ${name}`);
    const model = this.context.model;
    return model.sheets.map((sheet) => {
      const proxy = new StandInWorksheet(this.context, () => model.sheet(sheet.name));
      proxy.preload(sheet);
      return proxy;
    });
  }
}

export class StandInWorksheet extends ClientObject {
  readonly tables: StandInTableCollection;
  readonly charts: StandInChartCollection;

  constructor(
    context: StandInContext,
    readonly resolve: () => SheetModel | undefined,
    private readonly nullable = false
  ) {
    super(context);
    this.tables = new StandInTableCollection(context, this);
    this.charts = new StandInChartCollection(context, this);
  }

  private eventHandlers?: {
    activated: StandInEventHandlers<WorksheetActivatedArgs>;
    changed: StandInEventHandlers<WorksheetChangedArgs>;
  };

  /** Mark name, id and visibility as loaded (for items of a loaded collection). */
  preload(sheet: SheetModel): void {
    this.loaded.set("name", sheet.name);
    this.loaded.set("id", sheet.id);
    this.loaded.set("visibility", sheet.visibility);
    this.loaded.set("isNullObject", false);
  }

  get id(): string {
    return this.read<string>("id");
  }

  get visibility(): string {
    return this.read<string>("visibility");
  }

  /** Occurs when this worksheet is activated (ExcelApi 1.7). */
  get onActivated(): StandInEventHandlers<WorksheetActivatedArgs> {
    return this.events().activated;
  }

  /** Occurs when this worksheet's cells change (ExcelApi 1.7). */
  get onChanged(): StandInEventHandlers<WorksheetChangedArgs> {
    return this.events().changed;
  }

  private events(): NonNullable<StandInWorksheet["eventHandlers"]> {
    // The sheet is resolved when the handler is registered (at sync), then followed by its id.
    const only =
      <T extends { worksheetId: string }>(make: (event: ModelEvent) => T | null) =>
      (event: ModelEvent, sheetId: string | undefined) => {
        const args = make(event);
        return args && args.worksheetId === sheetId ? args : null;
      };
    this.eventHandlers ??= {
      activated: new StandInEventHandlers(
        this.context,
        only(activatedArgs),
        () => this.sheetOrThrow().id
      ),
      changed: new StandInEventHandlers(
        this.context,
        only(changedArgs),
        () => this.sheetOrThrow().id
      ),
    };
    return this.eventHandlers;
  }

  sheetOrThrow(): SheetModel {
    const sheet = this.resolve();
    if (!sheet) throw new StandInError("ItemNotFound", "the worksheet does not exist");
    return sheet;
  }

  get name(): string {
    return this.read<string>("name");
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  getRange(address?: string): StandInRange {
    return new StandInRange(this.context, this, () => {
      if (!address) {
        const sheet = this.sheetOrThrow();
        return {
          row: 0,
          column: 0,
          rows: Math.max(1, sheet.rowCount),
          columns: Math.max(1, sheet.columnCount),
        };
      }
      return parseAddress(address).bounds;
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): StandInRange {
    return new StandInRange(this.context, this, () => ({ row, column, rows, columns }));
  }

  getUsedRange(valuesOnly?: boolean): StandInRange {
    return this.usedRange(false, valuesOnly);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandInRange {
    return this.usedRange(true, valuesOnly);
  }

  private usedRange(nullable: boolean, valuesOnly = false): StandInRange {
    return new StandInRange(
      this.context,
      this,
      () => {
        const bounds = this.sheetOrThrow().usedBounds(valuesOnly);
        if (!bounds) return nullable ? null : { row: 0, column: 0, rows: 1, columns: 1 };
        const [top, left, bottom, right] = bounds;
        return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
      },
      nullable
    );
  }

  activate(): void {
    const model = this.context.model;
    this.context.enqueue(() => {
      model.activeSheet = model.sheets.indexOf(this.sheetOrThrow());
    });
  }

  protected defaultProperties(): string[] {
    return ["name"];
  }

  protected fetch(name: string): unknown {
    const sheet = this.resolve();
    if (name === "isNullObject") return sheet === undefined;
    if (!sheet) {
      if (this.nullable) return undefined;
      throw new StandInError("ItemNotFound", "the worksheet does not exist");
    }
    if (name === "name") return sheet.name;
    if (name === "id") return sheet.id;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.context.model.sheets.indexOf(sheet);
    throw new StandInError("InvalidArgument", `unknown worksheet property ${name}`);
  }

  protected override propertyNames(properties?: string | string[] | { select?: string }): string[] {
    const names = super.propertyNames(properties);
    return this.nullable && !names.includes("isNullObject") ? [...names, "isNullObject"] : names;
  }
}

export class StandInRange extends ClientObject {
  readonly format: StandInRangeFormat;
  private cached: Bounds | null | undefined;

  constructor(
    context: StandInContext,
    readonly worksheet: StandInWorksheet,
    private readonly bounds: () => Bounds | null,
    private readonly nullable = false
  ) {
    super(context);
    this.format = new StandInRangeFormat(context, this);
  }

  /** The range's bounds, worked out once when the batch first needs them. */
  where(): { sheet: SheetModel; bounds: Bounds } {
    const bounds = this.tryBounds();
    if (!bounds) throw new StandInError("ItemNotFound", "the range does not exist");
    return { sheet: this.worksheet.sheetOrThrow(), bounds };
  }

  /** The bounds, or null for a null object (a missing used range, an empty intersection). */
  tryBounds(): Bounds | null {
    if (this.cached === undefined) {
      try {
        this.cached = this.bounds();
      } catch (error) {
        if (error instanceof StandInError && error.code === "ItemNotFound" && this.nullable)
          this.cached = null;
        else throw error;
      }
    }
    return this.cached;
  }

  /** Load own properties, and format/fill/… paths on the range's fill, as Office.js allows. */
  override load(properties?: string | string[] | { select?: string }): this {
    const names = this.propertyNames(properties);
    const fill = names
      .filter((n) => n.startsWith("format/fill/"))
      .map((n) => n.slice("format/fill/".length));
    const own = names.filter((n) => !n.includes("/"));
    if (fill.length > 0) this.format.fill.load(fill);
    if (own.length > 0 || fill.length === 0) super.load(own.length > 0 ? own : properties);
    return this;
  }

  get values(): CellValue[][] {
    return this.read("values");
  }

  set values(values: CellValue[][]) {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.where();
      const grid = this.fit(values, bounds);
      grid.forEach((row, r) =>
        row.forEach((value, c) => {
          const [rr, cc] = [bounds.row + r, bounds.column + c];
          sheet.setValue(rr, cc, value);
          const key = `${rr},${cc}`;
          // As in Excel, a string starting with = becomes a formula unless the cell is formatted as text.
          if (typeof value === "string" && value.startsWith("=") && sheet.format(rr, cc) !== "@")
            sheet.formulas.add(key);
          else sheet.formulas.delete(key);
        })
      );
      // As in Excel, the add-in's own writes raise onChanged too.
      const local = addressOf(sheet.name, bounds).replace(/^.*!/, "");
      this.context.model.cellsChanged(sheet, local, "RangeEdited", true);
    }, jsonBytes(values));
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: string[][]) {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.where();
      this.fit(formats, bounds).forEach((row, r) =>
        row.forEach((f, c) => sheet.setFormat(bounds.row + r, bounds.column + c, f))
      );
    }, jsonBytes(formats));
  }

  set hyperlink(link: Hyperlink) {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.where();
      sheet.hyperlinks.set(`${bounds.row},${bounds.column}`, link);
    }, jsonBytes(link));
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  getCell(row: number, column: number): StandInRange {
    return new StandInRange(this.context, this.worksheet, () => {
      const { bounds } = this.where();
      return { row: bounds.row + row, column: bounds.column + column, rows: 1, columns: 1 };
    });
  }

  getEntireRow(): StandInRange {
    return new StandInRange(this.context, this.worksheet, () => {
      const { bounds } = this.where();
      return { row: bounds.row, column: 0, rows: bounds.rows, columns: MAX_COLUMNS };
    });
  }

  getIntersectionOrNullObject(other: StandInRange | string): StandInRange {
    return new StandInRange(
      this.context,
      this.worksheet,
      () => {
        const { bounds: a } = this.where();
        const b = typeof other === "string" ? parseAddress(other).bounds : other.where().bounds;
        const top = Math.max(a.row, b.row);
        const left = Math.max(a.column, b.column);
        const bottom = Math.min(a.row + a.rows, b.row + b.rows);
        const right = Math.min(a.column + a.columns, b.column + b.columns);
        return bottom > top && right > left
          ? { row: top, column: left, rows: bottom - top, columns: right - left }
          : null;
      },
      true
    );
  }

  getResizedRange(deltaRows: number, deltaColumns: number): StandInRange {
    return new StandInRange(this.context, this.worksheet, () => {
      const { bounds } = this.where();
      return { ...bounds, rows: bounds.rows + deltaRows, columns: bounds.columns + deltaColumns };
    });
  }

  select(): void {
    const model = this.context.model;
    this.context.enqueue(() => {
      const { sheet, bounds } = this.where();
      model.activeSheet = model.sheets.indexOf(sheet);
      model.selection = { sheet: sheet.name, ...bounds };
    });
  }

  protected defaultProperties(): string[] {
    return [
      "address",
      "values",
      "numberFormat",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
    ];
  }

  protected override propertyNames(properties?: string | string[] | { select?: string }): string[] {
    const names = super.propertyNames(properties);
    return this.nullable && !names.includes("isNullObject") ? [...names, "isNullObject"] : names;
  }

  protected fetch(name: string): unknown {
    if (name === "isNullObject") return this.tryBounds() === null;
    if (this.nullable && this.tryBounds() === null) return undefined;
    const { sheet, bounds } = this.where();
    switch (name) {
      case "address":
        return addressOf(sheet.name, bounds);
      case "rowIndex":
        return bounds.row;
      case "columnIndex":
        return bounds.column;
      case "rowCount":
        return bounds.rows;
      case "columnCount":
        return bounds.columns;
      case "values":
      case "numberFormat": {
        this.context.countReadCells(bounds.rows * bounds.columns);
        const grid: unknown[][] = [];
        for (let r = 0; r < bounds.rows; r++) {
          const row: unknown[] = [];
          for (let c = 0; c < bounds.columns; c++) {
            const [rr, cc] = [bounds.row + r, bounds.column + c];
            row.push(name === "values" ? sheet.value(rr, cc) : sheet.format(rr, cc));
          }
          grid.push(row);
        }
        this.context.respond(jsonBytes(grid));
        return grid;
      }
      default:
        throw new StandInError("InvalidArgument", `unknown range property ${name}`);
    }
  }

  /** Office requires values of the range's exact shape; a single value fills a single cell. */
  private fit<T>(grid: T[][] | T, bounds: Bounds): T[][] {
    const rows = Array.isArray(grid) ? (grid as T[][]) : [[grid]];
    if (rows.length !== bounds.rows || rows.some((row) => row.length !== bounds.columns))
      throw new StandInError(
        "InvalidArgument",
        `the data has ${rows.length} rows but the range ${bounds.rows}×${bounds.columns}`
      );
    return rows;
  }
}

export class StandInRangeFormat {
  readonly fill: StandInRangeFill;
  readonly font: StandInRangeFont;

  constructor(
    private readonly context: StandInContext,
    readonly range: StandInRange
  ) {
    this.fill = new StandInRangeFill(context, range);
    this.font = new StandInRangeFont(context, range);
  }

  autofitColumns(): void {
    this.context.enqueue(() => undefined);
  }

  set columnWidth(width: number) {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.range.where();
      for (let c = 0; c < bounds.columns; c++) sheet.columnWidths[bounds.column + c] = width;
    });
  }
}

/** Fill of every cell of a range; loading reads the first cell, as Excel reports a uniform fill. */
export class StandInRangeFill extends ClientObject {
  constructor(
    context: StandInContext,
    private readonly range: StandInRange
  ) {
    super(context);
  }

  get color(): string {
    return this.read("color");
  }

  set color(color: string) {
    this.eachCell((sheet, key) => {
      const format = sheet.cellFormats.get(key) ?? {};
      format.fill = { color: color.toUpperCase(), pattern: "Solid" };
      sheet.cellFormats.set(key, format);
    });
  }

  get pattern(): string {
    return this.read("pattern");
  }

  clear(): void {
    this.eachCell((sheet, key) => {
      const format = sheet.cellFormats.get(key);
      if (format) delete format.fill;
    });
  }

  private eachCell(f: (sheet: SheetModel, key: string) => void): void {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.range.where();
      for (let r = 0; r < bounds.rows; r++)
        for (let c = 0; c < bounds.columns; c++) f(sheet, `${bounds.row + r},${bounds.column + c}`);
    });
  }

  protected defaultProperties(): string[] {
    return ["color", "pattern"];
  }

  protected fetch(name: string): unknown {
    const { sheet, bounds } = this.range.where();
    const fill: Fill | undefined = sheet.cellFormats.get(`${bounds.row},${bounds.column}`)?.fill;
    if (name === "color") return fill?.color ?? "#FFFFFF";
    if (name === "pattern") return fill?.pattern ?? "None";
    throw new StandInError("InvalidArgument", `unknown fill property ${name}`);
  }
}

export class StandInRangeFont {
  constructor(
    private readonly context: StandInContext,
    private readonly range: StandInRange
  ) {}

  set bold(bold: boolean) {
    this.apply((format) => (format.bold = bold));
  }

  set color(color: string) {
    this.apply((format) => (format.fontColor = color));
  }

  private apply(f: (format: { bold?: boolean; fontColor?: string }) => void): void {
    this.context.enqueue(() => {
      const { sheet, bounds } = this.range.where();
      for (let r = 0; r < bounds.rows; r++)
        for (let c = 0; c < bounds.columns; c++) {
          const key = `${bounds.row + r},${bounds.column + c}`;
          const format = sheet.cellFormats.get(key) ?? {};
          f(format);
          sheet.cellFormats.set(key, format);
        }
    });
  }
}

export class StandInTableCollection {
  constructor(
    private readonly context: StandInContext,
    private readonly worksheet: StandInWorksheet
  ) {}

  /** Add a table over an A1 address or a Range (Office.js takes either). */
  add(address: string | StandInRange, hasHeaders: boolean): StandInTable {
    const holder: { table?: TableModel } = {};
    this.context.enqueue(
      () => {
        const sheet = this.worksheet.sheetOrThrow();
        const bounds =
          typeof address === "string" ? parseAddress(address).bounds : address.where().bounds;
        const name = `表${this.context.model.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`;
        const table: TableModel = { name, ...bounds, style: "TableStyleMedium2" };
        if (!hasHeaders)
          throw new StandInError(
            "InvalidArgument",
            "the stand-in supports tables with headers only"
          );
        sheet.tables.push(table);
        holder.table = table;
      },
      // A Range travels as an object path, a few dozen bytes.
      typeof address === "string" ? jsonBytes(address) : 64
    );
    return new StandInTable(this.context, this.worksheet, holder);
  }
}

export class StandInTable extends ClientObject {
  constructor(
    context: StandInContext,
    private readonly worksheet: StandInWorksheet,
    private readonly holder: { table?: TableModel }
  ) {
    super(context);
  }

  private table(): TableModel {
    if (!this.holder.table) throw new StandInError("ItemNotFound", "the table does not exist");
    return this.holder.table;
  }

  get name(): string {
    return this.read("name");
  }

  set style(style: string) {
    this.context.enqueue(() => {
      this.table().style = style;
    });
  }

  getRange(): StandInRange {
    return new StandInRange(this.context, this.worksheet, () => {
      const t = this.table();
      return { row: t.row, column: t.column, rows: t.rows, columns: t.columns };
    });
  }

  getHeaderRowRange(): StandInRange {
    return new StandInRange(this.context, this.worksheet, () => {
      const t = this.table();
      return { row: t.row, column: t.column, rows: 1, columns: t.columns };
    });
  }

  getDataBodyRange(): StandInRange {
    return new StandInRange(this.context, this.worksheet, () => {
      const t = this.table();
      return { row: t.row + 1, column: t.column, rows: t.rows - 1, columns: t.columns };
    });
  }

  protected defaultProperties(): string[] {
    return ["name"];
  }

  protected fetch(name: string): unknown {
    if (name === "name") return this.table().name;
    throw new StandInError("InvalidArgument", `unknown table property ${name}`);
  }
}

export class StandInChartCollection {
  constructor(
    private readonly context: StandInContext,
    private readonly worksheet: StandInWorksheet
  ) {}

  add(type: string, source: StandInRange, seriesBy = "Auto"): StandInChart {
    const holder: { chart?: ChartModel } = {};
    this.context.enqueue(() => {
      const sheet = this.worksheet.sheetOrThrow();
      const { sheet: sourceSheet, bounds } = source.where();
      const chart: ChartModel = {
        name: `图表${sheet.charts.length + 1}`,
        type,
        source: addressOf(sourceSheet.name, bounds),
        seriesBy,
        title: "",
      };
      sheet.charts.push(chart);
      holder.chart = chart;
    });
    return new StandInChart(this.context, holder);
  }
}

export class StandInChart {
  readonly title: { text: string };

  constructor(
    private readonly context: StandInContext,
    private readonly holder: { chart?: ChartModel }
  ) {
    const chartTitle = { text: "" };
    const enqueue = (op: Op) => this.context.enqueue(op);
    const chart = () => this.holder.chart;
    this.title = Object.defineProperty(chartTitle, "text", {
      set(text: string) {
        enqueue(() => {
          const c = chart();
          if (c) c.title = text;
        });
      },
      get() {
        throw new StandInError("PropertyNotLoaded", "chart titles are write-only in the stand-in");
      },
    });
  }

  setPosition(start: string, end: string): void {
    this.context.enqueue(() => {
      const c = this.holder.chart;
      if (c) c.position = { start, end };
    });
  }
}

export class StandInSetting extends ClientObject {
  constructor(
    context: StandInContext,
    private readonly key: string
  ) {
    super(context);
  }

  get value(): unknown {
    return this.read("value");
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  delete(): void {
    this.context.enqueue(() => {
      this.context.model.settings.delete(this.key);
    });
  }

  protected defaultProperties(): string[] {
    return ["value", "isNullObject"];
  }

  protected override propertyNames(properties?: string | string[] | { select?: string }): string[] {
    const names = super.propertyNames(properties);
    return names.includes("isNullObject") ? names : [...names, "isNullObject"];
  }

  protected fetch(name: string): unknown {
    const settings = this.context.model.settings;
    if (name === "isNullObject") return !settings.has(this.key);
    if (name === "value") return settings.get(this.key);
    throw new StandInError("InvalidArgument", `unknown setting property ${name}`);
  }
}

export class StandInSettingCollection {
  constructor(private readonly context: StandInContext) {}

  add(key: string, value: unknown): StandInSetting {
    this.context.enqueue(() => {
      this.context.model.settings.set(key, JSON.parse(JSON.stringify(value)));
    }, jsonBytes(value));
    return new StandInSetting(this.context, key);
  }

  getItemOrNullObject(key: string): StandInSetting {
    return new StandInSetting(this.context, key);
  }
}

/** The arguments of onActivated, as Office.js passes them. */
export type WorksheetActivatedArgs = Pick<
  Excel.WorksheetActivatedEventArgs,
  "type" | "worksheetId"
>;

/** The arguments of onChanged, as Office.js passes them (without details and getRange). */
export type WorksheetChangedArgs = Pick<
  Excel.WorksheetChangedEventArgs,
  "type" | "worksheetId" | "address" | "changeType" | "source" | "triggerSource"
>;

function activatedArgs(event: ModelEvent): WorksheetActivatedArgs | null {
  return event.type === "activated"
    ? { type: "WorksheetActivated", worksheetId: event.sheetId }
    : null;
}

function changedArgs(event: ModelEvent): WorksheetChangedArgs | null {
  return event.type === "changed"
    ? {
        type: "WorksheetChanged",
        worksheetId: event.sheetId,
        address: event.address,
        changeType: event.change,
        source: "Local",
        triggerSource: event.byAddin ? "ThisLocalAddin" : "Unknown",
      }
    : null;
}

type Handler<T> = (args: T) => Promise<unknown>;

/**
 * An event of a worksheet or of the worksheet collection (OfficeExtension.EventHandlers): `add`
 * and `remove` take effect at the next sync, like every other queued call. Handlers are called
 * after the change, each in its own task, as Office delivers events: never inside the request
 * that caused them, and a burst of changes gives a burst of calls.
 */
export class StandInEventHandlers<T> {
  private readonly registered = new Map<Handler<T>, () => void>();

  constructor(
    private readonly context: StandInContext,
    private readonly argsFor: (event: ModelEvent, scope: string | undefined) => T | null,
    private readonly scope: () => string | undefined = () => undefined
  ) {}

  add(handler: Handler<T>): StandInEventHandlerResult<T> {
    this.context.enqueue(() => {
      const scope = this.scope();
      const unsubscribe = this.context.model.subscribe((event) => {
        const args = this.argsFor(event, scope);
        if (args)
          setTimeout(() => {
            // A failing handler does not stop Excel: it is the add-in's own problem.
            void Promise.resolve()
              .then(() => handler(args))
              .catch(() => undefined);
          }, 0);
      });
      this.registered.get(handler)?.();
      this.registered.set(handler, unsubscribe);
    });
    return new StandInEventHandlerResult(this.context, this, handler);
  }

  remove(handler: Handler<T>): void {
    this.context.enqueue(() => {
      this.registered.get(handler)?.();
      this.registered.delete(handler);
    });
  }

  /** How many handlers are registered (for tests: a pane that closes leaves none behind). */
  get count(): number {
    return this.registered.size;
  }
}

/** What `add` returns (OfficeExtension.EventHandlerResult): remove it in its own context. */
export class StandInEventHandlerResult<T> {
  constructor(
    readonly context: StandInContext,
    private readonly handlers: StandInEventHandlers<T>,
    private readonly handler: Handler<T>
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/** The `Excel` namespace as far as AID uses it, bound to one in-memory workbook. */
export interface ExcelStandIn {
  readonly stats: StandInStats;
  run<T>(batch: (context: StandInContext) => Promise<T>): Promise<T>;
  /** Run a batch in an existing context (Excel.run(result.context, …) removes an event handler). */
  run<T>(context: StandInContext, batch: (context: StandInContext) => Promise<T>): Promise<T>;
}

/** Make an `Excel`-like object over a workbook model. */
export function createExcelStandIn(model: WorkbookModel): ExcelStandIn {
  const stats: StandInStats = { syncs: 0, largestRequestBytes: 0, largestReadCells: 0 };
  return {
    stats,
    async run<T>(
      first: StandInContext | ((context: StandInContext) => Promise<T>),
      second?: (context: StandInContext) => Promise<T>
    ): Promise<T> {
      const context = first instanceof StandInContext ? first : new StandInContext(model, stats);
      const batch = typeof first === "function" ? first : second;
      if (!batch) throw new StandInError("InvalidArgument", "Excel.run needs a batch function");
      const result = await batch(context);
      // Like Excel.run, whatever is still queued when the batch returns is sent.
      if (context.hasPending()) await context.sync();
      return result;
    },
  };
}
