/**
 * src/wps against the WPS stand-in (src/workbench/wps/standin.ts): the pane's host
 * object in WPS reads, selects, writes, highlights and clears as the Excel host does
 * over the same workbook, and never changes the user's cells.
 */
import type { CellValue } from "../../src/core/cells";
import { summarizeShares, type ShareSummary } from "../../src/core/shares";
import { programmeById } from "../../src/core/programmes";
import type { Finding } from "../../src/core/validate";
import type { Block } from "../../src/excel";
import { excelHost } from "../../src/excel";
import { wpsHost } from "../../src/wps";
import { DATA_SHEET } from "../../src/wps/sheets";
import { WorkbookModel } from "../../src/workbench/model";
import { installWps } from "../../src/workbench/wps/standin";
import { install as installExcel, projectGrid, putGrid, snapshot } from "../excel/helpers";

function shareSummary(): ShareSummary {
  const grid = projectGrid(200);
  const outcome = summarizeShares(grid.values, grid.formats);
  if (!outcome.ok) throw new Error(`no share summary: ${outcome.missing}`);
  return outcome.summary;
}

function projectWorkbook(rows = 40): WorkbookModel {
  const model = new WorkbookModel();
  putGrid(model.addSheet("项目表"), projectGrid(rows));
  model.addSheet("说明").setValue(0, 0, "填表说明");
  return model;
}

/** The user's sheets as a user sees them (AID's own and its hidden record left out). */
function userView(model: WorkbookModel, own: readonly string[]): unknown {
  const all = snapshot(model) as { sheets: { name: string }[] };
  return all.sheets.filter((s) => s.name !== DATA_SHEET && !own.includes(s.name));
}

async function readAll(host: typeof wpsHost, name?: string) {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  let blocks = 0;
  const shape = await host.readSheet(name, (b: Block) => {
    blocks++;
    values.push(...b.values);
    formats.push(...b.formats);
  });
  return { shape, values, formats, blocks };
}

function finding(
  cell: string,
  severity: Finding["severity"],
  rule: Finding["rule"],
  message: string,
  expected?: string,
  actual?: string
): Finding {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return {
    rule,
    severity,
    cell,
    row: Number(row),
    column,
    message,
    ...(expected ? { expected } : {}),
    ...(actual ? { actual } : {}),
  };
}

const FINDINGS: Finding[] = [
  finding("H5", "error", "rate-mismatch", "H5：到位率应为 53.0%，表中为 99.0%", "53.0%", "99.0%"),
  finding("G9", "error", "not-a-number", "已到位资金不是数字：待定", undefined, "待定"),
  finding("C12", "warning", "ambiguous-place", "“新和”可指多个地方"),
];

let uninstall: (() => void) | null = null;
afterEach(() => {
  uninstall?.();
  uninstall = null;
});

function withWps(model: WorkbookModel): WorkbookModel {
  uninstall = installWps(model);
  return model;
}

describe("reading", () => {
  test("a sheet reads as the Excel host reads it: same shape, values and number formats", async () => {
    const model = projectWorkbook(1200);
    // A fill-only cell below the table: ET's UsedRange counts it, and it must read as an empty row, not shift anything.
    const sheet = model.sheet("项目表")!;
    sheet.setValue(5, 7, "#DIV/0!");
    installExcel(model);
    const excel = await readAll(excelHost, "项目表");
    withWps(model);
    const wps = await readAll(wpsHost, "项目表");
    expect(wps.shape).toEqual(excel.shape);
    expect(wps.values).toEqual(excel.values);
    expect(wps.formats).toEqual(excel.formats);
    // The error cell comes through as the text Excel gives, not as VBA's error number.
    expect(wps.values[5][7]).toBe("#DIV/0!");
    expect(wps.blocks).toBeGreaterThan(1);
  });

  test("a number equal to an error code stays a number when the cell shows a number", async () => {
    const model = projectWorkbook(3);
    model.sheet("项目表")!.setValue(2, 5, -2146826281);
    withWps(model);
    const { values } = await readAll(wpsHost, "项目表");
    expect(values[2][5]).toBe(-2146826281);
  });

  test("a sheet with an origin away from A1 gives a 0-based origin", async () => {
    const model = new WorkbookModel();
    putGrid(model.addSheet("表"), projectGrid(5), 3, 2);
    withWps(model);
    const head = await wpsHost.readHead("表");
    expect(head?.shape.origin).toEqual({ row: 3, column: 2 });
    expect(head?.block.values[0][0]).toBe("序号");
  });

  test("an empty sheet reads as nothing", async () => {
    const model = new WorkbookModel();
    model.addSheet("空");
    withWps(model);
    expect(await wpsHost.readSheet("空", () => undefined)).toBeNull();
    expect(await wpsHost.readHead("空")).toBeNull();
  });

  test("the sheet list leaves out hidden sheets and AID's own; ids stay through a rename", async () => {
    const model = projectWorkbook();
    model.addSheet("隐藏").visibility = "Hidden";
    withWps(model);
    const before = await wpsHost.listSheets();
    expect(before.names).toEqual(["项目表", "说明"]);
    const report = await wpsHost.writeReport("项目表", FINDINGS, "zh-CN");
    model.sheet(report)!.name = "我的报告";
    const after = await wpsHost.listSheets();
    expect(after.names).toEqual(["项目表", "说明"]);
    expect(after.own).toEqual(["我的报告"]);
    expect(after.active).toBe("我的报告");
    expect(after.ids[0]).toBe(before.ids[0]);
  });
});

