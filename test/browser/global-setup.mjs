/**
 * Jest global setup for the browser tests: check that dist/ is built and that Chromium
 * is there, then serve dist/ with scripts/serve.mjs on a free port of 127.0.0.1 and
 * hand its address to the tests (workers inherit AID_BROWSER_BASE_URL).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "../../scripts/serve.mjs";

// AID_DIST lets a build made with --output-path elsewhere be tested, so two builds never share dist/.
const DIST = process.env.AID_DIST
  ? process.env.AID_DIST.replace(/\/?$/, "/")
  : fileURLToPath(new URL("../../dist/", import.meta.url));
const CHROMIUM = process.env.AID_CHROMIUM ?? "/usr/bin/chromium";

export default async function globalSetup() {
  for (const file of ["workbench.html", "workbench.js", "examples/mistakes.xlsx"])
    if (!existsSync(DIST + file))
      throw new Error(
        `${DIST}${file} is missing: the browser tests run against a built dist/. ` +
          "Run `npm run build` first (`npm run test:browser` does both)."
      );
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not at ${CHROMIUM}: install it (apt-get install -y chromium) ` +
        "or set AID_CHROMIUM to its path."
    );
  // Away from the dev server's 3000; serve() moves on to the next port when one is taken.
  const { server, port } = await serve(DIST, 4300 + Math.floor(Math.random() * 500));
  globalThis.__aidBrowserServer = server;
  process.env.AID_BROWSER_BASE_URL = `http://127.0.0.1:${port}/`;
}
