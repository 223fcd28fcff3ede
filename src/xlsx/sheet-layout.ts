/**
 * What a worksheet shows besides its cells, for the workbench grid: column
 * widths (<col>), merged areas (<mergeCell>), frozen rows and columns (<pane>),
 * hyperlinks (<hyperlink>, their addresses in the sheet's relationships) and
 * tables (<tablePart>, each a part of its own). The sheet scanner hands these
 * elements on as it reads the cells, so the sheet's text is read once.
 * aid-check never asks for them.
 */
import { columnIndex, type Area } from "../core/address";
import type { LayoutElement } from "./sheet-scanner";
import { attributeNamed } from "./xml-feed";

// Excel's grid (XFD1048576): a <col max> past it is clipped, an area outside it is left out.
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
// A link on a range is on each of its cells; a range larger than this keeps it on the first cell only.
const MAX_LINK_CELLS = 10_000;
const AREA = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/;

export interface SheetLink {
  /** The cell, 0-based. */
  readonly row: number;
  readonly column: number;
  /** A file or web address (the relationship's external target). */
  readonly address?: string;
  /** A place in the workbook ('问题'!A1). */
  readonly location?: string;
  readonly display?: string;
}

export interface SheetTable {
  readonly name: string;
  /** Its area, header and totals rows included. */
  readonly area: Area;
  readonly style?: string;
}

export interface SheetLayout {
  /** Width of each 0-based column that has one, in Excel's character units. */
  readonly widths: number[];
  /** Merged areas (each more than one cell). */
  readonly merges: Area[];
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly links: SheetLink[];
  readonly tables: SheetTable[];
}

/** Where a table part's facts come from: its root element's attributes and its style's name. */
export interface TablePartFacts {
  readonly name?: string;
  readonly displayName?: string;
  readonly ref?: string;
  readonly style?: string;
}

/** What resolving needs from the reader: the sheet's relationships and a table part's facts. */
export interface LayoutSources {
  relationships(): Promise<
    ReadonlyMap<string, { readonly target: string; readonly external?: boolean }>
  >;
  table(part: string): Promise<TablePartFacts | undefined>;
}

/** The area of an A1 or A1:B2 reference (either corner first); undefined when it is none or leaves the grid. */
function areaOf(ref: string | undefined): Area | undefined {
  const m = ref === undefined ? null : AREA.exec(ref);
  if (!m) return undefined;
  const rows = [Number(m[2]), Number(m[4] ?? m[2])];
  const columns = [columnIndex(m[1]), columnIndex(m[3] ?? m[1])];
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  if (top < 1 || bottom > MAX_ROWS || right >= MAX_COLUMNS) return undefined;
  return { row: top - 1, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Gather a sheet's layout elements as the scanner meets them; resolve() gives the layout. */
export class LayoutCollector {
  private readonly widths: number[] = [];
  private readonly merges: Area[] = [];
  private frozenRows = 0;
  private frozenColumns = 0;
  private readonly links: { area: Area; id?: string; location?: string; display?: string }[] = [];
  private readonly tableIds: string[] = [];

  /** Take one element the scanner handed on. */
  take(name: LayoutElement, attributes: Readonly<Record<string, string>>): void {
    switch (name) {
      case "col": {
        const width = Number(attributeNamed(attributes, "width"));
        const min = Number(attributeNamed(attributes, "min"));
        const max = Math.min(Number(attributeNamed(attributes, "max") ?? min), MAX_COLUMNS);
        if (!(width > 0) || !(min >= 1) || !(max >= min)) return;
        for (let c = min - 1; c < max; c++) this.widths[c] = width;
        return;
      }
      case "mergeCell": {
        const area = areaOf(attributeNamed(attributes, "ref"));
        if (area && area.rows * area.columns > 1) this.merges.push(area);
        return;
      }
      case "pane": {
        // Only a frozen pane keeps rows in view; a split pane is the user's own view.
        const state = attributeNamed(attributes, "state");
        if (state !== "frozen" && state !== "frozenSplit") return;
        const rows = Number(attributeNamed(attributes, "ySplit") ?? 0);
        const columns = Number(attributeNamed(attributes, "xSplit") ?? 0);
        if (Number.isInteger(rows) && rows > 0) this.frozenRows = rows;
        if (Number.isInteger(columns) && columns > 0) this.frozenColumns = columns;
        return;
      }
      case "hyperlink": {
        const area = areaOf(attributeNamed(attributes, "ref"));
        if (!area) return;
        this.links.push({
          area,
          id: attributeNamed(attributes, "id"),
          location: attributeNamed(attributes, "location"),
          display: attributeNamed(attributes, "display"),
        });
        return;
      }
      case "tablePart": {
        const id = attributeNamed(attributes, "id");
        if (id !== undefined) this.tableIds.push(id);
        return;
      }
    }
  }

  /** The layout, with links' addresses and tables read from the parts they name. */
  async resolve(sources: LayoutSources): Promise<SheetLayout> {
    const needsRelationships = this.tableIds.length > 0 || this.links.some((l) => l.id);
    const relationships = needsRelationships ? await sources.relationships() : new Map();
    const links: SheetLink[] = [];
    for (const link of this.links) {
      const target = link.id === undefined ? undefined : relationships.get(link.id);
      const address = target?.external ? target.target : undefined;
      // A link with neither a place nor an address it can reach leads nowhere; it is left out.
      if (address === undefined && link.location === undefined) continue;
      for (const [row, column] of cellsOf(link.area))
        links.push({ row, column, address, location: link.location, display: link.display });
    }
    const tables: SheetTable[] = [];
    for (const id of this.tableIds) {
      const target = relationships.get(id);
      if (!target || target.external) continue;
      const facts = await sources.table(target.target);
      const area = areaOf(facts?.ref);
      const name = facts?.displayName ?? facts?.name;
      if (!name || !area) continue;
      tables.push({ name, area, style: facts?.style });
    }
    return {
      widths: this.widths,
      merges: this.merges,
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      links,
      tables,
    };
  }
}

/** The cells of an area, 0-based row and column; a very large one gives its first cell only. */
function cellsOf(area: Area): [number, number][] {
  if (area.rows * area.columns > MAX_LINK_CELLS) return [[area.row, area.column]];
  const out: [number, number][] = [];
  for (let r = area.row; r < area.row + area.rows; r++)
    for (let c = area.column; c < area.column + area.columns; c++) out.push([r, c]);
  return out;
}
