/**
 * One timed read of an .xlsx in a fresh process, so peak memory is the read's own:
 *   node bench/xlsx-child.mjs exceljs FILE   a bare exceljs streaming read of every cell
 *   node bench/xlsx-child.mjs aid-check FILE aid-check's whole check of the file
 * Prints {"ms", "maxRssMB"} as JSON.
 */
import { createRequire } from "node:module";
import ExcelJS from "exceljs";

const require = createRequire(import.meta.url);
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
} else {
  const { checkFile } = require("../dist/cli/cli/check.js");
  const report = await checkFile(file, { locale: "zh-CN" });
  if (report.error || report.sheets.length === 0)
    throw new Error(`aid-check read nothing: ${JSON.stringify(report.error)}`);
}
const ms = performance.now() - start;
process.stdout.write(
  JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n"
);
