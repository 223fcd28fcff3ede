/**
 * Microsoft's Office.js client in front of the fake host keeps the rules the
 * pane's code relies on (queued operations, load before read, Excel on the web's
 * limits, null objects, events delivered after the change), so a pane that
 * passes these tests would not break in real Excel for breaking them.
 */
import { WorkbookModel } from "../../src/workbench/model";
import { CELL_LIMIT, REQUEST_LIMIT_BYTES, install, snapshot } from "./helpers";

function workbook(): WorkbookModel {
  const model = new WorkbookModel();
  const sheet = model.addSheet("项目表");
  sheet.setValue(0, 0, "支援方");
  sheet.setValue(0, 1, "受援方");
  sheet.setValue(1, 0, "深圳市");
  sheet.setValue(1, 1, "喀什市");
  return model;
}

describe("operations are queued and run at sync, in order", () => {
  test("a write reaches the workbook only at sync", async () => {
    const model = workbook();
    install(model);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("C2");
      range.values = [[12000]];
      expect(model.sheet("项目表")?.value(1, 2)).toBe("");
      await context.sync();
      expect(model.sheet("项目表")?.value(1, 2)).toBe(12000);
    });
  });

  test("text format set before a value starting with = keeps it as text; set after, it is a formula", async () => {
    const model = workbook();
    install(model);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("项目表");
      const textFirst = sheet.getRange("D2");
      textFirst.numberFormat = [["@"]];
      textFirst.values = [["=1+1"]];
      const valueFirst = sheet.getRange("E2");
      valueFirst.values = [["=1+1"]];
      valueFirst.numberFormat = [["@"]];
      await context.sync();
    });
    const sheet = model.sheet("项目表");
    expect(sheet?.formulas.has("1,3")).toBe(false);
    expect(sheet?.formulas.has("1,4")).toBe(true);
  });
});

describe("a property can be read only after load and sync", () => {
  test("reading values without load, or after load but before sync, throws PropertyNotLoaded", async () => {
    install(workbook());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("A1:B2");
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the rule under test
      expect(() => range.values).toThrow(/is not available/);
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule under test
      expect(() => range.values).toThrow(/is not available/);
      await context.sync();
      expect(range.values).toEqual([
        ["支援方", "受援方"],
        ["深圳市", "喀什市"],
      ]);
    });
  });

  test("a property that was not loaded stays unreadable after a sync that loaded another", async () => {
    install(workbook());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("A1:B2");
      range.load("values");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the rule under test
      expect(() => range.numberFormat).toThrow(/is not available/);
    });
  });
});

describe("the limits of Excel on the web", () => {
  test("a read of more than CELL_LIMIT cells fails at sync", async () => {
    install(workbook());
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("项目表");
      const huge = sheet.getRangeByIndexes(0, 0, Math.floor(CELL_LIMIT / 5) + 1, 5);
      huge.load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("a request above REQUEST_LIMIT_BYTES fails and applies none of its operations", async () => {
    const model = workbook();
    const before = snapshot(model);
    install(model);
    const text = "对".repeat(1000);
    const rows = Math.ceil(REQUEST_LIMIT_BYTES / 1000) + 10;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("项目表");
      sheet.getRange("C2").values = [["先写的一格"]];
      sheet.getRangeByIndexes(5, 0, rows, 1).values = Array.from({ length: rows }, () => [text]);
      await expect(context.sync()).rejects.toMatchObject({
        code: "RequestPayloadSizeLimitExceeded",
      });
    });
    expect(snapshot(model)).toEqual(before);
  });

  test("a response above REQUEST_LIMIT_BYTES fails", async () => {
    const model = workbook();
    const sheet = model.sheet("项目表");
    const text = "援".repeat(1000);
    const rows = Math.ceil(REQUEST_LIMIT_BYTES / 1000) + 10;
    for (let r = 0; r < rows; r++) sheet?.setValue(10 + r, 0, text);
    install(model);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRangeByIndexes(10, 0, rows, 1);
      range.load("values");
      await expect(context.sync()).rejects.toMatchObject({
        code: "ResponsePayloadSizeLimitExceeded",
      });
    });
  });
});

describe("sheets that do not exist", () => {
  test("getItem of a missing sheet does not fail at once but at sync", async () => {
    install(workbook());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("不存在的表");
      missing.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("getItemOrNullObject says isNullObject for a missing sheet and not for an existing one", async () => {
    install(workbook());
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("不存在的表");
      const present = context.workbook.worksheets.getItemOrNullObject("项目表");
      missing.load("name");
      present.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("项目表");
    });
  });
});

describe("counting", () => {
  test("every request is counted, and the largest request and read are recorded", async () => {
    const { host } = install(workbook());
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("A1:B2");
      range.load("values");
      await context.sync();
      await context.sync();
    });
    // The second sync has nothing queued: Office.js sends nothing for it.
    expect(host.stats.requests - host.stats.cleanups).toBe(1);
    expect(host.stats.largestReadCells).toBe(4);
    expect(host.stats.largestRequestBytes).toBeGreaterThan(0);
  });
});

