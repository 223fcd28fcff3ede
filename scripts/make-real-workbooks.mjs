/**
 * Write an office-style .xlsx for every table of the real-table corpus (test/fixtures/real/*.json),
 * laid out the way an office types a published table into Excel: a merged title row, a unit line
 * (单位：万元), the header (two rows where the table has two, with merged cells), the data with
 * its 合计/小计 rows, a blank row, then 注 and 来源 lines.
 *
 *   node scripts/make-real-workbooks.mjs [output-folder]   (default: a folder under the system temp)
 *
 * The workbooks are not committed (about 250 KB together); test/real/engine.test.ts makes them afresh.
 *
 * Also writes layout.json in the folder: for each table, its file, sheet, header rows, first data
 * row and column letters, so a test can name the cell a published figure landed in.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = join(REPO, "test", "fixtures", "real");
const OUT = resolve(process.argv[2] ?? join(tmpdir(), "aid-real-workbooks"));
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** Column letters for a 0-based index (0 → A, 26 → AA). */
function letters(index) {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Decimals a printed number shows ("2.36" → 2, "4" → 0). */
function decimalsOf(text) {
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** A number format showing exactly this many decimals. */
function fixedFormat(decimals, percent = false) {
  return (decimals > 0 ? "0." + "0".repeat(decimals) : "0") + (percent ? "%" : "");
}

/**
 * Put one printed cell into a worksheet cell: text stays text; numbers become numbers with a
 * format that shows the printed decimals, so a reader can tell 4 from 4.00. A percent column whose
 * header says (%) holds 28.6; a cell printed with its own % sign holds 0.286 formatted as 28.6%.
 */
function putCell(cell, text, kind, headerSaysPercent) {
  if (text === "") return;
  if (kind === "label" || kind === "text") {
    cell.value = text;
    if (text.includes("\n")) cell.alignment = { wrapText: true };
    return;
  }
  const clean = text.replace(/[,，]/g, "");
  if (kind === "percent" && clean.endsWith("%") && !headerSaysPercent) {
    const digits = clean.slice(0, -1);
    cell.value = Number(digits) / 100;
    cell.numFmt = fixedFormat(decimalsOf(digits), true);
    return;
  }
  const digits = clean.replace(/%$/, "");
  cell.value = Number(digits);
  cell.numFmt = fixedFormat(decimalsOf(digits));
}

/** Lay one corpus table out on a new sheet; returns where its parts landed. */
function addTable(wb, entry) {
  const { table } = entry;
  const width = table.columns.length;
  const ws = wb.addWorksheet(entry.id.slice(0, 31));
  let row = 1;
  ws.getCell(row, 1).value = table.caption;
  ws.getCell(row, 1).font = { bold: true, size: 14 };
  ws.getCell(row, 1).alignment = { horizontal: "center" };
  if (width > 1) ws.mergeCells(row, 1, row, width);
  row++;
  if (table.unit) {
    ws.getCell(row, width).value = `单位：${table.unit}`;
    ws.getCell(row, width).alignment = { horizontal: "right" };
    row++;
  }
  const headerRow = row;
  table.header.forEach((cells, h) => {
    cells.forEach((text, c) => {
      const cell = ws.getCell(row, c + 1);
      if (text !== null) cell.value = text;
      cell.font = { bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = { top: { style: "thin" }, bottom: { style: "thin" } };
      // A null in the second header row continues the cell above it.
      if (text === null && h === 1) ws.mergeCells(row - 1, c + 1, row, c + 1);
    });
    // Merge runs of null in the first header row into the cell on their left.
    if (h === 0) {
      let start = 0;
      for (let c = 1; c <= cells.length; c++) {
        if (c < cells.length && cells[c] === null) continue;
        if (c - 1 > start) ws.mergeCells(row, start + 1, row, c);
        start = c;
      }
    }
    row++;
  });
  const percentHeader = table.columns.map((_, c) =>
    table.header.some((cells) => (cells[c] ?? "").includes("%"))
  );
  const firstRow = row;
  table.rows.forEach((cells, r) => {
    cells.forEach((text, c) =>
      putCell(ws.getCell(row, c + 1), text, table.columns[c], percentHeader[c])
    );
    if (table.totals.includes(r)) ws.getRow(row).font = { bold: true };
    row++;
  });
  const lastRow = row - 1;
  row++;
  for (const note of table.notes) ws.getCell(row++, 1).value = `注：${note}`;
  ws.getCell(row, 1).value = `来源：${entry.publisher ?? ""} ${entry.url}`.trim();
  table.columns.forEach((kind, c) => (ws.getColumn(c + 1).width = kind === "label" ? 22 : 14));
  return {
    sheet: ws.name,
    headerRow,
    headerRows: table.header.length,
    firstRow,
    lastRow,
    columns: table.columns.map((_, c) => letters(c)),
  };
}

mkdirSync(OUT, { recursive: true });
const layout = {};
for (const name of readdirSync(CORPUS)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const entry = JSON.parse(readFileSync(join(CORPUS, name), "utf8"));
  const wb = new ExcelJS.Workbook();
  wb.creator = "AID real-table corpus";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const place = addTable(wb, entry);
  const file = `${entry.id}.xlsx`;
  await wb.xlsx.writeFile(join(OUT, file));
  layout[entry.id] = { file, ...place };
}
writeFileSync(join(OUT, "layout.json"), JSON.stringify(layout, null, 2) + "\n");
console.log(`${Object.keys(layout).length} workbooks in ${OUT}`);
