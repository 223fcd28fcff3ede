/**
 * Browser benchmarks, on the built dist/ (`npm run build` first):
 *  - benchPaneBundle: the task pane's JavaScript as Excel downloads it, i.e. every script
 *    taskpane.html's <script> tags load from dist/ (Office.js comes from Microsoft's CDN and
 *    is not counted), raw and gzip-compressed;
 *  - benchWorkbench: in headless Chromium, the time from opening workbench.html on a
 *    generated 10,000-row project sheet to an enabled Validate button, and from clicking
 *    Validate to the findings shown; the median of a few runs, each in a fresh context.
 * Each returns plain numbers and prints nothing.
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

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
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
export const PANE_JS_LIMIT_KB = 300;
const KB = 1000;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function requireBuilt(file) {
  if (!existsSync(join(DIST, file)))
    throw new Error(`dist/${file} is missing: run \`npm run build\` before the browser benchmarks`);
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
export async function benchPaneBundle() {
  requireBuilt("taskpane.html");
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const local = scriptSources(html).filter((src) => !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(src));
  if (local.length === 0) throw new Error("taskpane.html loads no script from dist/");
  let raw = 0;
  let gzip = 0;
  for (const src of local) {
    const path = join(DIST, decodeURIComponent(src.split(/[?#]/)[0]));
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

/** In the page: click Validate, resolve with the ms until a finding is in the DOM and the next frame. */
function clickValidateAndTime(timeoutMs) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no findings after ${timeoutMs} ms`));
    }, timeoutMs);
    const check = () => {
      if (!document.querySelector('[data-testid="finding"]')) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - start));
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true });
    document.querySelector('[data-testid="validate"]').click();
  });
}

/** Open workbench.html with `query` in a fresh context; resolves with the page and its ready time. */
async function openWorkbench(browser, baseUrl, query) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(watchForReady);
  const page = await context.newPage();
  await page.goto(`${baseUrl}workbench.html${query}`);
  await page.waitForFunction(() => window.__aidReadyAt !== undefined, null, { timeout: 120_000 });
  const readyMs = await page.evaluate(() => window.__aidReadyAt);
  return { context, page, readyMs };
}

/**
 * Headless Chromium on the workbench: `rows` generated project rows (copied into
 * dist/examples/ under a bench-only name for the run, removed afterwards), `runs` runs.
 * Returns medians in ms: readyMs (opening workbench.html on that sheet → Validate enabled),
 * validateMs (clicking Validate → findings shown), sampleReadyMs (the same first figure on
 * the default sample, mistakes.xlsx), with the findings' count from the pane's summary.
 */
export async function benchWorkbench({ rows = 10_000, runs = 5 } = {}) {
  requireBuilt("workbench.html");
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not at ${CHROMIUM}: install it (apt-get install -y chromium)`);
  const dir = mkdtempSync(join(tmpdir(), "aid-bench-browser-"));
  const name = `bench-${rows}-rows-${process.pid}.xlsx`;
  const sample = join(DIST, "examples", name);
  let server;
  let browser;
  try {
    const file = join(dir, name);
    await writeSheetXlsx(file, rows);
    copyFileSync(file, sample);
    const started = await serve(DIST, 4800 + Math.floor(Math.random() * 500));
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
    for (let i = 0; i < runs; i++) {
      const opened = await openWorkbench(browser, baseUrl, `?sample=${encodeURIComponent(name)}`);
      const shownRows = await opened.page.evaluate(
        () => window.aidWorkbench.model.sheets[0].rowCount
      );
      if (shownRows < rows) throw new Error(`the workbench holds ${shownRows} rows, not ${rows}`);
      ready.push(opened.readyMs);
      validate.push(await opened.page.evaluate(clickValidateAndTime, 120_000));
      const summary = await opened.page.getByTestId("summary").innerText();
      [errors, warnings] = (summary.match(/\d+/g) ?? ["0", "0"]).map(Number);
      await opened.context.close();

      const small = await openWorkbench(browser, baseUrl, "");
      sampleReady.push(small.readyMs);
      await small.context.close();
    }
    return {
      rows,
      runs,
      readyMs: median(ready),
      validateMs: median(validate),
      sampleReadyMs: median(sampleReady),
      errors,
      warnings,
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
