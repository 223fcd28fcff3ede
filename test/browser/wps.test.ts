/**
 * The workbench in WPS mode (workbench.html?host=wps): the real pane on src/wps,
 * over the stand-in for WPS 表格's window.wps, doing what a user does in Excel mode
 * (test/browser/workbench.test.ts) with the same results: validate, go to a
 * finding's cell, write the report, highlight and clear, compute shares.
 */
import {
  activeSheetTab,
  choose,
  eventually,
  findingsShown,
  gridText,
  MISTAKES_FINDINGS,
  MISTAKES_SHEETS,
  offered,
  sheetTabs,
  useSessions,
  validate,
} from "./helpers";

const sessions = useSessions();

/** The fills on a sheet of the stand-in's workbook, by cell key, as the grid draws them. */
function fills(
  page: import("playwright-core").Page,
  sheet: string
): Promise<Record<string, string>> {
  return page.evaluate((name) => {
    const bench = (
      window as unknown as {
        aidWorkbench: {
          model: { sheet(n: string): { cellFormats: Map<string, { fill?: { color: string } }> } };
        };
      }
    ).aidWorkbench;
    const out: Record<string, string> = {};
    for (const [key, format] of bench.model.sheet(name).cellFormats)
      if (format.fill) out[key] = format.fill.color;
    return out;
  }, sheet);
}

test("the pane runs on the WPS host: the page says so and mistakes.xlsx validates as in Excel", async () => {
  const { page } = await sessions.workbench("?host=wps");
  expect(await page.getByRole("heading", { name: /模拟 WPS 表格/ }).count()).toBe(1);
  expect(
    await page.evaluate(
      () => (window as unknown as { aidWorkbench: { host: string } }).aidWorkbench.host
    )
  ).toBe("wps");
  expect(await sheetTabs(page)).toEqual(MISTAKES_SHEETS);
  await validate(page);
  expect(await findingsShown(page)).toEqual(MISTAKES_FINDINGS);
  expect(await page.getByTestId("summary").innerText()).toContain("9 个错误，3 个警告");
});

test("clicking a finding lands on its cell, also from AID's report sheet", async () => {
  const { page } = await sessions.workbench("?host=wps");
  await validate(page);
  await page.locator('[data-testid="finding"][data-cell="G5"]').click();
  await eventually(async () =>
    expect(await page.getByTestId("selected-cell").innerText()).toBe("G5")
  );
  expect(await page.getByTestId("selected-value").innerText()).toBe("待定");
  await page.getByRole("button", { name: "写入报告" }).click();
  await eventually(async () => expect(await activeSheetTab(page)).toBe("核对报告"));
  await page.locator('[data-testid="finding"][data-cell="C13"]').click();
  await eventually(async () => expect(await activeSheetTab(page)).toBe("项目表"));
  await eventually(async () =>
    expect(await page.getByTestId("selected-cell").innerText()).toBe("C13")
  );
});

test("写入报告 adds 核对报告 with the header block and a row per finding; AID's record sheet stays hidden", async () => {
  const { page } = await sessions.workbench("?host=wps");
  await validate(page);
  await page.getByRole("button", { name: "写入报告" }).click();
  await eventually(async () =>
    expect(await sheetTabs(page)).toEqual([...MISTAKES_SHEETS, "核对报告"])
  );
  expect(await page.getByText("报告已写入工作表「核对报告」。").count()).toBe(1);
  expect(await gridText(page, "A1")).toContain("「项目表」");
  expect(await gridText(page, "A7")).toBe("问题数");
  expect(await gridText(page, "B7")).toBe("9 个错误，3 个警告");
  expect(await gridText(page, "A9")).toBe("单元格");
  const cells: string[] = [];
  for (let row = 10; row < 10 + MISTAKES_FINDINGS.length; row++)
    cells.push(await gridText(page, `A${row}`));
  expect([...cells].sort()).toEqual(MISTAKES_FINDINGS.map((f) => f.cell).sort());
  // The pane's sheet list leaves the report out, as in Excel.
  const picker = page.getByRole("combobox", { name: "工作表" });
  expect(await offered(picker)).toEqual(MISTAKES_SHEETS);
});

test("标出问题单元格 paints the findings' cells and 清除标记 puts the sheet's own fills back", async () => {
  const { page } = await sessions.workbench("?host=wps");
  const before = await fills(page, "项目表");
  await validate(page);
  await page.getByRole("button", { name: "标出问题单元格" }).click();
  // Twelve findings and the first copy of the duplicate row, as in Excel.
  await page.getByText(/^已标出 13 个单元格。/).waitFor();
  const painted = await fills(page, "项目表");
  // G5 (row 5, column G) is an error: Excel's "Bad" red; C7 a warning: "Neutral" yellow.
  expect(painted["4,6"]).toBe("#FFC7CE");
  expect(painted["6,2"]).toBe("#FFEB9C");
  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText(/^已清除 \d+ 个单元格的标记。$/).waitFor();
  expect(await fills(page, "项目表")).toEqual(before);
});

test("computing shares on 类别占比 gives the same rows as in Excel, and inserts the summary sheet", async () => {
  const { page } = await sessions.workbench("?host=wps");
  await page.getByTestId("tab-shares").click();
  await choose(page, page.getByRole("combobox", { name: "工作表" }), "类别占比");
  const compute = page.getByTestId("compute-shares");
  await compute.and(page.locator(":enabled")).waitFor();
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
  expect(rows[0]).toEqual(["房屋建设", "280", "268.49", "47.4%"]);
  expect(rows).toHaveLength(7);
  expect((await page.getByTestId("share-total").innerText()).split(/\s+/)).toEqual([
    "合计",
    "1,847",
    "566.75",
    "100.0%",
  ]);
  await page.getByRole("button", { name: "插入汇总表和图表" }).click();
  await eventually(async () => expect(await activeSheetTab(page)).toMatch(/^类别占比 \(2\)$/));
  expect(await gridText(page, "A1")).toBe("项目类别");
});
