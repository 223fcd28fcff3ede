/** @jest-environment jsdom */
/**
 * 核对 Validate tab: the pane over the real src/excel host and the in-memory
 * Excel stand-in, driven as a finance officer would drive it.
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../src/core/cells";
import { messages } from "../../src/core/i18n";
import type { RuleId } from "../../src/core/validate";
import { excelHost, type ExcelHost } from "../../src/excel";
import { WorkbookModel } from "../../src/workbench/model";
import {
  activate,
  addSheet,
  button,
  buttons,
  cellPosition,
  choose,
  deferred,
  findingCard,
  loadExample,
  openTab,
  removeStandIn,
  renderPane,
  renderWithHost,
  ruleCells,
  runValidation,
  selectLabelled,
  shown,
  shownFindings,
  snapshot,
  spinButton,
  spyHost,
  useStandIn,
  validateButton,
  waitForValidateReady,
} from "../support/pane";

afterEach(removeStandIn);

/** The mistakes planted on 项目表 of examples/mistakes.xlsx (scripts/make-examples.mjs), one of each. */
const PROJECT_SHEET_MISTAKES: Record<string, "error" | "warning"> = {
  "pairing-mismatch@B3": "error",
  "missing-value@C4": "error",
  "not-a-number@G5": "error",
  "negative-value@H6": "error",
  "ambiguous-place@C7": "warning",
  "exceeds-planned@H7": "error",
  "rate-mismatch@I9": "error",
  "duplicate-row@D11": "warning",
  "unknown-place@C13": "error",
  "unknown-category@E20": "warning",
  "cell-error@G24": "error",
  "total-mismatch@G28": "error",
};

const RULE_TITLES = {
  "zh-CN": {
    "pairing-mismatch": "非对口关系",
    "unknown-category": "未知类别",
    "total-mismatch": "合计不符",
  },
  en: {
    "pairing-mismatch": "Not an official pair",
    "unknown-category": "Unknown category",
    "total-mismatch": "Total mismatch",
  },
} as const;

/** A small project list whose every pair is an official 对口援疆 pair. */
function xinjiangPairsSheet(model: WorkbookModel): void {
  addSheet(model, "项目表", [
    ["支援方", "受援方", "项目名称", "计划资金(万元)", "已到位资金(万元)"],
    ["上海", "莎车县", "莎车县安居工程", 1200, 600],
    ["深圳", "喀什市", "喀什市道路工程", 800, 400],
    ["浙江", "阿克苏市", "阿克苏市学校", 500, 250],
  ]);
}

