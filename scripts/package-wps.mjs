/**
 * `npm run package:wps [-- --dir <jsaddons folder>] [--from <build folder>]`: the offline WPS package from a
 * built dist/wps/: dist/wps-offline/AID_<version>/ (the add-in, to copy into the user's
 * jsaddons folder), a jsplugins.xml beside it listing that folder by file:/// URL, and
 * oem.ini.txt with the [Server] JSPluginsServer= line for WPS's office6/cfgs/oem.ini
 * (Kingsoft's offline deployment: jsplugins.xml named by oem.ini). --dir is where the
 * folder will sit on the user's machine (default %APPDATA%\kingsoft\wps\jsaddons on Windows;
 * on UOS/Kylin give the folder: it needs a check in real WPS).
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { jsPluginsXml, oemIniLine } = require("./wps-files.cjs");
const root = fileURLToPath(new URL("..", import.meta.url));
const version = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version;
const args = process.argv.slice(2);
const at = args.indexOf("--dir");
const dir = at >= 0 ? args[at + 1] : "C:/Users/<用户名>/AppData/Roaming/kingsoft/wps/jsaddons";
const from = args.indexOf("--from");
// --from <build>: a build made elsewhere (npm run build -- --output-path …); the package goes beside it.
const dist = from >= 0 ? path.resolve(args[from + 1]) : path.join(root, "dist");
const built = path.join(dist, "wps");
if (!fs.existsSync(path.join(built, "ribbon.xml"))) {
  console.error(
    "没有找到 dist/wps/，请先运行 npm run build / dist/wps/ is missing: run npm run build first"
  );
  process.exit(2);
}
const out = path.join(dist, "wps-offline");
const name = `AID_${version}`;
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(built, path.join(out, name), { recursive: true });
const folder = `${dir.replace(/\\/g, "/").replace(/\/$/, "")}/${name}/`;
const url = /^[A-Za-z]:\//.test(folder) ? `file:///${folder}` : pathToFileURL(folder).href;
fs.writeFileSync(path.join(out, "jsplugins.xml"), jsPluginsXml(url, version));
const listPath = `${dir.replace(/\/$/, "")}/jsplugins.xml`;
fs.writeFileSync(
  path.join(out, "oem.ini.txt"),
  `[Support]\nJsApiPlugin=true\n[Server]\n${oemIniLine(listPath)}\n`
);
console.log(`dist/wps-offline/: ${name}/, jsplugins.xml, oem.ini.txt`);
