/**
 * Ranges on the host: one rectangle (Range), several (RangeAreas, from
 * worksheet.getRanges), and their format, fill and font. Values and formats
 * come from the workbook model; every read counts its cells against Excel on the
 * web's per-read limit, and every write is checked as Excel checks it.
 */
import { intersectAreas } from "../../core/address";
import type { CellValue } from "../../core/cells";
import { FILL_PATTERNS } from "../../excel/fill-patterns";
import type { Fill, SheetModel } from "../model";
import {
  type Bounds,
  MAX_COLUMNS,
  MAX_ROWS,
  parseAreas,
  qualifiedAddress,
  splitSheet,
} from "./addresses";
import { type Args, HostNull, HostObject, intArg } from "./objects";
import { HostError } from "./protocol";
import type { HostState } from "./state";

/** Excel keeps at most 32,767 characters in a cell. */
export const MAX_CELL_TEXT = 32_767;
/** Excel's limit for a hyperlink's screen tip. */
export const MAX_SCREEN_TIP = 255;

const RANGE_SCALARS = [
  "Address",
  "AddressLocal",
  "CellCount",
  "ColumnCount",
  "ColumnIndex",
  "RowCount",
  "RowIndex",
  "Values",
  "NumberFormat",
  "Text",
  "Formulas",
] as const;

