/**
 * The summary workbook aid-check writes for an office to forward, opened in the
 * workbench as a user would open it: its three sheets with their Excel tables,
 * the frozen header rows, the links to each file and each finding's cell, the
 * number formats and column widths, read back by the workbench's loader and
 * compared with what exceljs (which wrote it) reads back.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadXlsx } from "../../src/workbench/load-xlsx";
import type { SheetModel, WorkbookModel } from "../../src/workbench/model";
import { CLEAN, MISTAKES, runCli, useTempDir } from "../cli/helpers";

const tmp = useTempDir();

/** A folder of county workbooks, one of them not a workbook, checked with --report. */
async function writeSummary(): Promise<string> {
  const dir = join(tmp(), "收到的报表");
  mkdirSync(dir);
  copyFileSync(CLEAN, join(dir, "01-疏附县.xlsx"));
  copyFileSync(MISTAKES, join(dir, "02-莎车县.xlsx"));
  writeFileSync(join(dir, "03-损坏.xlsx"), "not a workbook");
  const out = join(tmp(), "汇总.xlsx");
  const run = await runCli(["--report", out, dir]);
  expect(run.status).toBe(2);
  return out;
}

/** Open a file as the workbench does: its bytes, in memory. */
function open(path: string): Promise<WorkbookModel> {
  const bytes = readFileSync(path);
  return loadXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** A1 of a 0-based "row,column" key. */
function a1(key: string): string {
  const [row, column] = key.split(",").map(Number);
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

function sheet(model: WorkbookModel, name: string): SheetModel {
  const found = model.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

test("the summary workbook opens in the workbench with its tables, frozen headers, links and formats", async () => {
  const path = await writeSummary();
  const model = await open(path);
  const written = new ExcelJS.Workbook();
  await written.xlsx.readFile(path);

  expect(model.sheets.map((s) => s.name)).toEqual(["汇总", "问题", "未核对"]);
  for (const ws of written.worksheets) {
    const shown = sheet(model, ws.name);
    // The table exceljs wrote, by name and area, with its style.
    const tables = Object.values(
      (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> })
        .tables
    ).map((t) => t.table);
    expect(tables.length).toBe(1);
    expect(shown.tables.map((t) => t.name)).toEqual(tables.map((t) => t.name));
    const table = shown.tables[0];
    expect(a1(`${table.row},${table.column}`)).toBe("A4");
    expect(table.style).toBe("TableStyleMedium2");
    // Header row 4 and every data row are inside the table.
    expect(table.row + table.rows).toBeGreaterThanOrEqual(shown.rowCount);
    // The header block and the table's header stay in view.
    expect(shown.frozenRows).toBe(4);
    // The widths the summary set, in Excel's units.
    ws.columns.forEach((column, i) => {
      if (column.width !== undefined) expect(shown.columnWidths[i]).toBeCloseTo(column.width, 5);
    });
    // Every link exceljs reads back is on the same cell, with the same address.
    const links: [string, string][] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const link = (cell.value as { hyperlink?: string } | null)?.hyperlink;
        if (link) links.push([cell.address, link]);
      })
    );
    const shownLinks = [...shown.hyperlinks].map(([key, link]): [string, string] => [
      a1(key),
      link.address ?? (link.documentReference ? `#${link.documentReference}` : ""),
    ]);
    expect(shownLinks.sort()).toEqual(links.sort());
  }

  // One row per checked sheet on 汇总, a link to each file; every finding on 问题 links to its cell.
  const summary = sheet(model, "汇总");
  const findings = sheet(model, "问题");
  expect(summary.hyperlinks.size).toBeGreaterThanOrEqual(2);
  expect(findings.hyperlinks.size).toBeGreaterThan(0);
  expect(findings.hyperlinks.size).toBe(findings.rowCount - 4);
  for (const link of findings.hyperlinks.values())
    expect(decodeURI(link.address ?? "")).toMatch(/莎车县\.xlsx#.+!/);
  // Counts are numbers with a thousands format; names are text-formatted.
  const countColumn = summary.values[3].indexOf("错误");
  expect(countColumn).toBeGreaterThan(0);
  expect(typeof summary.values[4][countColumn]).toBe("number");
  expect(summary.formats[4][countColumn]).toBe("#,##0");
  expect(summary.formats[4][0]).toBe("@");
  // The file that could not be read is on 未核对.
  expect(JSON.stringify(sheet(model, "未核对").values)).toContain("03-损坏.xlsx");
}, 60_000);
