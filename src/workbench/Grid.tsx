/**
 * The workbench's view of the in-memory workbook: the active sheet as a grid
 * (only the rows in view are drawn, so 100,000-row sheets scroll freely), the
 * sheet tabs (hidden sheets have none, as in Excel), and what the pane added
 * (tables, charts, fills). The user can act as in Excel, and the model tells the
 * pane (its onActivated and onChanged): clicking a tab activates that sheet, the
 * formula bar edits the selected cell (click it or double-click the cell, type,
 * Enter), and the buttons beside it insert
 * or delete the selected cell's row or column.
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
  // Dates and times: an Excel serial day count (1900 system) shown as yyyy-mm-dd [hh:mm].
  if (/y{2,4}|d{1,2}[^"]*m|h{1,2}:mm/i.test(format) && !/%/.test(format)) {
    const ms = Math.round((value - 25_569) * 86_400_000);
    const iso = new Date(ms).toISOString();
    return /h/i.test(format) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
  }
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

/** Read what the user typed the way Excel does: a number when it is one, otherwise text. */
export function typedValue(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed !== "" && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed))
    return Number(trimmed);
  return text;
}

const zh = !new URLSearchParams(globalThis.location?.search ?? "").get("lang")?.startsWith("en");
const LABELS = zh
  ? {
      formula: "编辑单元格（回车确认）",
      insertRow: "插入行",
      deleteRow: "删除行",
      insertColumn: "插入列",
      deleteColumn: "删除列",
    }
  : {
      formula: "Edit the cell (Enter to confirm)",
      insertRow: "Insert row",
      deleteRow: "Delete row",
      insertColumn: "Insert column",
      deleteColumn: "Delete column",
    };

/** The grid, tabs and selection display for a workbook model; redraws when the model changes. */
export function Grid({ model }: { model: WorkbookModel }): React.ReactElement {
  const [, redraw] = React.useReducer((n: number) => n + 1, 0);
  const [scrollTop, setScrollTop] = React.useState(0);
  const [height, setHeight] = React.useState(600);
  const scroller = React.useRef<HTMLDivElement>(null);
  const [draft, setDraft] = React.useState<string | null>(null);
  React.useEffect(() => model.subscribe(() => redraw()), [model]);

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
    model.activate(sheet.name);
    model.selection = { sheet: sheet.name, row, column, rows: 1, columns: 1 };
    setDraft(null);
    model.changed();
  };

  const commit = () => {
    if (!selection || draft === null) return;
    model.editCell(sheet.name, selection.row, selection.column, typedValue(draft));
    setDraft(null);
  };

  /** Insert or delete the selected cell's row or column, keeping the selection on the same cell position. */
  const structural = (action: "insertRow" | "deleteRow" | "insertColumn" | "deleteColumn") => {
    if (!selection) return;
    if (action === "insertRow") model.insertRows(sheet.name, selection.row);
    else if (action === "deleteRow") model.deleteRows(sheet.name, selection.row);
    else if (action === "insertColumn") model.insertColumns(sheet.name, selection.column);
    else model.deleteColumns(sheet.name, selection.column);
    setDraft(null);
  };

  return (
    <div className="workbook">
      <div className="formula-bar">
        <span className="name-box" data-testid="selected-cell" aria-label="selected cell">
          {selection ? cellAddress(selection.row, selection.column) : ""}
        </span>
        {draft === null ? (
          <span
            className="formula"
            data-testid="selected-value"
            title={LABELS.formula}
            onClick={() =>
              selection && setDraft(String(sheet.value(selection.row, selection.column) ?? ""))
            }
          >
            {selection ? String(sheet.value(selection.row, selection.column) ?? "") : ""}
          </span>
        ) : (
          <input
            autoFocus
            className="formula"
            data-testid="cell-editor"
            aria-label={LABELS.formula}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") commit();
              if (e.key === "Escape") setDraft(null);
            }}
            onBlur={commit}
          />
        )}
        {(["insertRow", "deleteRow", "insertColumn", "deleteColumn"] as const).map((action) => (
          <button
            key={action}
            type="button"
            data-testid={action}
            disabled={!selection}
            onClick={() => structural(action)}
          >
            {LABELS[action]}
          </button>
        ))}
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
                    onDoubleClick={() => setDraft(String(value ?? ""))}
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
        {model.sheets.map((s, i) =>
          s.visibility !== "Visible" ? null : (
            <button
              key={s.name}
              type="button"
              role="tab"
              aria-selected={i === model.activeSheet}
              className={i === model.activeSheet ? "tab active" : "tab"}
              data-testid="sheet-tab"
              data-name={s.name}
              onClick={() => model.activate(s.name)}
            >
              {s.name}
            </button>
          )
        )}
      </div>
    </div>
  );
}
