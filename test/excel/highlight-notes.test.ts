/**
 * Highlight's comments, on Microsoft's Office.js client: each highlighted cell
 * gets a comment with its findings' messages, every copy of a duplicate row is
 * marked, a cell with someone's comment keeps it, Clear deletes only the
 * comments AID added that nobody changed or answered since, and an Excel
 * without comments (ExcelApi 1.10) gets the fills alone and is told so.
 */
import type { CellValue } from "../../src/core/cells";
import { validateGrid, type Finding, type Severity } from "../../src/core/validate";
import {
  HIGHLIGHT_COLORS,
  MAX_NOTES,
  NOTE_PREFIX,
  type NotesOutcome,
  clearHighlights,
  clearedNotesMessage,
  highlight,
  notesMessage,
} from "../../src/excel/highlight";
import { HOST_AUTHOR } from "../../src/workbench/host/comments";
import { WorkbookModel, type SheetModel } from "../../src/workbench/model";
import { fillAt, install, keyOf, projectGrid, putGrid, snapshot } from "./helpers";

function finding(cell: string, severity: Severity, message = `${cell}：有误`): Finding {
  const [, column, row] = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return { rule: "rate-mismatch", severity, cell, row: Number(row), column, message };
}

function sheetWith(name = "项目表"): { model: WorkbookModel; sheet: SheetModel } {
  const model = new WorkbookModel();
  const sheet = model.addSheet(name);
  putGrid(sheet, projectGrid(30));
  return { model, sheet };
}

/** The comment text on a cell, or undefined. */
function noteAt(sheet: SheetModel, address: string): string | undefined {
  return sheet.comments.get(keyOf(address))?.content;
}

/** A comment the user wrote, as Excel would hold it. */
function userComment(sheet: SheetModel, address: string, content: string): void {
  sheet.comments.set(keyOf(address), {
    id: `{USER-${address}}`,
    content,
    authorName: "王会计",
    replies: [],
  });
}

/** Highlight, keeping what it says about comments. */
async function highlightWithNotes(
  sheet: string,
  findings: readonly Finding[]
): Promise<{ painted: number; notes: NotesOutcome | undefined }> {
  let notes: NotesOutcome | undefined;
  const painted = await highlight(sheet, findings, { onNotes: (n) => (notes = n) });
  return { painted, notes };
}

/** Make Office say it has ExcelApi up to 1.`minor`, as Office.context.requirements does in Excel. */
function withRequirements(minor: number): void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= minor,
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe("Highlight puts a comment on each highlighted cell", () => {
  test("one comment a cell, with AID's mark and each finding's message (without the repeated address)", async () => {
    const { model, sheet } = sheetWith();
    install(model);

    const { painted, notes } = await highlightWithNotes("项目表", [
      finding("F7", "warning", "F7：到位率尾差 0.1%"),
      finding("F7", "error", "F7：到位率应为 50.0%，实为 60.0%"),
      finding("C12", "error", "C12：受援方“和田县”不在对口关系中"),
    ]);

    expect(painted).toBe(2);
    expect(noteAt(sheet, "F7")).toBe(`${NOTE_PREFIX}到位率尾差 0.1%\n到位率应为 50.0%，实为 60.0%`);
    expect(noteAt(sheet, "C12")).toBe(`${NOTE_PREFIX}受援方“和田县”不在对口关系中`);
    expect(sheet.comments.size).toBe(2);
    expect(notes).toEqual({ supported: true, added: 2, skipped: [], beyondLimit: 0 });
    expect(notesMessage(notes as NotesOutcome, "zh-CN")).toBe(
      "已在 2 个单元格加了批注，写明问题。"
    );
    expect(notesMessage(notes as NotesOutcome, "en")).toBe(
      "Added a comment with the problem to 2 cells."
    );
  });

  test("a cell with someone's comment keeps it and gets none of AID's; the pane is told which", async () => {
    const { model, sheet } = sheetWith();
    userComment(sheet, "F7", "这一行等财政局回复");
    install(model);

    const { notes } = await highlightWithNotes("项目表", [
      finding("F7", "error"),
      finding("G8", "error"),
    ]);

    expect(noteAt(sheet, "F7")).toBe("这一行等财政局回复");
    expect(fillAt(sheet, "F7")?.color).toBe(HIGHLIGHT_COLORS.error);
    expect(noteAt(sheet, "G8")).toBe(`${NOTE_PREFIX}有误`);
    expect(notes).toEqual({ supported: true, added: 1, skipped: ["F7"], beyondLimit: 0 });
    expect(notesMessage(notes as NotesOutcome, "zh-CN")).toBe(
      "已在 1 个单元格加了批注，写明问题。F7 原有批注，保留原样，未加 AID 的批注。"
    );
  });

  test("highlighting again brings AID's comment up to date in place, also after rows were inserted above it", async () => {
    const { model, sheet } = sheetWith();
    install(model);
    await highlight("项目表", [finding("F7", "error", "F7：旧的说明")]);
    model.insertRows("项目表", 2, 1);
    expect(noteAt(sheet, "F8")).toBe(`${NOTE_PREFIX}旧的说明`);

    const { notes } = await highlightWithNotes("项目表", [finding("F8", "error", "F8：新的说明")]);

    expect(sheet.comments.size).toBe(1);
    expect(noteAt(sheet, "F8")).toBe(`${NOTE_PREFIX}新的说明`);
    expect(notes).toMatchObject({ added: 1, skipped: [] });
    await clearHighlights();
    expect(sheet.comments.size).toBe(0);
  });

  test(`at most ${MAX_NOTES} comments; the cells beyond get the fill and the pane says how many`, async () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("项目表");
    putGrid(sheet, projectGrid(3_000));
    const host = install(model);
    const findings = Array.from({ length: 2_500 }, (_, i) => finding(`F${i + 2}`, "error"));

    const { painted, notes } = await highlightWithNotes("项目表", findings);

    expect(painted).toBe(2_500);
    expect(sheet.comments.size).toBe(MAX_NOTES);
    expect(fillAt(sheet, "F2501")?.color).toBe(HIGHLIGHT_COLORS.error);
    expect(noteAt(sheet, "F2501")).toBeUndefined();
    expect(notes).toMatchObject({ added: MAX_NOTES, beyondLimit: 500 });
    expect(notesMessage(notes as NotesOutcome, "zh-CN")).toContain(
      `另有 500 个单元格只标了颜色（批注最多加 ${MAX_NOTES} 个）。`
    );
    expect(host.stats.largestRequestBytes).toBeLessThanOrEqual(5_000_000);
  });

  test("no comments when the pane asks for none", async () => {
    const { model, sheet } = sheetWith();
    install(model);

    await highlight("项目表", [finding("F7", "error")], { notes: false });

    expect(fillAt(sheet, "F7")).toBeDefined();
    expect(sheet.comments.size).toBe(0);
  });
});