describe("selection and navigation", () => {
  test("a Ctrl-selection of two columns reads as pairs on the rows both cover", async () => {
    const model = projectWorkbook(10);
    model.activate("项目表");
    model.selection = {
      sheet: "项目表",
      row: 1,
      column: 1,
      rows: 5,
      columns: 1,
      areas: [
        { row: 1, column: 1, rows: 5, columns: 1 },
        { row: 0, column: 2, rows: 100, columns: 1 },
      ],
    };
    withWps(model);
    const s = await wpsHost.readSelection();
    expect(s.address).toBe("B2:B6,C1:C100");
    expect(s.values).toHaveLength(5);
    expect(s.values[0]).toEqual([
      model.sheet("项目表")!.value(1, 1),
      model.sheet("项目表")!.value(1, 2),
    ]);
    expect(s.origin).toEqual({ row: 1, column: 1 });
  });

  test("selecting a finding's cell on another sheet activates that sheet first", async () => {
    const model = projectWorkbook();
    model.activate("说明");
    withWps(model);
    await wpsHost.selectCell("项目表", "H5");
    expect(model.sheets[model.activeSheet].name).toBe("项目表");
    expect(model.selection).toMatchObject({
      sheet: "项目表",
      row: 4,
      column: 7,
      rows: 1,
      columns: 1,
    });
  });
});

describe("writing", () => {
  const now = new Date(2026, 11, 2, 10, 30);

  test("the report has the same cells, formats, links and table as Excel's", async () => {
    const details = {
      now,
      programme: "新疆 2010",
      columns: { number: "A", supporter: "B", recipient: "C", project: "D" },
    };
    const excelModel = projectWorkbook();
    installExcel(excelModel);
    const excelName = await excelHost.writeReport("项目表", FINDINGS, "zh-CN", {
      ...details,
      ignored: [FINDINGS[2]],
    });
    const wpsModel = withWps(projectWorkbook());
    const wpsName = await wpsHost.writeReport("项目表", FINDINGS, "zh-CN", {
      ...details,
      ignored: [FINDINGS[2]],
    });
    expect(wpsName).toBe(excelName);
    const e = excelModel.sheet(excelName)!;
    const w = wpsModel.sheet(wpsName)!;
    expect(w.values).toEqual(e.values);
    for (let r = 0; r < e.rowCount; r++)
      for (let c = 0; c < e.values[r].length; c++)
        if (e.values[r][c] !== "") expect([r, c, w.format(r, c)]).toEqual([r, c, e.format(r, c)]);
    expect([...w.hyperlinks].sort()).toEqual(
      [...e.hyperlinks]
        .map(([k, l]) => [
          k,
          { documentReference: l.documentReference, textToDisplay: l.textToDisplay },
        ])
        .sort()
    );
    expect(
      w.tables.map(({ row, column, rows, columns, style }) => ({
        row,
        column,
        rows,
        columns,
        style,
      }))
    ).toEqual(
      e.tables.map(({ row, column, rows, columns, style }) => ({
        row,
        column,
        rows,
        columns,
        style,
      }))
    );
    expect(w.frozenRows).toBe(e.frozenRows);
    expect(w.print).toEqual(e.print);
  });

  test("writing the report, shares and a pairing table leaves the user's sheets as they were", async () => {
    const model = withWps(projectWorkbook());
    const before = userView(model, []);
    const own = [
      await wpsHost.writeReport("项目表", FINDINGS, "zh-CN", { now }),
      await wpsHost.insertShares(shareSummary(), "zh-CN"),
      await wpsHost.insertPairingTable(programmeById("wenchuan-2008"), "zh-CN"),
    ];
    expect(userView(model, own)).toEqual(before);
    // The hidden record is not a sheet the user sees.
    expect(model.sheet(DATA_SHEET)?.visibility).toBe("VeryHidden");
  });

  test("text that looks like a formula stays text in the report", async () => {
    const model = withWps(projectWorkbook());
    const name = await wpsHost.writeReport(
      "项目表",
      [finding("B3", "warning", "unknown-place", '=HYPERLINK("x")')],
      "zh-CN",
      { now }
    );
    expect(model.sheet(name)!.formulas.size).toBe(0);
  });
});

