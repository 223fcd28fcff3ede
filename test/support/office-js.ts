/**
 * Microsoft's Office.js client in Node: the pinned excel-web-16.00.debug.js from
 * @microsoft/office-js, run in a vm context with just enough of a browser
 * (window, document, navigator) for it to load, then put in front of the fake
 * host over an in-memory workbook. src/excel then runs on the real client with
 * only the host faked.
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
