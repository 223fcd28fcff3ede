/**
 * The workbench's view of the in-memory workbook: the active sheet as a grid
 * (only the rows in view are drawn, so 100,000-row sheets scroll freely), the
 * sheet tabs, and what the pane added (tables, charts, fills).
 */
import * as React from "react";
import { cellAddress, columnLetter } from "../core/address";
import type { CellValue } from "../core/cells";
import type { SheetModel, WorkbookModel } from "./model";

const ROW_HEIGHT = 24;
const HEADER_WIDTH = 48;
const DEFAULT_WIDTH = 96;
const OVERSCAN = 10;

/** Show a value the way its number format roughly would. */
export function display(value: CellValue, format: string): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  const percent = /%/.test(format);
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? (/^[#,0]+%?$/.test(format) ? 0 : undefined);
  const shown = percent ? value * 100 : value;
  const text =
    decimals !== undefined
      ? shown.toLocaleString("en", {
          minimumFractionDigits: decimals,
          maximumFractionDigits: decimals,
          useGrouping: format.includes(","),
        })
      : String(Math.round(shown * 1e10) / 1e10);
  return percent ? `${text}%` : text;
}

function widthOf(sheet: SheetModel, column: number): number {
  const width = sheet.columnWidths[column];
  return width ? Math.min(320, Math.max(40, width * 7)) : DEFAULT_WIDTH;
}

/** The grid, tabs and selection display for a workbook model; redraws when the model changes. */
export function Grid({ model }: { model: WorkbookModel }): React.ReactElement {
  const [, redraw] = React.useReducer((n: number) => n + 1, 0);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [height, setHeight] = React.useState(600);
  const scroller = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => model.subscribe(redraw), [model]);

  const sheet = model.sheets[model.activeSheet];
  const selection =
    model.selection && model.selection.sheet === sheet?.name ? model.selection : null;

  // Bring the selected cell into view when the pane selects it.
  React.useEffect(() => {
    const el = scroller.current;
    if (!el || !selection) return;
    const top = selection.row * ROW_HEIGHT;
    if (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 2 * ROW_HEIGHT)
      el.scrollTop = Math.max(0, top - 3 * ROW_HEIGHT);
  }, [selection?.row, selection?.column, selection?.sheet]);

  React.useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setHeight(el.clientHeight);
    update();
    window.addEventListener("resize", update);
    return () => window.removeEventListener("resize", update);
  }, []);

  if (!sheet) return <div className="grid-empty">—</div>;
  const rows = Math.max(sheet.rowCount + 5, 30);
  const columns = Math.max(sheet.columnCount + 2, 8);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const widths = Array.from({ length: columns }, (_, c) => widthOf(sheet, c));
  const totalWidth = HEADER_WIDTH + widths.reduce((a, b) => a + b, 0);
  const tableHeaders = new Set<string>();
  for (const t of sheet.tables)
    for (let c = 0; c < t.columns; c++) tableHeaders.add(`${t.row},${t.column + c}`);

  const select = (row: number, column: number) => {
    model.activeSheet = model.sheets.indexOf(sheet);
    model.selection = { sheet: sheet.name, row, column, rows: 1, columns: 1 };
    model.changed();
  };

  return (
    <div className="workbook">
      <div className="formula-bar">
        <span className="name-box" data-testid="selected-cell" aria-label="selected cell">
          {selection ? cellAddress(selection.row, selection.column) : ""}
        </span>
        <span className="formula" data-testid="selected-value">
          {selection ? String(sheet.value(selection.row, selection.column) ?? "") : ""}
        </span>
      </div>
      <div
        className="grid"
        ref={scroller}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        role="grid"
        aria-label={sheet.name}
      >
        <div style={{ height: (rows + 1) * ROW_HEIGHT, width: totalWidth, position: "relative" }}>
          <div className="grid-row header">
            <div className="corner" style={{ width: HEADER_WIDTH }} />
            {widths.map((w, c) => (
              <div key={c} className="col-header" style={{ width: w }}>
                {columnLetter(c)}
              </div>
            ))}
          </div>
          {Array.from({ length: last - first }, (_, i) => first + i).map((r) => (
            <div
              key={r}
              className="grid-row"
              style={{ top: (r + 1) * ROW_HEIGHT, position: "absolute" }}
              role="row"
            >
              <div className="row-header" style={{ width: HEADER_WIDTH }}>
                {r + 1}
              </div>
              {widths.map((w, c) => {
                const value = sheet.value(r, c);
                const format = sheet.format(r, c);
                const key = `${r},${c}`;
                const cellFormat = sheet.cellFormats.get(key);
                const selected =
                  selection !== null && selection.row === r && selection.column === c;
                const classes = ["cell"];
                if (typeof value === "number") classes.push("number");
                if (selected) classes.push("selected");
                if (tableHeaders.has(key)) classes.push("table-header");
                if (sheet.hyperlinks.has(key)) classes.push("link");
                if (cellFormat?.bold) classes.push("bold");
                return (
                  <div
                    key={c}
                    role="gridcell"
                    className={classes.join(" ")}
                    style={{ width: w, background: cellFormat?.fill?.color }}
                    title={String(value ?? "")}
                    data-address={cellAddress(r, c)}
                    onClick={() => select(r, c)}
                  >
                    {display(value, format)}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      {sheet.charts.length > 0 && (
        <div className="charts">
          {sheet.charts.map((chart) => (
            <div key={chart.name} className="chart" data-testid="chart">
              {chart.title || chart.name} · {chart.type} · {chart.source}
            </div>
          ))}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="sheets">
        {model.sheets.map((s, i) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={i === model.activeSheet}
            className={i === model.activeSheet ? "tab active" : "tab"}
            data-testid="sheet-tab"
            data-name={s.name}
            onClick={() => {
              model.activeSheet = i;
              model.changed();
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
