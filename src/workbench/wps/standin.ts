/**
 * A stand-in for WPS 表格's JS add-in API (window.wps) over the workbench's
 * in-memory workbook, so src/wps runs unchanged without WPS: in the unit tests
 * (test/wps) and in workbench.html?host=wps.
 *
 * It follows the object model as Kingsoft documents it (wps-jsapi's Et namespace,
 * the VBA model it mirrors) in the ways that differ from Office.js, so that code
 * which forgets a difference fails here:
 * - every call answers at once (there is no sync; values are there when the call returns);
 * - Cells.Item, Worksheets.Item and Areas.Item count from 1 and throw past the end;
 * - Value2 of one cell is a scalar and of several an array of rows; empty cells are undefined;
 * - error cells give VBA's error numbers in Value2 (-2146826281 for #DIV/0!) and their text in Text;
 * - NumberFormat of cells that differ is null;
 * - colours are BGR integers; a cell without fill has Pattern -4142 and Color 16777215;
 * - UsedRange is A1 on an empty sheet and counts cells that only carry a format;
 * - Range.Select fails on a sheet that is not active (activate first, as in VBA);
 * - events go through ApiEvent.AddApiEventListener / RemoveApiEventListener(name).
 */
import { cellAddress, columnIndex, columnLetter } from "../../core/address";
import type { CellValue } from "../../core/cells";
import type { CellFormat, SheetModel, WorkbookModel } from "../model";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const WHITE = 16777215;
const XL_NONE = -4142;

/** XlPattern numbers ↔ the pattern names the model keeps (Office.js's FillPattern). */
const PATTERNS: [number, string][] = [
  [1, "Solid"],
  [-4125, "Gray50"],
  [-4126, "Gray75"],
  [-4124, "Gray25"],
  [-4128, "Horizontal"],
  [-4166, "Vertical"],
  [-4121, "Down"],
  [-4162, "Up"],
  [9, "Checker"],
  [10, "SemiGray75"],
  [11, "LightHorizontal"],
  [12, "LightVertical"],
  [13, "LightDown"],
  [14, "LightUp"],
  [15, "Grid"],
  [16, "CrissCross"],
  [17, "Gray16"],
  [18, "Gray8"],
  [4000, "LinearGradient"],
  [4001, "RectangularGradient"],
];
const PATTERN_NAME = new Map(PATTERNS);
const PATTERN_NUMBER = new Map(PATTERNS.map(([n, s]) => [s, n]));

/** ET's error values as VBA's error numbers. */
const ERROR_NUMBER: Record<string, number> = {
  "#NULL!": -2146826288,
  "#DIV/0!": -2146826281,
  "#VALUE!": -2146826273,
  "#REF!": -2146826265,
  "#NAME?": -2146826259,
  "#NUM!": -2146826252,
  "#N/A": -2146826246,
};

/** The COM error WPS raises for a bad call, with VBA's wording. */
export class WpsError extends Error {}