describe("核对 on examples/mistakes.xlsx (项目表 active)", () => {
  test("shows the detected table: header row 2 and each column's role, each in a labelled dropdown", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { strings } = await renderPane(model, "zh-CN");
    const header = spinButton(strings.headerRow);
    expect(header.value).toBe("2");
    const roleOf = (label: string) => shown(selectLabelled(label));
    expect(roleOf("A 列「序号」")).toBe("（不核对）");
    expect(roleOf("B 列「支援方」")).toBe("支援方");
    expect(roleOf("C 列「受援方」")).toBe("受援方");
    expect(roleOf("E 列「项目类别」")).toBe("项目类别");
    expect(roleOf("G 列「计划资金(万元)」")).toBe("计划资金");
    expect(roleOf("H 列「已到位资金(万元)」")).toBe("到位资金");
    expect(roleOf("I 列「到位率」")).toBe("到位率");
  });

  test("finds every planted mistake, grouped by severity with counts, each with cell, rule and Chinese message", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { strings } = await renderPane(model, "zh-CN");
    const summary = await runValidation();

    expect(ruleCells()).toEqual(Object.keys(PROJECT_SHEET_MISTAKES).sort());
    for (const f of shownFindings())
      expect({ finding: `${f.rule}@${f.cell}`, severity: f.severity }).toEqual({
        finding: `${f.rule}@${f.cell}`,
        severity: PROJECT_SHEET_MISTAKES[`${f.rule}@${f.cell}`],
      });

    expect(summary.textContent).toContain("9 个错误，3 个警告");
    const errors = screen.getByRole("region", { name: strings.errors });
    const warnings = screen.getByRole("region", { name: strings.warnings });
    expect(within(errors).getByRole("heading").textContent).toBe("错误 (9)");
    expect(within(warnings).getByRole("heading").textContent).toBe("警告 (3)");
    const severities = (group: HTMLElement) =>
      within(group)
        .getAllByTestId("finding")
        .map((el) => el.getAttribute("data-severity"));
    expect(severities(errors)).toEqual(Array(9).fill("error"));
    expect(severities(warnings)).toEqual(Array(3).fill("warning"));

    for (const f of shownFindings()) {
      expect(f.text).toContain(`${f.cell}：`);
      expect(f.text).toMatch(/[\u4e00-\u9fff]/);
    }
    const pairing = findingCard("B3", "pairing-mismatch").textContent ?? "";
    expect(pairing).toContain(RULE_TITLES["zh-CN"]["pairing-mismatch"]);
    expect(pairing).toContain("莎车县的对口支援方为上海市");
    const category = findingCard("E20", "unknown-category").textContent ?? "";
    expect(category).toContain(RULE_TITLES["zh-CN"]["unknown-category"]);
    expect(category).toContain("基础设施建设");
    const total = findingCard("G28", "total-mismatch").textContent ?? "";
    expect(total).toContain(RULE_TITLES["zh-CN"]["total-mismatch"]);
    expect(total).toContain("128800");
    expect(total).toContain("127800");
  });

  test("in English: the same findings, with English rule titles and messages", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { strings } = await renderPane(model, "en");
    const summary = await runValidation();

    expect(ruleCells()).toEqual(Object.keys(PROJECT_SHEET_MISTAKES).sort());
    expect(summary.textContent).toContain("9 errors, 3 warnings");
    expect(
      within(screen.getByRole("region", { name: strings.errors })).getByRole("heading").textContent
    ).toBe("Errors (9)");
    expect(
      within(screen.getByRole("region", { name: strings.warnings })).getByRole("heading")
        .textContent
    ).toBe("Warnings (3)");
    for (const f of shownFindings()) {
      expect(f.severity).toBe(PROJECT_SHEET_MISTAKES[`${f.rule}@${f.cell}`]);
      expect(f.text).toContain(`${f.cell}: `);
      // Place names and typed text stay as written; the rule titles and the words around them are English.
      expect(f.text).not.toMatch(/[：，；（）「」]/);
    }
    const pairing = findingCard("B3", "pairing-mismatch").textContent ?? "";
    expect(pairing).toContain(RULE_TITLES.en["pairing-mismatch"]);
    expect(pairing).toContain("莎车县 is supported by 上海市");
    expect(findingCard("E20", "unknown-category").textContent).toContain(
      RULE_TITLES.en["unknown-category"]
    );
    const total = findingCard("G28", "total-mismatch").textContent ?? "";
    expect(total).toContain(RULE_TITLES.en["total-mismatch"]);
    expect(total).toContain("the rows above add up to 127800");
  });

  test("clicking a finding selects its cell on the sheet in the workbook", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    for (const [cell, rule] of [
      ["E20", "unknown-category"],
      ["B3", "pairing-mismatch"],
    ]) {
      await act(async () => {
        fireEvent.click(findingCard(cell, rule));
      });
      const { row, column } = cellPosition(cell);
      await waitFor(() =>
        expect(model.selection).toEqual({ sheet: "项目表", row, column, rows: 1, columns: 1 })
      );
    }
    expect(model.sheets[model.activeSheet].name).toBe("项目表");
  });

  test("opening the pane reads the sheet list and the head of the active sheet once, for all three tabs", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host, mocks } = spyHost(model);
    renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await openTab("tab-shares");
    await openTab("tab-pairings");
    expect(mocks.listSheets).toHaveBeenCalledTimes(1);
    expect(mocks.readHead).toHaveBeenCalledTimes(1);
    expect(mocks.readHead).toHaveBeenCalledWith("项目表", expect.any(Number));
  });

  test("clicking a finding asks the host to select that sheet and cell", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host, mocks } = spyHost(model);
    renderWithHost(host, "zh-CN");
    await runValidation();
    await act(async () => {
      fireEvent.click(findingCard("C13", "unknown-place"));
    });
    expect(mocks.selectCell).toHaveBeenCalledTimes(1);
    expect(mocks.selectCell).toHaveBeenCalledWith("项目表", "C13");
  });

  test("a sheet chosen in the picker is validated instead of the active one, and its findings lead to it", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { strings } = await renderPane(model, "zh-CN");
    await choose(strings.sheet, "进度汇总");
    await runValidation();
    expect(ruleCells()).toEqual(
      [
        "rate-mismatch@E4",
        "exceeds-planned@D6",
        "rate-rounding@H9",
        "total-mismatch@C15",
        "total-rounding@F15",
      ].sort()
    );
    await act(async () => {
      fireEvent.click(findingCard("E4", "rate-mismatch"));
    });
    await waitFor(() =>
      expect(model.selection).toEqual({ sheet: "进度汇总", row: 3, column: 4, rows: 1, columns: 1 })
    );
    expect(model.sheets[model.activeSheet].name).toBe("进度汇总");
  });

  test("Validate only reads: the workbook is unchanged afterwards", async () => {
    const model = await loadExample("mistakes.xlsx");
    const before = snapshot(model);
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(shownFindings().length).toBeGreaterThan(0);
    expect(snapshot(model)).toEqual(before);
    expect(model.sheets.map((s) => s.name)).toEqual(["项目表", "进度汇总", "类别占比"]);
    expect(model.activeSheet).toBe(0);
    expect(model.selection).toBeNull();
  });

  test("the rule filter narrows the list to one rule, and 全部规则 brings every finding back", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { strings } = await renderPane(model, "zh-CN");
    await runValidation();
    expect(shownFindings()).toHaveLength(12);

    await choose(strings.filter, /^非对口关系/);
    expect(ruleCells()).toEqual(["pairing-mismatch@B3"]);
    expect(screen.queryByRole("region", { name: strings.warnings })).toBeNull();

    await choose(strings.filter, /^未知类别/);
    expect(ruleCells()).toEqual(["unknown-category@E20"]);

    await choose(strings.filter, strings.allRules);
    expect(ruleCells()).toEqual(Object.keys(PROJECT_SHEET_MISTAKES).sort());
  });

  test("setting a column to （不核对） stops checking it; the other columns are still checked", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { strings } = await renderPane(model, "zh-CN");
    await choose("E 列「项目类别」", strings.noRole);
    expect(shown(selectLabelled("E 列「项目类别」"))).toBe(strings.noRole);
    await runValidation();
    const expected = Object.keys(PROJECT_SHEET_MISTAKES).filter(
      (rc) => !rc.startsWith("unknown-category")
    );
    expect(ruleCells()).toEqual(expected.sort());
  });

  test("giving a column another role changes what is checked", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    // The project names read as categories: the category role moves from E to D.
    await choose("D 列「项目名称」", "项目类别");
    expect(shown(selectLabelled("E 列「项目类别」"))).toBe("（不核对）");
    await runValidation();
    // Every project name is now an unknown category: a list that long starts with its groups closed.
    for (const group of screen.getAllByTestId("finding-group"))
      if (group.getAttribute("aria-expanded") === "false") fireEvent.click(group);
    const cells = ruleCells();
    expect(cells).not.toContain("unknown-category@E20");
    expect(cells).toContain("unknown-category@D3");
    expect(cells).toContain("pairing-mismatch@B3");
  });
});

