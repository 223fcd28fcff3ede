/**
 * The test kit for the task-pane component tests (jsdom): the browser APIs jsdom lacks
 * and Fluent UI uses, the real src/excel host over the in-memory Excel stand-in
 * (./office-js), workbook builders and the workbook snapshot (./workbook), and small
 * helpers that act and look as a user would (pick an option of a select, press
 * Validate and wait for the result, find a finding's card by its cell and rule).
 *
 * Import this module before rendering anything.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { CellValue } from "../../src/core/cells";
import type { Locale } from "../../src/core/i18n";
import { excelHost, type ExcelHost } from "../../src/excel";
import { App } from "../../src/taskpane/App";
import { paneStrings, type PaneStrings } from "../../src/taskpane/strings";
import { loadXlsx } from "../../src/workbench/load-xlsx";
import { WorkbookModel, type SheetModel } from "../../src/workbench/model";
import { removeStandIn as removeOfficeJs, useStandIn as installStandIn } from "./office-js";

export { snapshot } from "./workbook";

// Rendering Fluent UI in jsdom and reading sample workbooks takes seconds per test.
jest.setTimeout(60_000);
// findBy*/waitFor wait for the pane, never assert on time: a generous ceiling keeps slow machines from flaking.
configure({ asyncUtilTimeout: 10_000 });

// ---- what jsdom lacks ------------------------------------------------------------

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.ResizeObserver === "undefined") g.ResizeObserver = ResizeObserverStub;
// Browsers have TextDecoder, which the workbench's .xlsx reader decodes parts with; jsdom does not.
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;
if (typeof window !== "undefined") {
  if (typeof window.matchMedia !== "function")
    Object.defineProperty(window, "matchMedia", {
      configurable: true,
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  if (typeof Element.prototype.scrollIntoView !== "function")
    Element.prototype.scrollIntoView = function scrollIntoView(): void {};
  keepOnlyHidingRules();
}

/**
 * Let only the CSS rules that set `display` or `visibility` into the document.
 *
 * Fluent's styles (Griffel) go in rule by rule through the CSSOM, some 700 of them once the
 * pane has been used; jsdom matches every rule against an element each time a role query or an
 * accessible name asks for its computed style, which was most of the pane tests' time. Of all
 * those properties only display and visibility decide whether Testing Library counts an element
 * as hidden (jsdom lays nothing out), so those rules stay, in their order, and what a query can
 * find is unchanged.
 */
function keepOnlyHidingRules(): void {
  const proto = CSSStyleSheet.prototype as CSSStyleSheet & { aidFiltered?: true };
  if (proto.aidFiltered) return;
  const insertRule = proto.insertRule;
  proto.insertRule = function insertHidingRule(this: CSSStyleSheet, rule: string, index?: number) {
    if (!/[{;]\s*(display|visibility)\s*:/.test(rule)) return index ?? this.cssRules.length;
    return insertRule.call(this, rule, index);
  };
  proto.aidFiltered = true;
}

// ---- workbooks -----------------------------------------------------------------

export const EXAMPLES = path.resolve(__dirname, "../../examples");

/** Load one of the committed sample workbooks (examples/*.xlsx) into a workbook model. */
export async function loadExample(
  name: "mistakes.xlsx" | "clean.xlsx" | "published-tables.xlsx"
): Promise<WorkbookModel> {
  const bytes = fs.readFileSync(path.join(EXAMPLES, name));
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return loadXlsx(data as ArrayBuffer);
}

/** Add a sheet holding `rows` from A1 (optionally with number formats, same shape). */
export function addSheet(
  model: WorkbookModel,
  name: string,
  rows: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | undefined)[])[]
): SheetModel {
  const sheet = model.addSheet(name);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== "") sheet.setValue(r, c, value);
      const format = formats?.[r]?.[c];
      if (format) sheet.setFormat(r, c, format);
    })
  );
  return sheet;
}

