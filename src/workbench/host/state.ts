/**
 * What the fake host keeps between requests for one workbook: stable worksheet
 * ids (Excel's survive renames), the objects Office.js asked it to keep by
 * reference id, and the statistics the tests hold AID to.
 */
import type { CellValue } from "../../core/cells";
import type { SheetModel, WorkbookModel } from "../model";
import type { Bounds } from "./addresses";
import { HostError } from "./protocol";
import { HostRange } from "./range";
import { HostWorksheet } from "./workbook";
import type { HostObject } from "./objects";

/** Excel on the web refuses a request or a response above 5 MB; 5,000,000 bytes is the strict reading. */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;
/** Excel on the web reads at most 5,000,000 cells at once. */
export const CELL_LIMIT = 5_000_000;

/** What the tests and benchmarks read after a run. */
export interface HostStats {
  /** Requests that reached the host: each context.sync() that had something queued, and each cleanup. */
  requests: number;
  /** Of those, the cleanups Excel.run sends at its end to release kept objects (only _RemoveReference calls). */
  cleanups: number;
  /** Largest request body, in UTF-8 bytes of the JSON Office.js sent. */
  largestRequestBytes: number;
  /** Largest response body, in UTF-8 bytes. */
  largestResponseBytes: number;
  /** Most cells one action read. */
  largestReadCells: number;
  /** Most actions in one request. */
  largestActions: number;
}

export class HostState {
  readonly stats: HostStats = {
    requests: 0,
    cleanups: 0,
    largestRequestBytes: 0,
    largestResponseBytes: 0,
    largestReadCells: 0,
    largestActions: 0,
  };
  readonly references = new Map<string, HostObject>();
  private nextReference = 1;
  /** Sheets changed during the current request (values, formats or fills), for redrawing afterwards. */
  readonly touched = new Set<SheetModel>();
  /** Cells whose values the current request wrote, per sheet: one onChanged per sheet afterwards, as Excel batches. */
  readonly written = new Map<SheetModel, Bounds>();

  constructor(readonly model: WorkbookModel) {}

  /** Excel's id of a worksheet: it stays the same through renames and moves (the model keeps it). */
  sheetId(sheet: SheetModel): string {
    return sheet.id;
  }

  /** The sheet of an id, or undefined. */
  sheetById(id: string): SheetModel | undefined {
    return this.model.sheetById(id);
  }

  /** Keep an object for later requests; returns its reference id. */
  keep(object: HostObject): string {
    if (!object.referenceId) {
      object.referenceId = `aid-ref-${this.nextReference++}`;
      this.references.set(object.referenceId, object);
    }
    return object.referenceId;
  }

  worksheet(sheet: SheetModel): HostWorksheet {
    return new HostWorksheet(this, sheet);
  }

  range(sheet: SheetModel, bounds: Bounds): HostRange {
    return new HostRange(this, sheet, bounds);
  }

  /** Count one read's cells; refuse a read over Excel on the web's limit. */
  countRead(cells: number): void {
    if (cells > this.stats.largestReadCells) this.stats.largestReadCells = cells;
    if (cells > CELL_LIMIT)
      throw new HostError(
        "InvalidOperation",
        `This operation reads ${cells} cells; Excel on the web reads at most ${CELL_LIMIT} at once.`
      );
  }

  /** Write values as Excel does: a string starting with = becomes a formula unless the cell is text-formatted. */
  write(sheet: SheetModel, b: Bounds, grid: readonly (readonly CellValue[])[]): void {
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        const [rr, cc] = [b.row + r, b.column + c];
        const v = value === null || value === undefined ? "" : value;
        sheet.setValue(rr, cc, v);
        const key = `${rr},${cc}`;
        if (typeof v === "string" && v.startsWith("=") && sheet.format(rr, cc) !== "@")
          sheet.formulas.add(key);
        else sheet.formulas.delete(key);
      })
    );
    this.changed(sheet);
    const seen = this.written.get(sheet);
    if (!seen) this.written.set(sheet, b);
    else {
      const top = Math.min(seen.row, b.row);
      const left = Math.min(seen.column, b.column);
      const bottom = Math.max(seen.row + seen.rows, b.row + b.rows);
      const right = Math.max(seen.column + seen.columns, b.column + b.columns);
      this.written.set(sheet, {
        row: top,
        column: left,
        rows: bottom - top,
        columns: right - left,
      });
    }
  }

  select(sheet: SheetModel, b: Bounds): void {
    this.model.activeSheet = this.model.sheets.indexOf(sheet);
    this.model.selection = { sheet: sheet.name, ...b };
    this.changed(sheet);
  }

  changed(sheet: SheetModel): void {
    this.touched.add(sheet);
  }
}