describe("核对: setting up a table by hand", () => {
  test("when no header is found, the user names the header row and the columns, and the pairs are then checked", async () => {
    const model = new WorkbookModel();
    addSheet(model, "清单", [
      ["2012年项目清单"],
      ["单位", "地区", "说明"],
      ["上海", "莎车县", "甲"],
      ["浙江", "莎车县", "乙"],
    ]);
    const { strings } = await renderPane(model, "zh-CN");
    expect(screen.getByText(strings.noTable)).toBeTruthy();

    const header = spinButton(strings.headerRow);
    await act(async () => {
      fireEvent.change(header, { target: { value: "2" } });
      fireEvent.blur(header);
    });
    expect((header as HTMLInputElement).value).toBe("2");
    await choose("A 列「单位」", "支援方");
    await choose("B 列「地区」", "受援方");
    await runValidation();
    expect(ruleCells()).toEqual(["pairing-mismatch@A4"]);
    expect(findingCard("A4", "pairing-mismatch").textContent).toContain("上海市");
  });

  test("moving the header row to another row changes what is checked", async () => {
    // Two tables on one sheet: a short one at the top (two roles) and the project list below (five roles).
    const model = new WorkbookModel();
    addSheet(model, "两张表", [
      ["支援方", "受援方"],
      ["浙江", "莎车县"],
      [],
      ["支援方", "受援方", "项目名称", "计划资金(万元)", "已到位资金(万元)"],
      ["上海", "莎车县", "安居工程", 1200, 600],
      ["深圳", "喀什市", "道路工程", 800, 400],
    ]);
    const { strings } = await renderPane(model, "zh-CN");
    const header = spinButton(strings.headerRow);
    expect(header.value).toBe("4");
    await runValidation();
    expect(ruleCells()).toEqual([]);

    await act(async () => {
      fireEvent.change(header, { target: { value: "1" } });
      fireEvent.blur(header);
    });
    expect(header.value).toBe("1");
    await runValidation();
    expect(ruleCells()).toContain("pairing-mismatch@A2");
  });
});