/** Make `name` the active sheet, as if the user had clicked its tab in Excel (a pane that is open hears of it). */
export function activate(model: WorkbookModel, name: string): void {
  model.activate(name);
}

// ---- the pane ------------------------------------------------------------------

/**
 * Put Microsoft's Office.js client, answered from `model` by the fake host, behind the `Excel` global:
 * the real src/excel host then works on it, as in the workbench.
 */
export function useStandIn(model: WorkbookModel): ExcelHost {
  installStandIn(model);
  return excelHost;
}

/** Take the stand-in out after a test. */
export function removeStandIn(): void {
  removeOfficeJs();
}

/** Render the pane over a workbook model through the real host, and wait until it has read the workbook. */
export async function renderPane(
  model: WorkbookModel,
  locale: Locale
): Promise<{ strings: PaneStrings; host: ExcelHost }> {
  const host = useStandIn(model);
  render(<App host={host} locale={locale} />);
  const strings = paneStrings(locale);
  await waitForValidateReady();
  return { strings, host };
}

/** Render the pane with any host (a fake one in error tests). */
export function renderWithHost(host: ExcelHost, locale: Locale): PaneStrings {
  render(<App host={host} locale={locale} />);
  return paneStrings(locale);
}

/** The Validate tab's panel (a region named after the tab). */
export function validatePanel(locale: Locale): HTMLElement {
  return screen.getByRole("region", { name: paneStrings(locale).tabs.validate, hidden: true });
}

export function validateButton(): HTMLButtonElement {
  return screen.getByTestId("validate") as HTMLButtonElement;
}

/** Wait until Validate can be pressed (the sheet and its table have been read). */
export async function waitForValidateReady(): Promise<void> {
  await waitFor(() => expect(validateButton().disabled).toBe(false));
}

/** Press Validate and wait until the result (the counts) is shown. */
export async function runValidation(): Promise<HTMLElement> {
  await waitForValidateReady();
  fireEvent.click(validateButton());
  // queryBy, not findBy: a findBy that fails while it waits prints the whole pane each time.
  return waitFor(() => {
    const summary = screen.queryByTestId("summary");
    if (!summary) throw new Error("no result shown yet");
    return summary;
  });
}

export interface ShownFinding {
  readonly cell: string;
  readonly rule: string;
  readonly severity: string;
  readonly text: string;
}

/** The findings as listed, in order (errors first, then warnings). */
export function shownFindings(): ShownFinding[] {
  return screen.queryAllByTestId("finding").map((el) => ({
    cell: el.getAttribute("data-cell") ?? "",
    rule: el.getAttribute("data-rule") ?? "",
    severity: el.getAttribute("data-severity") ?? "",
    text: el.textContent ?? "",
  }));
}

/** The one card listed for the finding of `rule` at `cell` (fails the test unless there is exactly one). */
export function findingCard(cell: string, rule: string): HTMLElement {
  const found = screen
    .queryAllByTestId("finding")
    .filter((el) => el.getAttribute("data-cell") === cell && el.getAttribute("data-rule") === rule);
  expect(found).toHaveLength(1);
  return found[0];
}

/** "rule@cell" of each listed finding, sorted, to compare as a set. */
export function ruleCells(): string[] {
  return shownFindings()
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}

/**
 * Whether the user can see `el`: it is not inside a closed tab's panel or anything else
 * hidden (the hidden attribute, aria-hidden, an inline display: none). Plain DOM checks,
 * so the helpers below can pick visible controls without a role query's computed styles.
 */
export function shownToUser(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute("hidden") || at.getAttribute("aria-hidden") === "true") return false;
    if (at instanceof HTMLElement && at.style.display === "none") return false;
  }
  return true;
}

/** Whether `text` (spaces run together, trimmed) is `name`, or matches it when a pattern. */
function named(text: string, name: string | RegExp): boolean {
  const plain = text.replace(/\s+/g, " ").trim();
  return typeof name === "string" ? plain === name : name.test(plain);
}

