/**
 * One timed read of an .xlsx in a fresh process, so peak memory is the read's own:
 *   node bench/xlsx-child.mjs exceljs FILE   a bare exceljs streaming read of every cell
 *   node bench/xlsx-child.mjs sax FILE       a bare SAX pass: the first sheet's part inflated
 *                                            (the reader's own zip code), decoded, and fed to
 *                                            saxes with no handlers
 *   node bench/xlsx-child.mjs aid-check FILE aid-check's whole check of the file
 * Prints {"ms", "maxRssMB"} as JSON. AID_CLI_DIST names another build of aid-check (dist/cli by default).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { TextDecoder } from "node:util";
import ExcelJS from "exceljs";

const require = createRequire(import.meta.url);
const dist = process.env.AID_CLI_DIST
  ? resolve(process.env.AID_CLI_DIST)
  : new URL("../dist/cli", import.meta.url).pathname;
const [mode, file] = process.argv.slice(2);
const start = performance.now();
if (mode === "exceljs") {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let cells = 0;
  for await (const sheet of reader) for await (const row of sheet) row.eachCell(() => cells++);
  if (cells === 0) throw new Error("no cells read");
} else if (mode === "sax") {
  const { SaxesParser } = require("saxes");
  const { readZipDirectory, readZipEntry } = require(`${dist}/cli/zip.js`);
  const { DEFAULT_LIMITS } = require(`${dist}/cli/problems.js`);
  const entry = (await readZipDirectory(file)).get("xl/worksheets/sheet1.xml");
  const budget = { limits: DEFAULT_LIMITS, deadline: Date.now() + 3600_000, bytes: 0 };
  const decoder = new TextDecoder();
  const parser = new SaxesParser();
  for await (const chunk of readZipEntry(file, entry, budget, "sheetPartBytes"))
    parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
} else {
  const { checkFile } = require(`${dist}/cli/check.js`);
  const report = await checkFile(file, { locale: "zh-CN" });
  if (report.error || report.sheets.length === 0)
    throw new Error(`aid-check read nothing: ${JSON.stringify(report.error)}`);
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ms, maxRssMB: peakRssMB() }) + "\n");

/**
 * This process's peak resident memory in MB. On Linux from /proc/self/status (VmHWM), this
 * program's own: getrusage's figures are preserved across execve (getrusage(2)), so maxRSS
 * may include what the process held before node started.
 */
function peakRssMB() {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // Not Linux: getrusage is all there is.
  }
  return process.resourceUsage().maxRSS / 1024;
}