describe("核对: the programme", () => {
  test("is detected from the sheet, and choosing one explicitly changes the pairing findings", async () => {
    const model = new WorkbookModel();
    xinjiangPairsSheet(model);
    const { strings } = await renderPane(model, "zh-CN");
    const summary = await runValidation();
    expect(summary.textContent).toContain(strings.clean);
    expect(shownFindings()).toHaveLength(0);
    expect(shown(selectLabelled(strings.programme))).toBe("自动判断（对口援疆（2010））");

    await choose(strings.programme, "汶川灾后重建（2008）");
    await runValidation();
    expect(ruleCells()).toEqual(
      ["pairing-mismatch@A2", "pairing-mismatch@A3", "pairing-mismatch@A4"].sort()
    );
    expect(findingCard("A2", "pairing-mismatch").textContent).toContain("汶川");

    await choose(strings.programme, /^自动判断/);
    await runValidation();
    expect(shownFindings()).toHaveLength(0);
  });
});

describe("核对: correct and empty sheets", () => {
  test.each(["项目表", "进度汇总", "类别占比"])(
    "examples/clean.xlsx %s shows 没有发现问题 and no findings",
    async (sheet) => {
      const model = await loadExample("clean.xlsx");
      activate(model, sheet);
      const { strings } = await renderPane(model, "zh-CN");
      const summary = await runValidation();
      expect(summary.textContent).toContain(strings.clean);
      expect(strings.clean).toBe("没有发现问题。");
      expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    }
  );

  test("in English a correct sheet shows 'No problems found.'", async () => {
    const model = await loadExample("clean.xlsx");
    await renderPane(model, "en");
    const summary = await runValidation();
    expect(summary.textContent).toContain("No problems found.");
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  test("an empty sheet shows a message saying so", async () => {
    const model = new WorkbookModel();
    model.addSheet("Sheet1");
    const strings = renderWithHost(useStandIn(model), "zh-CN");
    // Wait until the pane has listed the sheet and read it.
    await waitFor(() => expect(shown(selectLabelled(strings.sheet))).toBe("Sheet1"));
    // Press Validate if the pane lets the user; either way the pane must say the sheet is empty.
    await act(async () => {
      fireEvent.click(validateButton());
    });
    const panel = screen.getByRole("region", { name: strings.tabs.validate });
    expect(await within(panel).findByText(strings.emptySheet)).toBeTruthy();
  });

  test("a sheet found empty when read shows the message rather than results", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host } = spyHost(model, {
      readSheet: jest.fn(async () => null),
    });
    const strings = renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await act(async () => {
      fireEvent.click(validateButton());
    });
    expect(await screen.findByText(strings.emptySheet)).toBeTruthy();
    expect(screen.queryByTestId("summary")).toBeNull();
  });
});

