/** @jest-environment jsdom */
/**
 * What the workbench shows of a workbook beyond its values, handed on by the reader from its pass
 * over the sheet text (src/xlsx/sheet-layout.ts): column widths, merged areas, bold cells, and which sheets
 * are listed (hidden and very hidden ones are not), on files written by LibreOffice, openpyxl and
 * XlsxWriter (scripts/make-layout-fixtures.py); and a damaged file is refused with the reader's
 * reason in both languages, as aid-check gives it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { ReadError } from "../../src/cli/problems";
import { cliText } from "../../src/cli/text";
import { Grid } from "../../src/workbench/Grid";
import { loadXlsx } from "../../src/workbench/load-xlsx";
import type { WorkbookModel } from "../../src/workbench/model";

// Browsers have TextDecoder, which the reader decodes parts with; jsdom does not.
const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = NodeTextDecoder;

const PRODUCERS = join(__dirname, "..", "fixtures", "producers");

/** A fixture opened as the workbench opens a file: its bytes, in memory. */
function open(name: string): Promise<WorkbookModel> {
  const bytes = readFileSync(join(PRODUCERS, name));
  return loadXlsx(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

// Every layout fixture: title merged over A1:E1 and bold, a bold header in row 2, 合计 merged over A6:B6,
// columns A, B, C–D and E set to 14, 18, 10 and 12 characters, each program rounding its own way.
const LAYOUTS: [string, string, number[], [string, string][]][] = [
  [
    "openpyxl",
    "openpyxl-layout.xlsx",
    [14, 18, 10, 10, 12],
    [
      ["说明", "Hidden"],
      ["完工情况", "Visible"],
      ["底稿（不对外）", "VeryHidden"],
    ],
  ],
  [
    // XlsxWriter adds the cell padding to the width asked for, as Excel does; C:D is one <col min="3" max="4">.
    "XlsxWriter",
    "xlsxwriter-layout.xlsx",
    [14.7109375, 18.7109375, 10.7109375, 10.7109375, 12.7109375],
    [
      ["完工情况", "Visible"],
      ["说明", "Hidden"],
    ],
  ],
  [
    // LibreOffice converts its centimetres to characters of the default font.
    "LibreOffice",
    "libreoffice-layout.xlsx",
    [14.3, 18.39, 10.21, 10.21, 12.26],
    [
      ["完工情况", "Visible"],
      ["说明", "Hidden"],
    ],
  ],
  [
    "LibreOffice, macro-enabled",
    "libreoffice-layout.xlsm",
    [14.3, 18.39, 10.21, 10.21, 12.26],
    [
      ["完工情况", "Visible"],
      ["说明", "Hidden"],
    ],
  ],
];

describe.each(LAYOUTS)("%s (%s)", (_producer, file, widths, sheets) => {
  test("every sheet is read with its state; only the shown ones get a tab, the table is active", async () => {
    const model = await open(file);
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual(sheets);
    expect(model.sheets[model.activeSheet].name).toBe("完工情况");
    render(<Grid model={model} />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual(["完工情况"]);
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    // A hidden sheet's cells are still read: the pane may look at them as Excel's API would.
    const note = model.sheets.find((s) => s.name === "说明");
    expect(note?.value(0, 0)).toBe("核对说明：本表由各县填报。");
  });

  test("column widths as the file sets them, A to E; the grid draws them 7 px a character", async () => {
    const model = await open(file);
    const table = model.sheets[model.activeSheet];
    expect(table.columnWidths.slice(0, 5)).toEqual(widths);
    expect(table.columnWidths.length).toBe(5);
    render(<Grid model={model} />);
    const headers = document.querySelectorAll<HTMLElement>(".col-header");
    expect([...headers].slice(0, 6).map((h) => h.style.width)).toEqual([
      ...widths.map((w) => `${w * 7}px`),
      // Column F has no width in the file: the grid's default.
      headers[6].style.width,
    ]);
  });

  test("merged areas are listed; the title and the header are bold, the data is not", async () => {
    const model = await open(file);
    const table = model.sheets[model.activeSheet];
    expect(table.merges).toEqual([
      { row: 0, column: 0, rows: 1, columns: 5 }, // A1:E1
      { row: 5, column: 0, rows: 1, columns: 2 }, // A6:B6
    ]);
    expect(table.value(0, 0)).toBe("2010年援疆试点项目完工情况");
    expect(table.value(5, 0)).toBe("合计");
    // Excel holds a merged area's value in its top-left cell only.
    expect([1, 2, 3, 4].map((c) => table.value(0, c))).toEqual(["", "", "", ""]);
    expect(table.value(5, 1)).toBe("");
    const bold = [...table.cellFormats].filter(([, f]) => f.bold).map(([key]) => key);
    expect(bold.sort()).toEqual(["0,0", "1,0", "1,1", "1,2", "1,3", "1,4"]);
    render(<Grid model={model} />);
    const grid = screen.getByRole("grid", { name: "完工情况" });
    const cell = (address: string) =>
      within(grid)
        .getAllByRole("gridcell")
        .find((c) => c.dataset.address === address) as HTMLElement;
    expect(cell("A1").classList.contains("bold")).toBe(true);
    expect(cell("E2").classList.contains("bold")).toBe(true);
    expect(cell("A3").classList.contains("bold")).toBe(false);
    expect(cell("E4").textContent).toBe("50%");
  });

  test("merged areas move with the rows and columns inserted or deleted", async () => {
    const model = await open(file);
    const table = model.sheets[model.activeSheet];
    // A column deleted inside one narrows it, and one whose corner is deleted is dropped.
    table.insertRows(2, 3);
    table.insertColumns(0, 1);
    expect(table.merges).toEqual([
      { row: 0, column: 1, rows: 1, columns: 5 },
      { row: 8, column: 1, rows: 1, columns: 2 },
    ]);
    table.deleteRows(2, 3);
    table.deleteColumns(0, 1);
    table.deleteColumns(1, 1);
    expect(table.merges).toEqual([{ row: 0, column: 0, rows: 1, columns: 4 }]);
  });
});

describe.each([
  [
    "cut short (the zip directory at its end is missing)",
    "libreoffice-truncated.xlsx",
    "文件已损坏：文件不完整（末尾的 zip 目录缺失），可能没有下载或复制完",
    "the file is damaged: it is incomplete (the zip directory at its end is missing), perhaps not fully downloaded or copied",
  ],
  [
    "with the first sheet's CRC-32 changed",
    "libreoffice-crc.xlsx",
    "文件已损坏：部件 xl/worksheets/sheet1.xml 的校验和（CRC-32）不符",
    "the file is damaged: the CRC-32 of part xl/worksheets/sheet1.xml does not match",
  ],
])("LibreOffice's workbook %s", (_damage, file, zh, en) => {
  test("is refused with the reader's reason in Chinese and in English", async () => {
    const refusal = await open(file).then(
      () => null,
      (error: unknown) => error
    );
    expect(refusal).toBeInstanceOf(ReadError);
    const problem = (refusal as ReadError).problem;
    // The workbench shows 无法打开 <file>: and this reason (src/workbench/workbench.tsx).
    expect(cliText("zh-CN").problem(problem)).toBe(zh);
    expect(cliText("en").problem(problem)).toBe(en);
  });
});
