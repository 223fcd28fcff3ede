/** @jest-environment jsdom */
/**
 * The Validate tab's findings list: stepping through findings as Excel's Error
 * Checking does, ignoring findings for the session, long lists grouped by rule,
 * the badges, the table summary in words and the highlight legend.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HIGHLIGHT_COLORS } from "../../src/excel/highlight";
import { LIST_STRINGS } from "../../src/taskpane/list-strings";
import { WorkbookModel } from "../../src/workbench/model";
import {
  addSheet,
  button,
  buttons,
  cellPosition,
  findingCard,
  loadExample,
  removeStandIn,
  renderPane,
  renderWithHost,
  ruleCells,
  runValidation,
  selectLabelled,
  shownFindings,
  spyHost,
} from "../support/pane";

afterEach(removeStandIn);

/** The cells of the cards marked current. */
function currentCells(): string[] {
  return screen
    .queryAllByTestId("finding")
    .filter((el) => el.getAttribute("aria-current") === "true")
    .map((el) => el.getAttribute("data-cell") ?? "");
}

/** Press a button and let the pane's reads and the selection settle. */
async function press(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element);
  });
}

/** A 对口援疆 sheet with `negatives` rows of negative arrived funds and one pair that is not official. */
function manyFindingsSheet(model: WorkbookModel, negatives: number): void {
  const rows: (string | number)[][] = [
    ["支援方", "受援方", "项目名称", "计划资金(万元)", "已到位资金(万元)"],
  ];
  for (let i = 0; i < negatives; i++) rows.push(["上海", "莎车县", `莎车县工程${i + 1}`, 100, -5]);
  rows.push(["浙江", "莎车县", "莎车县学校", 100, 50]);
  addSheet(model, "项目表", rows);
}

describe("上一个 / 下一个", () => {
  test("steps through the findings in list order, selecting each cell and marking its card, and wraps", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host, mocks } = spyHost(model);
    renderWithHost(host, "zh-CN");
    await runValidation();
    const order = shownFindings().map((f) => f.cell);
    expect(order).toHaveLength(12);
    const next = button("下一个");
    const previous = button("上一个");
    expect(next.getAttribute("aria-keyshortcuts")).toBe("Alt+ArrowDown");
    expect(next.getAttribute("title")).toContain("Alt+↓");
    expect(previous.getAttribute("aria-keyshortcuts")).toBe("Alt+ArrowUp");
    expect(currentCells()).toEqual([]);

    await press(next);
    await waitFor(() => expect(mocks.selectCell).toHaveBeenLastCalledWith("项目表", order[0]));
    expect(currentCells()).toEqual([order[0]]);
    expect(screen.getByTestId("finding-position").textContent).toBe("第 1 个，共 12 个");

    await press(next);
    await waitFor(() => expect(mocks.selectCell).toHaveBeenLastCalledWith("项目表", order[1]));
    expect(currentCells()).toEqual([order[1]]);

    await press(previous);
    await press(previous);
    // Before the first comes the last, as Error Checking goes round.
    await waitFor(() => expect(mocks.selectCell).toHaveBeenLastCalledWith("项目表", order[11]));
    expect(currentCells()).toEqual([order[11]]);
    await press(next);
    await waitFor(() => expect(mocks.selectCell).toHaveBeenLastCalledWith("项目表", order[0]));
  });

  test("Alt+↓ and Alt+↑ step too, and clicking a card makes it the current one", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    const order = shownFindings().map((f) => f.cell);
    await press(findingCard("G5", "not-a-number"));
    expect(currentCells()).toEqual(["G5"]);
    const after = order[order.indexOf("G5") + 1];
    await act(async () => {
      fireEvent.keyDown(screen.getByTestId("next-finding"), { key: "ArrowDown", altKey: true });
    });
    const { row, column } = cellPosition(after);
    await waitFor(() =>
      expect(model.selection).toEqual({ sheet: "项目表", row, column, rows: 1, columns: 1 })
    );
    expect(currentCells()).toEqual([after]);
    await act(async () => {
      fireEvent.keyDown(screen.getByTestId("next-finding"), { key: "ArrowUp", altKey: true });
    });
    expect(currentCells()).toEqual(["G5"]);
    // Alt+↓ in the rule filter opens its list instead of stepping.
    await act(async () => {
      fireEvent.keyDown(selectLabelled("按规则筛选"), {
        key: "ArrowDown",
        altKey: true,
      });
    });
    expect(currentCells()).toEqual(["G5"]);
  });
});