describe("核对: report and highlights", () => {
  test("Write report puts the findings on a new sheet 核对报告 (then 核对报告 (2)), linked to their cells", async () => {
    const model = await loadExample("mistakes.xlsx");
    const source = JSON.stringify(model.sheet("项目表")?.values);
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(shownFindings()).toHaveLength(12);

    await act(async () => {
      fireEvent.click(button("写入报告"));
    });
    expect(await screen.findByText("报告已写入工作表「核对报告」。")).toBeTruthy();
    const report = model.sheet("核对报告");
    expect(report).toBeDefined();
    if (!report) return;
    expect(String(report.value(0, 0))).toContain("「项目表」");
    const facts = new Map(report.values.slice(1, 8).map((r) => [r[0], r[1]]));
    expect(facts.get("问题数")).toBe("9 个错误，3 个警告");
    expect(report.tables).toHaveLength(1);
    const table = report.tables[0];
    expect(report.values[table.row]).toEqual([
      "单元格",
      "级别",
      "规则",
      "说明",
      "应为",
      "实为",
      "序号",
      "支援方",
      "受援方",
      "项目名称",
    ]);
    const rows = report.values.slice(table.row + 1, table.row + table.rows);
    const ruleName = messages("zh-CN").rule;
    expect(rows.map((r) => `${r[2]}@${r[0]}`).sort()).toEqual(
      Object.keys(PROJECT_SHEET_MISTAKES)
        .map((key) => {
          const [rule, cell] = key.split("@");
          return `${ruleName[rule as RuleId]}@${cell}`;
        })
        .sort()
    );
    // Each finding's cell is a link to that cell on 项目表.
    rows.forEach((r, i) =>
      expect(report.hyperlinks.get(`${table.row + 1 + i},0`)?.documentReference).toBe(
        `'项目表'!${r[0]}`
      )
    );

    await act(async () => {
      fireEvent.click(button("写入报告"));
    });
    expect(await screen.findByText("报告已写入工作表「核对报告 (2)」。")).toBeTruthy();
    expect(model.sheet("核对报告 (2)")).toBeDefined();
    expect(JSON.stringify(model.sheet("项目表")?.values)).toBe(source);
  });

  test("in English the report sheet is 'Validation report' with English headings", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "en");
    await runValidation();
    await act(async () => {
      fireEvent.click(button("Write report"));
    });
    expect(await screen.findByText('The report is on sheet "Validation report".')).toBeTruthy();
    const en = model.sheet("Validation report");
    expect(en?.values[en.tables[0].row]).toEqual([
      "Cell",
      "Severity",
      "Rule",
      "Message",
      "Expected",
      "Stated",
      "No.",
      "Supporter",
      "Recipient",
      "Project",
    ]);
  });

  test("with a rule filter on, the report is offered for all findings or for the filtered ones only, and says which", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(buttons("写入全部问题")).toEqual([]);
    await choose("按规则筛选", "非对口关系 (1)");
    expect(buttons("写入报告")).toEqual([]);

    const reportRows = (name: string) => {
      const sheet = model.sheet(name);
      if (!sheet) throw new Error(`no ${name}`);
      const table = sheet.tables[0];
      return {
        title: sheet.values
          .slice(0, table.row)
          .map((r) => r.join(""))
          .join("\n"),
        cells: sheet.values.slice(table.row + 1, table.row + table.rows).map((r) => r[0]),
      };
    };
    await act(async () => {
      fireEvent.click(button("只写入筛选出的 1 项"));
    });
    expect(await screen.findByText("报告已写入工作表「核对报告」。")).toBeTruthy();
    const filtered = reportRows("核对报告");
    expect(filtered.cells).toEqual(["B3"]);
    expect(filtered.title).toContain("本报告列出筛选出的 1 个，共 12 个问题");

    await act(async () => {
      fireEvent.click(button("写入全部问题"));
    });
    expect(await screen.findByText("报告已写入工作表「核对报告 (2)」。")).toBeTruthy();
    const all = reportRows("核对报告 (2)");
    expect(all.cells).toHaveLength(12);
    expect(all.title).not.toContain("筛选");
  });

  test("in English, Highlight and Clear say the count, then what became of the comments", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "en");
    await runValidation();
    await act(async () => {
      fireEvent.click(button("Highlight"));
    });
    expect(
      await screen.findByText("Highlighted 13 cells. Added a comment with the problem to 13 cells.")
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(button("Clear highlights"));
    });
    expect(
      await screen.findByText("Cleared 13 highlighted cells. Deleted 13 comments AID had added.")
    ).toBeTruthy();
  });

  test("Highlight marks each finding's cell and the first copy of a duplicate row (errors red, warnings yellow), with a comment on each; Clear removes marks and comments", async () => {
    const model = await loadExample("mistakes.xlsx");
    const values = JSON.stringify(model.sheet("项目表")?.values);
    await renderPane(model, "zh-CN");
    await runValidation();
    const sheet = model.sheet("项目表");
    if (!sheet) throw new Error("no 项目表");
    const fillAt = (cell: string) => {
      const { row, column } = cellPosition(cell);
      return sheet.cellFormats.get(`${row},${column}`)?.fill?.color;
    };
    const filled = () => [...sheet.cellFormats.values()].filter((f) => f.fill).length;
    expect(filled()).toBe(0);

    await act(async () => {
      fireEvent.click(button("标出问题单元格"));
    });
    // Twelve findings, and D10 too: the row D11 repeats is marked as its first copy.
    expect(
      await screen.findByText("已标出 13 个单元格。已在 13 个单元格加了批注，写明问题。")
    ).toBeTruthy();
    for (const [rc, severity] of Object.entries({
      ...PROJECT_SHEET_MISTAKES,
      "duplicate-row@D10": "warning",
    }))
      expect({ cell: rc, fill: fillAt(rc.split("@")[1]) }).toEqual({
        cell: rc,
        fill: severity === "error" ? "#FFC7CE" : "#FFEB9C",
      });
    expect(filled()).toBe(13);

    await act(async () => {
      fireEvent.click(button("清除标记"));
    });
    expect(
      await screen.findByText("已清除 13 个单元格的标记。已删除 AID 加的 13 条批注。")
    ).toBeTruthy();
    expect(filled()).toBe(0);
    expect(JSON.stringify(sheet.values)).toBe(values);
  });
});

