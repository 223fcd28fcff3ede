/**
 * Reading sheets through Office.js: the used range in row blocks (one sync per
 * block, every request under Excel on the web's limits), the selection, and
 * validation that only ever reads.
 */
import type { CellValue } from "../../src/core/cells";
import { Validator } from "../../src/core/validate";
import { readHead, readSheet } from "../../src/excel/read";
import { WorkbookModel } from "../../src/workbench/model";
import {
  firstDifference,
  install,
  keyOf,
  longChinese,
  paint,
  projectGrid,
  putGrid,
  readAll,
  snapshot,
  CELL_LIMIT,
  REQUEST_LIMIT_BYTES,
} from "./helpers";

describe("readSheet reads the used range in blocks", () => {
  test("100,000 project rows × 8 columns at B3: every row in order with its formats, one sync per block", async () => {
    const model = new WorkbookModel();
    const grid = projectGrid(100_000);
    putGrid(model.addSheet("项目表"), grid, 2, 1);
    const standIn = install(model);

    const read = await readAll(standIn, "项目表");

    expect(read.shape).toEqual({
      name: "项目表",
      origin: { row: 2, column: 1 },
      rows: 100_001,
      columns: 8,
    });
    expect(firstDifference(read.values, grid.values)).toBeNull();
    expect(firstDifference(read.formats, grid.formats)).toBeNull();
    // Blocks, not the whole sheet at once and not a sync per row.
    expect(read.blocks).toBeGreaterThan(1);
    expect(read.syncs).toBeLessThanOrEqual(read.blocks);
    expect(read.syncs).toBeLessThanOrEqual(100);
    expect(standIn.stats.largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(standIn.stats.largestReadCells).toBeLessThanOrEqual(CELL_LIMIT);
  });

  test("200-character Chinese text in every cell: no request over the limit, all rows in order", async () => {
    const rows = 20_000;
    const values: CellValue[][] = [];
    const formats: string[][] = [];
    for (let r = 0; r < rows; r++) {
      values.push(Array.from({ length: 8 }, (_, c) => longChinese(r * 8 + c)));
      formats.push(Array.from({ length: 8 }, (_, c) => (c % 2 === 0 ? "@" : "General")));
    }
    const model = new WorkbookModel();
    putGrid(model.addSheet("建设内容"), { values, formats });
    // The sheet is many times what one request may carry: a fixed, naive block size would overflow.
    expect(rows * 8 * 200).toBeGreaterThan(5 * REQUEST_LIMIT_BYTES);
    const standIn = install(model);

    const read = await readAll(standIn, "建设内容");

    expect(read.shape).toEqual({
      name: "建设内容",
      origin: { row: 0, column: 0 },
      rows,
      columns: 8,
    });
    expect(firstDifference(read.values, values)).toBeNull();
    expect(firstDifference(read.formats, formats)).toBeNull();
    expect(read.syncs).toBeLessThanOrEqual(read.blocks);
    expect(standIn.stats.largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  });

  test("long text that only starts below the first rows still keeps every request under the limit", async () => {
    // A project list whose first few hundred rows are short, followed by rows with
    // 200-character descriptions in every cell: the block size learnt from the short
    // rows must not carry over to the long ones.
    const short = projectGrid(299);
    const values: CellValue[][] = short.values.map((row) => [...row]);
    const formats: string[][] = short.formats.map((row) => [...row]);
    for (let r = 0; r < 20_000; r++) {
      values.push(Array.from({ length: 8 }, (_, c) => longChinese(r * 8 + c)));
      formats.push(Array.from({ length: 8 }, () => "@"));
    }
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), { values, formats });
    const standIn = install(model);

    const read = await readAll(standIn, "项目表");

    expect(read.shape?.rows).toBe(values.length);
    expect(firstDifference(read.values, values)).toBeNull();
    expect(standIn.stats.largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  });

  test("a used range starting at C5 gives its origin and shape, and its first block starts with the header", async () => {
    const model = new WorkbookModel();
    const grid = projectGrid(30);
    putGrid(model.addSheet("项目表"), grid, 4, 2);
    const standIn = install(model);

    const read = await readAll(standIn, "项目表");

    expect(read.shape).toEqual({
      name: "项目表",
      origin: { row: 4, column: 2 },
      rows: 31,
      columns: 8,
    });
    expect(read.values[0]).toEqual(grid.values[0]);
    expect(firstDifference(read.values, grid.values)).toBeNull();
    expect(firstDifference(read.formats, grid.formats)).toBeNull();
  });

  test("an empty sheet gives null and no blocks", async () => {
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), projectGrid(5));
    model.addSheet("空表");
    const standIn = install(model);

    const read = await readAll(standIn, "空表");

    expect(read.shape).toBeNull();
    expect(read.blocks).toBe(0);
  });

  test("a sheet whose data starts below row 200 still reads all its rows", async () => {
    const model = new WorkbookModel();
    const grid = projectGrid(500);
    putGrid(model.addSheet("项目表"), grid, 250, 0);
    const standIn = install(model);

    const read = await readAll(standIn, "项目表");

    expect(read.shape).toEqual({
      name: "项目表",
      origin: { row: 250, column: 0 },
      rows: 501,
      columns: 8,
    });
    expect(firstDifference(read.values, grid.values)).toBeNull();
    expect(firstDifference(read.formats, grid.formats)).toBeNull();
  });

  test("readHead gives the first rows of a used range that starts low on the sheet, in one sync", async () => {
    const model = new WorkbookModel();
    const grid = projectGrid(100);
    putGrid(model.addSheet("项目表"), grid, 250, 2);
    const standIn = install(model);
    const before = standIn.stats.syncs;

    const head = await readHead("项目表", 40);

    expect(standIn.stats.syncs - before).toBe(1);
    expect(head?.shape).toEqual({
      name: "项目表",
      origin: { row: 250, column: 2 },
      rows: 101,
      columns: 8,
    });
    expect(firstDifference(head?.block.values ?? [], grid.values.slice(0, 40))).toBeNull();
    expect(firstDifference(head?.block.formats ?? [], grid.formats.slice(0, 40))).toBeNull();
  });

  test("with no sheet named, the active sheet is read", async () => {
    const model = new WorkbookModel();
    putGrid(model.addSheet("说明"), { values: [["填表说明"]], formats: [["General"]] });
    const grid = projectGrid(40);
    putGrid(model.addSheet("项目表"), grid);
    model.activeSheet = 1;
    const standIn = install(model);

    const read = await readAll(standIn);

    expect(read.shape?.name).toBe("项目表");
    expect(firstDifference(read.values, grid.values)).toBeNull();
  });
});

