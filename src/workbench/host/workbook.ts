/**
 * The workbook side of the host: the workbook (the request's global object),
 * its worksheets, settings, tables and charts (comments are in ./comments.ts).
 */
import type { ChartModel, SheetModel, TableModel } from "../model";
import { localAddress, parseAreas } from "./addresses";
import { HostComments } from "./comments";
import { type Args, HostNull, HostObject, intArg, stringArg } from "./objects";
import { HostError } from "./protocol";
import { HostRange, HostRangeAreas, boundsOn } from "./range";
import type { HostState } from "./state";

/** Characters Excel refuses in a sheet name, and its length limit. */
const BAD_SHEET_NAME = /[\\/?*[\]:]/;
const MAX_SHEET_NAME = 31;

export class HostWorkbook extends HostObject {
  readonly className = "Workbook";

  constructor(readonly state: HostState) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return ["Name"];
  }

  override scalar(name: string): unknown {
    if (name === "Name") return this.state.model.name;
    throw this.unknown("property", name);
  }

  override navigation(name: string): HostObject | undefined {
    if (name === "Worksheets") return new HostWorksheets(this.state);
    if (name === "Settings") return new HostSettings(this.state);
    if (name === "Tables") return new HostTables(this.state, undefined);
    if (name === "Comments") return new HostComments(this.state, undefined);
    return undefined;
  }

  override call(name: string, args: Args): unknown {
    const model = this.state.model;
    const selected = () => {
      const sheet = model.sheets[model.activeSheet];
      if (!sheet) throw new HostError("ItemNotFound", "There is no active sheet.");
      const sel = model.selection;
      const b =
        sel && sel.sheet === sheet.name
          ? { row: sel.row, column: sel.column, rows: sel.rows, columns: sel.columns }
          : { row: 0, column: 0, rows: 1, columns: 1 };
      return { sheet, b, areas: sel && sel.sheet === sheet.name && sel.areas ? sel.areas : [b] };
    };
    switch (name) {
      case "GetSelectedRange": {
        const { sheet, areas, b } = selected();
        // Excel refuses getSelectedRange() on a multi-area (Ctrl) selection: getSelectedRanges() reads it.
        if (areas.length > 1)
          throw new HostError(
            "InvalidSelection",
            "The current selection is invalid for this operation."
          );
        return this.state.range(sheet, b);
      }
      case "GetSelectedRanges": {
        const { sheet, areas } = selected();
        return new HostRangeAreas(this.state, sheet, areas);
      }
      case "_RemoveReference": {
        const id = stringArg(args, 0, "referenceId");
        this.state.references.delete(id);
        return null;
      }
      case "_GetObjectByReferenceId":
      case "_GetObjectTypeNameByReferenceId":
        throw this.unknown("method", name);
      default:
        throw this.unknown("method", name);
    }
  }
}

export class HostWorksheets extends HostObject {
  readonly className = "WorksheetCollection";

  constructor(readonly state: HostState) {
    super();
  }

  override items(): readonly HostObject[] {
    return this.state.model.sheets.map((s) => this.state.worksheet(s));
  }

  private find(key: string): SheetModel | undefined {
    const model = this.state.model;
    // Excel finds a worksheet by name (case-insensitively, as sheet names are) or by its id.
    const lower = key.toLowerCase();
    return model.sheets.find((s) => s.name.toLowerCase() === lower) ?? this.state.sheetById(key);
  }

  override item(args: Args): HostObject {
    return this.getItem(stringArg(args, 0, "key"), false);
  }

  private getItem(key: string, orNull: boolean): HostObject {
    const sheet = this.find(key);
    if (sheet) return this.state.worksheet(sheet);
    if (orNull) return new HostNull("Worksheet");
    throw new HostError(
      "ItemNotFound",
      `The requested resource doesn't exist. (worksheet '${key}')`
    );
  }

