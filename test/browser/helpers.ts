/**
 * Helpers for the browser tests: headless Chromium (Debian's, through playwright-core)
 * on the built workbench that test/browser/global-setup.mjs serves from dist/, with every
 * page's requests, console errors and uncaught errors recorded so the tests can hold the
 * page to localhost and to a quiet console.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";

export const ROOT = resolve(__dirname, "../..");
export const RESULTS_DIR = join(ROOT, "test-results", "browser");
export const README_SCREENSHOTS_DIR = join(ROOT, "docs", "screenshots");

export const CHROMIUM_PATH = process.env.AID_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-gpu",
];
export const VIEWPORT = { width: 1400, height: 900 };

/** The sheets of examples/mistakes.xlsx, in order. */
export const MISTAKES_SHEETS = ["项目表", "进度汇总", "类别占比"];

/** What validating 项目表 of examples/mistakes.xlsx finds (the same as `aid-check --json` reports). */
export const MISTAKES_FINDINGS: readonly FindingSeen[] = [
  { severity: "error", rule: "pairing-mismatch", cell: "B3" },
  { severity: "error", rule: "missing-value", cell: "C4" },
  { severity: "error", rule: "not-a-number", cell: "G5" },
  { severity: "error", rule: "negative-value", cell: "H6" },
  { severity: "error", rule: "exceeds-planned", cell: "H7" },
  { severity: "error", rule: "rate-mismatch", cell: "I9" },
  { severity: "error", rule: "unknown-place", cell: "C13" },
  { severity: "error", rule: "cell-error", cell: "G24" },
  { severity: "error", rule: "total-mismatch", cell: "G28" },
  { severity: "warning", rule: "ambiguous-place", cell: "C7" },
  { severity: "warning", rule: "duplicate-row", cell: "D11" },
  { severity: "warning", rule: "unknown-category", cell: "E20" },
];

export interface FindingSeen {
  readonly severity: string;
  readonly rule: string;
  readonly cell: string;
}

/** The address the global setup serves dist/ on. */
export function baseUrl(): string {
  const url = process.env.AID_BROWSER_BASE_URL;
  if (!url)
    throw new Error(
      "AID_BROWSER_BASE_URL is not set: run the browser tests with `jest -c jest.browser.config.js`"
    );
  return url;
}

/** Launch headless Chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** True for a URL that stays on this machine (or needs no host at all). */
export function isLocal(url: string): boolean {
  const parsed = new URL(url);
  if (["data:", "blob:", "about:"].includes(parsed.protocol)) return true;
  return ["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname);
}

/** One workbench page with what it asked for and what it complained about. */
export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made, in order. */
  readonly requests: string[];
  /** Requests to any host but this machine (blocked, and a failure of the test). */
  readonly foreignRequests: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
}

/**
 * The pages one test opened; `closeAll` (in afterEach) saves a screenshot of each under
 * test-results/browser/, closes them and fails the test if any page reached beyond
 * localhost, logged a console error or threw.
 */
export class Sessions {
  private open: Session[] = [];

  constructor(private readonly browser: () => Browser) {}

