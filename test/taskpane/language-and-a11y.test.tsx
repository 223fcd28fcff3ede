/** @jest-environment jsdom */
/**
 * The pane's language (Chinese when Office shows Chinese, English otherwise;
 * both complete) and the accessibility basics screen-reader users rely on.
 */
import * as React from "react";
import * as jsxRuntime from "react/jsx-runtime";
import * as ReactDOM from "react-dom";
import * as ReactDOMClient from "react-dom/client";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Locale } from "../../src/core/i18n";
import { officeLocale } from "../../src/excel/display-language";
import { paneStrings } from "../../src/taskpane/strings";
import { WorkbookModel } from "../../src/workbench/model";
import {
  accessibleNames,
  addSheet,
  loadExample,
  openTab,
  removeStandIn,
  renderPane,
  runValidation,
  useStandIn,
  shown,
} from "../support/pane";

const g = globalThis as unknown as Record<string, unknown>;
const HAN = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

afterEach(() => {
  removeStandIn();
  delete g.Office;
});

function fakeOffice(displayLanguage: string): unknown {
  return {
    onReady: (callback?: () => void) => {
      callback?.();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    context: { displayLanguage, officeTheme: { bodyBackgroundColor: "#FFFFFF" } },
  };
}

/** Every string a dictionary holds (functions called with sample arguments), by its key path. */
function entries(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    // cleared takes what Clear highlights reports: cells restored, cells left alone, sheets gone.
    const samples: unknown[][] =
      path === "cleared"
        ? [
            [
              {
                restored: 3,
                notRestored: [{ sheet: "Sheet1", cell: "D7" }],
                missingSheets: ["Sheet2"],
              },
            ],
            [{ restored: 1, notRestored: [], missingSheets: [] }],
          ]
        : fn.length >= 2
          ? [
              ["B", "支援方"],
              [3, 5],
            ]
          : [["category"], ["amount"], [1]];
    return samples.flatMap((args, i) => entries(fn(...args), `${path}(${i})`));
  }
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [[path, String(value)]];
}

function keyTree(value: unknown): unknown {
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, keyTree(v)])
        .sort(([a], [b]) => String(a).localeCompare(String(b)))
    );
  return typeof value;
}

describe("language", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-HK", "zh-CN"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["ja-JP", "en"],
  ])("Office display language %s gives the pane locale %s", (language, locale) => {
    g.Office = fakeOffice(language);
    expect(officeLocale()).toBe(locale);
  });

  test.each([
    ["zh-CN", "核对", "类别占比", "对口关系"],
    ["en-US", "Validate", "Shares", "Pairings"],
  ])(
    "the task pane entry renders in Office's display language (%s)",
    async (language, validate, shares, pairings) => {
      const model = new WorkbookModel();
      addSheet(model, "项目表", [
        ["支援方", "受援方"],
        ["上海", "莎车县"],
      ]);
      useStandIn(model);
      g.Office = fakeOffice(language);
      const root = document.createElement("div");
      root.id = "root";
      document.body.appendChild(root);
      // The entry renders on import, so it is imported afresh for each language, sharing this file's
      // React (so act() covers its updates) and keeping its root to unmount it afterwards.
      const roots: ReactDOMClient.Root[] = [];
      try {
        await act(async () => {
          await jest.isolateModulesAsync(async () => {
            jest.doMock("react", () => React);
            jest.doMock("react/jsx-runtime", () => jsxRuntime);
            jest.doMock("react-dom", () => ReactDOM);
            jest.doMock("react-dom/client", () => ({
              ...ReactDOMClient,
              createRoot: (container: Element) => {
                const created = ReactDOMClient.createRoot(container);
                roots.push(created);
                return created;
              },
            }));
            await import("../../src/taskpane/taskpane");
          });
        });
        expect(roots).toHaveLength(1);
        await within(root).findAllByRole("tab");
        expect(accessibleNames("tab")).toEqual([validate, shares, pairings]);
        const button = within(root).getByTestId("validate") as HTMLButtonElement;
        await waitFor(() => expect(button.disabled).toBe(false));
        expect(button.textContent).toBe(validate);
      } finally {
        act(() => roots.forEach((r) => r.unmount()));
        root.remove();
      }
    }
  );

  test("the Chinese and English dictionaries have the same entries, none empty", () => {
    const zh = paneStrings("zh-CN");
    const en = paneStrings("en");
    expect(keyTree(en)).toEqual(keyTree(zh));
    expect(entries(en).map(([k]) => k)).toEqual(entries(zh).map(([k]) => k));
    for (const [key, text] of [...entries(zh), ...entries(en)])
      expect({ key, empty: text.trim() === "" }).toEqual({ key, empty: false });
  });

  test("the Chinese words are Chinese and the English words English", () => {
    for (const [key, text] of entries(paneStrings("zh-CN")))
      expect({ key, chinese: HAN.test(text) }).toEqual({ key, chinese: true });
    for (const [key, text] of entries(paneStrings("en"))) {
      // The sample arguments (支援方) and the search examples (浙江, 喀什, 农一师) are place and header names.
      const words = text.replace(/支援方/g, "").replace(/浙江|喀什|农一师/g, "");
      expect({ key, chinese: HAN.test(words) }).toEqual({ key, chinese: false });
    }
  });

  /** Labels, tab and button names and dropdown values of the pane's own controls, with quoted header text left out. */
  function paneWords(): string[] {
    const words: string[] = [];
    words.push(...accessibleNames("tab"));
    for (const label of document.querySelectorAll("label")) words.push(label.textContent ?? "");
    for (const button of screen.getAllByRole("button"))
      if (!button.hasAttribute("data-testid") || button.getAttribute("data-testid") !== "finding")
        words.push(button.textContent ?? "");
    for (const box of screen.getAllByRole("combobox"))
      if (!shown(box).startsWith("Projects") && shown(box) !== "项目表") words.push(shown(box));
    for (const heading of screen.getAllByRole("heading")) words.push(heading.textContent ?? "");
    return words
      .map((w) => w.replace(/"[^"]*"|「[^」]*」/g, "").trim())
      .filter((w) => w !== "" && !/^[A-Z]+ ?$/.test(w));
  }

  async function paneAfterValidation(locale: Locale, sheetName: string): Promise<void> {
    const model = new WorkbookModel();
    addSheet(model, sheetName, [
      ["支援方", "受援方", "项目类别", "计划资金(万元)", "已到位资金(万元)"],
      ["浙江", "莎车县", "房屋建设", 100, 50],
      ["上海", "莎车县", "火箭", 100, 50],
    ]);
    await renderPane(model, locale);
    await runValidation();
  }

  test("in English the pane's own words are all English", async () => {
    await paneAfterValidation("en", "Projects");
    const words = paneWords();
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) expect({ w, chinese: HAN.test(w) }).toEqual({ w, chinese: false });
  });

  test("in Chinese the pane's own words are all Chinese", async () => {
    await paneAfterValidation("zh-CN", "项目表");
    const words = paneWords();
    expect(words.length).toBeGreaterThan(10);
    for (const w of words) {
      expect({ w, chinese: HAN.test(w) }).toEqual({ w, chinese: true });
      expect({ w, english: LATIN_WORD.test(w.replace(/\bAID\b/g, "")) }).toEqual({
        w,
        english: false,
      });
    }
  });
});

