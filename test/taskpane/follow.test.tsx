/** @jest-environment jsdom */
/**
 * The pane follows Excel: it checks the sheet on screen (onActivated), offers
 * neither hidden sheets nor AID's own, names the sheet and programme of every
 * result, and after rows are inserted or values edited (onChanged) or the pane is
 * shown again it reads the table again before anything reaches a cell. Driven on
 * the real src/excel host over the Excel stand-in, as a finance officer would.
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import * as React from "react";
import { excelHost } from "../../src/excel";
import { excelRun } from "../../src/excel/run";
import { addSheet as addSheetInExcel } from "../../src/excel/write";
import { App } from "../../src/taskpane/App";
import { followStrings } from "../../src/taskpane/follow-strings";
import { WorkbookModel } from "../../src/workbench/model";
import {
  activate,
  addSheet,
  button,
  choose,
  findingCard,
  loadExample,
  offered,
  openTab,
  removeStandIn,
  renderPane,
  renderWithHost,
  ruleCells,
  runValidation,
  selectLabelled,
  shown,
  spinButton,
  spyHost,
  useStandIn,
  validateButton,
  waitForValidateReady,
} from "../support/pane";

afterEach(() => {
  removeStandIn();
  delete (globalThis as { Office?: unknown }).Office;
});

const ZH = followStrings("zh-CN");

/** What 进度汇总 of examples/mistakes.xlsx holds (as validate.test.tsx lists it). */
const PROGRESS_FINDINGS = [
  "rate-mismatch@E4",
  "exceeds-planned@D6",
  "rate-rounding@H9",
  "total-mismatch@C15",
  "total-rounding@F15",
].sort();

function sheetPicker(): HTMLElement {
  const panel = screen.getByRole("region", { name: "核对" });
  return selectLabelled("工作表", panel);
}

/** The options the Validate tab's sheet picker offers. */
async function offeredSheets(): Promise<string[]> {
  return offered(sheetPicker());
}

/** Add a sheet the way AID adds its report (src/excel/write.ts addSheet records it as AID's) and show it. */
async function addOwnSheet(base: string): Promise<string> {
  return excelRun(async (context) => {
    const { sheet, name } = await addSheetInExcel(context, base);
    sheet.getRange("A1").values = [["AID"]];
    sheet.activate();
    await context.sync();
    return name;
  });
}

describe("the pane checks the sheet on screen", () => {
  test("switching sheets in Excel moves the pane there: Validate checks that sheet and says so", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    expect(shown(sheetPicker())).toBe("项目表");

    act(() => activate(model, "进度汇总"));
    await waitFor(() => expect(shown(sheetPicker())).toBe("进度汇总"));
    await runValidation();

    expect(ruleCells()).toEqual(PROGRESS_FINDINGS);
    expect(screen.getByTestId("checked-sheet").textContent).toBe(
      ZH.checked("进度汇总", "对口援疆（2010）")
    );
  });

  test("a correct sheet is reported clean under its own name, never another sheet's", async () => {
    const model = await loadExample("clean.xlsx");
    await renderPane(model, "zh-CN");
    act(() => activate(model, "进度汇总"));
    await waitFor(() => expect(shown(sheetPicker())).toBe("进度汇总"));
    const summary = await runValidation();
    expect(summary.textContent).toContain("没有发现问题");
    expect(screen.getByTestId("checked-sheet").textContent).toContain("「进度汇总」");
  });

  test("the results of one sheet are not shown for the next one the user switches to", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(ruleCells()).toContain("pairing-mismatch@B3");
    act(() => activate(model, "进度汇总"));
    await waitFor(() => expect(screen.queryByTestId("summary")).toBeNull());
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  test("hidden and very hidden sheets are not offered", async () => {
    const model = await loadExample("mistakes.xlsx");
    addSheet(model, "底稿", [["支援方", "受援方"]]).visibility = "Hidden";
    addSheet(model, "宏", [["x"]]).visibility = "VeryHidden";
    await renderPane(model, "zh-CN");
    expect(await offeredSheets()).toEqual(["项目表", "进度汇总", "类别占比"]);
  });
});