describe("忽略此项", () => {
  test("hides the finding for the session, counts it, skips it when stepping, and shows it again on request", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    const summary = await runValidation();
    await press(button("忽略此项：B3 的问题"));

    expect(ruleCells()).not.toContain("pairing-mismatch@B3");
    expect(shownFindings()).toHaveLength(11);
    expect(summary.textContent).toContain("8 个错误，3 个警告（已忽略 1 项）");
    expect(screen.getByTestId("errors-badge").textContent).toBe("错误 8");
    expect(
      within(screen.getByRole("region", { name: "错误" })).getByRole("heading").textContent
    ).toBe("错误 (8)");

    // Stepping from the start goes to the first finding still shown.
    await press(button("下一个"));
    expect(currentCells()).toEqual(["C4"]);
    expect(screen.getByTestId("finding-position").textContent).toBe("第 1 个，共 11 个");

    const toggle = button("已忽略 1 项");
    expect(toggle.getAttribute("aria-pressed")).toBe("false");
    await press(toggle);
    expect(toggle.getAttribute("aria-pressed")).toBe("true");
    expect(findingCard("B3", "pairing-mismatch").textContent).toContain("已忽略");
    await press(button("取消忽略 B3 的这个问题"));
    expect(shownFindings()).toHaveLength(12);
    expect(buttons(/已忽略/)).toEqual([]);
    expect(summary.textContent).toContain("9 个错误，3 个警告");
    expect(summary.textContent).not.toContain("已忽略");
  });

  test("stays ignored after validating again, and the report lists ignored findings apart", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    await press(button("忽略此项：E20 的问题"));
    await runValidation();
    await waitFor(() => expect(ruleCells()).not.toContain("unknown-category@E20"));
    expect(button("已忽略 1 项")).toBeTruthy();

    await press(button("写入报告"));
    await screen.findByText(/报告已写入工作表/);
    const report = model.sheets.find((s) => s.tables.length > 0 && s.name !== "项目表");
    expect(report).toBeDefined();
    if (!report) return;
    const table = report.tables[0];
    const rows = report.values.slice(table.row + 1, table.row + table.rows);
    expect(rows.map((r) => r[0])).not.toContain("E20");
    expect(rows).toHaveLength(11);
    const below = report.values.slice(table.row + table.rows).map((r) => r.join("|"));
    expect(below.some((line) => line.includes("已忽略的问题（1 个"))).toBe(true);
    expect(below.some((line) => line.startsWith("E20|"))).toBe(true);
  });
});

describe("a long list", () => {
  test("is grouped by rule with counts, closed, one Tab stop per group, and draws cards only for open groups", async () => {
    const model = new WorkbookModel();
    manyFindingsSheet(model, 30);
    const { mocks, host } = spyHost(model);
    renderWithHost(host, "en");
    await runValidation();

    const groups = screen.getAllByTestId("finding-group");
    expect(groups.map((g) => g.textContent)).toEqual([
      "ErrorNegative value (30)",
      "ErrorNot an official pair (1)",
    ]);
    expect(groups.map((g) => g.getAttribute("aria-expanded"))).toEqual(["false", "false"]);
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    // Closed groups leave one control each in the Tab order: their header.
    expect(buttons(/^Ignore this finding/)).toHaveLength(0);
    expect(
      within(screen.getByRole("region", { name: "Errors" })).getByRole("heading").textContent
    ).toBe("Errors (31)");

    await press(groups[1]);
    expect(groups[1].getAttribute("aria-expanded")).toBe("true");
    expect(ruleCells()).toEqual(["pairing-mismatch@A32"]);

    // Stepping opens the group of the finding it reaches.
    await press(button("Next"));
    await waitFor(() => expect(mocks.selectCell).toHaveBeenLastCalledWith("项目表", "E2"));
    expect(groups[0].getAttribute("aria-expanded")).toBe("true");
    expect(shownFindings()).toHaveLength(31);
    expect(currentCells()).toEqual(["E2"]);
    expect(screen.getByTestId("finding-position").textContent).toBe("1 of 31");

    await press(groups[0]);
    expect(shownFindings()).toHaveLength(1);
  });

  test("up to 20 findings start open", async () => {
    const model = new WorkbookModel();
    manyFindingsSheet(model, 19);
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(
      screen.getAllByTestId("finding-group").map((g) => g.getAttribute("aria-expanded"))
    ).toEqual(["true", "true"]);
    expect(shownFindings()).toHaveLength(20);
  });
});