/**
 * The one visible control whose label (a label element or aria-label) is `label`, as a user
 * finds a field by the words next to it. The accessible names themselves are checked by
 * role in language-and-a11y.test.tsx; elsewhere this label lookup is much cheaper.
 */
export function control<T extends HTMLElement = HTMLElement>(
  label: string | RegExp,
  container: HTMLElement = document.body
): T {
  const found = within(container).queryAllByLabelText(label).filter(shownToUser);
  if (found.length !== 1)
    throw new Error(`${found.length} visible controls are labelled ${String(label)}`);
  return found[0] as T;
}

/** The one visible select labelled `label`. */
export function selectLabelled(
  label: string | RegExp,
  container: HTMLElement = document.body
): HTMLSelectElement {
  const box = control(label, container);
  if (!(box instanceof HTMLSelectElement)) throw new Error(`${String(label)} is not a select`);
  return box;
}

/** The one visible spin button (a number input, or an input with role spinbutton) labelled `label`. */
export function spinButton(
  label: string | RegExp,
  container: HTMLElement = document.body
): HTMLInputElement {
  const input = control(label, container);
  const spins =
    input instanceof HTMLInputElement &&
    (input.type === "number" || input.getAttribute("role") === "spinbutton");
  if (!spins) throw new Error(`${String(label)} is not a spin button`);
  return input;
}

/** The one visible search box (an input of type search) labelled `label`. */
export function searchBox(
  label: string | RegExp,
  container: HTMLElement = document.body
): HTMLInputElement {
  const input = control(label, container);
  if (!(input instanceof HTMLInputElement) || input.type !== "search")
    throw new Error(`${String(label)} is not a search box`);
  return input;
}

/** The one visible button whose text (or aria-label) is `name`, as a user sees it. */
export function button(
  name: string | RegExp,
  container: HTMLElement = document.body
): HTMLButtonElement {
  const found = [...container.querySelectorAll("button")].filter(
    (b) =>
      shownToUser(b) &&
      (named(b.textContent ?? "", name) || named(b.getAttribute("aria-label") ?? "", name))
  );
  if (found.length !== 1) throw new Error(`${found.length} visible buttons say ${String(name)}`);
  return found[0];
}

/** The buttons a user sees whose text (or aria-label) is `name`. */
export function buttons(
  name: string | RegExp,
  container: HTMLElement = document.body
): HTMLButtonElement[] {
  return [...container.querySelectorAll("button")].filter(
    (b) =>
      shownToUser(b) &&
      (named(b.textContent ?? "", name) || named(b.getAttribute("aria-label") ?? "", name))
  );
}

/** Pick the option whose text is `option` in the select labelled `combobox`, as a user does. */
export async function choose(
  combobox: string | RegExp,
  option: string | RegExp,
  container: HTMLElement = document.body
): Promise<void> {
  const box = selectLabelled(combobox, container);
  const items = [...box.options].filter((o) => named(o.textContent ?? "", option));
  if (items.length !== 1) throw new Error(`${items.length} options say ${String(option)}`);
  if (items[0].disabled) throw new Error(`${String(option)} cannot be chosen`);
  await act(async () => {
    fireEvent.change(box, { target: { value: items[0].value } });
  });
}

/** The text a select shows: its chosen option's ("" when nothing is chosen). */
export function shown(box: HTMLElement): string {
  if (!(box instanceof HTMLSelectElement)) throw new Error("not a select");
  return box.selectedOptions[0]?.textContent ?? "";
}

/** The texts of the options a select offers, leaving out a prompt that is not a choice. */
export function offered(box: HTMLElement): string[] {
  if (!(box instanceof HTMLSelectElement)) throw new Error("not a select");
  return [...box.options].filter((o) => !o.disabled).map((o) => o.textContent ?? "");
}

