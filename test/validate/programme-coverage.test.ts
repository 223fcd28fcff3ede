/**
 * Sheets of a programme AID does not ship (援藏, 援青, 三峡, later university pairings): one
 * `programme-not-covered` warning naming the shipped programmes, instead of an unknown-place or
 * pairing-mismatch on every row; sheets of the shipped programmes keep their findings.
 */
import type { CellValue } from "../../src/core/cells";
import { PROGRAMMES } from "../../src/core/programmes";
import { Validator } from "../../src/core/validate";
import { byRule, check, ruleCells, type Grid } from "./fixtures";

const HEADER: CellValue[] = ["支援方", "受援方", "项目名称", "投资(万元)"];

function projects(rows: readonly (readonly [CellValue, CellValue])[]): Grid {
  return [[...HEADER], ...rows.map(([s, r], i) => [s, r, `项目${i + 1}`, 100 + i])];
}

// 援藏: the supporters are 援疆 provinces too, the recipients are in none of AID's tables.
const TIBET: readonly (readonly [string, string])[] = [
  ["北京市", "拉萨市"],
  ["江苏省", "拉萨市"],
  ["上海市", "日喀则市"],
  ["山东省", "日喀则市"],
  ["广东省", "林芝市"],
  ["福建省", "林芝市"],
  ["湖北省", "山南市"],
  ["天津市", "昌都市"],
];

describe("a sheet of a programme AID does not ship", () => {
  test("援藏 projects: one warning at the first recipient, no unknown-place or pairing-mismatch", () => {
    const report = check(projects(TIBET));
    expect(ruleCells(report)).toEqual([["programme-not-covered", "B2"]]);
    expect(report.findings[0]).toMatchObject({ severity: "warning", role: "recipient" });
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  test("the Chinese message counts the recipients, quotes some, says the pairs were not checked and names every shipped programme", () => {
    const [finding] = check(projects(TIBET)).findings;
    expect(finding.message).toMatch(/^B2：/);
    expect(finding.message).toContain("本表 5 个受援方中有 5 个");
    expect(finding.message).toContain("「拉萨市」「日喀则市」「林芝市」");
    expect(finding.message).toContain("未逐行核对本表的地名和对口关系");
    for (const t of PROGRAMMES) expect(finding.message).toContain(t.title["zh-CN"]);
  });

  test("in English the same facts, with the shipped programmes' English titles", () => {
    const [finding] = check(projects(TIBET), undefined, { locale: "en" }).findings;
    expect(finding.message).toMatch(/^B2: 5 of the sheet's 5 recipients/);
    expect(finding.message).toContain("not checked row by row");
    for (const t of PROGRAMMES) expect(finding.message).toContain(t.title.en);
  });

  test("a blank name is still missing, and the programme chosen by the user changes nothing", () => {
    const grid = projects([...TIBET, ["", "山南市"]]);
    const report = check(grid, undefined, { programme: "xinjiang-2010" });
    expect(ruleCells(report)).toEqual([
      ["programme-not-covered", "B2"],
      ["missing-value", "A10"],
    ]);
  });

  test("a long sheet gets the one warning, also for rows after the first 500, pushed one by one", () => {
    const rows: [string, string][] = [];
    for (let i = 0; i < 1200; i++) rows.push(TIBET[i % TIBET.length] as [string, string]);
    rows.push(["北京市", "那曲市"]);
    const grid = projects(rows);
    const validator = new Validator();
    grid.forEach((row) => validator.push(row));
    const report = validator.finish();
    expect(ruleCells(report)).toEqual([["programme-not-covered", "B2"]]);
    expect(ruleCells(check(grid))).toEqual(ruleCells(report));
  });

  test("三峡: districts of 重庆 (a Wenchuan supporter) are no recipients of any shipped programme", () => {
    const report = check(
      projects([
        ["上海市", "万州区"],
        ["江苏省", "涪陵区"],
        ["山东省", "巫山县"],
        ["浙江省", "巫溪县"],
      ])
    );
    expect(ruleCells(report)).toEqual([["programme-not-covered", "B2"]]);
  });

  test("援藏 in the header with two companies among the supporters: one warning at the first company", () => {
    const grid: Grid = [
      ["支援方", "援藏项目(个)", "援藏资金(亿元)"],
      ["上海市", 1582, 45.18],
      ["山东省", 1355, 38.18],
      ["黑龙江省", 356, 9.27],
      ["吉林省", 297, 7.8],
      ["宝钢集团", 133, 2.78],
      ["中化集团", 119, 1.35],
    ];
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["programme-not-covered", "A6"]]);
    expect(report.findings[0].message).toContain("表头写有「援藏」");
    expect(report.findings[0].message).toContain("本表 6 个支援方中有 2 个");
  });

  test("a later university team: the supporters outside the 2006 plan decide, once", () => {
    const team = [
      "浙江大学",
      "南京农业大学",
      "西北农林科技大学",
      "北京林业大学",
      "华北电力大学",
      "河海大学",
      "江南大学",
      "合肥工业大学",
      "中国海洋大学",
    ];
    const report = check(projects(team.map((u) => [u, "新疆农业大学"] as const)));
    expect(ruleCells(report)).toEqual([["programme-not-covered", "A2"]]);
    expect(report.findings[0].message).toContain("高校对口支援");
  });
});

test("东西部扶贫协作 pairs (2016), with the columns named by the user: one warning at the first recipient", () => {
  const grid: Grid = [
    ["帮扶省市", "被帮扶地区"],
    ["北京市", "内蒙古自治区、河北省张家口市和保定市"],
    ["天津市", "甘肃省、河北省承德市"],
    ["辽宁省大连市", "贵州省六盘水市"],
    ["上海市", "云南省、贵州省遵义市"],
    ["浙江省", "四川省"],
  ];
  const report = check(grid, undefined, {
    headerRow: 1,
    columns: { supporter: "A", recipient: "B" },
  });
  expect(ruleCells(report)).toEqual([["programme-not-covered", "B2"]]);
});

describe("a sheet of a shipped programme keeps its findings", () => {
  test("one unknown recipient among official pairs is an unknown-place, not a coverage warning", () => {
    const report = check(
      projects([
        ["上海", "莎车县"],
        ["山东", "疏勒县"],
        ["深圳", "喀什市"],
        ["广东", "疏附县"],
        ["江西", "阿克陶市"],
      ])
    );
    expect(ruleCells(report)).toEqual([["unknown-place", "B6"]]);
  });

  test("two unknown recipients of six still give two unknown-place errors", () => {
    const report = check(
      projects([
        ["上海", "莎车县"],
        ["山东", "疏勒县"],
        ["深圳", "喀什市"],
        ["广东", "疏附县"],
        ["江西", "阿克陶市"],
        ["北京", "和田县城"],
      ])
    );
    expect(byRule(report, "programme-not-covered")).toEqual([]);
    expect(byRule(report, "unknown-place").map((f) => f.cell)).toEqual(["B6", "B7"]);
  });

  test("a 援疆 sheet checked against the Wenchuan table still gets a pairing-mismatch per row", () => {
    const report = check(
      projects([
        ["上海", "莎车县"],
        ["山东", "疏勒县"],
        ["深圳", "喀什市"],
      ]),
      undefined,
      { programme: "wenchuan-2008" }
    );
    expect(report.findings.map((f) => f.rule)).toEqual([
      "pairing-mismatch",
      "pairing-mismatch",
      "pairing-mismatch",
    ]);
  });
});