/** A grid of the range's shape, or Excel's InvalidArgument. */
function fit<T>(grid: unknown, b: Bounds, what: string): T[][] {
  const rows = Array.isArray(grid) ? (grid as unknown[]) : [[grid]];
  const ok =
    rows.length === b.rows && rows.every((r) => Array.isArray(r) && r.length === b.columns);
  // A single value is allowed for a whole range: Excel fills every cell with it.
  if (!ok && !Array.isArray(grid)) {
    return Array.from({ length: b.rows }, () => Array.from({ length: b.columns }, () => grid as T));
  }
  if (!ok)
    throw new HostError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${b.rows}×${b.columns}).`
    );
  return rows as T[][];
}

export class HostRange extends HostObject {
  readonly className = "Range";

  constructor(
    readonly state: HostState,
    readonly sheet: SheetModel,
    readonly bounds: Bounds
  ) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return RANGE_SCALARS;
  }

  override scalar(name: string): unknown {
    const b = this.bounds;
    switch (name) {
      case "Address":
      case "AddressLocal":
        return qualifiedAddress(this.sheet.name, b);
      case "CellCount":
        return b.rows * b.columns;
      case "ColumnCount":
        return b.columns;
      case "ColumnIndex":
        return b.column;
      case "RowCount":
        return b.rows;
      case "RowIndex":
        return b.row;
      case "Values":
        return this.grid((r, c) => this.sheet.value(r, c));
      case "Text":
        return this.grid((r, c) => String(this.sheet.value(r, c)));
      case "Formulas":
        return this.grid((r, c) => this.sheet.value(r, c));
      case "NumberFormat":
        return this.grid((r, c) => this.sheet.format(r, c));
      default:
        throw this.unknown("property", name);
    }
  }

  private grid<T>(at: (row: number, column: number) => T): T[][] {
    const b = this.bounds;
    this.state.countRead(b.rows * b.columns);
    const out: T[][] = [];
    for (let r = 0; r < b.rows; r++) {
      const row: T[] = new Array(b.columns);
      for (let c = 0; c < b.columns; c++) row[c] = at(b.row + r, b.column + c);
      out.push(row);
    }
    return out;
  }

  override navigation(name: string): HostObject | undefined {
    if (name === "Format") return new HostRangeFormat(this.state, [this]);
    if (name === "Worksheet") return this.state.worksheet(this.sheet);
    return undefined;
  }

  override set(name: string, value: unknown): void {
    const b = this.bounds;
    switch (name) {
      case "Values":
      case "Formulas": {
        const grid = fit<CellValue>(value, b, "values");
        for (const row of grid)
          for (const v of row)
            if (typeof v === "string" && v.length > MAX_CELL_TEXT)
              throw new HostError(
                "InvalidArgument",
                `A cell can hold at most ${MAX_CELL_TEXT} characters (got ${v.length}).`
              );
        this.state.write(this.sheet, b, grid);
        return;
      }
      case "NumberFormat": {
        const grid = fit<string>(value, b, "numberFormat");
        grid.forEach((row, r) =>
          row.forEach((f, c) => this.sheet.setFormat(b.row + r, b.column + c, String(f)))
        );
        this.state.changed(this.sheet);
        return;
      }
      case "Hyperlink": {
        const link = (value ?? {}) as {
          documentReference?: string;
          address?: string;
          textToDisplay?: string;
          screenTip?: string;
        };
        if (typeof link.screenTip === "string" && link.screenTip.length > MAX_SCREEN_TIP)
          throw new HostError(
            "InvalidArgument",
            `A hyperlink's screen tip can have at most ${MAX_SCREEN_TIP} characters (got ${link.screenTip.length}).`
          );
        this.sheet.hyperlinks.set(`${b.row},${b.column}`, { ...link });
        if (typeof link.textToDisplay === "string")
          this.state.write(this.sheet, { ...b, rows: 1, columns: 1 }, [[link.textToDisplay]]);
        return;
      }
      default:
        throw this.unknown("writable property", name);
    }
  }

  override call(name: string, args: Args): unknown {
    const b = this.bounds;
    const at = (bounds: Bounds) => this.state.range(this.sheet, bounds);
    switch (name) {
      case "GetCell":
        return at({
          row: b.row + intArg(args, 0, "row"),
          column: b.column + intArg(args, 1, "column"),
          rows: 1,
          columns: 1,
        });
      case "GetBoundingRect": {
        const o = this.otherBounds(args[0]);
        if (!o) throw new HostError("InvalidArgument", "Expected a range.");
        const top = Math.min(b.row, o.row);
        const left = Math.min(b.column, o.column);
        const bottom = Math.max(b.row + b.rows, o.row + o.rows);
        const right = Math.max(b.column + b.columns, o.column + o.columns);
        return at({ row: top, column: left, rows: bottom - top, columns: right - left });
      }
      case "GetRow":
        return at({ ...b, row: b.row + intArg(args, 0, "row"), rows: 1 });
      case "GetColumn":
        return at({ ...b, column: b.column + intArg(args, 0, "column"), columns: 1 });
      case "GetEntireRow":
        return at({ row: b.row, column: 0, rows: b.rows, columns: MAX_COLUMNS });
      case "GetEntireColumn":
        return at({ row: 0, column: b.column, rows: MAX_ROWS, columns: b.columns });
      case "GetResizedRange": {
        const rows = b.rows + intArg(args, 0, "deltaRows");
        const columns = b.columns + intArg(args, 1, "deltaColumns");
        if (rows < 1 || columns < 1 || b.row + rows > MAX_ROWS || b.column + columns > MAX_COLUMNS)
          throw new HostError("InvalidArgument", "The resized range is outside the sheet.");
        return at({ ...b, rows, columns });
      }
      case "GetOffsetRange":
        return at({
          ...b,
          row: b.row + intArg(args, 0, "rowOffset"),
          column: b.column + intArg(args, 1, "columnOffset"),
        });
      case "GetIntersection":
      case "GetIntersectionOrNullObject": {
        const other = this.otherBounds(args[0]);
        const overlap = other && intersectAreas(b, other);
        if (overlap) return at(overlap);
        if (name === "GetIntersection")
          throw new HostError("ItemNotFound", "The ranges do not intersect.");
        return new HostNull("Range");
      }
      case "Select":
        this.state.select(this.sheet, b);
        return null;
      case "Clear":
        this.state.write(
          this.sheet,
          b,
          Array.from({ length: b.rows }, () => Array.from({ length: b.columns }, () => ""))
        );
        return null;
      case "GetCellProperties":
        return this.cellProperties(args[0]);
      case "_ValidateArraySize":
        // Office.js asks this before it splits a large values/numberFormat write into ~1,500-cell pieces.
        if (intArg(args, 0, "rows") !== b.rows || intArg(args, 1, "columns") !== b.columns)
          throw new HostError(
            "InvalidArgument",
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${b.rows}×${b.columns}).`
          );
        return null;
      default:
        throw this.unknown("method", name);
    }
  }

  /** Bounds of a range or address argument, on this range's sheet (null for a null object). */
  private otherBounds(arg: unknown): Bounds | null {
    if (arg instanceof HostRange) {
      if (arg.sheet !== this.sheet)
        throw new HostError("InvalidArgument", "The ranges are on different sheets.");
      return arg.bounds;
    }
    if (arg instanceof HostNull) return null;
    if (typeof arg === "string") {
      const { sheet, areas } = parseAreas(arg);
      if (sheet !== undefined && sheet !== this.sheet.name)
        throw new HostError("InvalidArgument", "The ranges are on different sheets.");
      if (areas.length !== 1) throw new HostError("InvalidArgument", "Expected one area.");
      return areas[0];
    }
    throw new HostError("InvalidArgument", "Expected a range or an address.");
  }

  /** range.getCellProperties({ format: { fill: { color, pattern } } }): per-cell fill, as AID reads it. */
  private cellProperties(options: unknown): unknown[][] {
    const fill = (options as { format?: { fill?: Record<string, unknown> } } | null)?.format?.fill;
    const b = this.bounds;
    this.state.countRead(b.rows * b.columns);
    const out: unknown[][] = [];
    for (let r = 0; r < b.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < b.columns; c++) {
        const f = this.sheet.cellFormats.get(`${b.row + r},${b.column + c}`)?.fill;
        const cell: Record<string, unknown> = {};
        if (fill) {
          const props: Record<string, unknown> = {};
          if (fill.color) props.color = f?.color ?? "#FFFFFF";
          if (fill.pattern) props.pattern = f?.pattern ?? "None";
          cell.format = { fill: props };
        }
        if ((options as { address?: boolean } | null)?.address)
          cell.address = qualifiedAddress(this.sheet.name, {
            row: b.row + r,
            column: b.column + c,
            rows: 1,
            columns: 1,
          });
        row.push(cell);
      }
      out.push(row);
    }
    return out;
  }
}

/** Several areas of one sheet: worksheet.getRanges("A1:B2, D4"), workbook.getSelectedRanges(). */
export class HostRangeAreas extends HostObject {
  readonly className = "RangeAreas";

  constructor(
    readonly state: HostState,
    readonly sheet: SheetModel,
    readonly areas: readonly Bounds[]
  ) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return ["Address", "AddressLocal", "AreaCount", "CellCount"];
  }

  override scalar(name: string): unknown {
    switch (name) {
      case "Address":
      case "AddressLocal":
        return this.areas.map((a) => qualifiedAddress(this.sheet.name, a)).join(",");
      case "AreaCount":
        return this.areas.length;
      case "CellCount":
        return this.areas.reduce((n, a) => n + a.rows * a.columns, 0);
      default:
        throw this.unknown("property", name);
    }
  }

  override navigation(name: string): HostObject | undefined {
    if (name === "Format")
      return new HostRangeFormat(
        this.state,
        this.areas.map((a) => this.state.range(this.sheet, a))
      );
    if (name === "Areas")
      return new HostRangeCollection(this.areas.map((a) => this.state.range(this.sheet, a)));
    if (name === "Worksheet") return this.state.worksheet(this.sheet);
    return undefined;
  }
}

/** RangeAreas.areas: the areas as ranges. */
export class HostRangeCollection extends HostObject {
  readonly className = "RangeCollection";

  constructor(private readonly ranges: readonly HostRange[]) {
    super();
  }

  override items(): readonly HostObject[] {
    return this.ranges;
  }

  override call(name: string, args: Args): unknown {
    if (name === "GetCount") return this.ranges.length;
    if (name === "GetItemAt") {
      const r = this.ranges[intArg(args, 0, "index")];
      if (!r) throw new HostError("ItemNotFound", "No area at that index.");
      return r;
    }
    throw this.unknown("method", name);
  }
}

/** The format of one range or of every area of a RangeAreas. */
export class HostRangeFormat extends HostObject {
  readonly className = "RangeFormat";

  constructor(
    readonly state: HostState,
    readonly ranges: readonly HostRange[]
  ) {
    super();
  }

  override navigation(name: string): HostObject | undefined {
    if (name === "Fill") return new HostRangeFill(this.state, this.ranges);
    if (name === "Font") return new HostRangeFont(this.state, this.ranges);
    return undefined;
  }

  override defaultScalars(): readonly string[] {
    return ["ColumnWidth"];
  }

  override scalar(name: string): unknown {
    if (name === "ColumnWidth") {
      const r = this.ranges[0];
      return r.sheet.columnWidths[r.bounds.column] ?? 64;
    }
    throw this.unknown("property", name);
  }

  override set(name: string, value: unknown): void {
    if (name === "ColumnWidth") {
      for (const r of this.ranges)
        for (let c = 0; c < r.bounds.columns; c++)
          r.sheet.columnWidths[r.bounds.column + c] = Number(value);
      return;
    }
    if (
      name === "RowHeight" ||
      name === "WrapText" ||
      name === "VerticalAlignment" ||
      name === "HorizontalAlignment"
    )
      return; // layout only: nothing in the model shows it
    throw this.unknown("writable property", name);
  }

  override call(name: string): unknown {
    if (name === "AutofitColumns" || name === "AutofitRows") return null;
    throw this.unknown("method", name);
  }
}

/** Each cell of the ranges, keyed as the model keys them. */
function eachCell(ranges: readonly HostRange[], f: (sheet: SheetModel, key: string) => void): void {
  for (const r of ranges) {
    const b = r.bounds;
    if (b.rows * b.columns > 5_000_000)
      throw new HostError(
        "InvalidOperation",
        "The range is too large to format cell by cell here."
      );
    for (let i = 0; i < b.rows; i++)
      for (let j = 0; j < b.columns; j++) f(r.sheet, `${b.row + i},${b.column + j}`);
  }
}

export class HostRangeFill extends HostObject {
  readonly className = "RangeFill";

  constructor(
    readonly state: HostState,
    readonly ranges: readonly HostRange[]
  ) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return ["Color", "Pattern", "PatternColor"];
  }

  /** A uniform property of every cell, or null when the cells differ (as Excel reports mixed formats). */
  private uniform(read: (fill: Fill | undefined) => string): string | null {
    let seen: string | null | undefined;
    eachCell(this.ranges, (sheet, key) => {
      const v = read(sheet.cellFormats.get(key)?.fill);
      if (seen === undefined) seen = v;
      else if (seen !== v) seen = null;
    });
    return seen ?? null;
  }

  override scalar(name: string): unknown {
    if (name === "Color") return this.uniform((f) => f?.color ?? "#FFFFFF");
    if (name === "Pattern") return this.uniform((f) => f?.pattern ?? "None");
    if (name === "PatternColor") return this.uniform((f) => f?.patternColor ?? "#000000");
    throw this.unknown("property", name);
  }

  override set(name: string, value: unknown): void {
    if (name === "Color") {
      const color = String(value).toUpperCase();
      if (!/^#[0-9A-F]{6}$/.test(color) && !/^[A-Z]+$/.test(color))
        throw new HostError("InvalidArgument", `'${String(value)}' is not a colour.`);
      this.edit((fill) => ({
        color,
        pattern: !fill || fill.pattern === "None" ? "Solid" : fill.pattern,
        patternColor: fill?.patternColor,
      }));
      return;
    }
    if (name === "Pattern") {
      const pattern = String(value);
      if (pattern !== "None" && !FILL_PATTERNS.has(pattern))
        throw new HostError("InvalidArgument", `'${pattern}' is not a fill pattern.`);
      this.edit((fill) =>
        pattern === "None"
          ? undefined
          : { color: fill?.color ?? "#FFFFFF", pattern, patternColor: fill?.patternColor }
      );
      return;
    }
    if (name === "PatternColor") {
      const patternColor = String(value).toUpperCase();
      this.edit((fill) => ({
        color: fill?.color ?? "#FFFFFF",
        pattern: fill?.pattern ?? "None",
        patternColor,
      }));
      return;
    }
    throw this.unknown("writable property", name);
  }

  override call(name: string): unknown {
    if (name === "Clear") {
      this.edit(() => undefined);
      return null;
    }
    throw this.unknown("method", name);
  }

  private edit(next: (fill: Fill | undefined) => Fill | undefined): void {
    const sheets = new Set<SheetModel>();
    eachCell(this.ranges, (sheet, key) => {
      const format = sheet.cellFormats.get(key) ?? {};
      const fill = next(format.fill);
      if (fill) format.fill = fill;
      else delete format.fill;
      sheet.cellFormats.set(key, format);
      sheets.add(sheet);
    });
    for (const sheet of sheets) this.state.changed(sheet);
  }
}

export class HostRangeFont extends HostObject {
  readonly className = "RangeFont";

  constructor(
    readonly state: HostState,
    readonly ranges: readonly HostRange[]
  ) {
    super();
  }

  override set(name: string, value: unknown): void {
    if (name !== "Bold" && name !== "Color" && name !== "Italic" && name !== "Size")
      throw this.unknown("writable property", name);
    eachCell(this.ranges, (sheet, key) => {
      const format = sheet.cellFormats.get(key) ?? {};
      if (name === "Bold") format.bold = Boolean(value);
      if (name === "Color") format.fontColor = String(value);
      sheet.cellFormats.set(key, format);
    });
  }
}

/** Bounds of an address on a given sheet (its sheet name, if any, must be that sheet). */
export function boundsOn(sheet: SheetModel, address: string): Bounds {
  const { sheet: named, local } = splitSheet(address);
  if (named !== undefined && named !== sheet.name)
    throw new HostError("InvalidArgument", `The address '${address}' is on another sheet.`);
  const { areas } = parseAreas(local);
  if (areas.length !== 1)
    throw new HostError("InvalidArgument", `'${address}' has several areas; use getRanges.`);
  return areas[0];
}
