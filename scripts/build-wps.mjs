/**
 * Finish dist/wps/ after webpack has built dist/ (and dist/wps/main.js): the WPS add-in's
 * ribbon.xml, manifest.xml and functions.json, and a copy of the pane (taskpane.html, its
 * scripts and icons), so dist/wps/ is one folder to serve or package. Paths inside are
 * relative, so the folder works at any base URL and from file:/// offline. The pane's page is
 * the Excel one without Office.js and functions.js (see below), so it makes no network request.
 * Takes the build's arguments to find --output-path (default dist/).
 * functions.json: the Excel metadata with the Chinese help (functions.zh-CN.json), the
 * same ids, names and parameters — WPS reads the Office-style format (needs a check in real WPS).
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { ribbonXml, manifestXml } = require("./wps-files.cjs");
const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

const args = process.argv.slice(2);
let out = path.join(root, "dist");
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--output-path") out = path.resolve(root, args[i + 1]);
  else if (args[i].startsWith("--output-path=")) out = path.resolve(root, args[i].slice(14));
}
const wps = path.join(out, "wps");
fs.mkdirSync(wps, { recursive: true });
fs.writeFileSync(path.join(wps, "ribbon.xml"), ribbonXml());
fs.writeFileSync(path.join(wps, "manifest.xml"), manifestXml(pkg.version));
const metadata = path.join(out, "functions.zh-CN.json");
fs.copyFileSync(
  fs.existsSync(metadata) ? metadata : path.join(out, "functions.json"),
  path.join(wps, "functions.json")
);
// The pane's page for WPS: the Excel page without Office.js (WPS has none, and an intranet cannot
// reach Microsoft's CDN; without the Office global the pane picks the WPS host) and without
// functions.js, whose CustomFunctions.associate exists only in Excel (WPS's functions come from
// main.js and manifest.xml). What is left loads only scripts beside it, by relative path.
const dropped = [];
const page = fs
  .readFileSync(path.join(out, "taskpane.html"), "utf8")
  .replace(/<script\b[^>]*>\s*<\/script>/gi, (tag) => {
    const m = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const src = m ? (m[1] ?? m[2] ?? m[3]) : "";
    const excelOnly =
      /^([a-z]+:)?\/\//i.test(src) ||
      /(^|\/)office(\.debug)?\.js$/i.test(src) ||
      src.startsWith("office-js/") ||
      src === "functions.js";
    if (!excelOnly) return tag;
    dropped.push(src);
    return "";
  });
const absolute = /\b(?:src|href)=["']?(?:[a-z]+:)?\/\//i.exec(page);
if (absolute) {
  console.error(
    `dist/wps/taskpane.html 仍引用外部网址 / still references an absolute URL: ${absolute[0]}`
  );
  process.exit(1);
}
fs.writeFileSync(path.join(wps, "taskpane.html"), page);
// The pane's scripts and the chunks they load on demand (webpack resolves them beside the script).
for (const name of fs.readdirSync(out)) {
  const keep =
    (/\.js$/.test(name) && !name.startsWith("workbench") && name !== "functions.js") ||
    name === "assets";
  if (keep) fs.cpSync(path.join(out, name), path.join(wps, name), { recursive: true });
}
console.log(`dist/wps/: ${fs.readdirSync(wps).length} files for WPS (${wps})`);