describe("核对: a large sheet", () => {
  /** A project list of `rows` correct rows and one wrong pair at the end. */
  function largeSheet(model: WorkbookModel, rows: number): void {
    const grid: CellValue[][] = [
      ["支援方", "受援方", "项目名称", "计划资金(万元)", "已到位资金(万元)"],
    ];
    for (let i = 0; i < rows; i++) grid.push(["上海", "莎车县", `安居工程第${i + 1}期`, 100, 50]);
    grid.push(["浙江", "莎车县", "最后一项", 100, 50]);
    addSheet(model, "项目表", grid);
  }

  test("shows a progress bar with the rows read while the sheet is read, then checks every row", async () => {
    const model = new WorkbookModel();
    largeSheet(model, 1999);
    useStandIn(model);
    const office = (globalThis as unknown as { Excel: typeof Excel }).Excel;
    // Hold the next request to Excel once the first block has been reported, as a slow workbook would.
    let armed = false;
    const gate = deferred<void>();
    (globalThis as Record<string, unknown>).Excel = {
      ...office,
      run: <T,>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        office.run(async (context: Excel.RequestContext) => {
          const sync = context.sync.bind(context);
          context.sync = async <P,>(value?: P) => {
            if (armed) {
              armed = false;
              await gate.promise;
            }
            return sync(value) as Promise<P>;
          };
          return batch(context);
        }),
    };
    const host: ExcelHost = {
      ...excelHost,
      readSheet: (name, onBlock, onProgress) =>
        excelHost.readSheet(name, onBlock, (done, total) => {
          onProgress?.(done, total);
          if (done < total) armed = true;
        }),
    };
    const strings = renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await act(async () => {
      fireEvent.click(validateButton());
    });

    expect(await screen.findByText("已读取 200 / 2,001 行")).toBeTruthy();
    const bar = screen.getByRole("progressbar");
    expect(Number(bar.getAttribute("aria-valuenow"))).toBeCloseTo(200 / 2001, 3);
    expect(validateButton().disabled).toBe(true);
    expect(validateButton().textContent).toBe(strings.validating);
    expect(screen.queryByTestId("summary")).toBeNull();

    await act(async () => {
      gate.resolve();
    });
    await screen.findByTestId("summary");
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(ruleCells()).toEqual(["pairing-mismatch@A2001"]);
  });
});

