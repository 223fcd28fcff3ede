/**
 * Following Excel through Microsoft's Office.js client: handlers added with
 * worksheets.onActivated / onChanged hear the user's sheet switches, edits and
 * inserted rows, delivered by Office.js's own event dispatch, and stop when removed.
 */
import { followSheets, type SheetEvent } from "../../src/excel/events";
import { selectCell } from "../../src/excel/navigate";
import { WorkbookModel } from "../../src/workbench/model";
import { install, projectGrid, putGrid } from "./helpers";

function workbook(): WorkbookModel {
  const model = new WorkbookModel();
  putGrid(model.addSheet("项目表"), projectGrid(10));
  putGrid(model.addSheet("汇总"), projectGrid(3));
  return model;
}

describe("followSheets on Office.js", () => {
  test("a click on another sheet's tab, an edit and inserted rows reach the listener, with the sheet's id", async () => {
    const model = workbook();
    const { host } = install(model);
    const events: SheetEvent[] = [];
    const stop = await followSheets((e) => events.push(e));

    model.activate("汇总");
    model.editCell("汇总", 2, 3, "新项目");
    model.insertRows("项目表", 4, 2);
    await host.settled();

    const [projects, summary] = model.sheets;
    expect(events).toEqual([
      { kind: "activated", sheetId: summary.id },
      { kind: "changed", sheetId: summary.id, address: "D3", moved: false },
      { kind: "changed", sheetId: projects.id, address: "5:6", moved: true },
    ]);
    await stop();
  });

  test("the add-in's own activate and writes are heard too, as Excel raises them", async () => {
    const model = workbook();
    const { host } = install(model);
    const events: SheetEvent[] = [];
    const stop = await followSheets((e) => events.push(e));

    await selectCell("汇总", "B2");
    await host.settled();

    expect(events).toContainEqual({ kind: "activated", sheetId: model.sheets[1].id });
    await stop();
  });

  test("after the handlers are removed nothing more arrives", async () => {
    const model = workbook();
    const { host } = install(model);
    const events: SheetEvent[] = [];
    const stop = await followSheets((e) => events.push(e));
    await stop();

    model.activate("汇总");
    model.editCell("汇总", 1, 1, "x");
    await host.settled();

    expect(events).toEqual([]);
  });
});
