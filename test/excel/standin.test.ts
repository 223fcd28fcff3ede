/**
 * The Excel stand-in keeps the Office.js rules the pane's code relies on, so a
 * pane that passes these tests would not break in real Excel for breaking them.
 */
import { WorkbookModel } from "../../src/workbench/model";
import { CELL_LIMIT, createExcelStandIn, REQUEST_LIMIT_BYTES } from "../../src/workbench/standin";
import { snapshot } from "./helpers";

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
    const standIn = createExcelStandIn(model);
    await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("C2");
      range.values = [[12000]];
      expect(model.sheet("项目表")?.value(1, 2)).toBe("");
      await context.sync();
      expect(model.sheet("项目表")?.value(1, 2)).toBe(12000);
    });
  });

  test("text format set before a value starting with = keeps it as text; set after, it is a formula", async () => {
    const model = workbook();
    const standIn = createExcelStandIn(model);
    await standIn.run(async (context) => {
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
    const standIn = createExcelStandIn(workbook());
    await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("A1:B2");
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- the rule under test
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- the rule under test
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([
        ["支援方", "受援方"],
        ["深圳市", "喀什市"],
      ]);
    });
  });

  test("a property that was not loaded stays unreadable after a sync that loaded another", async () => {
    const standIn = createExcelStandIn(workbook());
    await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("A1:B2");
      range.load("values");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the rule under test
      expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
    });
  });
});

describe("the limits of Excel on the web", () => {
  test("a read of more than CELL_LIMIT cells fails at sync", async () => {
    const standIn = createExcelStandIn(workbook());
    await standIn.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("项目表");
      const huge = sheet.getRangeByIndexes(0, 0, Math.floor(CELL_LIMIT / 5) + 1, 5);
      huge.load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
  });

  test("a request above REQUEST_LIMIT_BYTES fails and applies none of its operations", async () => {
    const model = workbook();
    const before = snapshot(model);
    const standIn = createExcelStandIn(model);
    const text = "对".repeat(1000);
    const rows = Math.ceil(REQUEST_LIMIT_BYTES / 1000) + 10;
    await standIn.run(async (context) => {
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
    const standIn = createExcelStandIn(model);
    await standIn.run(async (context) => {
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
    const standIn = createExcelStandIn(workbook());
    await standIn.run(async (context) => {
      const missing = context.workbook.worksheets.getItem("不存在的表");
      missing.load("name");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

  test("getItemOrNullObject says isNullObject for a missing sheet and not for an existing one", async () => {
    const standIn = createExcelStandIn(workbook());
    await standIn.run(async (context) => {
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
  test("every sync is counted, and the largest request and read are recorded", async () => {
    const standIn = createExcelStandIn(workbook());
    await standIn.run(async (context) => {
      const range = context.workbook.worksheets.getItem("项目表").getRange("A1:B2");
      range.load("values");
      await context.sync();
      await context.sync();
    });
    expect(standIn.stats.syncs).toBe(2);
    expect(standIn.stats.largestReadCells).toBe(4);
    expect(standIn.stats.largestRequestBytes).toBeGreaterThan(0);
  });
});
