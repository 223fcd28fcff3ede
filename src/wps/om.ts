/**
 * The part of the WPS 表格 (ET) object model AID uses, as it behaves at run time.
 *
 * Kingsoft describes the whole model in the npm package wps-jsapi (namespace Et,
 * reached through wps.EtApplication()). Those declarations are generated from the
 * COM type library: many methods are written as `Range(Cell1?, Cell2?, RHS?: EtRange): void`,
 * with the COM out-parameter ("RHS") in place of the value the call returns, and
 * some properties carry COM's wrong types (Worksheet.UsedRange: number). Used
 * directly they would need a cast at every call, so AID declares the few members it
 * needs here with the types they have at run time, under the same names; test/wps/om.test.ts
 * checks each name against wps-jsapi, so a member Kingsoft does not declare fails the type check.
 *
 * Differences from Excel's Office.js that the code in src/wps/ has to live with:
 * - Every call is synchronous and runs in the pane's own thread: nothing to batch or
 *   sync, but a long loop freezes the pane, so large reads and writes yield between blocks.
 * - Indexes are 1-based (Cells.Item(1, 1) is A1, Worksheets.Item(1) the first sheet),
 *   where AID's core and Office.js count from 0.
 * - Value2 of one cell is a scalar; of several cells, an array of rows; an empty cell
 *   reads as undefined or null (or ""), never as Office.js's "".
 * - An error cell's Value2 is not its text: VBA's error values come through as numbers
 *   (-2146826281 for #DIV/0!) on some builds and as strings on others (see ./values.ts).
 * - NumberFormat of a range whose cells differ is null (VBA's Null), not one format per cell.
 * - Colours are BGR integers (0xBBGGRR), not "#RRGGBB".
 * - Events come through wps.ApiEvent.AddApiEventListener, by event name; removing takes
 *   only the name (RemoveApiEventListener(name)), so ./events.ts keeps one listener per name.
 */

/** A cell value as Value2 gives it (before ./values.ts turns it into a core CellValue). */
export type RawValue = string | number | boolean | null | undefined;

export interface WpsInterior {
  /** BGR integer; 16777215 (white) where the cell has no fill. */
  Color: number;
  /** XlPattern: 1 solid, -4142 (xlNone) no fill, others the hatch patterns. */
  Pattern: number;
  PatternColor: number;
  ColorIndex: number;
}

export interface WpsFont {
  Bold: boolean;
}

export interface WpsRange {
  /** 1-based row and column of the range's top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Count: number;
  Value2: RawValue | RawValue[][];
  /** One format for the whole range, or null where its cells' formats differ. */
  NumberFormat: string | null;
  /** What the cell shows (for telling an error from a number). */
  readonly Text: string;
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
  readonly Areas: { readonly Count: number; Item(index: number): WpsRange };
  readonly Worksheet: WpsWorksheet;
  readonly EntireColumn: WpsRange;
  ColumnWidth: number;
  WrapText: boolean;
  /** The A1 address; Address(false, false) without the dollar signs. */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Select(): void;
  Activate(): void;
  /** The cell at 1-based (row, column) inside this range, as Cells.Item does. */
  Item(row: number, column?: number): WpsRange;
  Resize(rows: number, columns: number): WpsRange;
  AutoFit(): void;
}

export interface WpsHyperlinks {
  /** Hyperlinks.Add(Anchor, Address, SubAddress, ScreenTip, TextToDisplay). */
  Add(
    anchor: WpsRange,
    address: string,
    subAddress?: string,
    screenTip?: string,
    textToDisplay?: string
  ): unknown;
}

export interface WpsListObject {
  Name: string;
  TableStyle: string;
}

export interface WpsListObjects {
  /** ListObjects.Add(SourceType = 1 xlSrcRange, Source, LinkSource, XlListObjectHasHeaders = 1 xlYes). */
  Add(
    sourceType: number,
    source: WpsRange,
    linkSource?: unknown,
    hasHeaders?: number
  ): WpsListObject;
}

export interface WpsChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  HasLegend: boolean;
  SetSourceData(source: WpsRange): void;
  ApplyDataLabels(type?: number): void;
}

export interface WpsShapes {
  /** Shapes.AddChart(Type, Left, Top, Width, Height): a shape whose .Chart is the chart. */
  AddChart(
    type: number,
    left: number,
    top: number,
    width: number,
    height: number
  ): {
    readonly Chart: WpsChart;
  };
}

export interface WpsPageSetup {
  /** XlPageOrientation: 1 portrait, 2 landscape. */
  Orientation: number;
  Zoom: number | boolean;
  FitToPagesWide: number;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
}

export interface WpsWorksheet {
  Name: string;
  /**
   * The sheet's code name, which stays when the user renames the sheet; WPS may leave it
   * empty for sheets added by script (then AID falls back to the name, see ./sheets.ts).
   */
  readonly CodeName: string;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  readonly Index: number;
  /** The used range; A1 alone on an empty sheet (Excel's and WPS's way of saying "nothing"). */
  readonly UsedRange: WpsRange;
  readonly Cells: WpsRange;
  readonly Hyperlinks: WpsHyperlinks;
  readonly ListObjects: WpsListObjects;
  readonly Shapes: WpsShapes;
  readonly PageSetup: WpsPageSetup;
  Range(address: string): WpsRange;
  Activate(): void;
}

export interface WpsSheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): WpsWorksheet;
  /** Add(Before, After): the new sheet goes after `after` when given. */
  Add(before?: WpsWorksheet, after?: WpsWorksheet): WpsWorksheet;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsSheets;
  readonly ActiveSheet: WpsWorksheet;
}

export interface WpsWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
  ScrollRow: number;
}

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveSheet: WpsWorksheet;
  readonly ActiveWindow: WpsWindow;
  /** The selected cells (a Range; a shape when one is selected). */
  readonly Selection: WpsRange | null;
}

/** The events AID follows; the callbacks get the sheet (and, for SheetChange, the changed range). */
export interface WpsApiEvent {
  AddApiEventListener(name: "SheetActivate", callback: (sheet: WpsWorksheet) => void): void;
  AddApiEventListener(
    name: "SheetChange",
    callback: (sheet: WpsWorksheet, range: WpsRange) => void
  ): void;
  RemoveApiEventListener(name: "SheetActivate" | "SheetChange"): void;
}

export interface WpsTaskPane {
  Visible: boolean;
  readonly ID: number;
}

/** window.wps as AID uses it. */
export interface WpsGlobal {
  EtApplication(): WpsApplication;
  readonly ApiEvent: WpsApiEvent;
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: {
    setItem(key: string, value: string | number | boolean): void;
    getItem(key: string): string | null;
  };
}

/** The WPS global, or null outside WPS (in Excel, the tests, a plain browser). */
export function wpsGlobal(): WpsGlobal | null {
  const w = (globalThis as unknown as { wps?: Partial<WpsGlobal> }).wps;
  return w && typeof w.EtApplication === "function" ? (w as WpsGlobal) : null;
}

/** The WPS spreadsheet application; throws a bilingual message outside WPS. */
export function etApplication(): WpsApplication {
  const w = wpsGlobal();
  if (!w) throw new Error("未连接到 WPS 表格 / Not running in WPS Spreadsheets");
  return w.EtApplication();
}

/** The active workbook; throws a bilingual message when none is open. */
export function activeWorkbook(): WpsWorkbook {
  const book = etApplication().ActiveWorkbook;
  if (!book)
    throw new Error("WPS 表格中没有打开的工作簿 / No workbook is open in WPS Spreadsheets");
  return book;
}