/** Let the host deliver what it has queued: Office.js calls the handlers in their own tasks, after the change. */
async function delivered(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe("events: onActivated and onChanged, as Office.js delivers them", () => {
  function twoSheets(): WorkbookModel {
    const model = workbook();
    model.addSheet("汇总").setValue(0, 0, "合计");
    return model;
  }

  test("a handler added in a batch hears sheet activations by id, not the sheet active when it was added", async () => {
    const model = twoSheets();
    install(model);
    const heard: unknown[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.onActivated.add(async (args) => {
        heard.push(args);
      });
      await context.sync();
    });
    await delivered();
    expect(heard).toEqual([]);

    model.activate("汇总");
    model.activate("汇总"); // already active: no second event
    await delivered();
    expect(heard).toEqual([{ type: "WorksheetActivated", worksheetId: model.sheets[1].id }]);
  });

  test("onChanged hears the user's edits and inserted rows, and the add-in's own writes, never inside the request", async () => {
    const model = twoSheets();
    install(model);
    const heard: { address: string; changeType: string; triggerSource: string }[] = [];
    let duringRequest = false;
    await Excel.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (args) => {
        if (duringRequest) throw new Error("called inside the request");
        heard.push({
          address: args.address,
          changeType: args.changeType,
          triggerSource: args.triggerSource,
        });
      });
      await context.sync();
    });

    model.editCell("项目表", 1, 2, "新项目");
    model.insertRows("项目表", 3, 2);
    model.deleteColumns("汇总", 1);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").getRange("B2:C2").values = [[1, 2]];
      duringRequest = true;
      await context.sync();
      duringRequest = false;
    });
    await delivered();

    expect(heard).toEqual([
      { address: "C2", changeType: "RangeEdited", triggerSource: "Unknown" },
      { address: "4:5", changeType: "RowInserted", triggerSource: "Unknown" },
      { address: "B:B", changeType: "ColumnDeleted", triggerSource: "Unknown" },
      { address: "B2:C2", changeType: "RangeEdited", triggerSource: "ThisLocalAddin" },
    ]);
  });

  test("a worksheet's own onChanged hears only that sheet, followed by id through a rename", async () => {
    const model = twoSheets();
    install(model);
    const heard: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").onChanged.add(async (args) => {
        heard.push(args.address);
      });
      await context.sync();
    });
    model.editCell("项目表", 0, 0, "不听这张表");
    const summary = model.sheets[1];
    summary.name = "汇总（改名）";
    model.editCell("汇总（改名）", 4, 1, 9);
    await delivered();
    expect(heard).toEqual(["B5"]);
  });

  test("removed through Excel.run(result.context, …), a handler hears nothing more", async () => {
    const model = twoSheets();
    install(model);
    const heard: string[] = [];
    const result = await Excel.run(async (context) => {
      const added = context.workbook.worksheets.onActivated.add(async (args) => {
        heard.push(args.worksheetId);
      });
      await context.sync();
      return added;
    });
    await Excel.run(result.context, async (context) => {
      result.remove();
      await context.sync();
    });
    model.activate("汇总");
    await delivered();
    expect(heard).toEqual([]);
  });

  test("a handler added in a context that is never synced is not registered", async () => {
    const model = twoSheets();
    install(model);
    const heard: string[] = [];
    const context = new Excel.RequestContext();
    context.workbook.worksheets.onActivated.add(async (args) => {
      heard.push(args.worksheetId);
    });
    model.activate("汇总");
    await delivered();
    expect(heard).toEqual([]);
  });
});

describe("worksheet ids and visibility", () => {
  test("items load id and visibility; getItem takes an id as well as a name", async () => {
    const model = workbook();
    const hidden = model.addSheet("底稿");
    hidden.visibility = "VeryHidden";
    install(model);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name, items/id, items/visibility");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["项目表", "Visible"],
        ["底稿", "VeryHidden"],
      ]);
      const byId = sheets.getItem(sheets.items[1].id);
      byId.load("name");
      await context.sync();
      expect(byId.name).toBe("底稿");
    });
  });
});

describe("the model moves cells when rows and columns are inserted or deleted", () => {
  test("values, formats, fills and links below an inserted row move down; a deleted column takes its cells", () => {
    const model = workbook();
    const sheet = model.sheet("项目表");
    if (!sheet) throw new Error("no sheet");
    sheet.setFormat(1, 1, "@");
    sheet.cellFormats.set("1,1", { fill: { color: "#FFC7CE", pattern: "Solid" } });
    sheet.hyperlinks.set("1,0", { address: "A1" });
    model.insertRows("项目表", 1);
    expect(sheet.values.map((r) => r.slice(0, 2))).toEqual([
      ["支援方", "受援方"],
      [],
      ["深圳市", "喀什市"],
    ]);
    expect(sheet.format(2, 1)).toBe("@");
    expect(sheet.cellFormats.get("2,1")?.fill?.color).toBe("#FFC7CE");
    expect(sheet.hyperlinks.has("2,0")).toBe(true);
    model.deleteColumns("项目表", 0);
    expect(sheet.value(2, 0)).toBe("喀什市");
    expect(sheet.cellFormats.get("2,0")?.fill?.color).toBe("#FFC7CE");
    expect(sheet.hyperlinks.size).toBe(0);
  });
});
