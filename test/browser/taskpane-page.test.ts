/**
 * dist/taskpane.html, the page Excel opens as the add-in's one shared runtime: its scripts
 * (one webpack runtime, the chunk the functions and the pane share, functions.js and
 * taskpane.js) must all run, so Excel gets the AID functions and the pane draws. Office.js
 * is replaced by a stand-in that records the functions the page registers; no Excel is
 * behind it, so the pane is only drawn, not used. dist/wps/taskpane.html, the same page
 * for WPS 表格 without Office.js and functions.js, must load the WPS host (a chunk of its
 * own) and draw the pane on it.
 */
import type { Browser } from "playwright-core";
import { baseUrl, isLocal, launchBrowser, VIEWPORT } from "./helpers";

/** Office.js as far as the page's start needs it: onReady, an empty context, CustomFunctions. */
const OFFICE_STAND_IN = `
window.__aidAssociated = [];
window.Office = { context: {}, onReady: (cb) => Promise.resolve(cb && cb({})) };
window.CustomFunctions = { associate: (id) => { window.__aidAssociated.push(id); } };
`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("taskpane.html registers the AID functions and draws the pane from its scripts", async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const foreign: string[] = [];
    await context.route(
      (url) => !isLocal(url.href),
      (route) => {
        if (/\/office\.js$/.test(route.request().url()))
          return route.fulfill({ contentType: "text/javascript", body: OFFICE_STAND_IN });
        foreign.push(route.request().url());
        return route.abort("blockedbyclient");
      }
    );
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on("pageerror", (error) => uncaught.push(error.message));
    await page.goto(new URL("taskpane.html", baseUrl()).href);
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("tab-validate").count()).toBe(1);
    const associated = await page.evaluate(
      () => (window as unknown as { __aidAssociated: string[] }).__aidAssociated
    );
    expect(associated).toEqual(expect.arrayContaining(["AIDRATE", "AIDSHARE", "AIDPAIRED"]));
    expect(foreign).toEqual([]);
    expect(uncaught).toEqual([]);
  } finally {
    await context.close();
  }
});

test("dist/wps/taskpane.html picks the WPS host and draws the pane on it", async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const foreign: string[] = [];
    await context.route(
      (url) => !isLocal(url.href),
      (route) => {
        foreign.push(route.request().url());
        return route.abort("blockedbyclient");
      }
    );
    // WPS's global with no workbook open: the WPS host says so, in its own words.
    await context.addInitScript(() => {
      (window as unknown as { wps: unknown }).wps = {
        EtApplication: () => ({ ActiveWorkbook: null }),
      };
    });
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on("pageerror", (error) => uncaught.push(error.message));
    await page.goto(new URL("wps/taskpane.html", baseUrl()).href);
    await page.getByRole("heading", { level: 1 }).waitFor({ timeout: 30_000 });
    await page.getByText("WPS 表格中没有打开的工作簿").first().waitFor({ timeout: 15_000 });
    expect(foreign).toEqual([]);
    expect(uncaught).toEqual([]);
  } finally {
    await context.close();
  }
});
