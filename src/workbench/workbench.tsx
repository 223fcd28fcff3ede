/**
 * The workbench: the real task pane beside an in-memory workbook standing in
 * for Excel. A sample workbook from examples/ loads at start; any .xlsx can be
 * opened. The pane's Excel code runs unchanged on Microsoft's own Office.js
 * client (excel-web-16.00.js, loaded by workbench.html from this build's own
 * files), with the fake host in ./host answering its requests from the model.
 * Where that script did not load, the page says so instead of showing a pane
 * that cannot reach its workbook.
 *
 * Query options: ?lang=en for English, ?theme=dark, ?sample=<file in examples/>, and
 * ?host=wps for the pane on src/wps over a stand-in for WPS 表格's window.wps
 * (./wps/standin.ts) instead of Office.js.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { excelHost } from "../excel";
import { wpsHost } from "../wps";
import { installWps } from "./wps/standin";
import { App } from "../taskpane/App";
import { Grid } from "./Grid";
import { ReadError } from "../cli/problems";
import { cliText } from "../cli/text";
import { loadXlsx } from "./load-xlsx";
import { WorkbookModel } from "./model";
import { type FakeHost, type OfficeJsRuntime, installHost } from "./host/install";
import { installPaneVisibility, setPaneVisible } from "./pane-visibility";

interface Loaded {
  readonly model: WorkbookModel;
  readonly name: string;
  readonly generation: number;
  readonly uninstall: () => void;
}

const params = new URLSearchParams(window.location.search);
const locale = params.get("lang")?.startsWith("en") ? "en" : "zh-CN";
const dark = params.get("theme") === "dark";
const sample = params.get("sample") ?? "mistakes.xlsx";
const wpsMode = params.get("host") === "wps";

/** Office.js as workbench.html loaded it, or null where the script is missing. */
function officeJs(): OfficeJsRuntime | null {
  const w = window as unknown as Partial<OfficeJsRuntime>;
  return w.OfficeExtension && w.Excel && typeof w.Excel.run === "function"
    ? (w as OfficeJsRuntime)
    : null;
}

function install(
  model: WorkbookModel,
  name: string,
  generation: number,
  previous: Loaded | null
): Loaded {
  previous?.uninstall();
  if (wpsMode) {
    const uninstallWps = installWps(model);
    (window as unknown as { aidWorkbench: unknown }).aidWorkbench = { model, host: "wps" };
    return { model, name, generation, uninstall: uninstallWps };
  }
  const runtime = officeJs();
  // Without Microsoft's client there is nothing to run the pane's Excel code on: the page says so.
  const host: FakeHost | null = runtime ? installHost(runtime, model) : null;
  // For the browser tests and benchmarks: the model, and the host's counters (requests, bytes, cells).
  (window as unknown as { aidWorkbench: unknown }).aidWorkbench = {
    model,
    host: host ? "office-js" : "none",
    stats: host?.stats,
  };
  return { model, name, generation, uninstall: () => host?.uninstall() };
}

function Workbench(): React.ReactElement {
  const [loaded, setLoaded] = React.useState<Loaded | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  // Hidden, the pane stays mounted: in Excel's shared runtime its code keeps running too.
  const [paneShown, setPaneShown] = React.useState(true);
  const zh = locale === "zh-CN";

  const open = async (data: ArrayBuffer, name: string) => {
    try {
      const model = await loadXlsx(data);
      model.name = name;
      setLoaded((previous) => install(model, name, (previous?.generation ?? 0) + 1, previous));
      setError(null);
    } catch (e) {
      setError(
        // The reader says why in the user's language, as aid-check does for the same file.
        `${zh ? "无法打开" : "Cannot open"} ${name}: ${e instanceof ReadError ? cliText(locale).problem(e.problem) : e instanceof Error ? e.message : String(e)}`
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
        setLoaded((previous) => install(new WorkbookModel(), "—", 1, previous));
        setError(
          `${zh ? "示例工作簿未能加载" : "The sample workbook did not load"}: ${e instanceof Error ? e.message : String(e)}`
        );
      });
  }, []);

  return (
    <div className="bench">
      <header className="topbar">
        <h1>
          {wpsMode
            ? zh
              ? "AID 工作台（模拟 WPS 表格）"
              : "AID workbench (WPS Spreadsheets stand-in)"
            : zh
              ? "AID 工作台（模拟 Excel）"
              : "AID workbench (Excel stand-in)"}
        </h1>
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
        <button
          type="button"
          data-testid="toggle-pane"
          onClick={() => {
            setPaneShown(!paneShown);
            setPaneVisible(!paneShown);
          }}
        >
          {paneShown ? (zh ? "隐藏窗格" : "Hide pane") : zh ? "显示窗格" : "Show pane"}
        </button>
        <span className="status" data-testid="workbook-name">
          {officeJs() === null && !wpsMode
            ? zh
              ? "缺少 Office.js 客户端（workbench/excel-web-16.00.js），请重新运行 npm run build"
              : "Office.js (workbench/excel-web-16.00.js) is missing: run npm run build again"
            : (error ?? loaded?.name ?? (zh ? "加载中…" : "Loading…"))}
        </span>
      </header>
      <div className="body">
        {loaded ? <Grid model={loaded.model} /> : <div className="workbook" />}
        <aside className="pane" hidden={!paneShown}>
          {/* A new workbook gets a fresh pane, as reopening the pane in Excel would. */}
          {loaded && (
            <App
              key={loaded.generation}
              host={wpsMode ? wpsHost : excelHost}
              locale={locale}
              dark={dark}
            />
          )}
        </aside>
      </div>
    </div>
  );
}

installPaneVisibility();
const container = document.getElementById("root");
if (container) createRoot(container).render(<Workbench />);