describe("validation only reads", () => {
  test("validating a sheet block by block leaves every value, format, fill and link as it was and adds no sheet", async () => {
    const model = new WorkbookModel();
    const grid = projectGrid(3000);
    // Mistakes for the validator to find: a wrong rate and a negative amount.
    grid.values[10][7] = 0.99;
    grid.values[20][5] = -500;
    const sheet = model.addSheet("项目表");
    putGrid(sheet, grid, 1, 0);
    sheet.setValue(0, 0, "2011年对口援疆项目资金到位情况");
    sheet.merges.push({ row: 0, column: 0, rows: 1, columns: 8 });
    for (let c = 0; c < 8; c++) paint(sheet, `${String.fromCharCode(65 + c)}2`, "#DDEBF7");
    paint(sheet, "H12", "#FFFF00");
    sheet.cellFormats.set(keyOf("A1"), { bold: true });
    sheet.hyperlinks.set(keyOf("D5"), { address: "https://example.org/项目/4" });
    sheet.formulas.add(keyOf("H5"));
    const notes = model.addSheet("说明");
    notes.setValue(0, 0, "数据截至2011年6月30日");
    model.settings.set("用户设置", { 单位: "万元" });
    install(model);
    const before = snapshot(model);
    const sheetsBefore = model.sheets.length;

    const head = await readHead("项目表");
    const validator = new Validator({ origin: head?.shape.origin });
    let rows = 0;
    // As the pane does: every block's rows pushed with their formats as the block arrives.
    const shape = await readSheet("项目表", (block) =>
      block.values.forEach((row, i) => {
        validator.push(row, block.formats[i]);
        rows++;
      })
    );
    const report = validator.finish();

    expect(shape?.origin).toEqual({ row: 0, column: 0 });
    expect(rows).toBe(3002);
    expect(report.table).not.toBeNull();
    expect(report.findings.length).toBeGreaterThan(0);
    expect(model.sheets.length).toBe(sheetsBefore);
    expect(snapshot(model)).toEqual(before);
  });
});
