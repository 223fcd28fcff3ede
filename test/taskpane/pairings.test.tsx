/** @jest-environment jsdom */
/**
 * 对口关系 Pairings tab: browse the official tables with a search that knows the
 * aliases, check a selected two-column range of pairs, insert a table.
 */
import { freeSheetName } from "../../src/excel/write";
import { programmeById } from "../../src/core/programmes";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Locale } from "../../src/core/i18n";
import { WorkbookModel } from "../../src/workbench/model";
import {
  addSheet,
  button,
  choose,
  fakeHost,
  openTab,
  removeStandIn,
  renderPane,
  renderWithHost,
  searchBox,
  selectLabelled,
  shown,
} from "../support/pane";

/** The sheet names AID gives a programme's pairing table: named after the programme, cut to Excel's 31 characters. */
const XINJIANG_SHEET = freeSheetName(
  `对口关系表 ${programmeById("xinjiang-2010").title["zh-CN"]}`,
  []
);
const WENCHUAN_SHEET = freeSheetName(
  `对口关系表 ${programmeById("wenchuan-2008").title["zh-CN"]}`,
  []
);
const XINJIANG_SHEET_EN = freeSheetName(`Pairs ${programmeById("xinjiang-2010").title.en}`, []);

afterEach(removeStandIn);

function panelOf(name: string): HTMLElement {
  return screen.getByRole("region", { name });
}

/** Supporter, recipient and group of each listed pair. */
function pairRows(): string[][] {
  return screen
    .queryAllByTestId("pair-row")
    .map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""));
}

async function search(panel: HTMLElement, label: string, text: string): Promise<void> {
  const box = searchBox(label, panel);
  await act(async () => {
    fireEvent.change(box, { target: { value: text } });
  });
}

/** A workbook with a list of pairs on 名单 (header in row 1), the active sheet. */
function pairsWorkbook(): WorkbookModel {
  const model = new WorkbookModel();
  addSheet(model, "名单", [
    ["支援方", "受援方"],
    ["上海", "莎车县"],
    ["浙江", "莎车县"],
    ["深圳", "喀什市"],
    ["浙江", "农一师"],
    ["浙江", "库车县"],
  ]);
  return model;
}

async function openPairings(model: WorkbookModel, locale: Locale) {
  const { strings } = await renderPane(model, locale);
  await openTab("tab-pairings");
  return { strings, panel: panelOf(strings.tabs.pairings) };
}

async function checkSelection(panel: HTMLElement): Promise<HTMLElement[]> {
  await act(async () => {
    fireEvent.click(within(panel).getByTestId("check-selection"));
  });
  await waitFor(() =>
    expect(within(panel).queryAllByTestId("pair-check").length).toBeGreaterThan(0)
  );
  return within(panel).getAllByTestId("pair-check");
}