/** Switch tab by its test id (tab-validate, tab-shares, tab-pairings), and wait until its panel is drawn (Shares and Pairings load when first opened). */
export async function openTab(id: "tab-validate" | "tab-shares" | "tab-pairings"): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByTestId(id));
  });
  if (id === "tab-validate") return;
  const panel = id === "tab-shares" ? "panel-shares" : "panel-pairings";
  await waitFor(() => expect(screen.queryByTestId(panel)).not.toBeNull());
}

/** A promise with its resolve and reject, to hold a host call open while the test looks at the pane. */
export function deferred<T>(): {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
} {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A host whose every method is a jest.fn() over the real host (so by default it works on the stand-in). */
export function spyHost(
  model: WorkbookModel,
  overrides: Partial<Record<keyof ExcelHost, jest.Mock>> = {}
): { host: ExcelHost; mocks: Record<keyof ExcelHost, jest.Mock> } {
  const real = useStandIn(model);
  const mocks = {} as Record<keyof ExcelHost, jest.Mock>;
  for (const key of Object.keys(real) as (keyof ExcelHost)[]) {
    const original = real[key] as (...args: unknown[]) => unknown;
    mocks[key] = overrides[key] ?? jest.fn((...args: unknown[]) => original(...args));
  }
  return { host: mocks as unknown as ExcelHost, mocks };
}

/** 0-based row and column of an A1 address (as the stand-in keeps them). */
export function cellPosition(address: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/**
 * A host that never touches Excel: every method a jest.fn(); the sheet `name`
 * holds `rows` (from A1), and everything that writes resolves with a sheet name
 * or a count. Tests override single methods to make them fail or wait.
 */
export function fakeHost(
  name: string,
  rows: CellValue[][],
  overrides: Partial<Record<keyof ExcelHost, jest.Mock>> = {}
): { host: ExcelHost; mocks: Record<keyof ExcelHost, jest.Mock> } {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill("")]);
  const formats = values.map((r) => r.map(() => "General"));
  const shape = { name, origin: { row: 0, column: 0 }, rows: values.length, columns: width };
  const mocks: Record<keyof ExcelHost, jest.Mock> = {
    listSheets: jest.fn(async () => ({
      names: [name],
      ids: [`{id-${name}}`],
      active: name,
      activeId: `{id-${name}}`,
      own: [],
    })),
    readHead: jest.fn(async (_sheet: string, count = 40) =>
      values.length === 0
        ? null
        : { shape, block: { values: values.slice(0, count), formats: formats.slice(0, count) } }
    ),
    readSheet: jest.fn(
      async (
        _sheet: string,
        onBlock: (block: { values: CellValue[][]; formats: string[][] }) => void,
        onProgress?: (done: number, total: number) => void
      ) => {
        if (values.length === 0) return null;
        onBlock({ values, formats });
        onProgress?.(values.length, values.length);
        return shape;
      }
    ),
    readSelection: jest.fn(async () => ({
      sheet: name,
      address: "",
      origin: { row: 0, column: 0 },
      recipientColumn: 1,
      values: [],
      columns: 2,
    })),
    selectCell: jest.fn(async () => undefined),
    writeReport: jest.fn(async () => "核对报告"),
    highlight: jest.fn(async () => 0),
    clearHighlights: jest.fn(async () => ({ restored: 0, notRestored: [], missingSheets: [] })),
    insertShares: jest.fn(async () => "类别占比"),
    insertPairingTable: jest.fn(async () => "对口关系-xinjiang-2010"),
    // No events from a fake host: the pane must work without them, as on a host that refuses them.
    followSheets: jest.fn(async () => async () => undefined),
    followPaneShown: jest.fn(async () => async () => undefined),
    ...overrides,
  };
  return { host: mocks as unknown as ExcelHost, mocks };
}

/** Accessible names of the elements of a role in view (hidden panels left out). */
export function accessibleNames(role: string): string[] {
  const names: string[] = [];
  screen.queryAllByRole(role, {
    name: (name: string) => {
      names.push(name);
      return true;
    },
  });
  return names;
}