  override call(name: string, args: Args): unknown {
    const model = this.state.model;
    switch (name) {
      case "GetItem":
        return this.getItem(stringArg(args, 0, "key"), false);
      case "GetItemOrNullObject":
        return this.getItem(stringArg(args, 0, "key"), true);
      case "GetActiveWorksheet": {
        const sheet = model.sheets[model.activeSheet];
        if (!sheet) throw new HostError("ItemNotFound", "There is no active sheet.");
        return this.state.worksheet(sheet);
      }
      case "GetCount":
        return model.sheets.length;
      case "_RegisterActivatedEvent":
      case "_UnregisterActivatedEvent":
      case "_RegisterDataChangedEvent":
      case "_UnregisterDataChangedEvent":
        // Events reach Office.js as rich-API messages after each request (install.ts); nothing to set up.
        return null;
      case "Add": {
        const requested = args[0];
        let name: string;
        if (requested === undefined || requested === null) {
          let i = model.sheets.length + 1;
          while (this.find(`Sheet${i}`)) i++;
          name = `Sheet${i}`;
        } else name = stringArg(args, 0, "name");
        if (
          name.length === 0 ||
          name.length > MAX_SHEET_NAME ||
          BAD_SHEET_NAME.test(name) ||
          /^'|'$/.test(name)
        )
          throw new HostError("InvalidArgument", `'${name}' is not a valid sheet name.`);
        if (this.find(name))
          throw new HostError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
        const sheet = model.addSheet(name);
        this.state.changed(sheet);
        return this.state.worksheet(sheet);
      }
      default:
        throw this.unknown("method", name);
    }
  }
}

export class HostWorksheet extends HostObject {
  readonly className = "Worksheet";

  constructor(
    readonly state: HostState,
    readonly sheet: SheetModel
  ) {
    super();
  }

  override objectId(): string {
    return this.state.sheetId(this.sheet);
  }

  override defaultScalars(): readonly string[] {
    return ["Id", "Name", "Position", "Visibility", "TabColor"];
  }

  override scalar(name: string): unknown {
    const model = this.state.model;
    switch (name) {
      case "Id":
        return this.objectId();
      case "Name":
        return this.sheet.name;
      case "Position":
        return model.sheets.indexOf(this.sheet);
      case "Visibility":
        return this.sheet.visibility;
      case "TabColor":
        return "";
      default:
        throw this.unknown("property", name);
    }
  }

  override set(name: string, value: unknown): void {
    if (name === "Name") {
      const next = String(value);
      const clash = this.state.model.sheets.find(
        (s) => s !== this.sheet && s.name.toLowerCase() === next.toLowerCase()
      );
      if (clash)
        throw new HostError("ItemAlreadyExists", `A sheet named '${next}' already exists.`);
      this.sheet.name = next;
      this.state.changed(this.sheet);
      return;
    }
    throw this.unknown("writable property", name);
  }

  override navigation(name: string): HostObject | undefined {
    if (name === "Tables") return new HostTables(this.state, this.sheet);
    if (name === "Charts") return new HostCharts(this.state, this.sheet);
    if (name === "FreezePanes") return new HostFreezePanes(this.state, this.sheet);
    if (name === "PageLayout") return new HostPageLayout(this.sheet);
    if (name === "Comments") return new HostComments(this.state, this.sheet);
    return undefined;
  }

