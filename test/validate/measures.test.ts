/**
 * Columns read as measures, and the checks that follow from them: every count and
 * amount column added up, rates dividing the columns their words name, stages in
 * order and partitions, statuses and dates that are not categories or counts.
 */
import { readMeasure, measureKey } from "../../src/core/validate";
import { readHeader } from "../../src/core/validate/roles";
import { check, ruleCells, type Grid } from "./fixtures";

describe("reading a header as a measure", () => {
  test.each([
    ["规划项目(个)", "count.projects.planned", "个"],
    ["已复(开)工(个)", "count.projects.started", "个"],
    ["已动工(项)", "count.projects.started", "项"],
    ["未动工(项)", "count.projects.notStarted", "项"],
    ["在建(项)", "count.projects.underway", "项"],
    ["招投标(个)", "count.projects.other", "个"],
    ["资金到位后可立即实施(个)", "count.projects.other", "个"],
    ["应到位(亿元)", "amount.funds.planned", "亿元"],
    ["已到位(亿元)", "amount.funds.arrived", "亿元"],
    ["完成投资(亿元)", "amount.investment.completed", "亿元"],
    ["总投资(亿元)", "amount.investment.planned", "亿元"],
    ["援疆资金(万元)", "amount.funds.aid", "万元"],
    ["人数(人)", "count.people", "人"],
    ["項目(個)", "count.projects", "个"],
    ["資金來源", "label", undefined],
    ["开工日期", "date", undefined],
    ["完成计划投资(%)", "rate", "%"],
    ["占援疆资金总额(%)", "share", "%"],
    // 东西部扶贫协作 (east-west-pairs-2016) names its sides with 帮扶, not 支援.
    ["帮扶省市", "supporter", undefined],
    ["被帮扶地区", "recipient", undefined],
    ["支援省市", "supporter", undefined],
    ["受援地", "recipient", undefined],
  ])("%s reads as %s", (header, key, unit) => {
    const m = readMeasure(header);
    expect(measureKey(m)).toBe(key);
    expect(m.unit).toBe(unit);
  });

  test("已复(开)工 is marked as resumed work, which need not include the completed projects", () => {
    expect(readMeasure("已复(开)工(个)").resumed).toBe(true);
    expect(readMeasure("已开工(个)").resumed).toBeUndefined();
  });
});

describe("the role and the measure of a names column agree", () => {
  // Both readings take their words from header-words.ts: a header that made the supporter in one
  // and nothing in the other (援藏省份, 省市 before) gave the pane's column reading and the checks
  // two different tables.
  test.each([
    ["支援方", "supporter"],
    ["援疆省市", "supporter"],
    ["援藏省份", "supporter"],
    ["省市", "supporter"],
    ["帮扶省市", "supporter"],
    ["受援方", "recipient"],
    ["被帮扶地区", "recipient"],
    ["对口县", "recipient"],
    ["援建方式", "mode"],
    ["项目名称", "project"],
    ["项目类别", "category"],
  ])("%s is the %s in both", (header, kind) => {
    expect(readMeasure(header).kind).toBe(kind);
    expect(readHeader(header).role).toBe(kind);
  });
});

