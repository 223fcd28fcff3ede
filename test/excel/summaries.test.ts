/**
 * Going to a finding's cell, and the sheets AID inserts on request: the category
 * share summary (table, percent formats, total row, chart) and a programme's
 * official pairing table.
 */
import { columnIndex } from "../../src/core/address";
import { programmeById } from "../../src/core/programmes";
import { summarizeShares, type ShareSummary } from "../../src/core/shares";
import { selectCell } from "../../src/excel/navigate";
import { insertPairingTable, insertShares } from "../../src/excel/summaries";
import { WorkbookModel, type SheetModel } from "../../src/workbench/model";
import { install, projectGrid, putGrid, snapshot } from "./helpers";

describe("selectCell takes the user to a finding's cell", () => {
  test("activates the finding's sheet and selects the cell", async () => {
    const model = new WorkbookModel();
    putGrid(model.addSheet("说明"), { values: [["填表说明"]], formats: [["General"]] });
    putGrid(model.addSheet("项目表"), projectGrid(20));
    model.activeSheet = 0;
    install(model);

    await selectCell("项目表", "D7");

    expect(model.sheets[model.activeSheet].name).toBe("项目表");
    expect(model.selection).toEqual({ sheet: "项目表", row: 6, column: 3, rows: 1, columns: 1 });
  });

  test("works on a sheet whose name has an apostrophe and leaves the cells as they were", async () => {
    const model = new WorkbookModel();
    model.addSheet("说明");
    putGrid(model.addSheet("新疆'十二五'项目"), projectGrid(20));
    const before = snapshot(model) as { sheets: unknown };
    install(model);

    await selectCell("新疆'十二五'项目", "AB12");

    expect(model.activeSheet).toBe(1);
    expect(model.selection).toEqual({
      sheet: "新疆'十二五'项目",
      row: 11,
      column: 27,
      rows: 1,
      columns: 1,
    });
    expect((snapshot(model) as { sheets: unknown }).sheets).toEqual(before.sheets);
  });
});

function shareSummary(): ShareSummary {
  const grid = projectGrid(200);
  const outcome = summarizeShares(grid.values, grid.formats);
  if (!outcome.ok) throw new Error(`no share summary: ${outcome.missing}`);
  return outcome.summary;
}

/** The column of a header cell in the first row of the sheet's only table. */
function headerColumn(sheet: SheetModel, header: string): number {
  const table = sheet.tables[0];
  for (let c = table.column; c < table.column + table.columns; c++)
    if (sheet.value(table.row, c) === header) return c;
  throw new Error(`no header ${header}`);
}

describe("insertShares", () => {
  test("a new sheet 类别占比 with a table of the categories, percent shares, a total row and a chart beside it", async () => {
    const summary = shareSummary();
    expect(summary.lines.length).toBe(5);
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), projectGrid(200));
    install(model);

    const name = await insertShares(summary, "zh-CN");

    expect(name).toBe("类别占比");
    const sheet = model.sheet(name) as SheetModel;
    expect(sheet.tables).toHaveLength(1);
    const table = sheet.tables[0];
    expect(table.rows).toBe(summary.lines.length + 1);
    const share = headerColumn(sheet, "占比");
    summary.lines.forEach((line, i) => {
      const row = table.row + 1 + i;
      expect(sheet.value(row, table.column)).toBe(line.category);
      expect(sheet.value(row, share)).toBeCloseTo(line.share as number, 12);
      expect(sheet.format(row, share)).toMatch(/%/);
    });
    // The total row, just under the table.
    const total = table.row + table.rows;
    expect(sheet.value(total, table.column)).toBe("合计");
    const rowValues = Array.from({ length: table.columns }, (_, c) =>
      sheet.value(total, table.column + c)
    );
    expect(rowValues).toContain(summary.total.amount);
    expect(rowValues).toContain(summary.total.count);
    expect(sheet.value(total, share)).toBe(1);
    expect(sheet.format(total, share)).toMatch(/%/);
    // One chart, placed to the right of the table.
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.source).toContain("类别占比");
    // It covers every category row of the table.
    const lastRow = Number(/(\d+)$/.exec(chart.source)?.[1]);
    expect(lastRow).toBe(table.row + table.rows);
    const start = /^([A-Z]+)\d+$/.exec(chart.position?.start ?? "");
    expect(start).not.toBeNull();
    expect(columnIndex((start as RegExpExecArray)[1])).toBeGreaterThan(
      table.column + table.columns - 1
    );
  });

  test("with 类别占比 present it takes the next free name and leaves the old sheet alone", async () => {
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), projectGrid(200));
    model.addSheet("类别占比").setValue(0, 0, "用户自己的汇总");
    const before = snapshot(model) as { sheets: unknown[] };
    install(model);

    const name = await insertShares(shareSummary(), "zh-CN");

    expect(name).toBe("类别占比 (2)");
    expect(model.sheet(name)?.tables).toHaveLength(1);
    expect(model.sheet(name)?.charts).toHaveLength(1);
    expect((snapshot(model) as { sheets: unknown[] }).sheets.slice(0, 2)).toEqual(before.sheets);
  });
});

