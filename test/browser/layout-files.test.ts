/**
 * Files from real producers opened through the workbench's file input, as a user opens them:
 * the widths, bold cells and hidden sheets the file sets are what the grid shows, and a
 * damaged file is refused with aid-check's reason in the page's language while the open
 * workbook stays (fixtures from scripts/make-layout-fixtures.py).
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  activeSheetTab,
  eventually,
  gridText,
  MISTAKES_SHEETS,
  ROOT,
  sheetTabs,
  useSessions,
} from "./helpers";

const sessions = useSessions();
const PRODUCERS = join(ROOT, "test", "fixtures", "producers");

/** Open a fixture through the file input. */
async function openFixture(page: Page, name: string): Promise<void> {
  await page.getByTestId("workbook-file").setInputFiles(join(PRODUCERS, name));
}

/** The drawn width in px of a column's header (A, B, …). */
function columnWidth(page: Page, letter: string): Promise<number> {
  return page
    .locator(".col-header", { hasText: new RegExp(`^${letter}$`) })
    .evaluate((header) => header.getBoundingClientRect().width);
}

test("openpyxl's laid-out table: only the shown sheet has a tab, columns as wide as set, title and header bold", async () => {
  const { page } = await sessions.workbench();
  await openFixture(page, "openpyxl-layout.xlsx");
  await eventually(async () => expect(await sheetTabs(page)).toEqual(["完工情况"]));
  // 说明 (hidden) comes first in the file and 底稿（不对外） (very hidden) last: neither gets a tab.
  expect(await activeSheetTab(page)).toBe("完工情况");
  expect(await gridText(page, "A1")).toBe("2010年援疆试点项目完工情况");
  // 14, 18, 10 and 12 characters at the grid's 7 px a character.
  expect(await columnWidth(page, "A")).toBeCloseTo(98, 0);
  expect(await columnWidth(page, "B")).toBeCloseTo(126, 0);
  expect(await columnWidth(page, "D")).toBeCloseTo(70, 0);
  expect(await columnWidth(page, "E")).toBeCloseTo(84, 0);
  const weight = (address: string) =>
    page
      .locator(`[role="gridcell"][data-address="${address}"]`)
      .evaluate((cell) => Number(getComputedStyle(cell).fontWeight));
  expect(await weight("A1")).toBeGreaterThanOrEqual(600);
  expect(await weight("C2")).toBeGreaterThanOrEqual(600);
  expect(await weight("A3")).toBeLessThan(600);
  expect(await gridText(page, "E4")).toBe("50%");
});

test.each([
  [
    "in Chinese",
    "",
    "libreoffice-crc.xlsx",
    "无法打开 libreoffice-crc.xlsx: 文件已损坏：部件 xl/worksheets/sheet1.xml 的校验和（CRC-32）不符",
  ],
  [
    "in English",
    "?lang=en",
    "libreoffice-truncated.xlsx",
    "Cannot open libreoffice-truncated.xlsx: the file is damaged: it is incomplete (the zip directory at its end is missing), perhaps not fully downloaded or copied",
  ],
])(
  "a damaged workbook, page %s: says why in that language and the open one stays",
  async (_language, query, name, shown) => {
    const { page } = await sessions.workbench(query);
    await openFixture(page, name);
    await eventually(async () =>
      expect(await page.getByTestId("workbook-name").innerText()).toBe(shown)
    );
    expect(await sheetTabs(page)).toEqual(MISTAKES_SHEETS);
  }
);
