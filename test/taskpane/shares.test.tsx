/** @jest-environment jsdom */
/**
 * 类别占比 Shares tab: category, amount and count columns (detected, changeable),
 * count, amount and share per category with the total, the check of a stated
 * total, and the summary sheet with a chart.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { WorkbookModel } from "../../src/workbench/model";
import {
  activate,
  addSheet,
  button,
  choose,
  fakeHost,
  loadExample,
  openTab,
  removeStandIn,
  renderPane,
  renderWithHost,
  selectLabelled,
  shown,
  snapshot,
} from "../support/pane";

afterEach(removeStandIn);

/** The seed's own category table (篇9), as examples/published-tables.xlsx holds it on 规划项目类别. */
// The seed gives 地州统筹和预留资金 funds but no project count: the pane shows no count ("—"), not zero projects.
const SEED_LINES = [
  // category, count, amount, share of the rows' sum 566.75
  ["房屋建设", "280", "268.49", "47.4%"],
  ["社会发展", "744", "138.09", "24.4%"],
  ["产业发展", "331", "84.5", "14.9%"],
  ["人才培训", "144", "19.14", "3.4%"],
  ["基层阵地建设", "235", "10.23", "1.8%"],
  ["其它", "113", "14.3", "2.5%"],
  ["地州统筹和预留资金", "—", "32", "5.6%"],
];

function sharesPanel(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

function shareRows(): string[][] {
  return screen
    .queryAllByTestId("share-row")
    .map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""));
}

function totalRow(): string[] {
  return [...screen.getByTestId("share-total").querySelectorAll("td")].map(
    (cell) => cell.textContent ?? ""
  );
}

async function compute(): Promise<void> {
  const button = screen.getByTestId("compute-shares") as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(button.disabled).toBe(false));
}

/** Open the Shares tab on examples/published-tables.xlsx and pick the sheet 规划项目类别. */
async function openSeedCategories(locale: "zh-CN" | "en") {
  const model = await loadExample("published-tables.xlsx");
  const { strings } = await renderPane(model, locale);
  await openTab("tab-shares");
  const panel = sharesPanel(strings.tabs.shares);
  await choose(strings.sheet, "规划项目类别", panel);
  await waitFor(() => expect(shown(selectLabelled(strings.categoryColumn, panel))).not.toBe(""));
  return { model, strings, panel };
}

