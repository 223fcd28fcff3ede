/**
 * The pane follows the workbench as it would follow Excel: clicking a sheet tab moves
 * the pane to that sheet (onActivated), and inserting a row or editing a cell after
 * validating marks the results out of date (onChanged) until the sheet is validated again.
 */
import {
  activeSheetTab,
  chosen,
  eventually,
  findingsShown,
  saveScreenshot,
  useSessions,
  validate,
} from "./helpers";

const sessions = useSessions();

/** What validating 进度汇总 of examples/mistakes.xlsx finds, as rule@cell, sorted. */
const PROGRESS_FINDINGS = [
  "exceeds-planned@D6",
  "rate-mismatch@E4",
  "rate-rounding@H9",
  "total-mismatch@C15",
  "total-rounding@F15",
];

describe("the pane follows the sheet on screen", () => {
  test("clicking the 进度汇总 tab moves the pane there; Validate checks 进度汇总 and names it", async () => {
    const { page } = await sessions.workbench();
    const picker = page.getByRole("combobox", { name: "工作表" }).first();
    expect(await chosen(picker)).toBe("项目表");

    await page.locator('[data-testid="sheet-tab"][data-name="进度汇总"]').click();
    expect(await activeSheetTab(page)).toBe("进度汇总");
    await eventually(async () => expect(await chosen(picker)).toBe("进度汇总"));

    await validate(page);
    const found = (await findingsShown(page)).map((f) => `${f.rule}@${f.cell}`).sort();
    expect(found).toEqual(PROGRESS_FINDINGS);
    expect(await page.getByTestId("checked-sheet").innerText()).toContain("「进度汇总」");
    await saveScreenshot(page, "follow-sheet-switch.png");
  });

  test("a row inserted after validating makes the results stale; Validate again finds the moved cells", async () => {
    const { page } = await sessions.workbench();
    await validate(page);
    expect((await findingsShown(page)).map((f) => `${f.rule}@${f.cell}`)).toContain(
      "pairing-mismatch@B3"
    );

    // Select A3 (the first project) and insert a row above it, as a user would in Excel.
    await page.locator('[role="gridcell"][data-address="A3"]').click();
    await page.getByTestId("insertRow").click();
    const stale = page.getByTestId("stale");
    await stale.waitFor();
    expect(await stale.getAttribute("data-stale")).toBe("moved");

    // An out-of-date finding no longer takes the user anywhere.
    const outdated = page.locator('[data-testid="finding"][data-cell="B3"]');
    expect(await outdated.getAttribute("aria-disabled")).toBe("true");
    await outdated.click({ force: true });
    expect(await page.getByTestId("selected-cell").innerText()).toBe("A3");

    await page.getByTestId("revalidate").click();
    await eventually(async () => expect(await stale.count()).toBe(0));
    // The stale mark goes as the new check starts; its findings follow once it has read the sheet.
    await eventually(async () => {
      const found = (await findingsShown(page)).map((f) => `${f.rule}@${f.cell}`);
      expect(found).toContain("pairing-mismatch@B4");
      expect(found).not.toContain("pairing-mismatch@B3");
    });
    await saveScreenshot(page, "follow-inserted-row.png");
  });

  test("fixing a cell in the formula bar marks the results as possibly out of date", async () => {
    const { page } = await sessions.workbench();
    await validate(page);
    await page.locator('[role="gridcell"][data-address="B3"]').dblclick();
    const editor = page.getByTestId("cell-editor");
    await editor.fill("上海");
    await editor.press("Enter");
    const stale = page.getByTestId("stale");
    await stale.waitFor();
    expect(await stale.getAttribute("data-stale")).toBe("edited");
    await page.getByTestId("revalidate").click();
    await eventually(async () =>
      expect((await findingsShown(page)).map((f) => `${f.rule}@${f.cell}`)).not.toContain(
        "pairing-mismatch@B3"
      )
    );
  });

  test("the pane hidden and shown again (shared runtime) re-reads: its results are marked for re-checking, and it is on the sheet now on screen", async () => {
    const { page } = await sessions.workbench();
    await validate(page);
    await page.getByTestId("toggle-pane").click();
    await page.getByTestId("toggle-pane").click();
    const stale = page.getByTestId("stale");
    await stale.waitFor();
    expect(await stale.getAttribute("data-stale")).toBe("edited");
    expect(await page.getByTestId("checked-sheet").innerText()).toContain("「项目表」");

    await page.getByTestId("toggle-pane").click();
    await page.locator('[data-testid="sheet-tab"][data-name="进度汇总"]').click();
    await page.getByTestId("toggle-pane").click();
    const picker = page.getByRole("combobox", { name: "工作表" }).first();
    await eventually(async () => expect(await chosen(picker)).toBe("进度汇总"));
  });
});
