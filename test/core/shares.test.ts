/**
 * Category shares: amounts that cannot be read (待定, #N/A, a note) are reported
 * by cell, not silently left out of the amounts while their rows still count as
 * projects.
 */
import type { CellValue } from "../../src/core/cells";
import { summarizeShares, unreadableNote, type ShareSummary } from "../../src/core/shares";

const HEADER: CellValue[] = ["序号", "支援方", "受援方", "项目名称", "项目类别", "计划资金(万元)"];

function summary(rows: CellValue[][], origin?: { row: number; column: number }): ShareSummary {
  const outcome = summarizeShares([HEADER, ...rows], undefined, origin ? { origin } : {});
  if (!outcome.ok) throw new Error(`no summary: ${outcome.missing}`);
  return outcome.summary;
}

const ROWS: CellValue[][] = [
  [1, "北京", "和田县", "和田县安居富民工程", "房屋建设", 1200],
  [2, "北京", "墨玉县", "墨玉县人民医院", "社会发展", "待定"],
  [3, "上海", "莎车县", "莎车县职业学校", "社会发展", 800],
  [4, "上海", "泽普县", "泽普县工业园区", "产业发展", "#N/A"],
  [5, "广东", "疏附县", "疏附县乡村道路", "房屋建设", null],
  [6, "深圳", "喀什市", "喀什市人才培训", "人才培训", 300],
];

describe("summarizeShares: amounts that cannot be read", () => {
  test("待定 and #N/A are listed by cell and category; their rows still count as projects", () => {
    const s = summary(ROWS);
    expect(s.unreadable).toEqual([
      { cell: "F3", row: 3, category: "社会发展", text: "待定" },
      { cell: "F5", row: 5, category: "产业发展", text: "#N/A" },
    ]);
    expect(s.total).toEqual({ rows: 6, count: 6, amount: 2300 });
    const social = s.lines.find((l) => l.category === "社会发展");
    expect(social).toMatchObject({ rows: 2, count: 2, amount: 800 });
  });

  test("a blank amount is no amount, not an unreadable one", () => {
    const s = summary(ROWS);
    expect(s.unreadable?.map((u) => u.cell)).not.toContain("F6");
  });

  test("cells are named where they are on the sheet when the grid starts below and right of A1", () => {
    const s = summary(ROWS, { row: 2, column: 1 });
    expect(s.unreadable?.map((u) => u.cell)).toEqual(["G5", "G7"]);
    expect(s.unreadable?.map((u) => u.row)).toEqual([5, 7]);
  });

  test("a sheet whose amounts are all numbers reports none", () => {
    const s = summary(ROWS.filter((r) => typeof r[5] === "number"));
    expect(s.unreadable).toEqual([]);
    expect(unreadableNote(s.unreadable, "zh-CN")).toBeNull();
  });
});

describe("unreadableNote", () => {
  test("says how many and which cells, Chinese first, and that the rows still count as projects", () => {
    const s = summary(ROWS);
    expect(unreadableNote(s.unreadable, "zh-CN")).toBe(
      "有 2 个金额不是数字，未计入金额（这些行仍计入项目数）：F3「待定」、F5「#N/A」"
    );
    expect(unreadableNote(s.unreadable, "en")).toBe(
      "2 amounts are not a number and left out of the amounts (the rows still count as projects): F3 (待定), F5 (#N/A)"
    );
  });

  test("a long list names the first ten cells and says there are more", () => {
    const rows: CellValue[][] = Array.from({ length: 25 }, (_, i) => [
      i + 1,
      "北京",
      "和田县",
      `项目${i + 1}`,
      "房屋建设",
      "待定",
    ]);
    const note = unreadableNote(summary(rows).unreadable, "zh-CN") as string;
    expect(note).toMatch(/^有 25 个金额/);
    expect(note.match(/「待定」/g)).toHaveLength(10);
    expect(note).toContain("F11「待定」");
    expect(note).not.toContain("F12");
    expect(note.endsWith(" 等")).toBe(true);
  });
});

describe("summarizeShares: compound categories (issue 9)", () => {
  test("城乡住房及城镇基础设施, however it is written, is one known category with its rows added up", () => {
    const s = summary([
      [1, "山东", "疏勒县", "疏勒县安居房", "城乡住房及城镇基础设施项目", 500],
      [2, "山东", "英吉沙县", "英吉沙县供水", "城乡住房和城镇基础设施", 300],
      [3, "山东", "麦盖提县", "麦盖提县人才培训", "人才培训", 200],
    ]);
    const compound = s.lines.find((l) => l.category === "城乡居民住房及城镇基础设施");
    expect(compound).toMatchObject({ known: true, rows: 2, amount: 800 });
    expect(s.lines).toHaveLength(2);
  });
});