  override call(name: string, args: Args): unknown {
    const sheet = this.sheet;
    switch (name) {
      case "GetRange": {
        const address = args[0];
        if (address === undefined || address === null || address === "")
          return this.state.range(sheet, { row: 0, column: 0, rows: 1_048_576, columns: 16_384 });
        return this.state.range(sheet, boundsOn(sheet, stringArg(args, 0, "address")));
      }
      case "GetRanges": {
        const { sheet: named, areas } = parseAreas(stringArg(args, 0, "address"));
        if (named !== undefined && named !== sheet.name)
          throw new HostError("InvalidArgument", "getRanges takes addresses on its own sheet.");
        return new HostRangeAreas(this.state, sheet, areas);
      }
      case "GetRangeByIndexes": {
        const [row, column, rows, columns] = [0, 1, 2, 3].map((i) => intArg(args, i, "index"));
        if (
          row < 0 ||
          column < 0 ||
          rows < 1 ||
          columns < 1 ||
          row + rows > 1_048_576 ||
          column + columns > 16_384
        )
          throw new HostError("InvalidArgument", "The range is outside the sheet.");
        return this.state.range(sheet, { row, column, rows, columns });
      }
      case "GetUsedRange":
      case "GetUsedRangeOrNullObject": {
        const bounds = sheet.usedBounds(args[0] === true);
        if (!bounds) {
          if (name === "GetUsedRangeOrNullObject") return new HostNull("Range");
          return this.state.range(sheet, { row: 0, column: 0, rows: 1, columns: 1 });
        }
        const [top, left, bottom, right] = bounds;
        return this.state.range(sheet, {
          row: top,
          column: left,
          rows: bottom - top + 1,
          columns: right - left + 1,
        });
      }
      case "_RegisterActivatedEvent":
      case "_UnregisterActivatedEvent":
      case "_RegisterDataChangedEvent":
      case "_UnregisterDataChangedEvent":
        return null;
      case "Activate": {
        const model = this.state.model;
        model.activeSheet = model.sheets.indexOf(sheet);
        this.state.changed(sheet);
        return null;
      }
      case "Delete": {
        const model = this.state.model;
        model.sheets.splice(model.sheets.indexOf(sheet), 1);
        model.activeSheet = Math.min(model.activeSheet, model.sheets.length - 1);
        this.state.changed(sheet);
        return null;
      }
      default:
        throw this.unknown("method", name);
    }
  }
}

export class HostSettings extends HostObject {
  readonly className = "SettingCollection";

  constructor(readonly state: HostState) {
    super();
  }

  override items(): readonly HostObject[] {
    return [...this.state.model.settings.keys()].map((k) => new HostSetting(this.state, k));
  }

  override item(args: Args): HostObject {
    return this.get(stringArg(args, 0, "key"), false);
  }

  private get(key: string, orNull: boolean): HostObject {
    if (this.state.model.settings.has(key)) return new HostSetting(this.state, key);
    if (orNull) return new HostNull("Setting");
    throw new HostError("ItemNotFound", `No setting '${key}'.`);
  }

  override call(name: string, args: Args): unknown {
    switch (name) {
      case "Add": {
        const key = stringArg(args, 0, "key");
        // Settings are stored as JSON in the document, so what comes back is a JSON copy.
        this.state.model.settings.set(key, JSON.parse(JSON.stringify(args[1] ?? null)));
        return new HostSetting(this.state, key);
      }
      case "GetItem":
        return this.get(stringArg(args, 0, "key"), false);
      case "GetItemOrNullObject":
        return this.get(stringArg(args, 0, "key"), true);
      case "GetCount":
        return this.state.model.settings.size;
      default:
        throw this.unknown("method", name);
    }
  }
}

export class HostSetting extends HostObject {
  readonly className = "Setting";

  constructor(
    readonly state: HostState,
    readonly key: string
  ) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return ["Key", "Value"];
  }

  override scalar(name: string): unknown {
    if (name === "Key") return this.key;
    if (name === "Value") return this.state.model.settings.get(this.key);
    throw this.unknown("property", name);
  }

  override set(name: string, value: unknown): void {
    if (name !== "Value") throw this.unknown("writable property", name);
    this.state.model.settings.set(this.key, JSON.parse(JSON.stringify(value ?? null)));
  }

  override call(name: string): unknown {
    if (name === "Delete") {
      this.state.model.settings.delete(this.key);
      return null;
    }
    throw this.unknown("method", name);
  }
}