describe("对口关系: browsing the official tables", () => {
  test("lists the 94 pairs of 对口援疆 (2010) with supporter, recipient and group", async () => {
    const { panel } = await openPairings(pairsWorkbook(), "zh-CN");
    expect(shown(selectLabelled("对口支援方案", panel))).toBe("对口援疆（2010）");
    expect(pairRows()).toHaveLength(94);
    expect(within(panel).getByText("显示 94 / 94 对")).toBeTruthy();
    expect(pairRows()).toContainEqual(["上海市", "莎车县", "喀什地区"]);
  });

  test("searching 喀什 finds the pairs of 喀什地区 and 喀什市, and nothing else", async () => {
    const { strings, panel } = await openPairings(pairsWorkbook(), "zh-CN");
    await search(panel, strings.search, "喀什");
    const rows = pairRows();
    expect(rows).toHaveLength(13);
    for (const [, , group] of rows) expect(group).toBe("喀什地区");
    expect(rows).toContainEqual(["上海市", "莎车县", "喀什地区"]);
    expect(rows).toContainEqual(["深圳市", "喀什市", "喀什地区"]);
    expect(rows.filter((r) => r[0] === "山东省")).toHaveLength(4);
    expect(within(panel).getByText("显示 13 / 94 对")).toBeTruthy();
  });

  test("searching 农一师 (an old short name) finds 浙江's pair with the 第一师", async () => {
    const { strings, panel } = await openPairings(pairsWorkbook(), "zh-CN");
    await search(panel, strings.search, "农一师");
    expect(pairRows()).toEqual([["浙江省", "新疆生产建设兵团第一师", "阿克苏地区"]]);
  });

  test("searching 浙江 finds every recipient 浙江 supports", async () => {
    const { strings, panel } = await openPairings(pairsWorkbook(), "zh-CN");
    await search(panel, strings.search, "浙江");
    const rows = pairRows();
    expect(rows).toHaveLength(10);
    for (const [supporter] of rows) expect(supporter).toBe("浙江省");
    expect(rows.map((r) => r[1])).toEqual(
      expect.arrayContaining(["阿克苏市", "库车市", "新疆生产建设兵团第一师"])
    );
    // Clearing the search shows the whole table again.
    await search(panel, strings.search, "");
    expect(pairRows()).toHaveLength(94);
  });

  test("another programme can be browsed: 汶川 shows 广东省 with 汶川县", async () => {
    const { strings, panel } = await openPairings(pairsWorkbook(), "zh-CN");
    await choose(strings.programme, "汶川灾后重建（2008）", panel);
    expect(pairRows().length).toBeGreaterThan(0);
    expect(pairRows().length).not.toBe(94);
    await search(panel, strings.search, "汶川");
    expect(pairRows().map((r) => [r[0], r[1]])).toEqual([["广东省", "汶川县"]]);
  });
});

describe("对口关系: a search that finds nothing here", () => {
  test("a typo suggests the nearest names (是否要找：阿克陶县); choosing one searches for it", async () => {
    const { strings, panel } = await openPairings(pairsWorkbook(), "zh-CN");
    await search(panel, strings.search, "阿克淘县");
    expect(pairRows()).toEqual([]);
    const hint = within(panel).getByTestId("pair-suggestions");
    expect(hint.textContent).toMatch(/^是否要找：阿克陶县/);
    await act(async () => {
      fireEvent.click(button("阿克陶县", hint));
    });
    expect(within(panel).getByRole<HTMLInputElement>("searchbox").value).toBe("阿克陶县");
    expect(pairRows().map((r) => r[1])).toEqual(["阿克陶县"]);
    expect(within(panel).queryByTestId("pair-suggestions")).toBeNull();
  });

  test("a name of another programme says which (汶川县 在 汶川灾后重建（2008） 中) and 查看 switches to it", async () => {
    const { strings, panel } = await openPairings(pairsWorkbook(), "zh-CN");
    await search(panel, strings.search, "汶川县");
    expect(pairRows()).toEqual([]);
    const hint = within(panel).getByTestId("pair-elsewhere");
    expect(hint.textContent).toContain("汶川县 在 汶川灾后重建（2008） 中");
    await act(async () => {
      fireEvent.click(button("查看汶川灾后重建（2008）", hint));
    });
    expect(shown(selectLabelled(strings.programme, panel))).toBe("汶川灾后重建（2008）");
    expect(pairRows().map((r) => [r[0], r[1]])).toEqual([["广东省", "汶川县"]]);
    expect(within(panel).queryByTestId("pair-elsewhere")).toBeNull();
  });

  test("in English the hints are English around the official names", async () => {
    const { strings, panel } = await openPairings(pairsWorkbook(), "en");
    await search(panel, strings.search, "阿克淘县");
    expect(within(panel).getByTestId("pair-suggestions").textContent).toMatch(
      /^Did you mean: 阿克陶县/
    );
    await search(panel, strings.search, "汶川县");
    expect(within(panel).getByTestId("pair-elsewhere").textContent).toContain(
      "汶川县 is in Wenchuan rebuilding (2008)"
    );
  });
});