  /** Open workbench.html with a query such as "?lang=en" and wait until the pane is ready. */
  async workbench(query = ""): Promise<Session> {
    const context = await this.browser().newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const session: Session = {
      context,
      page,
      requests: [],
      foreignRequests: [],
      consoleErrors: [],
      pageErrors: [],
    };
    this.open.push(session);
    context.on("request", (request) => {
      session.requests.push(request.url());
      if (!isLocal(request.url())) session.foreignRequests.push(request.url());
    });
    page.on("websocket", (socket) => {
      if (!isLocal(socket.url().replace(/^ws/, "http"))) session.foreignRequests.push(socket.url());
    });
    // Nothing leaves the machine even when the page tries: the attempt is recorded above.
    await context.route(
      (url) => !isLocal(url.href),
      (route) => route.abort("blockedbyclient")
    );
    page.on("console", (message) => {
      if (message.type() === "error") session.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => session.pageErrors.push(error.stack ?? error.message));
    await page.goto(new URL(`workbench.html${query}`, baseUrl()).href);
    await validateButton(page).and(page.locator(":enabled")).waitFor({ timeout: 30_000 });
    return session;
  }

  async closeAll(testName: string | undefined): Promise<void> {
    const sessions = this.open;
    this.open = [];
    const problems: string[] = [];
    for (const [i, s] of sessions.entries()) {
      const name = `${slug(testName ?? "test")}${sessions.length > 1 ? `-${i + 1}` : ""}`;
      await s.page.screenshot({ path: join(RESULTS_DIR, `${name}.png`) }).catch(() => undefined);
      problems.push(...quietProblems(s));
      await s.context.close();
    }
    if (problems.length > 0)
      throw new Error(`The workbench page misbehaved:\n  ${problems.join("\n  ")}`);
  }
}

/**
 * Launch Chromium once for this test file, close each test's pages after it (keeping
 * their screenshots on failure), and close Chromium at the end: the sessions to open pages in.
 */
export function useSessions(): Sessions {
  let browser: Browser | undefined;
  const sessions = new Sessions(() => browser as Browser);
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => sessions.closeAll(expect.getState().currentTestName));
  afterAll(async () => {
    await browser?.close();
  });
  return sessions;
}

/** What a page did that it must not: requests beyond localhost, console errors, uncaught errors. */
export function quietProblems(session: Session): string[] {
  return [
    ...session.foreignRequests.map((url) => `request to another host: ${url}`),
    ...session.consoleErrors.map((text) => `console error: ${text}`),
    ...session.pageErrors.map((text) => `uncaught error: ${text}`),
  ];
}

// The build's chunks: a number, a content hash, .js (the pane's entry scripts have names).
const CHUNK = /\/\d+\.[0-9a-f]+\.js$/;
// What a refused chunk leaves on the console: Chromium's failed load, webpack's error as React
// reports the one its boundary caught.
const LOAD_FAILURE_LOG =
  /ERR_CONNECTION_REFUSED|Loading chunk \d+ failed|ChunkLoadError|The above error occurred/;

/**
 * Refuse the build's chunks from now on, as a server that stopped answering would. `allow`
 * lets them through again and drops the console errors the refusals caused (any other stays,
 * for the session's check to fail on).
 */
export async function refuseChunks(
  session: Session
): Promise<{ refused: string[]; allow: () => Promise<void> }> {
  const refused: string[] = [];
  await session.page.route(CHUNK, (route) => {
    refused.push(route.request().url());
    return route.abort("connectionrefused");
  });
  const allow = async () => {
    await session.page.unroute(CHUNK);
    const others = session.consoleErrors.filter((m) => !LOAD_FAILURE_LOG.test(m));
    session.consoleErrors.splice(0, session.consoleErrors.length, ...others);
  };
  return { refused, allow };
}

function slug(text: string): string {
  return text
    .replace(/[^A-Za-z0-9\u4e00-\u9fff]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 120);
}

export function validateButton(page: Page): Locator {
  return page.getByTestId("validate");
}

/** Retry an assertion until it passes or the time runs out (then its last failure is thrown). */
export async function eventually<T>(
  assertion: () => Promise<T> | T,
  timeoutMs = 15_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** The sheet tabs' names, in order. */
export function sheetTabs(page: Page): Promise<string[]> {
  return page
    .getByTestId("sheet-tab")
    .evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute("data-name") ?? ""));
}

/** The name of the sheet tab shown as active. */
export async function activeSheetTab(page: Page): Promise<string | null> {
  const active = page.locator('[data-testid="sheet-tab"][aria-selected="true"]');
  return (await active.count()) === 1 ? active.getAttribute("data-name") : null;
}

/** The findings listed in the pane, in order. */
export function findingsShown(page: Page): Promise<FindingSeen[]> {
  return page.getByTestId("finding").evaluateAll((buttons) =>
    buttons.map((b) => ({
      severity: b.getAttribute("data-severity") ?? "",
      rule: b.getAttribute("data-rule") ?? "",
      cell: b.getAttribute("data-cell") ?? "",
    }))
  );
}