describe("核对: host errors show a message instead of crashing", () => {
  const rows: CellValue[][] = [
    ["支援方", "受援方", "项目名称", "计划资金(万元)", "已到位资金(万元)"],
    ["浙江", "莎车县", "安居工程", 1200, 600],
  ];

  test("reading the sheet fails: the reason is shown and Validate can be pressed again", async () => {
    const model = new WorkbookModel();
    addSheet(model, "项目表", rows);
    const { host, mocks } = spyHost(model, {
      readSheet: jest.fn(async () => {
        throw new Error("网络连接已断开");
      }),
    });
    const strings = renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await act(async () => {
      fireEvent.click(validateButton());
    });
    expect(await screen.findByText(strings.failed("网络连接已断开"))).toBeTruthy();
    expect(screen.queryByTestId("summary")).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getAllByRole("tab")).toHaveLength(3);
    await waitForValidateReady();
    mocks.readSheet.mockImplementation((...args: Parameters<ExcelHost["readSheet"]>) =>
      excelHost.readSheet(...args)
    );
    await runValidation();
    expect(ruleCells()).toEqual(["pairing-mismatch@A2"]);
  });

  test("reading the head of the sheet fails: the reason is shown", async () => {
    const model = new WorkbookModel();
    addSheet(model, "项目表", rows);
    const { host } = spyHost(model, {
      readHead: jest.fn(async () => {
        throw new Error("工作表已被删除");
      }),
    });
    const strings = renderWithHost(host, "zh-CN");
    expect(await screen.findByText(strings.failed("工作表已被删除"))).toBeTruthy();
  });

  test("listing the sheets fails: the reason is shown on the sheet picker", async () => {
    const model = new WorkbookModel();
    addSheet(model, "项目表", rows);
    const { host } = spyHost(model, {
      listSheets: jest.fn(async () => {
        throw new Error("Excel 没有响应");
      }),
    });
    const strings = renderWithHost(host, "zh-CN");
    const panel = screen.getByRole("region", { name: strings.tabs.validate });
    expect(await within(panel).findByText("Excel 没有响应")).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(3);
  });

  test("writing the report, highlighting and clearing fail: each reason is shown", async () => {
    const model = new WorkbookModel();
    addSheet(model, "项目表", rows);
    const failing = (text: string) =>
      jest.fn(async () => {
        throw new Error(text);
      });
    const { host } = spyHost(model, {
      writeReport: failing("工作表受保护"),
      highlight: failing("无法设置填充色"),
      clearHighlights: failing("设置无法读取"),
      selectCell: failing("无法选择"),
    });
    const strings = renderWithHost(host, "zh-CN");
    await runValidation();
    await act(async () => {
      fireEvent.click(button(strings.writeReport));
    });
    expect(await screen.findByText(strings.failed("工作表受保护"))).toBeTruthy();
    await act(async () => {
      fireEvent.click(button(strings.highlight));
    });
    expect(await screen.findByText(strings.failed("无法设置填充色"))).toBeTruthy();
    await act(async () => {
      fireEvent.click(button(strings.clearHighlights));
    });
    expect(await screen.findByText(strings.failed("设置无法读取"))).toBeTruthy();
    // A failed jump to a cell leaves the findings in place.
    await act(async () => {
      fireEvent.click(findingCard("A2", "pairing-mismatch"));
    });
    expect(ruleCells()).toEqual(["pairing-mismatch@A2"]);
  });
});