describe("对口关系: checking a selected range", () => {
  test("each selected pair is checked; a wrong pair is flagged naming the official supporter", async () => {
    const model = pairsWorkbook();
    // The user selects A2:B4 on 名单.
    model.selection = { sheet: "名单", row: 1, column: 0, rows: 3, columns: 2 };
    const { panel } = await openPairings(model, "zh-CN");
    const lines = await checkSelection(panel);
    expect(lines.map((l) => l.getAttribute("data-ok"))).toEqual(["true", "false", "true"]);
    expect(lines[0].textContent).toContain("A2");
    expect(lines[1].textContent).toContain("A3");
    expect(lines[1].textContent).toContain("浙江省");
    expect(lines[1].textContent).toContain("莎车县");
    expect(lines[1].textContent).toContain("对口支援方为上海市");
    expect(lines[2].textContent).toContain("A4");
  });

  test("each line says paired, not paired, ambiguous or not checked in words and by icon, not by colour alone", async () => {
    const model = new WorkbookModel();
    addSheet(model, "名单", [
      ["支援方", "受援方"],
      ["上海", "莎车县"],
      ["浙江", "莎车县"],
      ["上海", "喀什"],
      ["上海", "不存在县"],
    ]);
    model.selection = { sheet: "名单", row: 1, column: 0, rows: 4, columns: 2 };
    const { panel } = await openPairings(model, "zh-CN");
    const lines = await checkSelection(panel);
    expect(lines.map((l) => l.getAttribute("data-status"))).toEqual([
      "paired",
      "not-paired",
      "ambiguous",
      "unchecked",
    ]);
    const words = ["对口", "非对口", "存疑", "无法核对"];
    lines.forEach((line, i) => {
      expect(line.textContent?.startsWith(words[i])).toBe(true);
      // One icon per line, hidden from screen readers since the word says the same.
      const icons = line.querySelectorAll("svg");
      expect(icons).toHaveLength(1);
      expect(icons[0].getAttribute("aria-hidden")).toBe("true");
    });
    // The four icons differ: each result has its own shape.
    const shapes = lines.map((l) => l.querySelector("svg path")?.getAttribute("d"));
    expect(new Set(shapes).size).toBe(4);
    // An ambiguous name is a doubt, not an error.
    expect(lines[2].textContent).not.toContain("错误");
  });

  test("in English the wrong pair is explained in English, naming the official supporter", async () => {
    const model = pairsWorkbook();
    model.selection = { sheet: "名单", row: 1, column: 0, rows: 3, columns: 2 };
    const { panel } = await openPairings(model, "en");
    const lines = await checkSelection(panel);
    expect(lines.map((l) => l.getAttribute("data-ok"))).toEqual(["true", "false", "true"]);
    expect(lines[1].textContent).toContain("莎车县 is supported by 上海市");
    expect(lines[0].textContent).toContain("official pair");
  });

  test("in English the results use English punctuation throughout", async () => {
    const model = pairsWorkbook();
    model.selection = { sheet: "名单", row: 1, column: 0, rows: 3, columns: 2 };
    const { panel } = await openPairings(model, "en");
    const lines = await checkSelection(panel);
    for (const line of lines) expect(line.textContent).not.toMatch(/[：，；（）「」、。]/);
  });

  test("names are read through their aliases: 浙江 with 农一师 and with 库车县 (now 库车市) are official pairs", async () => {
    const model = pairsWorkbook();
    // Rows 5 and 6 of 名单.
    model.selection = { sheet: "名单", row: 4, column: 0, rows: 2, columns: 2 };
    const { panel } = await openPairings(model, "zh-CN");
    const lines = await checkSelection(panel);
    expect(lines.map((l) => l.getAttribute("data-ok"))).toEqual(["true", "true"]);
    expect(lines[0].textContent).toContain("A5");
    expect(lines[1].textContent).toContain("A6");
  });

  test("the programme chosen above is the one the pairs are checked against", async () => {
    const model = pairsWorkbook();
    model.selection = { sheet: "名单", row: 1, column: 0, rows: 1, columns: 2 };
    const { strings, panel } = await openPairings(model, "zh-CN");
    expect((await checkSelection(panel)).map((l) => l.getAttribute("data-ok"))).toEqual(["true"]);
    await choose(strings.programme, "汶川灾后重建（2008）", panel);
    expect((await checkSelection(panel)).map((l) => l.getAttribute("data-ok"))).toEqual(["false"]);
  });

  test("an empty selection says so and how to select", async () => {
    const model = pairsWorkbook();
    // A selection outside the used range.
    model.selection = { sheet: "名单", row: 20, column: 5, rows: 3, columns: 2 };
    const { strings, panel } = await openPairings(model, "zh-CN");
    await act(async () => {
      fireEvent.click(within(panel).getByTestId("check-selection"));
    });
    const notice = await within(panel).findByText((_content, el) =>
      Boolean(el?.textContent?.startsWith(strings.selectionEmpty) && el.children.length === 0)
    );
    expect(notice.textContent).toContain(strings.selectionHint);
    expect(within(panel).queryAllByTestId("pair-check")).toHaveLength(0);
  });

  test("a host error while reading the selection shows a message", async () => {
    const { host } = fakeHost("名单", [["支援方", "受援方"]], {
      readSelection: jest.fn(async () => {
        throw new Error("无法读取选区");
      }),
    });
    const strings = renderWithHost(host, "zh-CN");
    await openTab("tab-pairings");
    const panel = panelOf(strings.tabs.pairings);
    await act(async () => {
      fireEvent.click(within(panel).getByTestId("check-selection"));
    });
    expect(await within(panel).findByText(strings.failed("无法读取选区"))).toBeTruthy();
  });
});