describe("AID's own sheets are not project sheets", () => {
  test("when AID shows a sheet it added, the pane stays on 项目表 with its results, and never offers that sheet, renamed or not", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    // What Write report does first: add its sheet (recorded as AID's) and show it.
    await act(async () => {
      await addOwnSheet("核对报告");
    });
    await waitFor(() => expect(model.sheets[model.activeSheet].name).toBe("核对报告"));
    expect(shown(sheetPicker())).toBe("项目表");
    expect(ruleCells()).toContain("pairing-mismatch@B3");
    // The user's own 类别占比 is offered; AID's sheet is not, whatever it is called.
    model.sheet("核对报告")!.name = "三月报告";
    act(() => activate(model, "进度汇总"));
    await waitFor(() => expect(shown(sheetPicker())).toBe("进度汇总"));
    act(() => activate(model, "三月报告"));
    expect(await offeredSheets()).toEqual(["项目表", "进度汇总", "类别占比"]);
    expect(shown(sheetPicker())).toBe("进度汇总");
  });

  test("opened on AID's report, the pane says so and checks nothing until a sheet is chosen", async () => {
    const model = await loadExample("mistakes.xlsx");
    useStandIn(model);
    // A report written earlier (say, before the workbook was saved and reopened).
    await addOwnSheet("核对报告");
    expect(model.sheets[model.activeSheet].name).toBe("核对报告");

    const { host } = spyHost(model);
    render(<App host={host} locale="zh-CN" />);
    const notes = await screen.findAllByTestId("active-own");
    expect(notes[0].textContent).toBe(ZH.activeIsOwn("核对报告"));
    expect(validateButton().disabled).toBe(true);

    await choose("工作表", "项目表", screen.getByRole("region", { name: "核对" }));
    await runValidation();
    expect(ruleCells()).toContain("pairing-mismatch@B3");
  });
});

describe("a stale layout never reaches a cell", () => {
  test("rows inserted after validating: the results say they are out of date and lead nowhere; Validate again finds the moved cells", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host, mocks } = spyHost(model);
    renderWithHost(host, "zh-CN");
    await runValidation();
    expect(ruleCells()).toContain("pairing-mismatch@B3");

    act(() => model.insertRows("项目表", 2, 1));
    const stale = await screen.findByTestId("stale");
    expect(stale.getAttribute("data-stale")).toBe("moved");
    expect(stale.textContent).toContain(ZH.moved("项目表"));

    await act(async () => {
      fireEvent.click(findingCard("B3", "pairing-mismatch"));
    });
    await act(async () => {
      fireEvent.click(button("标出问题单元格"));
    });
    await act(async () => {
      fireEvent.click(button("写入报告"));
    });
    expect(mocks.selectCell).not.toHaveBeenCalled();
    expect(mocks.highlight).not.toHaveBeenCalled();
    expect(mocks.writeReport).not.toHaveBeenCalled();

    await waitFor(() =>
      expect((screen.getByTestId("revalidate") as HTMLButtonElement).disabled).toBe(false)
    );
    await act(async () => {
      fireEvent.click(screen.getByTestId("revalidate"));
    });
    await waitFor(() => expect(screen.queryByTestId("stale")).toBeNull());
    expect(ruleCells()).toContain("pairing-mismatch@B4");
    expect(ruleCells()).not.toContain("pairing-mismatch@B3");
  });

  test("a value edited after validating: going to a cell still works, a report waits for a new check", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host, mocks } = spyHost(model);
    renderWithHost(host, "zh-CN");
    await runValidation();

    // The officer fixes the pairing in B3 (浙江 → 上海).
    act(() => model.editCell("项目表", 2, 1, "上海"));
    const stale = await screen.findByTestId("stale");
    expect(stale.getAttribute("data-stale")).toBe("edited");

    await act(async () => {
      fireEvent.click(findingCard("C13", "unknown-place"));
    });
    await waitFor(() => expect(mocks.selectCell).toHaveBeenCalledWith("项目表", "C13"));
    await act(async () => {
      fireEvent.click(button("写入报告"));
    });
    // The banner above the results, and the answer to the click.
    await waitFor(() => expect(screen.getAllByText(ZH.edited("项目表"))).toHaveLength(2));
    expect(mocks.writeReport).not.toHaveBeenCalled();

    await act(async () => {
      fireEvent.click(screen.getByTestId("revalidate"));
    });
    await waitFor(() => expect(ruleCells()).not.toContain("pairing-mismatch@B3"));
    expect(screen.queryByTestId("stale")).toBeNull();
  });

  test("rows inserted above the header that no event announced: Validate reads the table again and refuses, then checks the moved table", async () => {
    const model = await loadExample("mistakes.xlsx");
    // A host that delivers no events (an Excel that refuses them, or events still on their way).
    const { host, mocks } = spyHost(model, {
      followSheets: jest.fn(async () => async () => undefined),
    });
    renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    const header = () => spinButton("表头所在行").value;
    expect(header()).toBe("2");

    model.sheet("项目表")!.insertRows(0, 2);
    fireEvent.click(validateButton());
    expect(await screen.findByText(ZH.layoutChanged("项目表"))).toBeTruthy();
    expect(screen.queryByTestId("summary")).toBeNull();
    await waitFor(() => expect(header()).toBe("4"));

    const before = mocks.readSheet.mock.calls.length;
    await runValidation();
    expect(mocks.readSheet.mock.calls.length).toBe(before + 1);
    expect(ruleCells()).toContain("pairing-mismatch@B5");
  });

  test("rows inserted below the header that no event announced: Validate checks the sheet as it is now, without asking again", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host } = spyHost(model, {
      followSheets: jest.fn(async () => async () => undefined),
    });
    renderWithHost(host, "zh-CN");
    await waitForValidateReady();

    // A row above the wrong pair in B3 (row 3): the header the user saw is where it was.
    model.sheet("项目表")!.insertRows(2, 1);
    await runValidation();
    expect(screen.queryByText(ZH.layoutChanged("项目表"))).toBeNull();
    expect(ruleCells()).toContain("pairing-mismatch@B4");
    expect(ruleCells()).not.toContain("pairing-mismatch@B3");
  });

  test("a burst of changes re-reads the table a few times, not once per change", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host, mocks } = spyHost(model);
    renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    const before = mocks.readHead.mock.calls.length;
    act(() => {
      for (let r = 0; r < 30; r++) model.editCell("项目表", 40 + r, 0, r);
    });
    await waitFor(() => expect(mocks.readHead.mock.calls.length).toBeGreaterThan(before));
    await waitForValidateReady();
    expect(mocks.readHead.mock.calls.length - before).toBeLessThanOrEqual(2);
  });

  test("the share summary names its sheet and, after an edit, must be computed again before it is inserted", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { host, mocks } = spyHost(model);
    renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await openTab("tab-shares");
    await act(async () => {
      fireEvent.click(screen.getByTestId("compute-shares"));
    });
    expect((await screen.findByTestId("shares-sheet")).textContent).toBe(ZH.sharesOf("项目表"));
    act(() => model.editCell("项目表", 2, 6, 1));
    await screen.findByTestId("shares-stale");
    await act(async () => {
      fireEvent.click(button("插入汇总表和图表"));
    });
    expect(mocks.insertShares).not.toHaveBeenCalled();
  });
});

