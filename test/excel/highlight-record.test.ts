/**
 * Highlight and Clear at scale and against the odd workbook, on Microsoft's
 * Office.js client: every request under Excel on the web's limits for any number
 * of cells, a record that survives renames and never recolours cells AID did not
 * paint, and fill patterns brought back as they were.
 */
import { cellAddress } from "../../src/core/address";
import type { Finding, Severity } from "../../src/core/validate";
import {
  HIGHLIGHT_SETTING,
  MAX_NOTES,
  clearHighlights,
  highlight,
} from "../../src/excel/highlight";
import { WorkbookModel, type SheetModel } from "../../src/workbench/model";
import {
  REQUEST_LIMIT_BYTES,
  fillAt,
  install,
  keyOf,
  paint,
  projectGrid,
  putGrid,
  snapshot,
} from "./helpers";

function finding(cell: string, severity: Severity): Finding {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return {
    rule: "rate-mismatch",
    severity,
    cell,
    row: Number(row),
    column,
    message: `${cell} 有误`,
  };
}

describe("Highlight and Clear stay under Excel on the web's limits", () => {
  test("20,000 faulty cells on a 100,000-row sheet: painted and cleared, no request or response over 5 MB", async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("项目表");
    putGrid(sheet, projectGrid(100_000));
    // The user's own fills on some of the cells to be painted, which Clear must bring back.
    for (let r = 10; r < 100_000; r += 997) paint(sheet, cellAddress(r, 6), "#00B0F0");
    const before = snapshot(model);
    const findings: Finding[] = [];
    for (let i = 0; i < 20_000; i++) {
      const row = 2 + ((i * 4.99) | 0);
      findings.push(finding(cellAddress(row, [5, 6, 7][i % 3]), i % 4 === 0 ? "warning" : "error"));
    }
    const cells = new Set(findings.map((f) => f.cell)).size;
    const host = install(model);

    await expect(highlight("项目表", findings)).resolves.toBe(cells);
    expect(host.stats.largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(fillAt(sheet, findings[19_999].cell)?.color).toMatch(/^#FF/);

    const cleared = await clearHighlights();

    // Each cell's comment up to MAX_NOTES is gone with its fill.
    expect(cleared).toEqual({
      restored: cells,
      notRestored: [],
      missingSheets: [],
      notesRemoved: MAX_NOTES,
      notesKept: [],
    });
    expect(host.stats.largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(snapshot(model)).toEqual(before);
  });
});

describe("the highlight record", () => {
  function sheetWith(name: string): { model: WorkbookModel; sheet: SheetModel } {
    const model = new WorkbookModel();
    const sheet = model.addSheet(name);
    putGrid(sheet, projectGrid(20));
    return { model, sheet };
  }

  test("a sheet renamed between Highlight and Clear is still cleared", async () => {
    const { model, sheet } = sheetWith("项目表");
    const before = snapshot(model);
    install(model);
    await highlight("项目表", [finding("F3", "error"), finding("G4", "warning")]);
    sheet.name = "项目表（已核对）";

    await expect(clearHighlights()).resolves.toMatchObject({ restored: 2, notRestored: [] });
    expect(snapshot(model)).toEqual({
      ...(before as object),
      sheets: (snapshot(model) as { sheets: unknown }).sheets,
    });
    expect(fillAt(sheet, "F3")).toBeUndefined();
    expect(fillAt(sheet, "G4")).toBeUndefined();
  });

  test("a patterned fill (Gray50 with a pattern colour) comes back as it was, not as a solid colour", async () => {
    const { model, sheet } = sheetWith("项目表");
    sheet.cellFormats.set(keyOf("F5"), {
      fill: { color: "#DDEBF7", pattern: "Gray50", patternColor: "#7030A0" },
    });
    install(model);
    await highlight("项目表", [finding("F5", "error")]);
    expect(fillAt(sheet, "F5")?.pattern).toBe("Gray50"); // Excel keeps the pattern when only the colour is set

    await clearHighlights();

    expect(fillAt(sheet, "F5")).toEqual({
      color: "#DDEBF7",
      pattern: "Gray50",
      patternColor: "#7030A0",
    });
  });

  test.each(["__proto__", "constructor", "toString"])(
    "a sheet named %s is highlighted and cleared",
    async (name) => {
      const { model, sheet } = sheetWith(name);
      const before = snapshot(model);
      install(model);

      await highlight(name, [finding("F3", "error")]);
      expect(fillAt(sheet, "F3")).toBeDefined();
      await clearHighlights();

      expect(snapshot(model)).toEqual(before);
    }
  );

  test("cells whose fill the user changed, or that moved, are named by Clear and left alone", async () => {
    const { model, sheet } = sheetWith("项目表");
    install(model);
    await highlight("项目表", [
      finding("F3", "error"),
      finding("G4", "error"),
      finding("H5", "warning"),
    ]);
    paint(sheet, "G4", "#92D050");

    const result = await clearHighlights();

    // The comments are AID's and unchanged, whatever became of the fills: all three go.
    expect(result).toEqual({
      restored: 2,
      notRestored: [{ sheet: "项目表", cell: "G4" }],
      missingSheets: [],
      notesRemoved: 3,
      notesKept: [],
    });
    expect(fillAt(sheet, "G4")?.color).toBe("#92D050");
  });

  test("a crafted record in a received workbook never recolours cells AID did not paint", async () => {
    const { model, sheet } = sheetWith("项目表");
    paint(sheet, "B2", "#00B0F0");
    paint(sheet, "C3", "#FFC7CE");
    const crafted = {
      version: 2,
      sheets: [
        {
          id: "x",
          name: "项目表",
          cells: [
            ["B2", "#000000", "Solid", null, "#00B0F0"], // "applied" a colour AID never uses
            ["C3", "javascript:alert(1)", "Solid", null, "#FFC7CE"], // not a colour
            ["XFE1", null, null, null, "#FFC7CE"], // past the last column
            ["D4", null, null, null, "#FFC7CE", "extra"],
          ],
        },
      ],
    };
    model.settings.set(`${HIGHLIGHT_SETTING}.0`, JSON.stringify(crafted));
    model.settings.set(HIGHLIGHT_SETTING, JSON.stringify({ version: 2, parts: 1 }));
    const before = snapshot(model) as { settings: unknown };
    install(model);

    await clearHighlights();

    expect({ ...(snapshot(model) as object), settings: undefined }).toEqual({
      ...before,
      settings: undefined,
    });
    expect(model.settings.has(HIGHLIGHT_SETTING)).toBe(false);
  });

  test("a malformed record is dropped without touching a cell", async () => {
    const { model } = sheetWith("项目表");
    model.settings.set(HIGHLIGHT_SETTING, "{not json");
    const before = snapshot(model) as { settings: unknown };
    install(model);

    await expect(clearHighlights()).resolves.toMatchObject({ restored: 0 });

    expect({ ...(snapshot(model) as object), settings: undefined }).toEqual({
      ...before,
      settings: undefined,
    });
  });

  test("a record left by AID 0.1 (version 1) is still cleared", async () => {
    const { model, sheet } = sheetWith("项目表");
    paint(sheet, "F3", "#FFC7CE");
    model.settings.set(
      HIGHLIGHT_SETTING,
      JSON.stringify({ version: 1, sheets: { 项目表: [["F3", null, null, "#FFC7CE"]] } })
    );
    install(model);

    await expect(clearHighlights()).resolves.toMatchObject({ restored: 1 });

    expect(fillAt(sheet, "F3")).toBeUndefined();
  });
});