function bgr(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

function hex(value: unknown): string {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 0xffffff)
    throw new WpsError(`Invalid colour ${String(value)}`);
  const r = n & 0xff;
  const g = (n >> 8) & 0xff;
  const b = (n >> 16) & 0xff;
  return `#${[r, g, b]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Parse an A1 address (D7, A1:C3, 5:5, C:C, $A$1, several joined by commas) into 0-based areas. */
function parseAddress(address: string): Area[] {
  return address.split(",").map((part) => {
    const a = part.replace(/\$/g, "").trim().toUpperCase();
    let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
    if (m) {
      const [c1, r1] = [columnIndex(m[1]), Number(m[2]) - 1];
      const [c2, r2] = m[3] ? [columnIndex(m[3]), Number(m[4]) - 1] : [c1, r1];
      return {
        row: Math.min(r1, r2),
        column: Math.min(c1, c2),
        rows: Math.abs(r2 - r1) + 1,
        columns: Math.abs(c2 - c1) + 1,
      };
    }
    m = /^(\d+):(\d+)$/.exec(a);
    if (m)
      return {
        row: Number(m[1]) - 1,
        column: 0,
        rows: Number(m[2]) - Number(m[1]) + 1,
        columns: MAX_COLUMNS,
      };
    m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
    if (m)
      return {
        row: 0,
        column: columnIndex(m[1]),
        rows: MAX_ROWS,
        columns: columnIndex(m[2]) - columnIndex(m[1]) + 1,
      };
    throw new WpsError(`Method 'Range' of object '_Worksheet' failed: ${address}`);
  });
}

function areaAddress(a: Area): string {
  if (a.columns === MAX_COLUMNS) return `${a.row + 1}:${a.row + a.rows}`;
  if (a.rows === MAX_ROWS)
    return `${columnLetter(a.column)}:${columnLetter(a.column + a.columns - 1)}`;
  const first = cellAddress(a.row, a.column);
  return a.rows === 1 && a.columns === 1
    ? first
    : `${first}:${cellAddress(a.row + a.rows - 1, a.column + a.columns - 1)}`;
}

/** Everything the stand-in keeps besides the model: event listeners, the window's split. */
class Runtime {
  readonly listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  split = { row: 0, column: 0 };
  constructor(readonly model: WorkbookModel) {}

  sheetObject(sheet: SheetModel): StandInWorksheet {
    return new StandInWorksheet(this, sheet);
  }
}

class StandInInterior {
  constructor(private readonly range: StandInRange) {}

  private fills(): (CellFormat["fill"] | undefined)[] {
    return this.range.cells().map(([r, c]) => this.range.sheet.cellFormats.get(`${r},${c}`)?.fill);
  }

  private same<T>(values: T[]): T | null {
    return values.every((v) => v === values[0]) ? values[0] : null;
  }

  get Pattern(): number | null {
    return this.same(this.fills().map((f) => (f ? (PATTERN_NUMBER.get(f.pattern) ?? 1) : XL_NONE)));
  }

  set Pattern(value: number) {
    if (value !== XL_NONE && !PATTERN_NAME.has(value))
      throw new WpsError(`Unable to set the Pattern property: ${value}`);
    this.range.edit((format) => {
      if (value === XL_NONE) delete format.fill;
      else
        format.fill = {
          ...(format.fill ?? { color: "#FFFFFF" }),
          pattern: PATTERN_NAME.get(value) as string,
        };
    });
  }

  get Color(): number | null {
    return this.same(this.fills().map((f) => (f ? bgr(f.color) : WHITE)));
  }

  set Color(value: number) {
    const color = hex(value);
    // As in ET: giving a colour to a cell without fill makes it solid; a pattern stays.
    this.range.edit(
      (format) =>
        (format.fill = { ...format.fill, color, pattern: format.fill?.pattern ?? "Solid" })
    );
  }

  get PatternColor(): number | null {
    return this.same(this.fills().map((f) => (f?.patternColor ? bgr(f.patternColor) : 0)));
  }

  set PatternColor(value: number) {
    const patternColor = hex(value);
    this.range.edit((format) => {
      if (format.fill) format.fill = { ...format.fill, patternColor };
    });
  }

  get ColorIndex(): number | null {
    return this.same(this.fills().map((f) => (f ? 0 : XL_NONE)));
  }

  set ColorIndex(value: number) {
    if (value === XL_NONE) this.Pattern = XL_NONE;
  }
}

class StandInRange {
  constructor(
    private readonly rt: Runtime,
    readonly sheet: SheetModel,
    readonly areas: readonly Area[]
  ) {}

  private get area(): Area {
    return this.areas[0];
  }

  /** Every cell as [row, column], 0-based (whole rows or columns are cut to the used cells). */
  cells(): [number, number][] {
    const out: [number, number][] = [];
    for (const a of this.areas) {
      const rows = a.rows === MAX_ROWS ? Math.max(1, this.sheet.rowCount - a.row) : a.rows;
      const columns =
        a.columns === MAX_COLUMNS ? Math.max(1, this.sheet.columnCount - a.column) : a.columns;
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++) out.push([a.row + r, a.column + c]);
    }
    return out;
  }

  /** Change the cell formats (fill, bold) of every cell and redraw. */
  edit(change: (format: CellFormat) => void): void {
    for (const [r, c] of this.cells()) {
      const key = `${r},${c}`;
      const format = { ...(this.sheet.cellFormats.get(key) ?? {}) };
      change(format);
      if (Object.keys(format).length === 0) this.sheet.cellFormats.delete(key);
      else this.sheet.cellFormats.set(key, format);
    }
    this.rt.model.changed();
  }

  get Row(): number {
    return this.area.row + 1;
  }

  get Column(): number {
    return this.area.column + 1;
  }

  get Rows(): { Count: number } {
    return { Count: this.area.rows };
  }

  get Columns(): { Count: number } {
    return { Count: this.area.columns };
  }

  get Count(): number {
    return this.areas.reduce((n, a) => n + a.rows * a.columns, 0);
  }

  get Worksheet(): StandInWorksheet {
    return this.rt.sheetObject(this.sheet);
  }

  private raw(r: number, c: number): string | number | boolean | undefined {
    const v = this.sheet.value(r, c);
    if (v === "" || v === null || v === undefined) return undefined;
    if (typeof v === "string" && v in ERROR_NUMBER) return ERROR_NUMBER[v];
    return v;
  }

  get Value2(): unknown {
    const a = this.area;
    if (a.rows === 1 && a.columns === 1) return this.raw(a.row, a.column);
    const rows = Math.min(a.rows, Math.max(1, this.sheet.rowCount - a.row));
    return Array.from({ length: a.rows === MAX_ROWS ? rows : a.rows }, (_, r) =>
      Array.from(
        { length: a.columns === MAX_COLUMNS ? this.sheet.columnCount : a.columns },
        (_, c) => this.raw(a.row + r, a.column + c)
      )
    );
  }

  set Value2(value: unknown) {
    const a = this.area;
    const put = (r: number, c: number, v: unknown) => {
      if (v !== null && v !== undefined && typeof v === "object")
        throw new WpsError("Type mismatch");
      const cell = (v ?? "") as CellValue;
      const text = this.sheet.format(a.row + r, a.column + c) === "@";
      this.sheet.setValue(
        a.row + r,
        a.column + c,
        text && typeof cell !== "string" ? String(cell) : cell
      );
      const key = `${a.row + r},${a.column + c}`;
      if (typeof cell === "string" && cell.startsWith("=") && !text) this.sheet.formulas.add(key);
      else this.sheet.formulas.delete(key);
    };
    if (Array.isArray(value)) {
      if (value.length !== a.rows)
        throw new WpsError(`Value2 of ${a.rows} rows given ${value.length}`);
      value.forEach((row, r) => {
        if (!Array.isArray(row) || row.length !== a.columns)
          throw new WpsError("Value2 rows must match the range's width");
        row.forEach((v, c) => put(r, c, v));
      });
    } else {
      for (let r = 0; r < a.rows; r++) for (let c = 0; c < a.columns; c++) put(r, c, value);
    }
    this.rt.model.cellsChanged(this.sheet, areaAddress(a), "RangeEdited", true);
    this.rt.model.changed();
  }

  get NumberFormat(): string | null {
    const formats = this.cells().map(([r, c]) => this.sheet.format(r, c));
    return formats.every((f) => f === formats[0]) ? formats[0] : null;
  }

  set NumberFormat(value: string) {
    if (typeof value !== "string") throw new WpsError("Unable to set the NumberFormat property");
    for (const [r, c] of this.cells()) this.sheet.setFormat(r, c, value);
    this.rt.model.changed();
  }

  get Text(): string {
    const v = this.sheet.value(this.area.row, this.area.column);
    return v === null || v === undefined ? "" : String(v);
  }

  get Interior(): StandInInterior {
    return new StandInInterior(this);
  }

  get Font(): { Bold: boolean } {
    const range = this;
    return {
      get Bold() {
        return range
          .cells()
          .every(([r, c]) => range.sheet.cellFormats.get(`${r},${c}`)?.bold === true);
      },
      set Bold(value: boolean) {
        range.edit((f) => {
          if (value) f.bold = true;
          else delete f.bold;
        });
      },
    };
  }

  get Areas(): { Count: number; Item(index: number): StandInRange } {
    return {
      Count: this.areas.length,
      Item: (index: number) => {
        const a = this.areas[index - 1];
        if (!a) throw new WpsError(`Areas.Item(${index}): index out of range`);
        return new StandInRange(this.rt, this.sheet, [a]);
      },
    };
  }

  get EntireColumn(): StandInRange {
    return new StandInRange(this.rt, this.sheet, [
      { row: 0, column: this.area.column, rows: MAX_ROWS, columns: this.area.columns },
    ]);
  }

  get ColumnWidth(): number {
    return (this.sheet.columnWidths[this.area.column] ?? 64) / 7.5;
  }

  set ColumnWidth(chars: number) {
    // ET counts characters of the standard font; the model keeps points, as Office.js does.
    for (let c = 0; c < this.area.columns; c++)
      this.sheet.columnWidths[this.area.column + c] = chars * 7.5;
    this.rt.model.changed();
  }

  WrapText = false;

  Address(rowAbsolute = true, columnAbsolute = true): string {
    return this.areas
      .map(areaAddress)
      .map((s) => (rowAbsolute || columnAbsolute ? s.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2") : s))
      .join(",");
  }

  Select(): void {
    const active = this.rt.model.sheets[this.rt.model.activeSheet];
    if (active !== this.sheet) throw new WpsError("Select method of Range class failed");
    const [first, ...rest] = this.areas;
    this.rt.model.selection = {
      sheet: this.sheet.name,
      ...first,
      ...(rest.length > 0 ? { areas: [...this.areas] } : {}),
    };
    this.rt.model.changed();
  }

  Activate(): void {
    this.Select();
  }

  Item(row: number, column = 1): StandInRange {
    if (!Number.isInteger(row) || !Number.isInteger(column) || row < 1 || column < 1)
      throw new WpsError(`Cells.Item(${row}, ${column}): indexes count from 1`);
    return new StandInRange(this.rt, this.sheet, [
      { row: this.area.row + row - 1, column: this.area.column + column - 1, rows: 1, columns: 1 },
    ]);
  }

  Resize(rows: number, columns: number): StandInRange {
    if (rows < 1 || columns < 1) throw new WpsError("Resize: sizes count from 1");
    return new StandInRange(this.rt, this.sheet, [
      { row: this.area.row, column: this.area.column, rows, columns },
    ]);
  }

  AutoFit(): void {
    for (let c = 0; c < this.area.columns; c++) {
      const column = this.area.column + c;
      let longest = 4;
      for (let r = 0; r < this.sheet.rowCount; r++)
        longest = Math.max(longest, String(this.sheet.value(r, column) ?? "").length * 2);
      this.sheet.columnWidths[column] = Math.min(255, longest) * 7.5;
    }
    this.rt.model.changed();
  }
}

class StandInWorksheet {
  constructor(
    private readonly rt: Runtime,
    readonly model: SheetModel
  ) {}

  get Name(): string {
    return this.model.name;
  }

  set Name(name: string) {
    if (
      this.rt.model.sheets.some(
        (s) => s !== this.model && s.name.toLowerCase() === name.toLowerCase()
      )
    )
      throw new WpsError("That name is already taken. Try a different one.");
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new WpsError(`Invalid sheet name ${name}`);
    this.model.name = name;
    this.rt.model.changed();
  }

  get CodeName(): string {
    return this.model.id;
  }

  get Index(): number {
    return this.rt.model.sheets.indexOf(this.model) + 1;
  }

  get Visible(): number {
    return this.model.visibility === "Visible" ? -1 : this.model.visibility === "Hidden" ? 0 : 2;
  }

  set Visible(value: number) {
    this.model.visibility =
      value === 2 ? "VeryHidden" : value === 0 || value === (false as never) ? "Hidden" : "Visible";
    this.rt.model.changed();
  }

  get UsedRange(): StandInRange {
    const bounds = this.model.usedBounds(false);
    const formatted = this.formattedBounds();
    if (!bounds && !formatted)
      return new StandInRange(this.rt, this.model, [{ row: 0, column: 0, rows: 1, columns: 1 }]);
    const [t, l, b, r] = bounds ?? (formatted as [number, number, number, number]);
    const [ft, fl, fb, fr] = formatted ?? [t, l, b, r];
    const top = Math.min(t, ft);
    const left = Math.min(l, fl);
    return new StandInRange(this.rt, this.model, [
      {
        row: top,
        column: left,
        rows: Math.max(b, fb) - top + 1,
        columns: Math.max(r, fr) - left + 1,
      },
    ]);
  }

  /** Cells with a number format other than General count as used in ET. */
  private formattedBounds(): [number, number, number, number] | null {
    let found: [number, number, number, number] | null = null;
    this.model.formats.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f === "General" || f === undefined) return;
        found = found
          ? [
              Math.min(found[0], r),
              Math.min(found[1], c),
              Math.max(found[2], r),
              Math.max(found[3], c),
            ]
          : [r, c, r, c];
      })
    );
    return found;
  }

  get Cells(): StandInRange {
    return new StandInRange(this.rt, this.model, [
      { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS },
    ]);
  }

  Range(address: string): StandInRange {
    return new StandInRange(this.rt, this.model, parseAddress(address));
  }

  Activate(): void {
    this.rt.model.activate(this.model.name);
    this.rt.model.changed();
  }

  get Hyperlinks(): { Add: (...args: unknown[]) => unknown } {
    return {
      Add: (anchor, address, subAddress, screenTip, textToDisplay) => {
        if (!(anchor instanceof StandInRange))
          throw new WpsError("Hyperlinks.Add needs a Range as its anchor");
        const [r, c] = anchor.cells()[0];
        this.model.hyperlinks.set(`${r},${c}`, {
          ...(address ? { address: String(address) } : {}),
          ...(subAddress ? { documentReference: String(subAddress) } : {}),
          ...(textToDisplay !== undefined ? { textToDisplay: String(textToDisplay) } : {}),
        });
        void screenTip;
        if (textToDisplay !== undefined) this.model.setValue(r, c, String(textToDisplay));
        this.rt.model.changed();
        return {};
      },
    };
  }

  get ListObjects(): { Add: (...args: unknown[]) => { Name: string; TableStyle: string } } {
    return {
      Add: (sourceType, source, _link, hasHeaders) => {
        if (sourceType !== 1 || !(source instanceof StandInRange))
          throw new WpsError("ListObjects.Add: xlSrcRange and a Range expected");
        const a = source.areas[0];
        const overlaps = this.model.tables.some(
          (t) =>
            t.row < a.row + a.rows &&
            a.row < t.row + t.rows &&
            t.column < a.column + a.columns &&
            a.column < t.column + t.columns
        );
        if (overlaps) throw new WpsError("A table cannot overlap another table");
        void hasHeaders;
        const count = this.rt.model.sheets.reduce((n, s) => n + s.tables.length, 0);
        const table = {
          name: `表${count + 1}`,
          row: a.row,
          column: a.column,
          rows: a.rows,
          columns: a.columns,
          style: "TableStyleMedium2",
        };
        this.model.tables.push(table);
        this.rt.model.changed();
        return {
          get Name() {
            return table.name;
          },
          set Name(_: string) {},
          get TableStyle() {
            return table.style;
          },
          set TableStyle(style: string) {
            table.style = style;
          },
        };
      },
    };
  }

  get Shapes(): { AddChart: (...args: number[]) => { Chart: unknown } } {
    return {
      AddChart: (type) => {
        if (type !== 5) throw new WpsError(`AddChart: chart type ${type} is not modelled`);
        const chart = {
          name: `图表${this.model.charts.length + 1}`,
          type: "Pie",
          source: "",
          seriesBy: "Columns",
          title: "",
        } as SheetModel["charts"][number];
        this.model.charts.push(chart);
        this.rt.model.changed();
        return {
          Chart: {
            ChartType: 5,
            HasTitle: false,
            ChartTitle: {
              get Text() {
                return chart.title;
              },
              set Text(t: string) {
                chart.title = t;
              },
            },
            set HasLegend(v: boolean) {
              chart.legendVisible = v;
            },
            SetSourceData: (source: unknown) => {
              if (!(source instanceof StandInRange))
                throw new WpsError("SetSourceData needs a Range");
              const [labels, amounts] = source.areas;
              (chart as { source: string }).source = areaAddress(amounts ?? labels);
              if (amounts)
                chart.categories = areaAddress({
                  ...labels,
                  row: labels.row + 1,
                  rows: labels.rows - 1,
                });
            },
            ApplyDataLabels: (kind: number) => {
              chart.dataLabels = {
                showCategoryName: kind === 5 || kind === 4,
                showPercentage: kind === 5 || kind === 3,
                showValue: kind === 2,
              };
            },
          },
        };
      },
    };
  }

  get PageSetup(): Record<string, unknown> {
    const print = this.model.print;
    return {
      set Orientation(v: number) {
        print.orientation = v === 2 ? "Landscape" : "Portrait";
      },
      get Orientation() {
        return print.orientation === "Landscape" ? 2 : 1;
      },
      Zoom: 100,
      set FitToPagesWide(v: number) {
        print.fitToPagesWide = v;
      },
      FitToPagesTall: false,
      set PrintTitleRows(v: string) {
        if (!/^\$?\d+:\$?\d+$/.test(v))
          throw new WpsError(`PrintTitleRows: ${v} is not a row range`);
        print.titleRows = v;
      },
    };
  }
}

class StandInSheets {
  constructor(private readonly rt: Runtime) {}

  get Count(): number {
    return this.rt.model.sheets.length;
  }

  Item(index: number | string): StandInWorksheet {
    const sheet =
      typeof index === "number"
        ? this.rt.model.sheets[index - 1]
        : this.rt.model.sheets.find((s) => s.name.toLowerCase() === index.toLowerCase());
    if (!sheet) throw new WpsError(`Worksheets.Item(${String(index)}): subscript out of range`);
    return this.rt.sheetObject(sheet);
  }

  Add(before?: StandInWorksheet, after?: StandInWorksheet): StandInWorksheet {
    const model = this.rt.model;
    let n = model.sheets.length + 1;
    while (model.sheet(`Sheet${n}`)) n++;
    const sheet = model.addSheet(`Sheet${n}`);
    model.sheets.pop();
    // Without Before or After, ET puts the new sheet before the active one.
    const anchor = (after ?? before)?.model ?? model.sheets[model.activeSheet];
    const at = model.sheets.indexOf(anchor) + (after ? 1 : 0);
    model.sheets.splice(Math.max(0, at), 0, sheet);
    // As in ET: the new sheet becomes the active one.
    model.activate(sheet.name);
    model.changed();
    return this.rt.sheetObject(sheet);
  }
}

/** Build the `wps` object over a model; `install` puts it on the global. */
export function makeWps(model: WorkbookModel): Record<string, unknown> {
  const rt = new Runtime(model);
  const sheets = new StandInSheets(rt);
  const active = () => rt.sheetObject(model.sheets[model.activeSheet]);
  const workbook = {
    get Name() {
      return model.name;
    },
    Worksheets: sheets,
    get ActiveSheet() {
      return active();
    },
  };
  const window = {
    get SplitRow() {
      return rt.split.row;
    },
    set SplitRow(v: number) {
      rt.split.row = v;
    },
    SplitColumn: 0,
    ScrollRow: 1,
    get FreezePanes() {
      return model.sheets[model.activeSheet]?.frozenRows > 0;
    },
    set FreezePanes(v: boolean) {
      const sheet = model.sheets[model.activeSheet];
      if (sheet) sheet.frozenRows = v ? Math.max(0, rt.split.row) : 0;
      model.changed();
    },
  };
  const app = {
    get ActiveWorkbook() {
      return model.sheets.length > 0 ? workbook : null;
    },
    get ActiveSheet() {
      return active();
    },
    ActiveWindow: window,
    get Selection() {
      const s = model.selection;
      const sheet = model.sheets[model.activeSheet];
      if (!s || !sheet || s.sheet !== sheet.name)
        return new StandInRange(rt, sheet, [{ row: 0, column: 0, rows: 1, columns: 1 }]);
      return new StandInRange(rt, sheet, s.areas ?? [s]);
    },
  };
  let unsubscribe: (() => void) | null = null;
  const listen = () => {
    if (unsubscribe) return;
    unsubscribe = model.subscribe((event) => {
      if (event.type === "activated") {
        const sheet = model.sheetById(event.sheetId);
        for (const cb of rt.listeners.get("SheetActivate") ?? [])
          if (sheet) cb(rt.sheetObject(sheet));
      } else if (event.type === "changed") {
        const sheet = model.sheetById(event.sheetId);
        if (!sheet) return;
        for (const cb of rt.listeners.get("SheetChange") ?? [])
          cb(rt.sheetObject(sheet), new StandInRange(rt, sheet, parseAddress(event.address)));
      }
    });
  };
  const storage = new Map<string, string>();
  const panes: { ID: number; Visible: boolean; url: string }[] = [];
  return {
    EtApplication: () => app,
    ApiEvent: {
      AddApiEventListener(name: string, callback: (...args: unknown[]) => void) {
        rt.listeners.set(name, [...(rt.listeners.get(name) ?? []), callback]);
        listen();
      },
      RemoveApiEventListener(name: string) {
        rt.listeners.delete(name);
        if (rt.listeners.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      },
    },
    CreateTaskPane(url: string) {
      const pane = { ID: panes.length + 1, Visible: false, url };
      panes.push(pane);
      return pane;
    },
    GetTaskPane(id: number) {
      return panes[id - 1] ?? null;
    },
    PluginStorage: {
      setItem: (k: string, v: unknown) => storage.set(k, String(v)),
      getItem: (k: string) => storage.get(k) ?? null,
      removeItem: (k: string) => storage.delete(k),
    },
    /** For tests: how many event callbacks are registered (a closed pane leaves none). */
    get listenerCount() {
      return [...rt.listeners.values()].reduce((n, l) => n + l.length, 0);
    },
  };
}

/** Put the stand-in on globalThis.wps; returns the function that takes it away again. */
export function installWps(model: WorkbookModel): () => void {
  const g = globalThis as { wps?: unknown };
  const previous = g.wps;
  g.wps = makeWps(model);
  return () => {
    g.wps = previous;
  };
}