describe("highlight and clear", () => {
  test("highlight paints errors red over warnings; clear puts every fill back", async () => {
    const model = withWps(projectWorkbook());
    const sheet = model.sheet("项目表")!;
    sheet.cellFormats.set("11,2", {
      fill: { color: "#00B050", pattern: "Gray25", patternColor: "#FF0000" },
    });
    const before = userView(model, []);
    const painted = await wpsHost.highlight("项目表", [
      ...FINDINGS,
      finding("C12", "error", "unknown-place", "x"),
    ]);
    expect(painted).toBe(3);
    expect(sheet.cellFormats.get("4,7")?.fill).toMatchObject({
      color: "#FFC7CE",
      pattern: "Solid",
    });
    expect(sheet.cellFormats.get("11,2")?.fill?.color).toBe("#FFC7CE");
    const result = await wpsHost.clearHighlights();
    expect(result).toEqual({ restored: 3, notRestored: [], missingSheets: [] });
    expect(userView(model, [])).toEqual(before);
  });

  test("every copy of a duplicate row is painted, the first one too, as the Excel host does", async () => {
    const duplicate = [finding("C9", "warning", "duplicate-row", "与第 5 行重复", "5")];
    const wpsModel = withWps(projectWorkbook());
    expect(await wpsHost.highlight("项目表", duplicate)).toBe(2);
    // C5 and C9: rows 4 and 8, column 2, counted from 0.
    const fills = (m: WorkbookModel) =>
      [4, 8].map((row) => m.sheet("项目表")!.cellFormats.get(`${row},2`)?.fill?.color);
    expect(fills(wpsModel)).toEqual(["#FFEB9C", "#FFEB9C"]);
  });

  test("clear leaves a cell the user recoloured since, and names it", async () => {
    const model = withWps(projectWorkbook());
    const sheet = model.sheet("项目表")!;
    await wpsHost.highlight("项目表", FINDINGS);
    sheet.cellFormats.set("8,6", { fill: { color: "#0070C0", pattern: "Solid" } });
    const result = await wpsHost.clearHighlights();
    expect(result.notRestored).toEqual([{ sheet: "项目表", cell: "G9" }]);
    expect(sheet.cellFormats.get("8,6")?.fill?.color).toBe("#0070C0");
    expect(sheet.cellFormats.get("4,7")).toBeUndefined();
  });

  test("highlighting twice keeps the user's own fill for clear", async () => {
    const model = withWps(projectWorkbook());
    const sheet = model.sheet("项目表")!;
    sheet.cellFormats.set("4,7", { fill: { color: "#FFFF00", pattern: "Solid" } });
    await wpsHost.highlight("项目表", FINDINGS);
    await wpsHost.highlight("项目表", FINDINGS);
    await wpsHost.clearHighlights();
    expect(sheet.cellFormats.get("4,7")?.fill).toEqual({ color: "#FFFF00", pattern: "Solid" });
  });
});

describe("shares and pairing table", () => {
  test("the share summary is a table with a total row and a labelled pie", async () => {
    const model = withWps(projectWorkbook());
    const summary = shareSummary();
    const name = await wpsHost.insertShares(summary, "zh-CN");
    const sheet = model.sheet(name)!;
    expect(sheet.values[0]).toEqual(["项目类别", "项目数", "金额(万元)", "占比"]);
    expect(sheet.format(1, 3)).toBe("0.0%");
    expect(sheet.values[summary.lines.length + 1][0]).toBe("合计");
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({
      type: "Pie",
      title: "各类别金额占比",
      legendVisible: false,
    });
    expect(sheet.charts[0].dataLabels).toMatchObject({
      showCategoryName: true,
      showPercentage: true,
    });
  });

  test("the pairing table lists every official pair", async () => {
    const model = withWps(projectWorkbook());
    const table = programmeById("xinjiang-2010");
    const name = await wpsHost.insertPairingTable(table, "zh-CN");
    const sheet = model.sheet(name)!;
    expect(sheet.rowCount).toBe(table.pairs.length + 1);
    expect(sheet.values[1].slice(0, 3)).toEqual([
      1,
      table.pairs[0].supporter,
      table.pairs[0].recipient,
    ]);
  });
});

describe("events", () => {
  test("activating a sheet and editing a cell reach the pane; stopping removes WPS's listeners", async () => {
    const model = withWps(projectWorkbook());
    const events: unknown[] = [];
    const stop = await wpsHost.followSheets((e) => events.push(e));
    const id = model.sheet("说明")!.id;
    model.activate("说明");
    model.editCell("说明", 1, 1, "改了");
    model.insertRows("说明", 3);
    // Events are handed on after the WPS calls that raised them, in tasks of their own.
    expect(events).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toEqual([
      { kind: "activated", sheetId: id },
      { kind: "changed", sheetId: id, address: "B2", moved: false },
      { kind: "changed", sheetId: id, address: "4:4", moved: true },
    ]);
    await stop();
    expect((globalThis as unknown as { wps: { listenerCount: number } }).wps.listenerCount).toBe(0);
  });
});