export class HostTables extends HostObject {
  readonly className = "TableCollection";

  constructor(
    readonly state: HostState,
    /** The worksheet's tables, or the workbook's when undefined. */
    readonly sheet: SheetModel | undefined
  ) {
    super();
  }

  private all(): { sheet: SheetModel; table: TableModel }[] {
    const sheets = this.sheet ? [this.sheet] : this.state.model.sheets;
    return sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }

  override items(): readonly HostObject[] {
    return this.all().map(({ sheet, table }) => new HostTable(this.state, sheet, table));
  }

  override call(name: string, args: Args): unknown {
    if (name === "GetCount") return this.all().length;
    if (name !== "Add") throw this.unknown("method", name);
    const source = args[0];
    let sheet: SheetModel;
    let bounds;
    if (source instanceof HostRange) {
      sheet = source.sheet;
      bounds = source.bounds;
    } else {
      const parsed = parseAreas(stringArg(args, 0, "address"));
      if (parsed.areas.length !== 1) throw new HostError("InvalidArgument", "A table is one area.");
      // An address without a sheet name means the active sheet for workbook.tables; Excel's docs say the
      // worksheet's own for worksheet.tables. Either way a qualified address is never ambiguous.
      const model = this.state.model;
      const named =
        parsed.sheet !== undefined ? model.sheets.find((s) => s.name === parsed.sheet) : undefined;
      if (parsed.sheet !== undefined && !named)
        throw new HostError("ItemNotFound", `No sheet '${parsed.sheet}'.`);
      sheet = named ?? this.sheet ?? model.sheets[model.activeSheet];
      bounds = parsed.areas[0];
    }
    if (this.sheet && sheet !== this.sheet)
      throw new HostError("InvalidArgument", "The table's range is on another sheet.");
    for (const s of this.state.model.sheets)
      for (const t of s.tables)
        if (
          s === sheet &&
          t.row < bounds.row + bounds.rows &&
          bounds.row < t.row + t.rows &&
          t.column < bounds.column + bounds.columns &&
          bounds.column < t.column + t.columns
        )
          throw new HostError("InvalidOperation", "A table can't overlap another table.");
    // Table names are the workbook's: a loaded workbook's own tables keep theirs, a new one takes the next free 表N.
    const taken = new Set(this.state.model.sheets.flatMap((s) => s.tables.map((t) => t.name)));
    let number = taken.size + 1;
    while (taken.has(`表${number}`)) number++;
    const table: TableModel = { name: `表${number}`, ...bounds, style: "TableStyleMedium2" };
    if (args[1] !== true && args[1] !== false)
      throw new HostError("InvalidArgument", "hasHeaders must be true or false.");
    sheet.tables.push(table);
    this.state.changed(sheet);
    return new HostTable(this.state, sheet, table);
  }
}

export class HostTable extends HostObject {
  readonly className = "Table";

  constructor(
    readonly state: HostState,
    readonly sheet: SheetModel,
    readonly table: TableModel
  ) {
    super();
  }

  override objectId(): string {
    return this.table.name;
  }

  override defaultScalars(): readonly string[] {
    return ["Id", "Name", "Style", "ShowHeaders", "ShowTotals"];
  }

  override scalar(name: string): unknown {
    switch (name) {
      case "Id":
      case "Name":
        return this.table.name;
      case "Style":
        return this.table.style;
      case "ShowHeaders":
        return true;
      case "ShowTotals":
        return false;
      default:
        throw this.unknown("property", name);
    }
  }

  override set(name: string, value: unknown): void {
    if (name === "Style") {
      this.table.style = String(value);
      return;
    }
    if (name === "ShowBandedRows" || name === "ShowFilterButton") return;
    throw this.unknown("writable property", name);
  }