describe("checks from measures", () => {
  test("a count column no role names (招投标) is added up against the 合计 row", () => {
    const grid: Grid = [
      ["援建方式", "项目(个)", "招投标(个)"],
      ["交钥匙", 27, 9],
      ["交支票", 75, 2],
      ["合计", 102, 12],
    ];
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["total-mismatch", "C4"]]);
    expect(report.findings[0].message).toBe("C4：招投标(个)合计写为 12，上方各行之和为 11");
    expect(report.table?.columns).toMatchObject({ plannedCount: "B", "count.projects.other": "C" });
  });

  test("投资完成率 divides completed by total investment, beside a completion rate of projects", () => {
    const grid: Grid = [
      [
        "地区",
        "规划项目(个)",
        "已完工(个)",
        "完工率(%)",
        "总投资(亿元)",
        "完成投资(亿元)",
        "投资完成率(%)",
      ],
      ["德阳市", 5489, 5128, 93.4, 1600, 1452.8, 80],
    ];
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["rate-mismatch", "G2"]]);
    expect(report.findings[0].expected).toBe("91");
    const rate = report.table?.readings.find((r) => r.column === "G");
    expect(rate?.divides).toEqual(["完成投资(亿元)", "总投资(亿元)"]);
  });

  test("a 比率 that fits several pairs of columns is one rate-ambiguous warning naming them", () => {
    const grid: Grid = [
      [
        "类别",
        "计划资金(亿元)",
        "完成资金(亿元)",
        "计划投资(亿元)",
        "完成投资(亿元)",
        "完成率(%)",
        "比率(%)",
      ],
      ["房屋建设", 10, 5, 20, 10, 50, 50],
      ["社会发展", 10, 4, 20, 8, 40, 40],
    ];
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["rate-ambiguous", "G2"]]);
    expect(report.findings[0].severity).toBe("warning");
    expect(report.findings[0].message).toContain("完成资金(亿元) ÷ 计划资金(亿元)");
    expect(report.findings[0].message).toContain("完成投资(亿元) ÷ 计划投资(亿元)");
  });

  test("completed cannot exceed started; started and completed cannot exceed planned (one finding a cell)", () => {
    const grid: Grid = [
      ["地区", "计划项目(个)", "已开工(个)", "已完工(个)"],
      ["甲", 10, 6, 8],
      ["乙", 10, 6, 12],
    ];
    expect(ruleCells(check(grid))).toEqual([
      ["exceeds-planned", "D2"],
      ["exceeds-planned", "D3"],
    ]);
    const text = check(grid).findings[0].message;
    expect(text).toBe("D2：已完工项目数 8 超过已开工项目数 6");
  });

  test("已复(开)工 is not ordered against the completed count", () => {
    const grid: Grid = [
      ["援建方式", "项目(个)", "已完成(个)", "已复(开)工(个)"],
      ["交支票", 75, 34, 32],
    ];
    expect(ruleCells(check(grid))).toEqual([]);
  });

  test("stage partitions: 已动工 + 未动工 = 项目 and 已完工 + 在建 = 已动工", () => {
    const header = ["工程分期", "项目(项)", "已动工(项)", "已完工(项)", "在建(项)", "未动工(项)"];
    const good: Grid = [header, ["二期工程", 72, 71, 63, 8, 1]];
    expect(ruleCells(check(good))).toEqual([]);
    const bad: Grid = [header, ["二期工程", 72, 71, 63, 9, 2]];
    const report = check(bad);
    expect(ruleCells(report)).toEqual([
      ["stage-mismatch", "B2"],
      ["stage-mismatch", "C2"],
    ]);
    expect(report.findings[1].message).toBe(
      "C2：已开工项目数写为 71，已完工项目数 + 在建(项) 为 72"
    );
  });

  test("a partition is not checked on a row that leaves a stage blank", () => {
    const grid: Grid = [
      ["工程分期", "项目(项)", "已动工(项)", "已完工(项)", "在建(项)", "未动工(项)"],
      ["一期工程", 14, 14, 14, "", ""],
    ];
    expect(ruleCells(check(grid))).toEqual([]);
  });

  test("a 项目类型 column holding 续建/新建 is a status, not a category (no unknown-category)", () => {
    const grid: Grid = [
      ["项目类型", "项目(个)"],
      ["续建项目", 78],
      ["新建项目", 94],
      ["合计", 172],
    ];
    const report = check(grid);
    expect(report.findings).toEqual([]);
    expect(report.table?.columns.category).toBeUndefined();
    expect(report.table?.columns.status).toBe("A");
  });

  test("a date column is never a count: its dates are not added up", () => {
    const grid: Grid = [
      ["项目名称", "开工日期", "计划资金(万元)"],
      ["莎车县人民医院", 40544, 100],
      ["泽普县职业学校", 40575, 50],
      ["合计", 1, 150],
    ];
    expect(ruleCells(check(grid))).toEqual([]);
  });

  test("measures as rows (指标 | 计划 | 完成或到位 | 比率): each row's rate, counts exact by the row's (个)", () => {
    const grid: Grid = [
      ["指标", "计划", "完成或到位", "比率(%)"],
      ["援疆项目(个)", 200, 186, 93],
      ["援助资金(亿元)", 22.8, 9.8, 42.8],
      ["总投资(亿元)", 35.55, "", 64.1],
    ];
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["rate-rounding", "D3"]]);
    // 184 ÷ 200 = 92.0%: only rounding of 184 and 200 could give 93, and counts are exact.
    const counts = check([grid[0], ["援疆项目(个)", 200, 184, 93]]);
    expect(ruleCells(counts)).toEqual([["rate-mismatch", "D2"]]);
  });

  test("traditional headers read as simplified, and 合計 is a total row", () => {
    const grid: Grid = [
      ["項目類別", "項目(個)"],
      ["教育項目", 8],
      ["衛生項目", 6],
      ["合計", 15],
    ];
    const report = check(grid);
    const errors = report.findings
      .filter((f) => f.severity === "error")
      .map((f) => [f.rule, f.cell]);
    expect(errors).toEqual([["total-mismatch", "B4"]]);
    expect(report.table?.totalRow).toBe(4);
  });
});
