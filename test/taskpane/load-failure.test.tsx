/** @jest-environment jsdom */
/**
 * When a part of the pane's code does not arrive (webpack's ChunkLoadError: the add-in's server
 * did not answer for a tab or an action loaded on first use), the officer reads what happened in
 * the pane's language and can try again; the rest of the pane keeps working. Before, webpack's
 * English text showed, and a tab that failed to load left the whole pane blank.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { isLoadFailure, reason } from "../../src/taskpane/pane-context";
import { paneStrings } from "../../src/taskpane/strings";
import {
  button,
  fakeHost,
  renderWithHost,
  runValidation,
  waitForValidateReady,
} from "../support/pane";

/** An error as webpack's chunk loader throws it. */
function chunkLoadError(): Error {
  const error = new Error(
    "Loading chunk 412 failed.\n(error: https://localhost:3000/412.8c1f0e2a.js)"
  );
  error.name = "ChunkLoadError";
  return error;
}

// The Shares tab's code fails to arrive as many times as this says, then arrives. jest keeps the
// module once it has arrived, so one test in this file sees the failure (the English text is
// checked through reason above).
let mockSharesFailures = 0;
jest.mock("../../src/taskpane/SharesPanel", () => {
  if (mockSharesFailures > 0) {
    mockSharesFailures--;
    const error = new Error("Loading chunk 77 failed.\n(error: https://localhost:3000/77.js)");
    error.name = "ChunkLoadError";
    throw error;
  }
  return jest.requireActual("../../src/taskpane/SharesPanel");
});

// The dark theme's chunk never arrives in this file.
jest.mock("../../src/taskpane/dark-theme", () => {
  const error = new Error("Loading chunk 5 failed.\n(error: https://localhost:3000/5.js)");
  error.name = "ChunkLoadError";
  throw error;
});

const ROWS = [
  ["支援方", "受援方", "项目名称", "项目类别", "计划资金(万元)"],
  ["北京", "和田县", "和田县安居富民工程", "房屋建设", 1200],
  ["上海", "莎车县", "莎车县职业学校", "社会发展", 800],
  // One finding, so that there is a report to write.
  ["上海", "莎车县", "莎车县职业学校", "社会发展", 800],
];

describe("reason", () => {
  test("a chunk that did not arrive is said in the pane's language, without webpack's English", () => {
    const zh = paneStrings("zh-CN");
    const en = paneStrings("en");
    expect(isLoadFailure(chunkLoadError())).toBe(true);
    expect(reason(chunkLoadError(), zh)).toBe(zh.loadFailed);
    expect(reason(chunkLoadError(), en)).toBe(en.loadFailed);
    expect(zh.loadFailed).not.toMatch(/chunk|Loading/);
    // A CSS chunk fails with the same words and no name in some webpack versions.
    expect(isLoadFailure(new Error("Loading CSS chunk 9 failed.\n(/9.css)"))).toBe(true);
  });

  test("any other error keeps its own message", () => {
    const zh = paneStrings("zh-CN");
    expect(isLoadFailure(new Error("工作表已被删除"))).toBe(false);
    expect(reason(new Error("工作表已被删除"), zh)).toBe("工作表已被删除");
  });
});

describe("a tab whose code does not arrive", () => {
  test("says so in Chinese with 重试, keeps the pane, and opens once the code arrives", async () => {
    mockSharesFailures = 1;
    // React reports an error its boundary caught on the console; here that error is the point.
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { host } = fakeHost("项目表", ROWS);
    const strings = renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-shares"));
    });
    const failed = await screen.findByTestId("tab-failed");
    expect(failed.textContent).toContain(strings.loadFailed);
    expect(failed.textContent).not.toMatch(/chunk/i);
    // The pane is still there: its title and the other tabs.
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(strings.title);
    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-validate"));
    });
    await runValidation();

    await act(async () => {
      fireEvent.click(screen.getByTestId("tab-shares"));
    });
    await act(async () => {
      fireEvent.click(button(strings.tryAgain));
    });
    await waitFor(() => expect(screen.queryByTestId("panel-shares")).not.toBeNull());
    expect(screen.queryByTestId("tab-failed")).toBeNull();
    expect(logged.mock.calls.flat().some((a) => String(a).includes("Loading chunk 77"))).toBe(true);
    logged.mockRestore();
  });
});

describe("a dark theme that does not arrive", () => {
  test("leaves the pane light and working, not empty", async () => {
    const { host } = fakeHost("项目表", ROWS);
    render(<App host={host} locale="zh-CN" dark />);
    await waitForValidateReady();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(paneStrings("zh-CN").title);
  });
});

describe("an action whose code does not arrive", () => {
  test("Write report says that AID's code did not load, in Chinese, and can be asked again", async () => {
    const writeReport = jest.fn().mockRejectedValueOnce(chunkLoadError());
    const { host, mocks } = fakeHost("项目表", ROWS, { writeReport });
    const strings = renderWithHost(host, "zh-CN");
    await waitForValidateReady();
    await runValidation();
    await act(async () => {
      fireEvent.click(button(strings.writeReport));
    });
    await waitFor(() => expect(screen.getByText(strings.failed(strings.loadFailed))).toBeTruthy());
    writeReport.mockResolvedValueOnce("核对报告");
    await act(async () => {
      fireEvent.click(button(strings.writeReport));
    });
    await waitFor(() => expect(screen.getByText(strings.reportWritten("核对报告"))).toBeTruthy());
    expect(mocks.writeReport).toHaveBeenCalledTimes(2);
  });
});
