/**
 * Reading the selection for the Pairings tab on Microsoft's Office.js client:
 * one block of two columns, two separate columns chosen with Ctrl, a whole column
 * or the whole sheet (only the used part read), one column (not pairs), and a
 * selection too large for one request.
 */
import type { CellValue } from "../../src/core/cells";
import { readSelection } from "../../src/excel/selection";
import { WorkbookModel } from "../../src/workbench/model";
import {
  REQUEST_LIMIT_BYTES,
  install,
  longChinese,
  projectGrid,
  putGrid,
  type Grid,
} from "./helpers";

function sheetWithProjects(rows = 60): { model: WorkbookModel; grid: Grid } {
  const model = new WorkbookModel();
  model.addSheet("说明");
  const grid = projectGrid(rows);
  putGrid(model.addSheet("项目表"), grid, 2, 1);
  model.activeSheet = 1;
  return { model, grid };
}

const ALL_ROWS = 1_048_576;

describe("readSelection gives supporter/recipient pairs", () => {
  test("two whole columns (支援方 and 受援方) give the pairs of every used row, nothing below", async () => {
    const { model, grid } = sheetWithProjects();
    model.selection = { sheet: "项目表", row: 0, column: 2, rows: ALL_ROWS, columns: 2 };
    const host = install(model);

    const selection = await readSelection();

    expect(selection.sheet).toBe("项目表");
    expect(selection.origin).toEqual({ row: 2, column: 2 });
    expect(selection.recipientColumn).toBe(3);
    expect(selection.values).toEqual(grid.values.map((row) => [row[1], row[2]]));
    expect(host.stats.largestReadCells).toBeLessThanOrEqual(grid.values.length);
  });

  test("two separate columns chosen with Ctrl (支援方 in C, 受援方 in K) are paired row by row", async () => {
    const { model, grid } = sheetWithProjects();
    // Put the recipients also in column K, away from the supporters, as some sheets do.
    const sheet = model.sheet("项目表")!;
    grid.values.forEach((row, r) => sheet.setValue(2 + r, 10, row[2]));
    const areas = [
      { row: 0, column: 2, rows: ALL_ROWS, columns: 1 },
      { row: 0, column: 10, rows: ALL_ROWS, columns: 1 },
    ];
    model.selection = { sheet: "项目表", ...areas[0], areas };
    install(model);

    const selection = await readSelection();

    expect(selection.columns).toBe(2);
    expect(selection.recipientColumn).toBe(10);
    expect(selection.address).toBe("C:C,K:K");
    expect(selection.values).toEqual(grid.values.map((row) => [row[1], row[2]]));
  });

  test("one column is not pairs: the selection says it has one column and gives none", async () => {
    const { model } = sheetWithProjects();
    model.selection = { sheet: "项目表", row: 0, column: 2, rows: ALL_ROWS, columns: 1 };
    install(model);

    const selection = await readSelection();

    expect(selection.columns).toBe(1);
    expect(selection.values).toEqual([]);
  });

  test("the whole sheet selected gives the used range's first two columns", async () => {
    const { model, grid } = sheetWithProjects();
    model.selection = { sheet: "项目表", row: 0, column: 0, rows: ALL_ROWS, columns: 16_384 };
    install(model);

    const selection = await readSelection();

    expect(selection.origin).toEqual({ row: 2, column: 1 });
    expect(selection.values).toEqual(grid.values.map((row) => [row[0], row[1]]));
  });

  test("a selection partly below the data reads only the rows that hold data", async () => {
    const { model, grid } = sheetWithProjects();
    // C50:D200 on a sheet whose data ends at row 63.
    model.selection = { sheet: "项目表", row: 49, column: 2, rows: 151, columns: 2 };
    install(model);

    const selection = await readSelection();

    expect(selection.origin).toEqual({ row: 49, column: 2 });
    expect(selection.values).toEqual(grid.values.slice(47).map((row) => [row[1], row[2]]));
  });

  test("120,000 rows of long names are read in blocks, no request or response over 5 MB", async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("名单");
    const rows = 120_000;
    const want: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const pair = [longChinese(2 * r, 60), longChinese(2 * r + 1, 60)];
      sheet.setValue(r, 0, pair[0]);
      sheet.setValue(r, 1, pair[1]);
      want.push(pair);
    }
    model.selection = { sheet: "名单", row: 0, column: 0, rows: ALL_ROWS, columns: 2 };
    const host = install(model);

    const selection = await readSelection();

    expect(selection.values.length).toBe(rows);
    expect(selection.values[rows - 1]).toEqual(want[rows - 1]);
    expect(selection.values).toEqual(want);
    expect(host.stats.largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
  });
});