  override call(name: string): unknown {
    const t = this.table;
    const at = (row: number, rows: number) =>
      this.state.range(this.sheet, { row, column: t.column, rows, columns: t.columns });
    if (name === "GetRange") return at(t.row, t.rows);
    if (name === "GetHeaderRowRange") return at(t.row, 1);
    if (name === "GetDataBodyRange") return at(t.row + 1, Math.max(1, t.rows - 1));
    throw this.unknown("method", name);
  }
}

export class HostCharts extends HostObject {
  readonly className = "ChartCollection";

  constructor(
    readonly state: HostState,
    readonly sheet: SheetModel
  ) {
    super();
  }

  override items(): readonly HostObject[] {
    return this.sheet.charts.map((c) => new HostChart(this.state, c));
  }

  override call(name: string, args: Args): unknown {
    if (name === "GetCount") return this.sheet.charts.length;
    if (name !== "Add") throw this.unknown("method", name);
    const type = stringArg(args, 0, "type");
    const source = args[1];
    if (!(source instanceof HostRange))
      throw new HostError("InvalidArgument", "charts.add needs a range as its source.");
    const chart: ChartModel = {
      name: `图表${this.sheet.charts.length + 1}`,
      type,
      source: source.scalar("Address") as string,
      seriesBy: typeof args[2] === "string" ? args[2] : "Auto",
      title: "",
    };
    this.sheet.charts.push(chart);
    this.state.changed(this.sheet);
    return new HostChart(this.state, chart);
  }
}

export class HostChart extends HostObject {
  readonly className = "Chart";

  constructor(
    readonly state: HostState,
    readonly chart: ChartModel
  ) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return ["Name"];
  }

  override scalar(name: string): unknown {
    if (name === "Name") return this.chart.name;
    throw this.unknown("property", name);
  }

  override navigation(name: string): HostObject | undefined {
    if (name === "Title") return new HostChartTitle(this.chart);
    if (name === "DataLabels") return new HostChartDataLabels(this.chart);
    if (name === "Legend") return new HostChartLegend(this.chart);
    if (name === "Series") return new HostChartSeriesCollection(this.chart);
    return undefined;
  }

  override call(name: string, args: Args): unknown {
    if (name === "SetPosition") {
      const start = stringArg(args, 0, "startCell");
      const end = typeof args[1] === "string" ? args[1] : start;
      this.chart.position = { start, end };
      return null;
    }
    throw this.unknown("method", name);
  }
}

export class HostChartTitle extends HostObject {
  readonly className = "ChartTitle";

  constructor(readonly chart: ChartModel) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return ["Text"];
  }

  override scalar(name: string): unknown {
    if (name === "Text") return this.chart.title;
    throw this.unknown("property", name);
  }

  override set(name: string, value: unknown): void {
    if (name === "Text") this.chart.title = String(value);
    else if (name !== "Visible") throw this.unknown("writable property", name);
  }
}

const LABEL_PARTS: Record<string, "showCategoryName" | "showPercentage" | "showValue"> = {
  ShowCategoryName: "showCategoryName",
  ShowPercentage: "showPercentage",
  ShowValue: "showValue",
};

export class HostChartDataLabels extends HostObject {
  readonly className = "ChartDataLabels";

  constructor(readonly chart: ChartModel) {
    super();
  }

  override set(name: string, value: unknown): void {
    const part = LABEL_PARTS[name];
    if (part) {
      if (typeof value !== "boolean")
        throw new HostError("InvalidArgument", `${name} takes true or false.`);
      this.chart.dataLabels = { ...this.chart.dataLabels, [part]: value };
      return;
    }
    if (name === "Position" || name === "ShowLegendKey" || name === "ShowSeriesName") return;
    throw this.unknown("writable property", name);
  }
}

export class HostChartLegend extends HostObject {
  readonly className = "ChartLegend";

  constructor(readonly chart: ChartModel) {
    super();
  }

  override set(name: string, value: unknown): void {
    if (name === "Visible") {
      this.chart.legendVisible = Boolean(value);
      return;
    }
    if (name === "Position") return;
    throw this.unknown("writable property", name);
  }
}