/** Click Validate and wait for the run to finish (the summary shows). */
export async function validate(page: Page): Promise<void> {
  await validateButton(page).click();
  await page.getByTestId("summary").waitFor({ timeout: 60_000 });
}

/** Pick the option whose text is `option` in a select of the pane, and wait until it shows it. */
export async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.selectOption({ label: option });
  await eventually(async () => expect(await chosen(combobox)).toBe(option));
}

/** The text a select of the pane shows: its chosen option's. */
export function chosen(combobox: Locator): Promise<string> {
  return combobox.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text.trim() ?? "");
}

/** The texts of the options a select of the pane offers (a prompt that is no choice left out). */
export function offered(combobox: Locator): Promise<string[]> {
  return combobox.evaluate((el) =>
    [...(el as HTMLSelectElement).options].filter((o) => !o.disabled).map((o) => o.text.trim())
  );
}

/** The text the workbench grid shows in a cell of the active sheet. */
export async function gridText(page: Page, address: string): Promise<string> {
  return (await page.locator(`[role="gridcell"][data-address="${address}"]`).innerText()).trim();
}

/** Save a screenshot under test-results/browser/. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, name) });
}

/**
 * Save a README screenshot (the pointer moved out of the way, transitions finished) under
 * test-results/browser/readme/, and into docs/screenshots/ when it is not there yet or
 * AID_UPDATE_SCREENSHOTS=1 (text antialiasing can differ by a few pixels between runs, so
 * the committed pictures are not rewritten on every run).
 */
export async function saveReadmeScreenshot(page: Page, name: string): Promise<void> {
  await page.mouse.move(VIEWPORT.width - 2, VIEWPORT.height - 2);
  const picture = await page.screenshot({ animations: "disabled" });
  mkdirSync(join(RESULTS_DIR, "readme"), { recursive: true });
  writeFileSync(join(RESULTS_DIR, "readme", name), picture);
  const committed = join(README_SCREENSHOTS_DIR, name);
  if (process.env.AID_UPDATE_SCREENSHOTS === "1" || !existsSync(committed)) {
    mkdirSync(README_SCREENSHOTS_DIR, { recursive: true });
    writeFileSync(committed, picture);
  }
}

/**
 * A small project workbook written by exceljs: sheet 援疆项目 (a title, the header, four
 * projects with two planted mistakes) and a sheet 说明. Validating 援疆项目 finds exactly
 * GENERATED_FINDINGS.
 */
export async function writeProjectWorkbook(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("援疆项目");
  sheet.addRow(["2012年对口援疆项目表（浏览器测试）"]);
  sheet.addRow([
    "序号",
    "支援方",
    "受援方",
    "项目名称",
    "项目类别",
    "援建方式",
    "计划资金(万元)",
    "已到位资金(万元)",
  ]);
  sheet.addRow([1, "上海", "莎车县", "莎车县城区安居富民工程", "房屋建设", "交支票", 12000, 6500]);
  sheet.addRow([2, "山东", "疏勒县", "疏勒县职业技术学校实训基地", "人才培训", "共建", 3600, 1800]);
  // 泽普县 is 上海's, not 浙江's.
  sheet.addRow([3, "浙江", "泽普县", "泽普县人民医院病房楼", "社会发展", "交钥匙", 8500, 4200]);
  sheet.addRow([
    4,
    "深圳",
    "喀什市",
    "喀什市深喀大道配套工程",
    "产业发展",
    "交钥匙",
    15000,
    "待定",
  ]);
  book.addWorksheet("说明").addRow(["本工作簿由浏览器测试生成。"]);
  await book.xlsx.writeFile(file);
}

export const GENERATED_SHEETS = ["援疆项目", "说明"];
export const GENERATED_FINDINGS: readonly FindingSeen[] = [
  { severity: "error", rule: "pairing-mismatch", cell: "B5" },
  { severity: "error", rule: "not-a-number", cell: "H6" },
];