describe("Clear deletes AID's comments and only those", () => {
  test("the user's comments, and AID's that were changed or answered since, stay; the rest go", async () => {
    const { model, sheet } = sheetWith();
    userComment(sheet, "B2", "用户自己的批注");
    const before = snapshot(model);
    install(model);
    await highlight("项目表", [
      finding("F3", "error"),
      finding("F4", "error"),
      finding("F5", "error"),
      finding("F6", "warning"),
    ]);
    expect(sheet.comments.size).toBe(5);
    // The user edits AID's comment on F4 and replies to the one on F5.
    (sheet.comments.get(keyOf("F4")) as { content: string }).content = "已核实，数据无误";
    sheet.comments.get(keyOf("F5"))?.replies.push("下周更正");

    const result = await clearHighlights();

    expect(result.notesRemoved).toBe(2);
    expect(result.notesKept).toEqual([
      { sheet: "项目表", cell: "F4" },
      { sheet: "项目表", cell: "F5" },
    ]);
    expect(noteAt(sheet, "B2")).toBe("用户自己的批注");
    expect(noteAt(sheet, "F4")).toBe("已核实，数据无误");
    expect(sheet.comments.get(keyOf("F5"))?.replies).toEqual(["下周更正"]);
    expect(noteAt(sheet, "F3")).toBeUndefined();
    expect(noteAt(sheet, "F6")).toBeUndefined();
    expect(clearedNotesMessage(result, "zh-CN")).toBe(
      "已删除 AID 加的 2 条批注。'项目表'!F4、'项目表'!F5 的批注在标出后被修改或回复过，已保留。"
    );
    // Everything else is as it was, fills included.
    const strip = (s: unknown) =>
      (s as { sheets: { comments: unknown }[] }).sheets.map((x) => ({ ...x, comments: [] }));
    expect(strip(snapshot(model))).toEqual(strip(before));
  });

  test("a comment the user deleted is no trouble", async () => {
    const { model, sheet } = sheetWith();
    const before = snapshot(model);
    install(model);
    await highlight("项目表", [finding("F3", "error"), finding("F4", "error")]);
    sheet.comments.delete(keyOf("F3"));

    const result = await clearHighlights();

    expect(result).toMatchObject({ restored: 2, notesRemoved: 1, notesKept: [] });
    expect(snapshot(model)).toEqual(before);
  });

  test("a crafted record naming a comment of the user's does not delete it unless its text is AID's", async () => {
    const { model, sheet } = sheetWith();
    userComment(sheet, "B2", "用户自己的批注");
    install(model);
    const record = {
      version: 2,
      sheets: [
        {
          id: sheet.id,
          name: sheet.name,
          cells: [],
          notes: [
            ["B2", "{USER-B2}", "别的内容"],
            ["B3", "bad id with spaces", "x"],
          ],
        },
      ],
    };
    const text = JSON.stringify(record);
    model.settings.set("AID.highlights.0", text);
    model.settings.set("AID.highlights", JSON.stringify({ version: 2, parts: 1 }));

    const result = await clearHighlights();

    expect(noteAt(sheet, "B2")).toBe("用户自己的批注");
    expect(result.notesKept).toEqual([{ sheet: "项目表", cell: "B2" }]);
    expect(model.settings.has("AID.highlights")).toBe(false);
  });
});