describe("insertShares: amounts that could not be read", () => {
  /** 200 projects, two of them with 待定 and #N/A as planned funds. */
  function gridWithUnreadable() {
    const grid = projectGrid(200);
    grid.values[12][5] = "待定";
    grid.values[40][5] = "#N/A";
    return grid;
  }

  test("a note under the total names how many and which cells, as text, in the user's language", async () => {
    const grid = gridWithUnreadable();
    const outcome = summarizeShares(grid.values, grid.formats);
    if (!outcome.ok) throw new Error("no summary");
    expect(outcome.summary.unreadable?.map((u) => u.cell)).toEqual(["F13", "F41"]);
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), grid);
    install(model);

    const zh = model.sheet(await insertShares(outcome.summary, "zh-CN")) as SheetModel;
    const en = model.sheet(await insertShares(outcome.summary, "en")) as SheetModel;

    const totalRow = zh.tables[0].row + zh.tables[0].rows;
    expect(zh.value(totalRow, 0)).toBe("合计");
    expect(zh.value(totalRow + 2, 0)).toBe(
      "有 2 个金额不是数字，未计入金额（这些行仍计入项目数）：F13「待定」、F41「#N/A」"
    );
    expect(zh.format(totalRow + 2, 0)).toBe("@");
    expect(en.value(totalRow + 2, 0)).toMatch(
      /^2 amounts are not a number.*F13 \(待定\), F41 \(#N\/A\)$/
    );
    // The total still counts both rows as projects; their amounts are not in it.
    expect(zh.value(totalRow, 1)).toBe(200);
  });

  test("no note when every amount is a number", async () => {
    const summary = shareSummary();
    expect(summary.unreadable).toEqual([]);
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), projectGrid(200));
    install(model);

    const sheet = model.sheet(await insertShares(summary, "zh-CN")) as SheetModel;

    const totalRow = sheet.tables[0].row + sheet.tables[0].rows;
    expect(sheet.rowCount).toBe(totalRow + 1);
  });
});

describe("insertPairingTable", () => {
  test("all 94 pairs of xinjiang-2010, each with its source text, in a table on a new sheet", async () => {
    const programme = programmeById("xinjiang-2010");
    expect(programme.pairs).toHaveLength(94);
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), projectGrid(10));
    install(model);

    const name = await insertPairingTable(programme, "zh-CN");

    const sheet = model.sheet(name) as SheetModel;
    expect(model.sheets).toHaveLength(2);
    expect(sheet.tables).toHaveLength(1);
    const table = sheet.tables[0];
    expect(table.rows).toBe(95);
    const supporter = headerColumn(sheet, "支援方");
    const recipient = headerColumn(sheet, "受援方");
    const source = headerColumn(sheet, "原文");
    programme.pairs.forEach((pair, i) => {
      const row = table.row + 1 + i;
      expect([
        sheet.value(row, supporter),
        sheet.value(row, recipient),
        sheet.value(row, source),
      ]).toEqual([pair.supporter, pair.recipient, pair.source.text]);
    });
    expect([...sheet.formulas]).toEqual([]);
  });

  test("a second insert gets its own sheet", async () => {
    const programme = programmeById("xinjiang-2010");
    const model = new WorkbookModel();
    model.addSheet("项目表");
    install(model);

    const first = await insertPairingTable(programme, "zh-CN");
    const second = await insertPairingTable(programme, "zh-CN");

    expect(second).not.toBe(first);
    expect(model.sheet(first)?.tables[0].rows).toBe(95);
    expect(model.sheet(second)?.tables[0].rows).toBe(95);
  });
});

describe("the summaries read as the pane shows them", () => {
  test("shares: the pane's column order, and a pie of the amounts labelled with category and percentage", async () => {
    const summary = shareSummary();
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), projectGrid(200));
    install(model);

    const name = await insertShares(summary, "zh-CN");

    const sheet = model.sheet(name) as SheetModel;
    const table = sheet.tables[0];
    const header = Array.from({ length: table.columns }, (_, c) => sheet.value(table.row, c));
    expect(header.map((h) => String(h).replace(/\(.*\)$/, ""))).toEqual([
      "项目类别",
      "项目数",
      "金额",
      "占比",
    ]);
    const chart = sheet.charts[0];
    expect(chart.type).toBe("Pie");
    // The pie's values are the amounts (column C), its labels the categories (column A).
    expect(chart.source).toMatch(/!C1:C\d+$/);
    expect(chart.categories).toMatch(new RegExp(`!A2:A${summary.lines.length + 1}$`));
    expect(chart.dataLabels).toEqual({
      showCategoryName: true,
      showPercentage: true,
      showValue: false,
    });
  });

  test("pairing table: a Chinese sheet name after the programme, no source line numbers unless asked", async () => {
    const programme = programmeById("xinjiang-2010");
    const model = new WorkbookModel();
    model.addSheet("项目表");
    install(model);

    const plain = await insertPairingTable(programme, "zh-CN");
    const withLines = await insertPairingTable(programme, "zh-CN", { withSourceLines: true });

    expect(plain.startsWith("对口关系表")).toBe(true);
    expect(plain).not.toMatch(/[a-z]/);
    const headerOf = (name: string) => {
      const sheet = model.sheet(name) as SheetModel;
      const t = sheet.tables[0];
      return Array.from({ length: t.columns }, (_, c) => sheet.value(t.row, c));
    };
    expect(headerOf(plain)).not.toContain("原文行号");
    expect(headerOf(withLines)).toContain("原文行号");
  });
});
