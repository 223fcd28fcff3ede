/**
 * Decisions the pane used to make itself, now in the core: which columns a 类别占比
 * summary uses, and what a pairing verdict means as a finding.
 */
import { checkPairCells } from "../../src/core/pairing";
import { programmeById } from "../../src/core/programmes";
import { pairFinding, shareColumns } from "../../src/core/validate";
import { detectLayout, type Layout } from "../../src/core/validate/layout";

function layoutOf(header: string[]): Layout {
  const layout = detectLayout([header, header.map((_, i) => (i === 0 ? "x" : 1))]);
  if (!layout) throw new Error("no layout");
  return layout;
}

describe("shareColumns", () => {
  test("planned funds are the amount and the planned count the count", () => {
    expect(
      shareColumns(layoutOf(["项目类别", "计划项目(个)", "计划资金(万元)", "已到位资金(万元)"]))
    ).toEqual({ category: "A", count: "B", amount: "C" });
  });

  test("the column a stated share names is the amount (占援疆资金总额 → 援助资金, not 总投资)", () => {
    expect(
      shareColumns(
        layoutOf(["项目类别", "项目数(个)", "总投资(亿元)", "援助资金(亿元)", "占援疆资金总额(%)"])
      )
    ).toMatchObject({ category: "A", amount: "D", count: "B" });
  });

  test("arrived funds are the amount when nothing is planned", () => {
    expect(shareColumns(layoutOf(["项目类别", "项目(个)", "到位资金(亿元)"])).amount).toBe("C");
  });

  test("without a category column the column naming the rows is the category; letters follow the origin", () => {
    expect(shareColumns(layoutOf(["用途", "援建資金(億元)"]), 2)).toEqual({
      category: "C",
      amount: "D",
    });
  });
});

describe("pairFinding", () => {
  const table = programmeById("xinjiang-2010");

  test("an official pair is no finding", () => {
    expect(pairFinding(checkPairCells(table, "上海", "莎车县"), table, "zh-CN")).toBeNull();
  });

  test("a pair not in the programme is a pairing-mismatch on the supporter, naming the official supporters", () => {
    const found = pairFinding(checkPairCells(table, "北京", "莎车县"), table, "zh-CN");
    expect(found?.facts.rule).toBe("pairing-mismatch");
    expect(found?.side).toBe("supporter");
    expect(found?.expected).toContain("上海");
  });

  test("an unknown name is unknown-place on its own side, with the nearest names", () => {
    const found = pairFinding(checkPairCells(table, "上海", "火星县"), table, "en");
    expect(found?.facts).toMatchObject({
      rule: "unknown-place",
      role: "recipient",
      name: "火星县",
    });
    expect(found?.side).toBe("recipient");
  });

  test("a blank cell is missing-value on the blank side only when the cells are given", () => {
    const verdict = checkPairCells(table, "", "莎车县");
    expect(pairFinding(verdict, table, "zh-CN")).toBeNull();
    expect(pairFinding(verdict, table, "zh-CN", { supporter: "", recipient: "莎车县" })).toEqual({
      facts: { rule: "missing-value", role: "supporter" },
      side: "supporter",
    });
  });
});
