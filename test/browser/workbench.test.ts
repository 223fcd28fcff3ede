/**
 * The workbench in Chinese (the default): opening workbooks, validating, going to a
 * finding's cell, the category shares and the validation report, as a user does them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  activeSheetTab,
  choose,
  chosen,
  eventually,
  findingsShown,
  GENERATED_FINDINGS,
  GENERATED_SHEETS,
  gridText,
  MISTAKES_FINDINGS,
  MISTAKES_SHEETS,
  offered,
  ROOT,
  saveReadmeScreenshot,
  saveScreenshot,
  sheetTabs,
  useSessions,
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

describe("opening workbooks", () => {
  test("mistakes.xlsx opens at start with its sheets as tabs, the first one active", async () => {
    const { page } = await sessions.workbench();
    expect(await sheetTabs(page)).toEqual(MISTAKES_SHEETS);
    expect(await activeSheetTab(page)).toBe("项目表");
    expect(await page.getByTestId("workbook-name").innerText()).toBe("mistakes.xlsx");
    expect(await gridText(page, "B3")).toBe("浙江");
    // The pane works on the active sheet.
    expect(await chosen(page.getByRole("combobox", { name: "工作表" }))).toBe("项目表");
  });

  test("a workbook chosen in the file input replaces the sample, its sheets shown as tabs", async () => {
    const { page } = await sessions.workbench();
    await page
      .getByTestId("workbook-file")
      .setInputFiles(join(ROOT, "examples", "published-tables.xlsx"));
    await eventually(async () =>
      expect(await sheetTabs(page)).toEqual(["表2", "表3", "规划项目类别"])
    );
    expect(await activeSheetTab(page)).toBe("表2");
    expect(await page.getByTestId("workbook-name").innerText()).toBe("published-tables.xlsx");
    expect(await gridText(page, "A1")).toContain("表2");
    // The pane is fresh for the new workbook and reads its sheets.
    await validateButton(page).and(page.locator(":enabled")).waitFor();
    const picker = page.getByRole("combobox", { name: "工作表" });
    expect(await chosen(picker)).toBe("表2");
    expect(await offered(picker)).toEqual(["表2", "表3", "规划项目类别"]);
    await saveScreenshot(page, "file-input-published-tables.png");
  });

  test("a workbook generated with exceljs loads through the file input and validates", async () => {
    const file = join(temp, "generated-projects.xlsx");
    await writeProjectWorkbook(file);
    const { page } = await sessions.workbench();
    await page.getByTestId("workbook-file").setInputFiles(file);
    await eventually(async () => expect(await sheetTabs(page)).toEqual(GENERATED_SHEETS));
    expect(await page.getByTestId("workbook-name").innerText()).toBe("generated-projects.xlsx");
    await validateButton(page).and(page.locator(":enabled")).waitFor();
    expect(await chosen(page.getByRole("combobox", { name: "工作表" }))).toBe("援疆项目");
    await validate(page);
    expect(await findingsShown(page)).toEqual(GENERATED_FINDINGS);
    // Nothing of the sample workbook is left behind.
    expect(await sheetTabs(page)).not.toContain("项目表");
  });

  test("a file that is not a workbook is reported and the open workbook stays", async () => {
    const { page } = await sessions.workbench();
    await page.getByTestId("workbook-file").setInputFiles({
      name: "notes.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from("this is not a zip file"),
    });
    await eventually(async () =>
      expect(await page.getByTestId("workbook-name").innerText()).toMatch(/^无法打开 notes\.xlsx/)
    );
    expect(await sheetTabs(page)).toEqual(MISTAKES_SHEETS);
    await validate(page);
    expect(await findingsShown(page)).toEqual(MISTAKES_FINDINGS);
  });
});

describe("validating mistakes.xlsx", () => {
  test("lists every error, then every warning, with its rule and cell", async () => {
    const { page } = await sessions.workbench();
    expect(await page.getByTestId("finding").count()).toBe(0);
    await validate(page);
    expect(await findingsShown(page)).toEqual(MISTAKES_FINDINGS);
    const summary = await page.getByTestId("summary").innerText();
    expect(summary).toContain("错误 9");
    expect(summary).toContain("警告 3");
    expect(summary).toContain("9 个错误，3 个警告");
    const g5 = page.locator('[data-testid="finding"][data-cell="G5"]');
    expect(await g5.innerText()).toContain("不是数字");
    expect(await g5.innerText()).toContain("待定");
    expect(await page.getByRole("heading", { name: "错误 (9)" }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "警告 (3)" }).count()).toBe(1);
  });

  test("the other sheets validate too: 进度汇总 and 类别占比", async () => {
    const { page } = await sessions.workbench();
    const picker = page.getByRole("combobox", { name: "工作表" });
    await choose(page, picker, "进度汇总");
    await validateButton(page).and(page.locator(":enabled")).waitFor();
    await validate(page);
    expect(await findingsShown(page)).toEqual([
      { severity: "error", rule: "rate-mismatch", cell: "E4" },
      { severity: "error", rule: "exceeds-planned", cell: "D6" },
      { severity: "error", rule: "total-mismatch", cell: "C15" },
      { severity: "warning", rule: "rate-rounding", cell: "H9" },
      { severity: "warning", rule: "total-rounding", cell: "F15" },
    ]);
    await choose(page, picker, "类别占比");
    await validateButton(page).and(page.locator(":enabled")).waitFor();
    await validate(page);
    expect(await findingsShown(page)).toEqual([
      { severity: "error", rule: "share-mismatch", cell: "D4" },
      { severity: "error", rule: "share-mismatch", cell: "D10" },
    ]);
  });

  test("clicking a finding selects its cell, going back to its sheet from AID's report", async () => {
    const { page } = await sessions.workbench();
    await validate(page);
    await page.locator('[data-testid="finding"][data-cell="G5"]').click();
    await eventually(async () =>
      expect(await page.getByTestId("selected-cell").innerText()).toBe("G5")
    );
    expect(await page.getByTestId("selected-value").innerText()).toBe("待定");
    await expect(
      page.locator('[role="gridcell"][data-address="G5"]').getAttribute("class")
    ).resolves.toContain("selected");
    await saveReadmeScreenshot(page, "workbench-validate.png");

    // Write the report (it is shown, and the pane stays on 项目表: AID's own sheet is not checked),
    // then go to a finding of 项目表: the workbook follows. A user's own sheet clicked instead would
    // move the pane to that sheet (test/browser/follow.test.ts).
    await page.getByRole("button", { name: "写入报告" }).click();
    await eventually(async () => expect(await activeSheetTab(page)).toBe("核对报告"));
    await page.locator('[data-testid="finding"][data-cell="C13"]').click();
    await eventually(async () => expect(await activeSheetTab(page)).toBe("项目表"));
    await eventually(async () =>
      expect(await page.getByTestId("selected-cell").innerText()).toBe("C13")
    );
    expect(await page.getByTestId("selected-value").innerText()).toBe("阿克图县");
  });

  test("the rule filter narrows the list to one rule", async () => {
    const { page } = await sessions.workbench();
    await validate(page);
    await choose(page, page.getByRole("combobox", { name: "按规则筛选" }), "不是数字 (1)");
    await eventually(async () =>
      expect(await findingsShown(page)).toEqual([
        { severity: "error", rule: "not-a-number", cell: "G5" },
      ])
    );
    await choose(page, page.getByRole("combobox", { name: "按规则筛选" }), "全部规则");
    await eventually(async () => expect(await findingsShown(page)).toEqual(MISTAKES_FINDINGS));
  });
});

describe("category shares", () => {
  test("computing shares on 类别占比 shows a row per category and the total", async () => {
    const { page } = await sessions.workbench();
    // Show the category sheet in the workbook as well, as a user would.
    await page.locator('[data-testid="sheet-tab"][data-name="类别占比"]').click();
    await page.getByTestId("tab-shares").click();
    const picker = page.getByRole("combobox", { name: "工作表" });
    await choose(page, picker, "类别占比");
    const compute = page.getByTestId("compute-shares");
    await compute.and(page.locator(":enabled")).waitFor();
    expect(await chosen(page.getByRole("combobox", { name: "类别所在列" }))).toBe("A 项目类别");
    expect(await chosen(page.getByRole("combobox", { name: "金额所在列" }))).toBe(
      "C 援助资金(亿元)"
    );
    expect(await page.getByTestId("share-row").count()).toBe(0);
    await compute.click();
    await page.getByTestId("share-row").first().waitFor();
    const rows = await page
      .getByTestId("share-row")
      .evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('[role="cell"], td')).map((td) =>
            (td.textContent ?? "").trim()
          )
        )
      );
    expect(rows).toEqual([
      ["房屋建设", "280", "268.49", "47.4%"],
      ["社会发展", "744", "138.09", "24.4%"],
      ["产业发展", "331", "84.5", "14.9%"],
      ["人才培训", "144", "19.14", "3.4%"],
      ["基层阵地建设", "235", "10.23", "1.8%"],
      ["其它", "113", "14.3", "2.5%"],
      ["地州统筹和预留资金", "—", "32", "5.6%"],
    ]);
    expect((await page.getByTestId("share-total").innerText()).split(/\s+/)).toEqual([
      "合计",
      "1,847",
      "566.75",
      "100.0%",
    ]);
    await saveReadmeScreenshot(page, "workbench-shares.png");
  });
});

describe("the validation report", () => {
  test("写入报告 adds the sheet 核对报告 with a row per finding and shows it", async () => {
    const { page } = await sessions.workbench();
    await validate(page);
    await page.getByRole("button", { name: "写入报告" }).click();
    await eventually(async () =>
      expect(await sheetTabs(page)).toEqual([...MISTAKES_SHEETS, "核对报告"])
    );
    await eventually(async () => expect(await activeSheetTab(page)).toBe("核对报告"));
    expect(await page.getByText("报告已写入工作表「核对报告」。").count()).toBe(1);
    // The header block (title, then label and value per row), then the findings table from row 9.
    expect(await gridText(page, "A1")).toContain("「项目表」");
    expect(await gridText(page, "A7")).toBe("问题数");
    expect(await gridText(page, "B7")).toBe("9 个错误，3 个警告");
    expect(await gridText(page, "A9")).toBe("单元格");
    const cells: string[] = [];
    for (let row = 10; row < 10 + MISTAKES_FINDINGS.length; row++)
      cells.push(await gridText(page, `A${row}`));
    expect([...cells].sort()).toEqual(MISTAKES_FINDINGS.map((f) => f.cell).sort());
    expect(await gridText(page, `A${10 + MISTAKES_FINDINGS.length}`)).toBe("");
    await saveReadmeScreenshot(page, "workbench-report.png");
    // The source sheet is untouched.
    await page.locator('[data-testid="sheet-tab"][data-name="项目表"]').click();
    expect(await gridText(page, "B3")).toBe("浙江");
  });
});

describe("the dark theme", () => {
  test("?theme=dark draws the pane dark with light text", async () => {
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const colours = (page: Page) =>
      page.locator("aside.pane main").evaluate((main) => {
        let el: Element | null = main;
        let background = "rgba(0, 0, 0, 0)";
        while (el && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
          background = getComputedStyle(el).backgroundColor;
          el = el.parentElement;
        }
        return { background, text: getComputedStyle(main.querySelector("h1") ?? main).color };
      });
    const dark = await colours((await sessions.workbench("?theme=dark")).page);
    expect(luminance(dark.background)).toBeLessThan(0.25);
    expect(luminance(dark.text)).toBeGreaterThan(0.75);
    const light = await colours((await sessions.workbench()).page);
    expect(luminance(light.background)).toBeGreaterThan(0.75);
    expect(luminance(light.text)).toBeLessThan(0.25);
  });
});
