/**
 * The workbench: the real task pane beside an in-memory workbook standing in
 * for Excel. A sample workbook from examples/ loads at start; any .xlsx can be
 * opened. The pane's Excel code runs unchanged: the stand-in is installed as
 * the `Excel` global it calls.
 *
 * Query options: ?lang=en for English, ?theme=dark, ?sample=<file in examples/>.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { excelHost } from "../excel";
import { App } from "../taskpane/App";
import { Grid } from "./Grid";
import { loadXlsx } from "./load-xlsx";
import { WorkbookModel } from "./model";
import { createExcelStandIn, type ExcelStandIn } from "./standin";

interface Loaded {
  readonly model: WorkbookModel;
  readonly standIn: ExcelStandIn;
  readonly name: string;
  readonly generation: number;
}

const params = new URLSearchParams(window.location.search);
const locale = params.get("lang")?.startsWith("en") ? "en" : "zh-CN";
const dark = params.get("theme") === "dark";
const sample = params.get("sample") ?? "mistakes.xlsx";

function install(model: WorkbookModel, name: string, generation: number): Loaded {
  const standIn = createExcelStandIn(model);
  (globalThis as unknown as { Excel: ExcelStandIn }).Excel = standIn;
  // For the browser tests and benchmarks: the stand-in's counters and the model.
  (window as unknown as { aidWorkbench: unknown }).aidWorkbench = { model, standIn };
  return { model, standIn, name, generation };
}

function Workbench(): React.ReactElement {
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const zh = locale === "zh-CN";

  const open = async (data: ArrayBuffer, name: string) => {
    try {
      const model = await loadXlsx(data);
      setLoaded((previous) => install(model, name, (previous?.generation ?? 0) + 1));
      setError(null);
    } catch (e) {
      setError(
        `${zh ? "无法打开" : "Cannot open"} ${name}: ${e instanceof Error ? e.message : String(e)}`
      );
    }
  };

  React.useEffect(() => {
    fetch(`examples/${encodeURIComponent(sample)}`)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((data) => open(data, sample))
      .catch((e: unknown) => {
        setLoaded(install(new WorkbookModel(), "—", 1));
        setError(
          `${zh ? "示例工作簿未能加载" : "The sample workbook did not load"}: ${e instanceof Error ? e.message : String(e)}`
        );
      });
  }, []);

  return (
    <div className="bench">
      <header className="topbar">
        <h1>{zh ? "AID 工作台（模拟 Excel）" : "AID workbench (Excel stand-in)"}</h1>
        <label>
          {zh ? "打开工作簿" : "Open workbook"}
          <input
            type="file"
            accept=".xlsx"
            data-testid="workbook-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void file.arrayBuffer().then((data) => open(data, file.name));
            }}
          />
        </label>
        <span className="status" data-testid="workbook-name">
          {error ?? loaded?.name ?? (zh ? "加载中…" : "Loading…")}
        </span>
      </header>
      <div className="body">
        {loaded ? <Grid model={loaded.model} /> : <div className="workbook" />}
        <aside className="pane">
          {/* A new workbook gets a fresh pane, as reopening the pane in Excel would. */}
          {loaded && <App key={loaded.generation} host={excelHost} locale={locale} dark={dark} />}
        </aside>
      </div>
    </div>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<Workbench />);