describe("an Excel without comments (ExcelApi below 1.10)", () => {
  test("Highlight puts the fills only and says so", async () => {
    const { model, sheet } = sheetWith();
    withRequirements(9);
    install(model);

    const { painted, notes } = await highlightWithNotes("项目表", [finding("F7", "error")]);

    expect(painted).toBe(1);
    expect(fillAt(sheet, "F7")?.color).toBe(HIGHLIGHT_COLORS.error);
    expect(sheet.comments.size).toBe(0);
    expect(notes).toEqual({ supported: false, added: 0, skipped: [], beyondLimit: 0 });
    expect(notesMessage(notes as NotesOutcome, "zh-CN")).toBe(
      "此版本的 Excel 不支持批注（需要 ExcelApi 1.10），只标了颜色。"
    );
    expect(notesMessage(notes as NotesOutcome, "en")).toMatch(/^This Excel has no cell comments/);
  });

  test("Clear there restores the fills, keeps AID's comments recorded, and a Clear in a newer Excel deletes them", async () => {
    const { model, sheet } = sheetWith();
    const before = snapshot(model);
    install(model);
    await highlight("项目表", [finding("F7", "error"), finding("G8", "warning")]);
    expect(sheet.comments.size).toBe(2);

    withRequirements(9);
    const old = await clearHighlights();

    expect(old.restored).toBe(2);
    expect(fillAt(sheet, "F7")).toBeUndefined();
    expect(old.notesUnsupported).toBe(true);
    expect(sheet.comments.size).toBe(2);
    expect(clearedNotesMessage(old, "zh-CN")).toBe(
      "此版本的 Excel 不支持批注，AID 加的批注未删除；在支持批注的 Excel 中再清除一次即可。"
    );

    withRequirements(10);
    const next = await clearHighlights();

    expect(next).toMatchObject({ restored: 0, notesRemoved: 2 });
    expect(snapshot(model)).toEqual(before);
  });
});

describe("every copy of a duplicate row is marked", () => {
  const HEADER: CellValue[] = [
    "序号",
    "支援方",
    "受援方",
    "项目名称",
    "项目类别",
    "计划资金(万元)",
  ];
  const HOSPITAL: CellValue[] = ["上海", "莎车县", "莎车县人民医院", "社会发展", 1200];

  test("the first copy is highlighted too, its comment naming the later copies", async () => {
    const values: CellValue[][] = [
      HEADER,
      [1, ...HOSPITAL],
      [2, "上海", "泽普县", "泽普县职业学校", "人才培训", 800],
      [3, ...HOSPITAL],
      [4, ...HOSPITAL],
    ];
    const report = validateGrid(values);
    const duplicates = report.findings.filter((f) => f.rule === "duplicate-row");
    expect(duplicates.map((f) => f.cell)).toEqual(["D4", "D5"]);
    const model = new WorkbookModel();
    const sheet = model.addSheet("项目表");
    putGrid(sheet, { values, formats: values.map((r) => r.map(() => "General")) });
    install(model);

    const painted = await highlight("项目表", duplicates);

    expect(painted).toBe(3);
    for (const cell of ["D2", "D4", "D5"])
      expect(fillAt(sheet, cell)?.color).toBe(HIGHLIGHT_COLORS.warning);
    expect(fillAt(sheet, "D3")).toBeUndefined();
    const first = noteAt(sheet, "D2") as string;
    expect(first.startsWith(NOTE_PREFIX)).toBe(true);
    expect(first).toContain("D4");
    expect(first).toContain("D5");
    expect(noteAt(sheet, "D4")).toMatch(/第\s*2\s*行/);
    expect(sheet.comments.get(keyOf("D2"))?.authorName).toBe(HOST_AUTHOR);
  });
});
