/**
 * The built pane when its server stops answering after the first paint (a flaky intranet, the dev
 * server gone): the Shares tab's chunk, which webpack loads on first use, fails for real in
 * Chromium. The tab says so in Chinese with 重试, the rest of the pane keeps working, and 重试
 * opens the tab once the server answers again (webpack asks again for a chunk that failed).
 */
import { findingsShown, refuseChunks, saveScreenshot, useSessions, validate } from "./helpers";

const sessions = useSessions();

test("a tab whose chunk does not arrive says so in Chinese, keeps the pane, and opens on 重试", async () => {
  const session = await sessions.workbench();
  const { page } = session;
  const { refused, allow } = await refuseChunks(session);

  await page.getByTestId("tab-shares").click();
  const failed = page.getByTestId("tab-failed");
  await failed.waitFor();
  const text = await failed.innerText();
  expect(text).toContain("AID 的这部分功能没有加载成功");
  expect(text).not.toMatch(/chunk|Loading/i);
  expect(refused.length).toBeGreaterThan(0);
  await saveScreenshot(page, "load-failure-shares.png");

  // The Validate tab still works while the Shares tab cannot load.
  await page.getByTestId("tab-validate").click();
  await validate(page);
  expect((await findingsShown(page)).length).toBeGreaterThan(0);

  await allow();
  expect(session.consoleErrors).toEqual([]);
  await page.getByTestId("tab-shares").click();
  await page.getByRole("button", { name: "重试" }).click();
  await page.getByTestId("panel-shares").waitFor();
  expect(await failed.count()).toBe(0);
});