describe("对口关系: inserting a table", () => {
  test("inserts the chosen programme's official table into a new sheet", async () => {
    const model = pairsWorkbook();
    const list = JSON.stringify(model.sheet("名单")?.values);
    const { strings, panel } = await openPairings(model, "zh-CN");
    await act(async () => {
      fireEvent.click(button(strings.insertTable, panel));
    });
    expect(
      await within(panel).findByText(`对口关系表已写入工作表「${XINJIANG_SHEET}」。`)
    ).toBeTruthy();
    const sheet = model.sheet(XINJIANG_SHEET);
    expect(sheet).toBeDefined();
    if (!sheet) return;
    expect(sheet.values[0]).toEqual(["序号", "支援方", "受援方", "所属", "原文"]);
    expect(sheet.values).toHaveLength(95);
    expect(sheet.values.slice(1).map((r) => `${r[1]}/${r[2]}`)).toContain("上海市/莎车县");
    expect(sheet.tables).toEqual([
      expect.objectContaining({ row: 0, column: 0, rows: 95, columns: 5 }),
    ]);

    await choose(strings.programme, "汶川灾后重建（2008）", panel);
    await act(async () => {
      fireEvent.click(button(strings.insertTable, panel));
    });
    expect(
      await within(panel).findByText(`对口关系表已写入工作表「${WENCHUAN_SHEET}」。`)
    ).toBeTruthy();
    const wenchuan = model.sheet(WENCHUAN_SHEET);
    expect(wenchuan?.values.slice(1).map((r) => `${r[1]}/${r[2]}`)).toContain("广东省/汶川县");
    expect(JSON.stringify(model.sheet("名单")?.values)).toBe(list);
  });

  test("in English the sheet and its headings are English", async () => {
    const model = pairsWorkbook();
    const { strings, panel } = await openPairings(model, "en");
    await act(async () => {
      fireEvent.click(button(strings.insertTable, panel));
    });
    expect(
      await within(panel).findByText(`The pairing table is on sheet "${XINJIANG_SHEET_EN}".`)
    ).toBeTruthy();
    expect(model.sheet(XINJIANG_SHEET_EN)?.values[0]).toEqual([
      "No.",
      "Supporter",
      "Recipient",
      "Under",
      "Source text",
    ]);
  });

  test("a host error while inserting shows a message", async () => {
    const { host } = fakeHost("名单", [["支援方", "受援方"]], {
      insertPairingTable: jest.fn(async () => {
        throw new Error("工作簿受保护");
      }),
    });
    const strings = renderWithHost(host, "zh-CN");
    await openTab("tab-pairings");
    const panel = panelOf(strings.tabs.pairings);
    await act(async () => {
      fireEvent.click(button(strings.insertTable, panel));
    });
    expect(await within(panel).findByText(strings.failed("工作簿受保护"))).toBeTruthy();
  });
});