describe("类别占比 on the seed's category table", () => {
  test("detects the category, amount and count columns", async () => {
    const { strings, panel } = await openSeedCategories("zh-CN");
    const column = (label: string) => shown(selectLabelled(label, panel));
    expect(column(strings.categoryColumn)).toBe("A 项目类别");
    expect(column(strings.amountColumn)).toBe("C 援助资金(亿元)");
    expect(column(strings.countColumn)).toBe("B 项目数(个)");
  });

  test("computes count, amount and share per category with the total, and flags the stated 562.78", async () => {
    const { panel } = await openSeedCategories("zh-CN");
    await compute();
    expect(totalRow()).toEqual(["合计", "1,847", "566.75", "100.0%"]);
    expect(within(panel).getByRole("columnheader", { name: /金额/ }).textContent).toContain("亿元");
    // The stated 合计 (562.78) is not the sum of the rows (566.75): said as the validator says it.
    const notice = within(panel).getByRole("status");
    expect(notice.textContent).toContain("C10");
    expect(notice.textContent).toContain("562.78");
    expect(notice.textContent).toContain("566.75");
    // One row per category: the note under the table (来源：…) is not a category.
    expect(shareRows()).toEqual(SEED_LINES);
  });

  test("in English: the same figures under English headings, and the stated total flagged in English", async () => {
    const { panel } = await openSeedCategories("en");
    await compute();
    expect(totalRow()).toEqual(["Total", "1,847", "566.75", "100.0%"]);
    const headers = within(panel)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual(["Category", "Projects", "Amount(亿元)", "Share"]);
    const notice = within(panel).getByRole("status").textContent ?? "";
    expect(notice).toContain("562.78");
    expect(notice).toContain("566.75");
    expect(notice).not.toMatch(/[\u4e00-\u9fff]/);
    expect(shareRows()).toEqual(SEED_LINES);
  });

  test("the count column can be set to count rows instead", async () => {
    const { strings, panel } = await openSeedCategories("zh-CN");
    await choose(strings.countColumn, strings.countRows, panel);
    expect(shown(selectLabelled(strings.countColumn, panel))).toBe(strings.countRows);
    await compute();
    // Each category is one row of the table.
    expect(totalRow()[1]).toBe("7");
    expect(shareRows().map((r) => [r[0], r[1]])).toEqual(SEED_LINES.map((l) => [l[0], "1"]));
  });

  test("the amount column can be changed", async () => {
    const { strings, panel } = await openSeedCategories("zh-CN");
    await choose(strings.amountColumn, "B 项目数(个)", panel);
    expect(shown(selectLabelled(strings.amountColumn, panel))).toBe("B 项目数(个)");
    await compute();
    // Shares of the project counts: 280 of 1847 is 15.2%.
    expect(shareRows()[0]).toEqual(["房屋建设", "280", "280", "15.2%"]);
    expect(totalRow()).toEqual(["合计", "1,847", "1,847", "100.0%"]);
  });

  test("Insert writes the summary to a new sheet as a table with a pie chart", async () => {
    const { model } = await openSeedCategories("zh-CN");
    await compute();
    await act(async () => {
      fireEvent.click(button("插入汇总表和图表"));
    });
    expect(await screen.findByText("汇总已写入工作表「类别占比」。")).toBeTruthy();
    const sheet = model.sheet("类别占比");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].type).toBe("Pie");
    expect(sheet.charts[0].title).not.toBe("");
    expect(sheet.tables).toHaveLength(1);
    // The pane's column order: category, projects, amount, share.
    expect(sheet.values[0]).toEqual(["项目类别", "项目数", "金额(亿元)", "占比"]);
    expect(sheet.values[1][2]).toBe(268.49);
    expect(Number(sheet.values[1][3])).toBeCloseTo(268.49 / 566.75, 6);
    expect(sheet.values[1][1]).toBe(280);
    // Seven categories, then the total; the table and the chart cover the seven.
    expect(sheet.values.slice(1, 8).map((r) => r[0])).toEqual(SEED_LINES.map((l) => l[0]));
    expect(sheet.values[8][0]).toBe("合计");
    expect(Number(sheet.values[8][2])).toBeCloseTo(566.75, 6);
    expect(sheet.values[8][1]).toBe(1847);
    expect(sheet.tables[0]).toMatchObject({ row: 0, column: 0, rows: 8, columns: 4 });
    expect(sheet.charts[0].source).toContain("C1:C8");
    expect(sheet.charts[0].categories).toContain("A2:A8");
    // The user's sheet is as it was: the stated total is still 562.78.
    expect(model.sheet("规划项目类别")?.values[9].slice(0, 3)).toEqual(["合计", 1847, 562.78]);
  });
});

