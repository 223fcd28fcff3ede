/**
 * The workbench through a whole working session — every tab and action, a workbook
 * opened from disk, English and the dark theme — must not reach any host but this
 * machine, and must not log a console error or throw.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  choose,
  eventually,
  GENERATED_SHEETS,
  isLocal,
  quietProblems,
  type Session,
  useSessions,
  sheetTabs,
  validate,
  validateButton,
  writeProjectWorkbook,
} from "./helpers";

const sessions = useSessions();
let temp: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "aid-browser-"));
});

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** Use every part of the pane once, in Chinese, then open a workbook from disk and validate it. */
async function workThroughChinese(session: Session): Promise<void> {
  const { page } = session;
  await validate(page);
  await page.locator('[data-testid="finding"][data-cell="B3"]').click();
  await eventually(async () =>
    expect(await page.getByTestId("selected-cell").innerText()).toBe("B3")
  );
  await choose(page, page.getByRole("combobox", { name: "按规则筛选" }), "非对口关系 (1)");
  await choose(page, page.getByRole("combobox", { name: "按规则筛选" }), "全部规则");
  await page.getByRole("button", { name: "写入报告" }).click();
  await page.getByText("报告已写入工作表「核对报告」。").waitFor();
  await page.getByRole("button", { name: "标出问题单元格" }).click();
  // Twelve findings and the first copy of the duplicate row; each gets a comment where Excel has them.
  await page.getByText(/^已标出 13 个单元格。/).waitFor();
  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText(/^已清除 13 个单元格的标记。/).waitFor();

  await page.getByTestId("tab-shares").click();
  await choose(page, page.getByRole("combobox", { name: "工作表" }), "类别占比");
  await page.getByTestId("compute-shares").and(page.locator(":enabled")).click();
  await page.getByTestId("share-row").first().waitFor();
  await page.getByRole("button", { name: "插入汇总表和图表" }).click();
  await page.getByText(/^汇总已写入工作表「.+」。$/).waitFor();

  await page.getByTestId("tab-pairings").click();
  await page.getByTestId("pair-search").fill("浙江");
  await page.getByTestId("pair-row").first().waitFor();
  await page.getByTestId("check-selection").click();
  await page.getByRole("button", { name: "插入对口关系表" }).click();
  await page.getByText(/^对口关系表已写入工作表「.+」。$/).waitFor();

  const file = join(temp, "session.xlsx");
  await writeProjectWorkbook(file);
  await page.getByTestId("workbook-file").setInputFiles(file);
  await eventually(async () => expect(await sheetTabs(page)).toEqual(GENERATED_SHEETS));
  await validateButton(page).and(page.locator(":enabled")).waitFor();
  await validate(page);
}

/** The same in English with the dark theme, briefly. */
async function workThroughEnglishDark(session: Session): Promise<void> {
  const { page } = session;
  await validate(page);
  await page.locator('[data-testid="finding"][data-cell="G5"]').click();
  await page.getByRole("button", { name: "Write report" }).click();
  await page.getByText('The report is on sheet "Validation report".').waitFor();
  await page.getByTestId("tab-shares").click();
  await page.getByTestId("compute-shares").and(page.locator(":enabled")).click();
  await page.getByTestId("tab-pairings").click();
  await page.getByTestId("pair-row").first().waitFor();
}

test("the page makes no request to any host but localhost", async () => {
  const zh = await sessions.workbench();
  await workThroughChinese(zh);
  const en = await sessions.workbench("?lang=en&theme=dark");
  await workThroughEnglishDark(en);
  for (const session of [zh, en]) {
    // The recorder saw the page's own files, so an empty foreign list means something.
    expect(session.requests.some((url) => url.endsWith("/workbench.js"))).toBe(true);
    expect(session.requests.some((url) => url.endsWith("/examples/mistakes.xlsx"))).toBe(true);
    expect(session.requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  }
});

test("no page errors or console errors through a whole session", async () => {
  const zh = await sessions.workbench();
  await workThroughChinese(zh);
  const en = await sessions.workbench("?lang=en&theme=dark");
  await workThroughEnglishDark(en);
  expect(zh.pageErrors).toEqual([]);
  expect(zh.consoleErrors).toEqual([]);
  expect(en.pageErrors).toEqual([]);
  expect(en.consoleErrors).toEqual([]);
  expect([...quietProblems(zh), ...quietProblems(en)]).toEqual([]);
});
