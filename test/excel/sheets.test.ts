/**
 * Which sheets the pane offers: listSheets leaves out hidden and very hidden
 * sheets and the sheets AID added itself (recorded by id when addSheet made them,
 * so a rename does not turn AID's report into a project sheet, and a user's sheet
 * that merely shares a name with AID's is still offered). Run on Microsoft's
 * Office.js client through the fake host.
 */
import { programmeById } from "../../src/core/programmes";
import type { Finding } from "../../src/core/validate";
import { listSheets } from "../../src/excel/read";
import { OWN_SHEETS_SETTING } from "../../src/excel/own-sheets";
import { writeReport } from "../../src/excel/report";
import { insertPairingTable } from "../../src/excel/summaries";
import { WorkbookModel } from "../../src/workbench/model";
import { install, projectGrid, putGrid } from "./helpers";

const FINDING: Finding = {
  cell: "B3",
  rule: "pairing-mismatch",
  severity: "error",
  message: "浙江省 与 泽普县 不是对口关系",
} as Finding;

function projects(): WorkbookModel {
  const model = new WorkbookModel();
  putGrid(model.addSheet("项目表"), projectGrid(10));
  // A user's own summary that happens to carry the name AID gives its share summary.
  putGrid(model.addSheet("类别占比"), projectGrid(3));
  return model;
}

describe("listSheets offers the sheets a user can check", () => {
  test("hidden and very hidden sheets are left out; the active sheet is named with its id", async () => {
    const model = projects();
    model.addSheet("底稿").visibility = "Hidden";
    model.addSheet("宏").visibility = "VeryHidden";
    model.activate("类别占比");
    install(model);

    const list = await listSheets();

    expect(list.names).toEqual(["项目表", "类别占比"]);
    expect(list.ids).toEqual([model.sheets[0].id, model.sheets[1].id]);
    expect(list.active).toBe("类别占比");
    expect(list.activeId).toBe(model.sheets[1].id);
    expect(list.own).toEqual([]);
  });

  test("AID's report and pairing table are left out, and stay out when the user renames them", async () => {
    const model = projects();
    install(model);
    const report = await writeReport("项目表", [FINDING], "zh-CN");
    const pairs = await insertPairingTable(programmeById("wenchuan-2008"), "zh-CN");

    let list = await listSheets();
    expect(list.names).toEqual(["项目表", "类别占比"]);
    expect(list.own).toEqual([report, pairs]);
    // The pairing table is active (AID activates what it adds): named, but not offered.
    expect(list.active).toBe(pairs);

    const sheet = model.sheet(report);
    if (!sheet) throw new Error("no report sheet");
    sheet.name = "三月核对";
    list = await listSheets();
    expect(list.names).toEqual(["项目表", "类别占比"]);
    expect(list.own).toEqual(["三月核对", pairs]);
  });

  test("the record keeps only sheets that still exist", async () => {
    const model = projects();
    install(model);
    const first = await writeReport("项目表", [FINDING], "zh-CN");
    const firstId = model.sheet(first)?.id;
    model.sheets.splice(
      model.sheets.findIndex((s) => s.name === first),
      1
    );
    model.activate("项目表");
    const second = await writeReport("项目表", [FINDING], "zh-CN");
    const recorded = JSON.parse(String(model.settings.get(OWN_SHEETS_SETTING))) as string[];
    expect(recorded).toEqual([model.sheet(second)?.id]);
    expect(recorded).not.toContain(firstId);
  });

  test("a malformed or crafted record in a received workbook is ignored, never an error", async () => {
    for (const value of ["not json", JSON.stringify({ ids: 1 }), JSON.stringify([1, null, {}])]) {
      const model = projects();
      model.settings.set(OWN_SHEETS_SETTING, value);
      install(model);
      const list = await listSheets();
      expect(list.names).toEqual(["项目表", "类别占比"]);
    }
  });
});
