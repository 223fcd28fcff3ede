/**
 * Highlight paints the faulty cells; Clear highlights takes away exactly what
 * Highlight added, from the state saved in the workbook, and nothing the user did.
 */
import type { Finding, RuleId, Severity } from "../../src/core/validate";
import { clearHighlights, highlight } from "../../src/excel/highlight";
import { WorkbookModel, type SheetModel } from "../../src/workbench/model";
import { fillAt, install, keyOf, paint, projectGrid, putGrid, snapshot } from "./helpers";

function finding(cell: string, severity: Severity, rule: RuleId = "rate-mismatch"): Finding {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return { rule, severity, cell, row: Number(row), column, message: `${cell} 有误` };
}

const USER_BLUE = "#00B0F0";
const USER_YELLOW = "#FFFF00";
const USER_GREEN = "#92D050";

/**
 * A project sheet as a user keeps it: a filled header row, a cell the user
 * coloured blue (H5), a bold cell without fill (G9), a yellow cell that is never
 * highlighted (C20), and a second sheet with its own fills.
 */
function workbook(): { model: WorkbookModel; sheet: SheetModel; other: SheetModel } {
  const model = new WorkbookModel();
  const sheet = model.addSheet("项目表");
  putGrid(sheet, projectGrid(30));
  for (const letter of "ABCDEFGH") paint(sheet, `${letter}1`, "#DDEBF7");
  paint(sheet, "H5", USER_BLUE);
  sheet.cellFormats.set(keyOf("G9"), { bold: true });
  paint(sheet, "C20", USER_YELLOW);
  const other = model.addSheet("汇总表");
  putGrid(other, projectGrid(10));
  paint(other, "B3", USER_BLUE);
  return { model, sheet, other };
}

// H5 (own fill) and C12 errors, G9 (bold, no fill) and E3 warnings, F7 and C12 both.
const FINDINGS: Finding[] = [
  finding("E3", "warning", "ambiguous-place"),
  finding("H5", "error"),
  finding("F7", "warning", "rate-rounding"),
  finding("F7", "error"),
  finding("G9", "warning", "unknown-category"),
  finding("C12", "error", "unknown-place"),
  finding("C12", "warning", "ambiguous-place"),
];

describe("highlight", () => {
  test("paints each faulty cell once: errors in one colour, warnings in another, an error winning on a cell with both", async () => {
    const { model, sheet } = workbook();
    install(model);

    const painted = await highlight("项目表", FINDINGS);

    expect(painted).toBe(5);
    const errorColor = fillAt(sheet, "H5")?.color;
    const warningColor = fillAt(sheet, "E3")?.color;
    expect(errorColor).toBeDefined();
    expect(warningColor).toBeDefined();
    expect(errorColor).not.toBe(warningColor);
    expect(errorColor).not.toBe(USER_BLUE);
    expect(fillAt(sheet, "C12")?.color).toBe(errorColor);
    expect(fillAt(sheet, "F7")?.color).toBe(errorColor);
    expect(fillAt(sheet, "G9")?.color).toBe(warningColor);
  });

  test("changes nothing but the fills and comments of the faulty cells", async () => {
    const { model } = workbook();
    const before = snapshot(model) as {
      sheets: { cellFormats: [string, unknown][]; comments: [string, unknown][] }[];
    };
    install(model);

    await highlight("项目表", FINDINGS);

    const after = snapshot(model) as typeof before;
    const faulty = new Set(["E3", "H5", "F7", "G9", "C12"].map(keyOf));
    const untouched = (s: typeof before) => ({
      ...s,
      settings: undefined,
      sheets: s.sheets.map((sheet, i) =>
        i === 0
          ? {
              ...sheet,
              cellFormats: sheet.cellFormats.filter(([key]) => !faulty.has(key)),
              comments: sheet.comments.filter(([key]) => !faulty.has(key)),
            }
          : sheet
      ),
    });
    expect(untouched(after)).toEqual(untouched(before));
    expect(after.sheets[0].comments.map(([key]) => key).sort()).toEqual([...faulty].sort());
    expect(model.sheet("项目表")?.cellFormats.get(keyOf("G9"))?.bold).toBe(true);
  });
});

