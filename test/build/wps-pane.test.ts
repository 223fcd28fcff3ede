/**
 * dist/wps/ must work on an intranet cut off from the internet, in WPS, which has no Office.js:
 * its pane page loads only scripts that sit beside it, and no file it serves names a web address
 * that a browser would fetch. Runs over AID_DIST (a build made elsewhere) or dist/, like
 * wps-files.test.ts, and is skipped when neither holds a wps/ folder.
 */
import fs from "node:fs";
import path from "node:path";

const built = path.join(process.env.AID_DIST ?? path.join(__dirname, "../../dist"), "wps");
const haveBuild = fs.existsSync(built);

/** XML namespace names: identifiers compared as strings, never fetched. */
const NAMESPACES = new Set([
  "http://schemas.microsoft.com/office/2006/01/customui",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/2000/xmlns/",
]);

/** Text in library error messages (React's production errors point to its decoder); shown, never requested. */
const ERROR_MESSAGE_LINKS = ["https://reactjs.org/docs/error-decoder.html?invariant="];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]
    );
}

/** The script sources of an HTML page, quoted or not (the build minifies the page). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[0]);
    return src ? (src[1] ?? src[2] ?? src[3]) : "";
  });
}

(haveBuild ? describe : describe.skip)("dist/wps/ offline", () => {
  test("no file names an http(s) address other than XML namespaces", () => {
    const found: string[] = [];
    for (const file of filesUnder(built)) {
      // Source maps are read only by developer tools, from a relative path; the page never loads them.
      if (/\.(png|map)$/.test(file)) continue;
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/https?:\/\/[^\s"'`<>()\\]*/gi)) {
        const url = m[0];
        if (NAMESPACES.has(url) || ERROR_MESSAGE_LINKS.includes(url)) continue;
        found.push(`${path.relative(built, file)}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });

  test("taskpane.html loads no Office.js and only local scripts that exist, the pane's among them", () => {
    const html = fs.readFileSync(path.join(built, "taskpane.html"), "utf8");
    expect(html).not.toMatch(/office(\.debug)?\.js/i);
    const sources = scriptSources(html);
    expect(sources).toContain("taskpane.js");
    for (const src of sources) {
      // Inline scripts are allowed; every external one is a relative path to a file in dist/wps/.
      if (src === "") continue;
      expect([src, /^([a-z]+:)?\/\//i.test(src) || src.startsWith("/")]).toEqual([src, false]);
      expect([src, fs.existsSync(path.join(built, src))]).toEqual([src, true]);
    }
    for (const m of html.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      const href = m[1] ?? m[2] ?? m[3];
      expect([href, fs.existsSync(path.join(built, href))]).toEqual([href, true]);
    }
  });

  test("the pane's on-demand chunks are beside it", () => {
    // webpack names each chunk it may load as id:"hash" in the pane's runtime (one of the scripts
    // the page loads); dist/wps/ must hold them.
    const html = fs.readFileSync(path.join(built, "taskpane.html"), "utf8");
    const pane = scriptSources(html)
      .filter((src) => src !== "")
      .map((src) => fs.readFileSync(path.join(built, src), "utf8"))
      .join("\n");
    const chunks = fs
      .readdirSync(path.join(built, ".."))
      .filter((n) => /^\d+\.[0-9a-f]{8}\.js$/.test(n));
    const needed = chunks.filter((n) => {
      const [id, hash] = n.split(".");
      return new RegExp(`\\b${id}:"${hash}"`).test(pane);
    });
    expect(needed.length).toBeGreaterThan(0);
    for (const n of needed) expect([n, fs.existsSync(path.join(built, n))]).toEqual([n, true]);
  });
});
