/**
 * Microsoft's Office.js client in Node: the pinned excel-web-16.00.debug.js from
 * @microsoft/office-js, run in a vm context with just enough of a browser
 * (window, document, navigator) for it to load, then put in front of the fake
 * host over an in-memory workbook. src/excel then runs on the real client with
 * only the host faked. The one installer for the src/excel, WPS and pane tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import type { WorkbookModel } from "../../src/workbench/model";
import { type FakeHost, type OfficeJsRuntime, installHost } from "../../src/workbench/host/install";

/** The Office.js build the host is checked with (docs/office-js-host.md). */
export const OFFICE_JS_FILE = join(
  require.resolve("@microsoft/office-js/package.json"),
  "..",
  "dist",
  "excel-web-16.00.debug.js"
);

let loaded: OfficeJsRuntime | undefined;

/** Load Office.js once per test file (it keeps no workbook state of its own between runs). */
export function officeJs(): OfficeJsRuntime {
  if (loaded) return loaded;
  const source = readFileSync(OFFICE_JS_FILE, "utf8");
  const noop = () => undefined;
  const storage = { getItem: () => null, setItem: noop, removeItem: noop };
  const element = () => ({
    style: {},
    setAttribute: noop,
    appendChild: noop,
    addEventListener: noop,
  });
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    navigator: { userAgent: "Node.js (AID tests)" },
    location: {
      href: "https://localhost:3000/taskpane.html",
      search: "",
      hash: "",
      protocol: "https:",
      host: "localhost:3000",
      hostname: "localhost",
    },
    document: {
      readyState: "complete",
      cookie: "",
      addEventListener: noop,
      getElementsByTagName: () => [],
      createElement: element,
    },
    addEventListener: noop,
    removeEventListener: noop,
    localStorage: storage,
    sessionStorage: storage,
  };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { filename: "excel-web-16.00.debug.js" });
  loaded = sandbox as unknown as OfficeJsRuntime;
  return loaded;
}

/** Answer Office.js from `model` and make it the `Excel` global src/excel calls; returns the host. */
export function installOfficeJs(model: WorkbookModel): FakeHost {
  const runtime = officeJs();
  const host = installHost(runtime, model);
  (globalThis as unknown as { Excel: typeof Excel }).Excel = runtime.Excel;
  return host;
}

let installed: FakeHost | null = null;

/**
 * Put the stand-in over `model` behind the `Excel` global, taking out the one a test put
 * there before, so a test file's tests never answer from each other's workbooks.
 */
export function useStandIn(model: WorkbookModel): FakeHost {
  installed?.uninstall();
  installed = installOfficeJs(model);
  return installed;
}

/** Take the stand-in out again and leave no `Excel` global behind. */
export function removeStandIn(): void {
  installed?.uninstall();
  installed = null;
  delete (globalThis as { Excel?: unknown }).Excel;
}

/** What the tests read of a stand-in: the batch's own requests (syncs that carried something, not Excel.run's cleanup) and the largest of each. */
export interface TestHost {
  readonly host: FakeHost;
  readonly stats: {
    readonly syncs: number;
    /** The larger of the largest request and the largest response, in UTF-8 bytes. */
    readonly largestRequestBytes: number;
    readonly largestReadCells: number;
  };
}

/** Put the stand-in over `model` behind the `Excel` global and count what src/excel asks of it. */
export function install(model: WorkbookModel): TestHost {
  const host = useStandIn(model);
  const s = host.stats;
  return {
    host,
    stats: {
      get syncs() {
        return s.requests - s.cleanups;
      },
      get largestRequestBytes() {
        return Math.max(s.largestRequestBytes, s.largestResponseBytes);
      },
      get largestReadCells() {
        return s.largestReadCells;
      },
    },
  };
}