describe("clear highlights", () => {
  test("puts back the cells' own fills, leaves cells without a fill with none, and touches nothing else", async () => {
    const { model, sheet } = workbook();
    const before = snapshot(model);
    install(model);
    await highlight("项目表", FINDINGS);

    await clearHighlights();

    expect(fillAt(sheet, "H5")).toEqual({ color: USER_BLUE, pattern: "Solid" });
    expect(fillAt(sheet, "E3")).toBeUndefined();
    expect(fillAt(sheet, "G9")).toBeUndefined();
    expect(sheet.cellFormats.get(keyOf("G9"))?.bold).toBe(true);
    expect(fillAt(sheet, "C20")).toEqual({ color: USER_YELLOW, pattern: "Solid" });
    expect(snapshot(model)).toEqual(before);
  });

  test("a cell whose fill the user changed after highlighting keeps the user's fill", async () => {
    const { model, sheet } = workbook();
    install(model);
    await highlight("项目表", FINDINGS);
    paint(sheet, "E3", USER_GREEN);
    paint(sheet, "H5", USER_GREEN);

    await clearHighlights();

    expect(fillAt(sheet, "E3")).toEqual({ color: USER_GREEN, pattern: "Solid" });
    expect(fillAt(sheet, "H5")).toEqual({ color: USER_GREEN, pattern: "Solid" });
    // Everything else is back as before highlighting.
    const { model: original } = workbook();
    paint(original.sheet("项目表") as SheetModel, "E3", USER_GREEN);
    paint(original.sheet("项目表") as SheetModel, "H5", USER_GREEN);
    expect(snapshot(model)).toEqual(snapshot(original));
  });

  test("highlighting twice, then clearing, restores the original fills and not AID's colour", async () => {
    const { model, sheet } = workbook();
    const before = snapshot(model);
    install(model);
    await highlight("项目表", FINDINGS);
    // The sheet is checked again: H5 is now a warning, C12 is fixed, D15 is new.
    await highlight("项目表", [
      finding("E3", "warning"),
      finding("H5", "warning"),
      finding("F7", "error"),
      finding("G9", "warning"),
      finding("D15", "error"),
    ]);
    expect(fillAt(sheet, "D15")).toBeDefined();

    await clearHighlights();

    expect(fillAt(sheet, "H5")).toEqual({ color: USER_BLUE, pattern: "Solid" });
    expect(fillAt(sheet, "C12")).toBeUndefined();
    expect(fillAt(sheet, "D15")).toBeUndefined();
    expect(snapshot(model)).toEqual(before);
  });

  test("a fill the user set between two highlights is what clearing brings back", async () => {
    const { model, sheet } = workbook();
    install(model);
    await highlight("项目表", FINDINGS);
    // The user marks H5 and E3 green, then the sheet is checked and highlighted again.
    paint(sheet, "H5", USER_GREEN);
    paint(sheet, "E3", USER_GREEN);
    await highlight("项目表", FINDINGS);

    await clearHighlights();

    expect(fillAt(sheet, "H5")).toEqual({ color: USER_GREEN, pattern: "Solid" });
    expect(fillAt(sheet, "E3")).toEqual({ color: USER_GREEN, pattern: "Solid" });
  });

  test("highlights on two sheets are both cleared", async () => {
    const { model, sheet, other } = workbook();
    const before = snapshot(model);
    install(model);
    await highlight("项目表", FINDINGS);
    await highlight("汇总表", [finding("B3", "error"), finding("F4", "warning")]);
    expect(fillAt(other, "B3")?.color).toBe(fillAt(sheet, "H5")?.color);

    await clearHighlights();

    expect(fillAt(other, "B3")).toEqual({ color: USER_BLUE, pattern: "Solid" });
    expect(snapshot(model)).toEqual(before);
  });

  test("the saved state lives in the workbook: a pane opened afresh can still clear", async () => {
    const { model, sheet } = workbook();
    const before = snapshot(model);
    install(model);
    await highlight("项目表", FINDINGS);
    expect(model.settings.size).toBeGreaterThan(0);

    // The pane is closed and opened again: a new stand-in, nothing kept in memory but the workbook.
    install(model);
    await clearHighlights();

    expect(fillAt(sheet, "H5")).toEqual({ color: USER_BLUE, pattern: "Solid" });
    expect(snapshot(model)).toEqual(before);
  });

  test("clearing when nothing was highlighted does nothing and does not fail", async () => {
    const { model } = workbook();
    const before = snapshot(model);
    install(model);

    await expect(clearHighlights()).resolves.toEqual({
      restored: 0,
      notRestored: [],
      missingSheets: [],
    });

    expect(snapshot(model)).toEqual(before);
  });

  test("clearing a second time does nothing more", async () => {
    const { model, sheet } = workbook();
    install(model);
    await highlight("项目表", FINDINGS);
    await clearHighlights();
    // The user now paints a cell that had been highlighted.
    paint(sheet, "E3", USER_GREEN);
    const after = snapshot(model);

    await expect(clearHighlights()).resolves.toEqual({
      restored: 0,
      notRestored: [],
      missingSheets: [],
    });

    expect(snapshot(model)).toEqual(after);
  });
});
