/**
 * Browser benchmarks, on the built dist/ (`npm run build` first):
 *  - benchPaneBundle: the task pane's JavaScript as Excel downloads it, i.e. every script
 *    taskpane.html's <script> tags load from dist/ (Office.js comes from Microsoft's CDN and
 *    is not counted), raw and gzip-compressed;
 *  - benchWorkbench: in headless Chromium, the time from opening workbench.html on a
 *    generated 10,000-row project sheet to an enabled Validate button, and from clicking
 *    Validate to the findings shown; the median of a few runs, each in a fresh context;
 *    with the JavaScript the page loaded (workbench.js and every other script), raw and gzip.
 * Each returns plain numbers and prints nothing. They measure dist/ unless given another
 * build's folder (`dist`, or AID_DIST), so an older commit's build can be measured alike.
 */
/* global window, document, MutationObserver, requestAnimationFrame, setTimeout, clearTimeout */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve.mjs";
import { writeSheetXlsx } from "./sheet.mjs";

const DEFAULT_DIST = process.env.AID_DIST ?? fileURLToPath(new URL("../dist/", import.meta.url));
const CHROMIUM = process.env.AID_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
];
/** The limit the task pane's compressed JavaScript is held to. */
export const PANE_JS_LIMIT_KB = 170;
const KB = 1000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function requireBuilt(dist, file) {
  if (!existsSync(join(dist, file)))
    throw new Error(
      `${join(dist, file)} is missing: run \`npm run build\` before the browser benchmarks`
    );
}

/** Raw and gzip bytes (zlib's default level, what a web server sends) of files in dist. */
function sizes(dist, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: files.length, names: files, rawKB: raw / KB, gzipKB: gzip / KB };
}

/** The src of each <script> tag of an HTML page, in order. */
function scriptSources(html) {
  const sources = [];
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi))
    sources.push(match[2] ?? match[3] ?? match[4]);
  return sources;
}

/**
 * The task pane's JavaScript: the files taskpane.html's <script> tags load from dist/
 * (absolute URLs to other hosts, Office.js, are left out). Sizes in KB of 1,000 bytes,
 * gzip at zlib's default level (what a web server sends).
 */