describe("each card", () => {
  test.each(["zh-CN", "en"] as const)(
    "%s: names the severity in words beside its icon, and the cell once",
    async (locale) => {
      const model = await loadExample("mistakes.xlsx");
      await renderPane(model, locale);
      await runValidation();
      const words = LIST_STRINGS[locale];
      for (const f of shownFindings()) {
        expect(f.text).toContain(words.severity[f.severity as "error" | "warning"]);
        expect(f.text.split(f.cell)).toHaveLength(2);
      }
      const c4 = findingCard("C4", "missing-value");
      expect(c4.querySelector("svg")).not.toBeNull();
    }
  );
});

describe("badges and the table summary", () => {
  test("a clean sheet's zero counts are neutral and read as words", async () => {
    const model = await loadExample("clean.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(screen.getByTestId("errors-badge").textContent).toBe("错误 0");
    expect(screen.getByTestId("errors-badge").getAttribute("data-tone")).toBe("neutral");
    expect(screen.getByTestId("warnings-badge").getAttribute("data-tone")).toBe("neutral");
  });

  test("counts that are not zero keep their colours", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(screen.getByTestId("errors-badge").getAttribute("data-tone")).toBe("danger");
    expect(screen.getByTestId("warnings-badge").getAttribute("data-tone")).toBe("warning");
  });

  test.each([
    ["zh-CN", "表头在第 1 行，识别出 5 列，共 6 列"],
    ["en", "Header on row 1; 5 of 6 columns recognised"],
  ] as const)("%s: the detected table is described in words", async (locale, text) => {
    const model = new WorkbookModel();
    addSheet(model, "项目表", [
      ["支援方", "受援方", "项目名称", "计划资金(万元)", "已到位资金(万元)", "备注"],
      ["上海", "莎车县", "莎车县安居工程", 1200, 600, "按期"],
    ]);
    await renderPane(model, locale);
    expect(await screen.findByText(text)).toBeTruthy();
  });
});

describe("the highlight legend", () => {
  test.each([
    ["zh-CN", "标出颜色", ["错误", "警告"]],
    ["en", "Highlight colours", ["Error", "Warning"]],
  ] as const)("%s: names both colours beside the Highlight button", async (locale, name, words) => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, locale);
    await runValidation();
    const legend = screen.getByRole("list", { name });
    const items = within(legend)
      .getAllByRole("listitem")
      .filter((li) => li.hasAttribute("data-severity"));
    expect(items.map((li) => li.textContent)).toEqual(words);
    expect(items.map((li) => li.getAttribute("data-color"))).toEqual([
      HIGHLIGHT_COLORS.error,
      HIGHLIGHT_COLORS.warning,
    ]);
    const swatch = items[0].querySelector("span") as HTMLElement;
    expect(swatch.style.backgroundColor).toBe("rgb(255, 199, 206)");
  });
});

test("the Chinese and English list strings have the same keys", () => {
  expect(Object.keys(LIST_STRINGS.en).sort()).toEqual(Object.keys(LIST_STRINGS["zh-CN"]).sort());
});

test("the Chinese list strings use the pane's terms and no English beyond the key names", () => {
  const zh = LIST_STRINGS["zh-CN"];
  const texts = Object.values(zh).flatMap((value): string[] => {
    if (typeof value === "string") return [value];
    if (typeof value === "function") return [(value as (...args: number[]) => string)(3, 7, 9)];
    return Object.values(value as Record<string, string>);
  });
  texts.push(zh.headerSummary(undefined, 0, 9));
  for (const text of texts) {
    expect(text).not.toMatch(/校验|对口支援计划/);
    expect(text.replace(/Alt/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  }
});