describe("accessibility basics", () => {
  test("the three tabs are role=tab with their names, and selecting one shows its panel", async () => {
    const model = await loadExample("mistakes.xlsx");
    const { strings } = await renderPane(model, "zh-CN");
    const tablist = screen.getByRole("tablist");
    const tabs = within(tablist).getAllByRole("tab");
    expect(accessibleNames("tab")).toEqual(["核对", "类别占比", "对口关系"]);
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "false", "false"]);
    expect(screen.getByRole("region", { name: strings.tabs.validate })).toBeTruthy();
    expect(screen.queryByRole("region", { name: strings.tabs.shares })).toBeNull();

    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "类别占比" }));
    });
    expect(
      within(tablist)
        .getAllByRole("tab")
        .map((t) => t.getAttribute("aria-selected"))
    ).toEqual(["false", "true", "false"]);
    expect(screen.getByRole("region", { name: strings.tabs.shares })).toBeTruthy();
    expect(screen.queryByRole("region", { name: strings.tabs.validate })).toBeNull();
    expect(screen.getByTestId("tab-shares").getAttribute("role")).toBe("tab");
  });

  test.each(["zh-CN", "en"] as const)(
    "every dropdown, spin button and search box on every tab has a label (%s)",
    async (locale) => {
      const model = await loadExample("mistakes.xlsx");
      await renderPane(model, locale);
      await runValidation();
      const unnamed: string[] = [];
      let controls = 0;
      for (const tab of ["tab-validate", "tab-shares", "tab-pairings"] as const) {
        await openTab(tab);
        for (const role of ["combobox", "spinbutton", "searchbox", "textbox"]) {
          const names = accessibleNames(role);
          controls += names.length;
          names.forEach((name, i) => {
            if (name.trim() === "") unnamed.push(`${tab} ${role} #${i}`);
          });
        }
      }
      expect(controls).toBeGreaterThan(15);
      expect(unnamed).toEqual([]);
    }
  );

  test("the controls are found by their labels in Chinese", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    expect(screen.getByRole("combobox", { name: "工作表" })).toBeTruthy();
    expect(screen.getByRole("spinbutton", { name: "表头所在行" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "B 列「支援方」" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "对口支援方案" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "按规则筛选" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "核对" })).toBeTruthy();
    // Each finding is a button named by its cell and message.
    expect(screen.getByRole("button", { name: /B3.*莎车县/ })).toBeTruthy();

    await openTab("tab-shares");
    expect(screen.getByRole("combobox", { name: "工作表" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "类别所在列" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "金额所在列" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "项目数所在列" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "计算占比" })).toBeTruthy();

    await openTab("tab-pairings");
    expect(screen.getByRole("combobox", { name: "对口支援方案" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "查找支援方或受援方" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "核对选中的两列" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "插入对口关系表" })).toBeTruthy();
  });

  test("the controls are found by their labels in English", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "en");
    await runValidation();
    expect(screen.getByRole("combobox", { name: "Sheet" })).toBeTruthy();
    expect(screen.getByRole("spinbutton", { name: "Header row" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: 'Column B "支援方"' })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Programme" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Filter by rule" })).toBeTruthy();

    await openTab("tab-shares");
    expect(screen.getByRole("combobox", { name: "Category column" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Amount column" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Project count column" })).toBeTruthy();

    await openTab("tab-pairings");
    expect(screen.getByRole("searchbox", { name: "Find a supporter or recipient" })).toBeTruthy();
  });

  test("every button of the pane has a name", async () => {
    const model = await loadExample("mistakes.xlsx");
    await renderPane(model, "zh-CN");
    await runValidation();
    for (const tab of ["tab-validate", "tab-shares", "tab-pairings"] as const) {
      await openTab(tab);
      const unnamed: string[] = [];
      let buttons = 0;
      screen.queryAllByRole("button", {
        name: (name: string, element: Element) => {
          buttons++;
          if (name.trim() === "") unnamed.push(element.outerHTML.slice(0, 120));
          return true;
        },
      });
      expect(buttons).toBeGreaterThan(1);
      expect(unnamed).toEqual([]);
    }
  });
});