/** chart.series: AID's pies have one series, the one the chart was made from. */
export class HostChartSeriesCollection extends HostObject {
  readonly className = "ChartSeriesCollection";

  constructor(readonly chart: ChartModel) {
    super();
  }

  override call(name: string, args: Args): unknown {
    if (name === "GetCount") return 1;
    if (name === "GetItemAt") {
      if (intArg(args, 0, "index") !== 0)
        throw new HostError("ItemNotFound", "The chart has one series.");
      return new HostChartSeries(this.chart);
    }
    throw this.unknown("method", name);
  }
}

export class HostChartSeries extends HostObject {
  readonly className = "ChartSeries";

  constructor(readonly chart: ChartModel) {
    super();
  }

  override set(name: string, value: unknown): void {
    if (name === "Name") return;
    void value;
    throw this.unknown("writable property", name);
  }

  override call(name: string, args: Args): unknown {
    if (name === "SetXAxisValues") {
      const range = args[0];
      if (!(range instanceof HostRange))
        throw new HostError("InvalidArgument", "setXAxisValues takes a range.");
      this.chart.categories = range.scalar("Address") as string;
      return null;
    }
    throw this.unknown("method", name);
  }
}

/** worksheet.freezePanes (ExcelApi 1.7): AID freezes the report's header rows. */
export class HostFreezePanes extends HostObject {
  readonly className = "WorksheetFreezePanes";

  constructor(
    readonly state: HostState,
    readonly sheet: SheetModel
  ) {
    super();
  }

  override call(name: string, args: Args): unknown {
    if (name === "FreezeRows") {
      const rows = args[0] === undefined ? 1 : intArg(args, 0, "count");
      if (rows < 0 || rows > 1_048_575)
        throw new HostError("InvalidArgument", "Cannot freeze that many rows.");
      this.sheet.frozenRows = rows;
      return null;
    }
    if (name === "Unfreeze") {
      this.sheet.frozenRows = 0;
      return null;
    }
    throw this.unknown("method", name);
  }
}

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);

/** worksheet.pageLayout (ExcelApi 1.9): orientation, fit to pages, print title rows. */
export class HostPageLayout extends HostObject {
  readonly className = "PageLayout";

  constructor(readonly sheet: SheetModel) {
    super();
  }

  override defaultScalars(): readonly string[] {
    return ["Orientation"];
  }

  override scalar(name: string): unknown {
    if (name === "Orientation") return this.sheet.print.orientation ?? "Portrait";
    throw this.unknown("property", name);
  }

  override set(name: string, value: unknown): void {
    if (name === "Orientation") {
      if (typeof value !== "string" || !ORIENTATIONS.has(value))
        throw new HostError("InvalidArgument", `'${String(value)}' is not a page orientation.`);
      this.sheet.print.orientation = value;
      return;
    }
    if (name === "Zoom") {
      const zoom = (value ?? {}) as { horizontalFitToPages?: unknown; scale?: unknown };
      if (zoom.scale !== undefined && zoom.horizontalFitToPages !== undefined)
        throw new HostError(
          "InvalidArgument",
          "A page zoom has either a scale or fit-to-pages, not both."
        );
      if (typeof zoom.horizontalFitToPages === "number")
        this.sheet.print.fitToPagesWide = zoom.horizontalFitToPages;
      return;
    }
    throw this.unknown("writable property", name);
  }

  override call(name: string, args: Args): unknown {
    if (name === "SetPrintTitleRows") {
      const rows =
        args[0] instanceof HostRange ? localAddress(args[0].bounds) : stringArg(args, 0, "rows");
      if (!/^\$?\d+:\$?\d+$/.test(rows))
        throw new HostError("InvalidArgument", `'${rows}' is not a row range.`);
      this.sheet.print.titleRows = rows;
      return null;
    }
    throw this.unknown("method", name);
  }
}