describe("the pane shown again in the shared runtime", () => {
  test("reads the sheet list and the table again and follows the sheet now on screen", async () => {
    const model = await loadExample("mistakes.xlsx");
    const handlers: ((message: { visibilityMode: string }) => void)[] = [];
    (globalThis as { Office?: unknown }).Office = {
      addin: {
        onVisibilityModeChanged: async (handler: (message: { visibilityMode: string }) => void) => {
          handlers.push(handler);
          return async () => undefined;
        },
      },
    };
    // While hidden the pane heard nothing: this host delivers no sheet events.
    const { host, mocks } = spyHost(model, {
      followSheets: jest.fn(async () => async () => undefined),
    });
    renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await waitFor(() => expect(handlers).toHaveLength(1));
    model.activeSheet = 1;
    const heads = mocks.readHead.mock.calls.length;

    act(() => handlers[0]({ visibilityMode: "Hidden" }));
    expect(mocks.listSheets).toHaveBeenCalledTimes(1);
    act(() => handlers[0]({ visibilityMode: "Taskpane" }));
    await waitFor(() => expect(shown(sheetPicker())).toBe("进度汇总"));
    expect(mocks.listSheets).toHaveBeenCalledTimes(2);
    expect(mocks.readHead.mock.calls.length).toBeGreaterThan(heads);
  });
});

describe("closing the pane", () => {
  test("removes its event handlers from the workbook", async () => {
    const model = new WorkbookModel();
    addSheet(model, "项目表", [
      ["支援方", "受援方"],
      ["上海", "莎车县"],
    ]);
    // The real followSheets, with a record of its unfollow being called (that it really removes
    // the handlers is tested on Office.js in test/excel/events.test.ts).
    const stopped = jest.fn();
    const { host } = spyHost(model, {
      followSheets: jest.fn(async (listener: Parameters<typeof excelHost.followSheets>[0]) => {
        const stop = await excelHost.followSheets(listener);
        return async () => {
          stopped();
          await stop();
        };
      }),
    });
    const { unmount } = render(<App host={host} locale="zh-CN" />);
    await waitForValidateReady();
    expect(stopped).not.toHaveBeenCalled();
    unmount();
    await waitFor(() => expect(stopped).toHaveBeenCalledTimes(1));
  });
});

describe("the words for following Excel", () => {
  test("Chinese and English have the same entries, none empty; Chinese in Chinese, English in English", () => {
    const sample = (strings: ReturnType<typeof followStrings>) =>
      Object.fromEntries(
        Object.entries(strings).map(([key, value]) => [
          key,
          typeof value === "function" ? (value as (...a: string[]) => string)("S", "P") : value,
        ])
      ) as Record<string, string>;
    const zh = sample(followStrings("zh-CN"));
    const en = sample(followStrings("en"));
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(zh)) {
      expect(zh[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(en[key]).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en[key].length).toBeGreaterThan(1);
    }
  });
});