describe("类别占比 on other sheets", () => {
  test("on a project list the amounts are summed per category and the rows counted", async () => {
    const model = await loadExample("clean.xlsx");
    const before = snapshot(model);
    const { strings } = await renderPane(model, "zh-CN");
    await openTab("tab-shares");
    const panel = sharesPanel(strings.tabs.shares);
    await waitFor(() =>
      expect(shown(selectLabelled(strings.categoryColumn, panel))).toBe("E 项目类别")
    );
    expect(shown(selectLabelled(strings.amountColumn, panel))).toBe("G 计划资金(万元)");
    expect(shown(selectLabelled(strings.countColumn, panel))).toBe(strings.countRows);
    await compute();
    const rows = Object.fromEntries(shareRows().map((r) => [r[0], r.slice(1)]));
    // 房屋建设: 莎车县 12000, 疏附县 9800, 和田市 10000, 库车县 6800, 霍城县 4100, 昌吉市 7200.
    expect(rows["房屋建设"]).toEqual(["6", "49,900", expect.stringMatching(/%$/)]);
    // 其他 and 其它 are one category.
    expect(Object.keys(rows).filter((c) => c.startsWith("其"))).toHaveLength(1);
    expect(totalRow()[1]).toBe("24");
    expect(snapshot(model)).toEqual(before);
  });

  test.each(["zh-CN", "en"] as const)(
    "amounts that cannot be read (待定, #N/A) are named by cell under the table (%s)",
    async (locale) => {
      const model = new WorkbookModel();
      addSheet(model, "项目表", [
        ["项目名称", "项目类别", "计划资金(万元)"],
        ["安居房一期", "房屋建设", 100],
        ["安居房二期", "房屋建设", "待定"],
        ["双语学校", "社会发展", "#N/A"],
        ["温室大棚", "产业发展", 50],
      ]);
      await renderPane(model, locale);
      await openTab("tab-shares");
      await compute();
      await waitFor(() => expect(totalRow()[1]).toBe("4"));
      const note = await screen.findByTestId("shares-unreadable");
      expect(note.textContent).toContain("C3");
      expect(note.textContent).toContain("C4");
      expect(note.textContent).toContain("待定");
      expect(note.textContent).toMatch(locale === "en" ? /[A-Za-z]/ : /[\u4e00-\u9fff]/);
    }
  );

  test("a sheet without a category column asks for one; picking a column then computes", async () => {
    const model = await loadExample("clean.xlsx");
    activate(model, "进度汇总");
    const { strings } = await renderPane(model, "zh-CN");
    await openTab("tab-shares");
    const panel = sharesPanel(strings.tabs.shares);
    await compute();
    expect(await within(panel).findByText("请选择类别所在列。")).toBeTruthy();
    expect(screen.queryAllByTestId("share-row")).toHaveLength(0);

    await choose(strings.categoryColumn, "B 受援方", panel);
    await compute();
    expect(shareRows()).toHaveLength(12);
    expect(totalRow()[0]).toBe("合计");
  });

  test("Insert on a workbook that already has a 类别占比 sheet adds 类别占比 (2)", async () => {
    const model = await loadExample("mistakes.xlsx");
    const own = JSON.stringify(model.sheet("类别占比")?.values);
    const { strings } = await renderPane(model, "zh-CN");
    await openTab("tab-shares");
    const panel = sharesPanel(strings.tabs.shares);
    await choose(strings.sheet, "类别占比", panel);
    await compute();
    expect(shareRows()).toHaveLength(7);
    await act(async () => {
      fireEvent.click(button(strings.insertShares, panel));
    });
    expect(await within(panel).findByText("汇总已写入工作表「类别占比 (2)」。")).toBeTruthy();
    expect(model.sheet("类别占比 (2)")?.charts).toHaveLength(1);
    expect(JSON.stringify(model.sheet("类别占比")?.values)).toBe(own);
  });

  test("host errors show a message: reading fails, inserting fails", async () => {
    const rows = [
      ["项目类别", "项目数(个)", "援助资金(亿元)"],
      ["房屋建设", 2, 10],
      ["社会发展", 1, 5],
    ];
    const { host, mocks } = fakeHost("类别", rows, {
      insertShares: jest.fn(async () => {
        throw new Error("工作簿是只读的");
      }),
    });
    const strings = renderWithHost(host, "zh-CN");
    await openTab("tab-shares");
    const panel = sharesPanel(strings.tabs.shares);
    await compute();
    expect(shareRows()).toEqual([
      ["房屋建设", "2", "10", "66.7%"],
      ["社会发展", "1", "5", "33.3%"],
    ]);
    await act(async () => {
      fireEvent.click(button(strings.insertShares, panel));
    });
    expect(await within(panel).findByText(strings.failed("工作簿是只读的"))).toBeTruthy();

    mocks.readSheet.mockImplementation(async () => {
      throw new Error("读取超时");
    });
    await compute();
    expect(await within(panel).findByText(strings.failed("读取超时"))).toBeTruthy();
  });

  test("a category list built by hand: 房建 counts as 房屋建设, and Insert writes exactly its summary and chart", async () => {
    const model = new WorkbookModel();
    addSheet(model, "明细", [
      ["项目名称", "项目类别", "计划资金(万元)"],
      ["甲", "房建", 300],
      ["乙", "房屋建设", 100],
      ["丙", "人才培训", 100],
    ]);
    const { strings } = await renderPane(model, "zh-CN");
    await openTab("tab-shares");
    await waitFor(() =>
      expect(
        shown(
          within(sharesPanel(strings.tabs.shares)).getByRole("combobox", {
            name: strings.categoryColumn,
          })
        )
      ).toBe("B 项目类别")
    );
    await compute();
    // 房建 is read as 房屋建设.
    expect(shareRows()).toEqual([
      ["房屋建设", "2", "400", "80.0%"],
      ["人才培训", "1", "100", "20.0%"],
    ]);
    expect(totalRow()).toEqual(["合计", "3", "500", "100.0%"]);

    await act(async () => {
      fireEvent.click(button(strings.insertShares));
    });
    expect(await screen.findByText("汇总已写入工作表「类别占比」。")).toBeTruthy();
    const sheet = model.sheet("类别占比");
    expect(sheet?.values).toEqual([
      ["项目类别", "项目数", "金额(万元)", "占比"],
      ["房屋建设", 2, 400, 0.8],
      ["人才培训", 1, 100, 0.2],
      ["合计", 3, 500, 1],
    ]);
    expect(sheet?.tables).toEqual([
      expect.objectContaining({ row: 0, column: 0, rows: 3, columns: 4 }),
    ]);
    expect(sheet?.charts).toEqual([
      // The pie's values are the amounts, its slices labelled with the categories.
      expect.objectContaining({
        type: "Pie",
        source: "'类别占比'!C1:C3",
        categories: "'类别占比'!A2:A3",
      }),
    ]);
  });
});