export async function benchPaneBundle({ dist = DEFAULT_DIST } = {}) {
  requireBuilt(dist, "taskpane.html");
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const local = scriptSources(html).filter((src) => !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(src));
  if (local.length === 0) throw new Error("taskpane.html loads no script from dist/");
  let raw = 0;
  let gzip = 0;
  for (const src of local) {
    const path = join(dist, decodeURIComponent(src.split(/[?#]/)[0]));
    if (!existsSync(path)) throw new Error(`taskpane.html loads ${src}, which is not in dist/`);
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return {
    scripts: local.length,
    externalScripts: scriptSources(html).length - local.length,
    rawKB: raw / KB,
    gzipKB: gzip / KB,
    limitKB: PANE_JS_LIMIT_KB,
  };
}

/** Runs at document start: note the moment the Validate button first exists enabled. */
function watchForReady() {
  const check = () => {
    const button = document.querySelector('[data-testid="validate"]');
    if (button && !button.disabled && window.__aidReadyAt === undefined) {
      window.__aidReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["disabled"],
  });
}

/**
 * In the page: click Validate, resolve with the ms until a finding or a group of findings is in
 * the DOM and the next frame (a rule with more than 20 findings shows as a closed group).
 */
function clickValidateAndTime(timeoutMs) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no findings after ${timeoutMs} ms`));
    }, timeoutMs);
    const check = () => {
      if (!document.querySelector('[data-testid="finding"], [data-testid="finding-group"]')) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true });
    document.querySelector('[data-testid="validate"]').click();
  });
}

/**
 * Open workbench.html with `query` in a fresh context; resolves with the page and its ready time.
 * The path of each script the page loads from the server is added to `scripts`.
 */
async function openWorkbench(browser, baseUrl, query, scripts = new Set()) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(watchForReady);
  const page = await context.newPage();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (response.ok() && url.origin === new URL(baseUrl).origin && url.pathname.endsWith(".js"))
      scripts.add(decodeURIComponent(url.pathname.slice(1)));
  });
  await page.goto(`${baseUrl}workbench.html${query}`);
  await page.waitForFunction(() => window.__aidReadyAt !== undefined, null, { timeout: 120_000 });
  const readyMs = await page.evaluate(() => window.__aidReadyAt);
  return { context, page, readyMs };
}

/**
 * Headless Chromium on the workbench: `rows` generated project rows (copied into
 * <dist>/examples/ under a bench-only name for the run, removed afterwards), `runs` runs.
 * Returns medians in ms: readyMs (opening workbench.html on that sheet → Validate enabled),
 * validateMs (clicking Validate → findings shown), sampleReadyMs (the same first figure on
 * the default sample, mistakes.xlsx), with the findings' count from the pane's summary;
 * with `validate: false` only readyMs is measured. `scripts` is the JavaScript the page
 * loaded from dist/ on the first run: `workbench` (workbench.js), `all` (every script, the
 * local Office.js copy and lazily loaded chunks too), each { files, rawKB, gzipKB }.
 */
export async function benchWorkbench({
  rows = 10_000,
  runs = 5,
  dist = DEFAULT_DIST,
  validate: measureValidate = true,
} = {}) {
  requireBuilt(dist, "workbench.html");
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not at ${CHROMIUM}: install it (apt-get install -y chromium)`);
  const dir = mkdtempSync(join(tmpdir(), "aid-bench-browser-"));
  const name = `bench-${rows}-rows-${process.pid}.xlsx`;
  const sample = join(dist, "examples", name);
  let server;
  let browser;
  try {
    const file = join(dir, name);
    await writeSheetXlsx(file, rows);
    copyFileSync(file, sample);
    // 4800–5049: below 5060 and 5061 (SIP), which Chromium refuses to load from (ERR_UNSAFE_PORT).
    const started = await serve(dist, 4800 + Math.floor(Math.random() * 250));
    server = started.server;
    const baseUrl = `http://127.0.0.1:${started.port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
    });

    const ready = [];
    const validate = [];
    const sampleReady = [];
    let errors = 0;
    let warnings = 0;
    const loaded = new Set();
    for (let i = 0; i < runs; i++) {
      const opened = await openWorkbench(
        browser,
        baseUrl,
        `?sample=${encodeURIComponent(name)}`,
        loaded
      );
      const shownRows = await opened.page.evaluate(
        () => window.aidWorkbench.model.sheets[0].rowCount
      );
      if (shownRows < rows) throw new Error(`the workbench holds ${shownRows} rows, not ${rows}`);
      ready.push(opened.readyMs);
      if (!measureValidate) {
        await opened.context.close();
        continue;
      }
      validate.push(await opened.page.evaluate(clickValidateAndTime, 120_000));
      const summary = await opened.page.getByTestId("summary").innerText();
      [errors, warnings] = (summary.match(/\d+/g) ?? ["0", "0"]).map(Number);
      await opened.context.close();

      const small = await openWorkbench(browser, baseUrl, "");
      sampleReady.push(small.readyMs);
      await small.context.close();
    }
    const scripts = [...loaded].sort();
    return {
      rows,
      runs,
      readyMs: median(ready),
      readyRangeMs: [Math.min(...ready), Math.max(...ready)],
      validateMs: measureValidate ? median(validate) : undefined,
      sampleReadyMs: measureValidate ? median(sampleReady) : undefined,
      errors,
      warnings,
      scripts: {
        workbench: sizes(
          dist,
          scripts.filter((f) => f === "workbench.js")
        ),
        all: sizes(dist, scripts),
      },
    };
  } finally {
    await browser?.close();
    if (server) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    rmSync(sample, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}
