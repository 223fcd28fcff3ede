/**
 * The pane's weight as Excel downloads it before the first paint: every script taskpane.html
 * loads from the build (Office.js comes from Microsoft and is not counted), gzip at zlib's
 * default level (what a web server sends), in KB of 1,000 bytes, held to issue 7's 170 KB.
 * Chunks the pane loads later (the Shares and Pairings tabs, report, highlight, the checks)
 * are not counted. Runs over AID_DIST (a build made elsewhere) or dist/, and is skipped when
 * neither holds a taskpane.html. `npm run bench` reports the same figure.
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const built = process.env.AID_DIST ?? path.join(__dirname, "../../dist");
const page = path.join(built, "taskpane.html");
const haveBuild = fs.existsSync(page);

/** What the pane's first paint may weigh, gzip, in KB. */
const FIRST_PAINT_LIMIT_KB = 170;

/** The src of each external <script> of an HTML page, quoted or not (the build minifies the page). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map(
    (m) => m[1] ?? m[2] ?? m[3]
  );
}

(haveBuild ? describe : describe.skip)("taskpane.html's first paint", () => {
  // Read in beforeAll: jest runs a skipped describe's body too, and a clean clone has no page to read.
  let local: string[] = [];
  beforeAll(() => {
    local = scriptSources(fs.readFileSync(page, "utf8")).filter(
      (src) => !/^([a-z][a-z0-9+.-]*:)?\/\//i.test(src)
    );
  });

  test("loads the functions and the pane through one webpack runtime", () => {
    expect(local).toEqual(["pane-runtime.js", "pane-shared.js", "functions.js", "taskpane.js"]);
  });

  test(`its scripts come to at most ${FIRST_PAINT_LIMIT_KB} KB gzip`, () => {
    const sizes = local.map((src) => {
      const bytes = fs.readFileSync(path.join(built, src));
      return [src, Math.round(gzipSync(bytes).length / 100) / 10] as const;
    });
    const total = sizes.reduce((sum, [, kb]) => sum + kb, 0);
    // The per-file figures in the message say which script grew.
    expect({ total: total <= FIRST_PAINT_LIMIT_KB, sizes }).toEqual({ total: true, sizes });
  });
});
