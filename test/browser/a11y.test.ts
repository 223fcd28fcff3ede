/**
 * axe-core over the task pane in each tab, both languages and both themes, after a
 * check so the findings list is drawn, and again after what a user does next (a
 * report written, cells highlighted, a finding ignored, shares computed, a pairing
 * search with suggestions), and with a tab whose code did not arrive: no WCAG 2 A/AA
 * violation in AID's own markup.
 * The workbench's stand-in grid around the pane is not AID's product and is left out.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { refuseChunks, useSessions, validate } from "./helpers";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const sessions = useSessions();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Run axe on the pane (aside.pane) for the WCAG 2.0/2.1 A and AA rules; the violations, short. */
async function violations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
    const result = await axe.run(
      // Fluent's focus trap puts hidden <i tabindex=0> sentinels (tabster) around popups: its markup, not AID's.
      { include: [["aside.pane"]], exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
    }));
  });
}

for (const query of ["", "?theme=dark", "?lang=en", "?lang=en&theme=dark"])
  test(`the pane has no WCAG A/AA violation in any tab (${query || "zh-CN, light"})`, async () => {
    const { page } = await sessions.workbench(query);
    await validate(page);
    const found: Record<string, Violation[]> = { validate: await violations(page) };
    for (const tab of ["shares", "pairings"] as const) {
      await page.getByTestId(`tab-${tab}`).click();
      await page.getByTestId(tab === "shares" ? "compute-shares" : "pair-search").waitFor();
      found[tab] = await violations(page);
    }
    expect(found).toEqual({ validate: [], shares: [], pairings: [] });
  });

// The buttons a user presses after a check, in each language.
const ACTIONS = {
  "zh-CN": { report: "写入报告", highlight: "标出问题单元格" },
  en: { report: "Write report", highlight: "Highlight" },
} as const;

for (const query of ["", "?theme=dark", "?lang=en", "?lang=en&theme=dark"])
  test(`the pane has no WCAG A/AA violation after the user acts (${query || "zh-CN, light"})`, async () => {
    const { page } = await sessions.workbench(query);
    const words = ACTIONS[query.includes("lang=en") ? "en" : "zh-CN"];
    await validate(page);
    const found: Record<string, Violation[]> = {};
    // A report written and the cells highlighted: the messages and the legend are shown.
    await page.getByRole("button", { name: words.report, exact: true }).click();
    await page.getByRole("button", { name: words.highlight, exact: true }).click();
    await page.getByTestId("highlight-legend").waitFor();
    found.acted = await violations(page);
    // A finding ignored, and the ignored ones shown again.
    await page.getByTestId("ignore-finding").first().click();
    await page.getByTestId("show-ignored").click();
    await page.getByTestId("restore-finding").first().waitFor();
    found.ignored = await violations(page);
    // Shares computed: the table of categories, the total and any unreadable amounts.
    await page.getByTestId("tab-shares").click();
    await page.getByTestId("compute-shares").click();
    await page.getByTestId("share-total").waitFor();
    found.shares = await violations(page);
    // Pairings: a typo offers the nearest names, a Wenchuan county names its programme.
    await page.getByTestId("tab-pairings").click();
    const search = page.getByTestId("pair-search");
    await search.fill("阿克图县");
    await page.getByTestId("pair-suggestions").waitFor();
    found.suggestions = await violations(page);
    await search.fill("汶川县");
    await page.getByTestId("pair-elsewhere").first().waitFor();
    found.elsewhere = await violations(page);
    expect(found).toEqual({ acted: [], ignored: [], shares: [], suggestions: [], elsewhere: [] });
  });

test("the pairings search box's clear button is named in the pane's language", async () => {
  for (const [query, name] of [
    ["", "清除搜索"],
    ["?lang=en", "Clear search"],
  ]) {
    const { page } = await sessions.workbench(query);
    await page.getByTestId("tab-pairings").click();
    const search = page.getByTestId("pair-search");
    await search.waitFor();
    await search.fill("喀什");
    expect(await page.getByRole("button", { name }).count()).toBe(1);
  }
});

for (const query of ["", "?theme=dark", "?lang=en"])
  test(`a tab whose code did not arrive has no WCAG A/AA violation (${query || "zh-CN, light"})`, async () => {
    const session = await sessions.workbench(query);
    const { page } = session;
    const { allow } = await refuseChunks(session);
    await page.getByTestId("tab-shares").click();
    await page.getByTestId("tab-failed").waitFor();
    expect(await violations(page)).toEqual([]);
    await allow();
  });
