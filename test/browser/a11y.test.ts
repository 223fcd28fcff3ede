/**
 * axe-core over the task pane in each tab, both languages and both themes, after a
 * check so the findings list is drawn: no WCAG 2 A/AA violation in AID's own markup.
 * The workbench's stand-in grid around the pane is not AID's product and is left out.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { useSessions, validate } from "./helpers";

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
