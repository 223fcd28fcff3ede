/** @jest-environment jsdom */
/**
 * The pane's tab strip (src/taskpane/PaneTabs.tsx) as a keyboard user meets it: one Tab
 * stop on the selected tab, ←/→ and Home/End move between the tabs (wrapping at the
 * ends) without changing the panel, and a click or Enter on the focused tab selects it.
 */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { PaneTabs } from "../../src/taskpane/PaneTabs";

type Id = "validate" | "shares" | "pairings";
const TABS = [
  { value: "validate", label: "核对", testId: "tab-validate" },
  { value: "shares", label: "类别占比", testId: "tab-shares" },
  { value: "pairings", label: "对口关系", testId: "tab-pairings" },
] as const;

/** The strip with its own selection, as App holds it. */
function Strip(): React.ReactElement {
  const [tab, setTab] = React.useState<Id>("validate");
  return <PaneTabs tabs={TABS} selected={tab} onSelect={setTab} />;
}

const tabs = () => screen.getAllByRole("tab");
const selected = () => tabs().map((t) => t.getAttribute("aria-selected"));
const tabStops = () => tabs().map((t) => t.tabIndex);

test("one Tab stop, on the selected tab; the arrows, Home and End move focus, wrapping", () => {
  render(<Strip />);
  expect(screen.getByRole("tablist")).toBeTruthy();
  expect(tabs().map((t) => t.textContent)).toEqual(["核对", "类别占比", "对口关系"]);
  expect(selected()).toEqual(["true", "false", "false"]);
  expect(tabStops()).toEqual([0, -1, -1]);

  tabs()[0].focus();
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  expect(document.activeElement).toBe(tabs()[1]);
  fireEvent.keyDown(document.activeElement as Element, { key: "End" });
  expect(document.activeElement).toBe(tabs()[2]);
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowRight" });
  expect(document.activeElement).toBe(tabs()[0]);
  fireEvent.keyDown(document.activeElement as Element, { key: "ArrowLeft" });
  expect(document.activeElement).toBe(tabs()[2]);
  fireEvent.keyDown(document.activeElement as Element, { key: "Home" });
  expect(document.activeElement).toBe(tabs()[0]);
  // Moving focus does not switch the panel.
  expect(selected()).toEqual(["true", "false", "false"]);
});

test("choosing a tab selects it and moves the Tab stop there", async () => {
  render(<Strip />);
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name: "对口关系" }));
  });
  expect(selected()).toEqual(["false", "false", "true"]);
  expect(tabStops()).toEqual([-1, -1, 0]);
});
