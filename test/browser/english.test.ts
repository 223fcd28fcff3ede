/**
 * The workbench with ?lang=en: the pane, its findings and the report in English.
 */
import {
  activeSheetTab,
  chosen,
  eventually,
  findingsShown,
  gridText,
  MISTAKES_FINDINGS,
  MISTAKES_SHEETS,
  saveReadmeScreenshot,
  sheetTabs,
  useSessions,
  validate,
  validateButton,
} from "./helpers";

const sessions = useSessions();

test("?lang=en shows the workbench and the pane in English", async () => {
  const { page } = await sessions.workbench("?lang=en");
  expect(
    await page.getByRole("heading", { level: 1, name: "AID workbench (Excel stand-in)" }).count()
  ).toBe(1);
  expect(await page.getByRole("heading", { name: "AID paired-assistance checker" }).count()).toBe(
    1
  );
  expect(await page.getByTestId("tab-validate").innerText()).toBe("Validate");
  expect(await page.getByTestId("tab-shares").innerText()).toBe("Shares");
  expect(await page.getByTestId("tab-pairings").innerText()).toBe("Pairings");
  expect(await validateButton(page).innerText()).toBe("Validate");
  expect(await chosen(page.getByRole("combobox", { name: "Sheet" }))).toBe("项目表");
  expect(await chosen(page.getByRole("combobox", { name: "Programme" }))).toMatch(/^Detect/);
  // No Chinese left in the pane's own words (sheet names are the workbook's).
  const pane = await page.locator("aside.pane").innerText();
  const chinese = pane.replace(/项目表|进度汇总|类别占比/g, "").match(/[\u4e00-\u9fff]+/g);
  expect(chinese).toBeNull();
});

test("findings, their messages and the report are in English", async () => {
  const { page } = await sessions.workbench("?lang=en");
  await validate(page);
  expect(await findingsShown(page)).toEqual(MISTAKES_FINDINGS);
  expect(await page.getByTestId("summary").innerText()).toContain("9 errors, 3 warnings");
  expect(await chosen(page.getByRole("combobox", { name: "Programme" }))).toBe(
    "Detect (Xinjiang aid (2010))"
  );
  const b3 = await page.locator('[data-testid="finding"][data-cell="B3"]').innerText();
  expect(b3).toContain("Not an official pair");
  expect(b3).toContain("are not paired in");
  const g5 = await page.locator('[data-testid="finding"][data-cell="G5"]').innerText();
  expect(g5).toContain("Not a number");
  expect(g5).toContain('"待定" is not a number');
  await page.locator('[data-testid="finding"][data-cell="G5"]').click();
  await eventually(async () =>
    expect(await page.getByTestId("selected-cell").innerText()).toBe("G5")
  );
  await saveReadmeScreenshot(page, "workbench-validate-en.png");

  await page.getByRole("button", { name: "Write report" }).click();
  await eventually(async () =>
    expect(await sheetTabs(page)).toEqual([...MISTAKES_SHEETS, "Validation report"])
  );
  await eventually(async () => expect(await activeSheetTab(page)).toBe("Validation report"));
  expect(await page.getByText('The report is on sheet "Validation report".').count()).toBe(1);
  // The header block (title, then label and value per row), then the findings table from row 9.
  expect(await gridText(page, "A1")).toContain('"项目表"');
  expect(await gridText(page, "A7")).toBe("Findings");
  expect(await gridText(page, "B7")).toBe("9 errors, 3 warnings");
  expect(await gridText(page, "A9")).toBe("Cell");
  expect(await gridText(page, "B10")).toMatch(/^(error|warning)$/);
});
