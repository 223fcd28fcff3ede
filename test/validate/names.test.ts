/**
 * Place names, pairings, categories and duplicate projects; the three
 * programmes and how the sheet's programme is chosen; messages in both languages.
 */
import type { CellValue } from "../../src/core/cells";
import {
  byRule,
  check,
  findingsAt,
  progressSheet,
  ruleCells,
  table2,
  withCell,
  type Grid,
} from "./fixtures";

const HEADER: CellValue[] = ["支援方", "受援方", "项目名称", "项目类别"];

/** A project list: header in row 1, then the given rows from row 2. */
function projects(...rows: CellValue[][]): Grid {
  return [[...HEADER], ...rows.map((r) => [...r])];
}

/** One row: supporter and recipient with a made-up project and a standard category. */
function pairRow(supporter: CellValue, recipient: CellValue, n = 1): CellValue[] {
  return [supporter, recipient, `项目${n}`, "社会发展"];
}

describe("a correct project list", () => {
  test("official pairs in the spellings people use pass without findings", () => {
    const grid = projects(
      ["上海", "莎车县", "莎车县城区安居富民工程", "房屋建设"],
      ["上海市", "泽普县", "泽普县人民医院病房楼", "社会发展"],
      ["山东", "疏勒县", "疏勒县职业技术学校实训基地", "人才培训"],
      ["深圳", "喀什市", "喀什市深喀大道配套工程", "产业发展"],
      ["广东", "兵团农三师图木舒克市", "图木舒克市工业园区道路", "产业发展"],
      ["北京", "农十四师", "农十四师红枣加工基地", "产业发展"],
      ["安徽", "皮山县", "皮山县乡村道路", "其他"],
      ["江西", "阿克陶县", "阿克陶县防洪应急工程", "其它"],
      ["浙江省", "库车县", "库车县定居兴牧工程", "房建"],
      ["山西", "五家渠市", "五家渠市教育园区", "社会发展"],
      ["吉林、黑\n龙江", "阿勒泰地区", "阿勒泰地区边境村卫生室", "社会发展"],
      ["江苏", "伊犁州直", "伊宁市江苏工业园", "产业发展项目"]
    );
    const report = check(grid);
    expect(report.findings).toEqual([]);
    expect(report.programme).toBe("xinjiang-2010");
    expect(report.programmeDetected).toBe(true);
  });
});

describe("unknown-place", () => {
  test.each(["阿克陶市", "阿克图县"])("%s is unknown and the message suggests 阿克陶县", (name) => {
    const report = check(projects(pairRow("江西", name)));
    expect(ruleCells(report)).toEqual([["unknown-place", "B2"]]);
    const [finding] = report.findings;
    expect(finding).toMatchObject({
      severity: "error",
      role: "recipient",
      expected: "阿克陶县",
      actual: name,
    });
    expect(finding.message).toContain(name);
    expect(finding.message).toContain("阿克陶县");
  });

  test("an unknown supporter is reported at the supporter cell with the nearest official name", () => {
    const report = check(projects(pairRow("广冬", "疏附县")));
    expect(ruleCells(report)).toEqual([["unknown-place", "A2"]]);
    expect(report.findings[0].message).toContain("广东省");
  });

  test("an unknown place is reported even when the other side is blank", () => {
    const report = check(projects(pairRow("", "阿克陶市")));
    expect(ruleCells(report)).toEqual([
      ["missing-value", "A2"],
      ["unknown-place", "B2"],
    ]);
  });
});

describe("pairing-mismatch", () => {
  test("浙江 / 莎车县 is not a pair, and the message names 莎车县's official supporter 上海市", () => {
    const report = check(projects(pairRow("浙江", "莎车县")));
    expect(report.findings.map((f) => f.rule)).toEqual(["pairing-mismatch"]);
    const [finding] = report.findings;
    expect(finding.severity).toBe("error");
    expect(finding.row).toBe(2);
    expect(["A", "B"]).toContain(finding.column);
    expect(finding.message).toContain("上海市");
    expect(finding.message).toContain("莎车县");
    expect(finding.message).toContain(finding.cell);
  });

  test("in a multi-supporter cell, the one supporter who is not paired is caught", () => {
    const report = check(projects(pairRow("吉林、浙江", "阿勒泰地区")));
    expect(report.findings.map((f) => f.rule)).toEqual(["pairing-mismatch"]);
    expect(report.findings[0].message).toContain("浙江");
    expect(report.findings[0].message).toContain("吉林省");
    expect(report.findings[0].message).toContain("黑龙江省");
  });

  test("a 兵团 division paired with another province is caught", () => {
    const report = check(projects(pairRow("北京", "兵团农三师图木舒克市")));
    expect(report.findings.map((f) => f.rule)).toEqual(["pairing-mismatch"]);
    expect(report.findings[0].message).toContain("广东省");
  });
});

describe("several supporters in one cell and line breaks in names", () => {
  test.each([
    ["吉林、黑龙江", "阿勒泰地区"],
    ["吉林，黑龙江", "阿勒泰地区"],
    ["吉林,黑龙江", "阿勒泰地区"],
    ["吉林/黑龙江", "阿勒泰地区"],
    ["吉林、 黑龙江", "阿勒泰地区"],
    ["黑\n龙江", "阿勒泰地区"],
    ["上海", "莎\n车县"],
    ["上海、山东、广东、深圳", "喀什地区"],
    ["北京、天津、安徽", "和田地区"],
    ["福建、山西", "昌吉州"],
  ])("%j / %j passes", (supporter, recipient) => {
    expect(check(projects(pairRow(supporter, recipient))).findings).toEqual([]);
  });
});

describe("ambiguous-place", () => {
  test("广东 / 喀什: 广东 supports counties of 喀什地区 but not 喀什市, so the reading matters (warning)", () => {
    const report = check(projects(pairRow("广东", "喀什")));
    expect(ruleCells(report)).toEqual([["ambiguous-place", "B2"]]);
    const [finding] = report.findings;
    expect(finding.severity).toBe("warning");
    expect(finding.message).toContain("喀什地区");
    expect(finding.message).toContain("喀什市");
  });

  test("深圳 / 喀什 holds under both readings and passes", () => {
    expect(check(projects(pairRow("深圳", "喀什"))).findings).toEqual([]);
  });

  test("浙江 / 阿克苏 holds for 阿克苏地区 and 阿克苏市 alike and passes", () => {
    expect(check(projects(pairRow("浙江", "阿克苏"))).findings).toEqual([]);
  });

  test("a name that is paired under no reading is a pairing-mismatch, not an ambiguity", () => {
    const report = check(projects(pairRow("河北", "喀什")));
    expect(report.findings.map((f) => f.rule)).toEqual(["pairing-mismatch"]);
  });
});

describe("unknown-category", () => {
  test("房屋建筑 is not a category; the nearest name 房屋建设 is suggested (warning)", () => {
    const report = check(projects(["上海", "莎车县", "安居房", "房屋建筑"]));
    expect(ruleCells(report)).toEqual([["unknown-category", "D2"]]);
    expect(report.findings[0]).toMatchObject({ severity: "warning", role: "category" });
    expect(report.findings[0].message).toContain("房屋建设");
  });

  test.each(["其他", "其它", "房建", "房屋建设", "产业发展项目", "基层阵地建设"])(
    "%s is a known category",
    (category) => {
      expect(check(projects(["上海", "莎车县", "某项目", category])).findings).toEqual([]);
    }
  );

  test("a blank category is not reported", () => {
    expect(check(projects(["上海", "莎车县", "某项目", ""])).findings).toEqual([]);
  });
});

describe("duplicate-row", () => {
  const HOSPITAL: CellValue[] = ["上海", "莎车县", "莎车县人民医院", "社会发展"];

  test("the second listing of a project is a warning at its project cell naming the first row", () => {
    const grid = projects(HOSPITAL, ["上海", "泽普县", "泽普县职业学校", "人才培训"], HOSPITAL);
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["duplicate-row", "C4"]]);
    expect(report.findings[0].severity).toBe("warning");
    expect(report.findings[0].message).toMatch(/第\s*2\s*行/);
    const english = check(grid, undefined, { locale: "en" });
    expect(english.findings[0].message).toMatch(/row 2\b/);
  });

  test("a third listing names the first row too", () => {
    const report = check(projects(HOSPITAL, HOSPITAL, HOSPITAL));
    expect(ruleCells(report)).toEqual([
      ["duplicate-row", "C3"],
      ["duplicate-row", "C4"],
    ]);
    for (const f of report.findings) expect(f.message).toMatch(/第\s*2\s*行/);
  });

  test("the same project name for another recipient or supporter is not a duplicate", () => {
    const grid = projects(
      HOSPITAL,
      ["上海", "泽普县", "莎车县人民医院", "社会发展"],
      ["深圳", "喀什市", "莎车县人民医院", "社会发展"]
    );
    expect(check(grid).findings).toEqual([]);
  });

  test("a supporter or recipient typed with spaces or full-width letters is the same party", () => {
    const report = check(
      projects(
        HOSPITAL,
        ["上 海", "莎车县 ", "莎车县人民医院", "社会发展"],
        ["上海", "莎车县", "某学校", "人才培训"]
      )
    );
    expect(ruleCells(report)).toEqual([["duplicate-row", "C3"]]);
  });

  test("the pair's verdict is the same on every row of the pair, before and after other pairs", () => {
    // 山东 is paired with 疏勒县, not 莎车县: each row of the wrong pair is reported, however they are spread.
    const wrong: CellValue[] = ["山东", "莎车县", "项目", "社会发展"];
    const grid = projects(
      ["山东", "疏勒县", "甲", "社会发展"],
      [...wrong.slice(0, 2), "乙", "社会发展"],
      ["上海", "莎车县", "丙", "社会发展"],
      [...wrong.slice(0, 2), "丁", "社会发展"]
    );
    expect(ruleCells(check(grid))).toEqual([
      ["pairing-mismatch", "A3"],
      ["pairing-mismatch", "A5"],
    ]);
  });

  test("a line break typed inside the name does not hide a duplicate", () => {
    const report = check(projects(HOSPITAL, ["上海", "莎车县", "莎车县人民\n医院", "社会发展"]));
    expect(ruleCells(report)).toEqual([["duplicate-row", "C3"]]);
  });
});

describe("programmes", () => {
  function wenchuan(): Grid {
    return [
      ["支援省市", "受援县(市)", "项目名称"],
      ["山东省", "北川县", "北川新县城"],
      ["辽宁省", "安县", "安县中学"],
      ["广东省", "汶川县", "汶川县医院"],
      ["深圳市", "甘肃省受灾严重地区", "陇南农房重建"],
      ["浙江省", "青川县", "青川县道路"],
      ["江苏省", "绵竹市", "绵竹市学校"],
      ["北京市", "什邡市", "什邡市医院"],
      ["上海市", "都江堰市", "都江堰市学校"],
      ["天津市", "陕西省受灾严重地区", "宁强县安居房"],
      ["黑龙江省", "剑阁县", "剑阁县卫生院"],
    ];
  }

  test("a Wenchuan sheet is detected as wenchuan-2008 and has no findings", () => {
    const report = check(wenchuan());
    expect(report.programme).toBe("wenchuan-2008");
    expect(report.programmeDetected).toBe(true);
    expect(report.findings).toEqual([]);
  });

  test("Wenchuan counties written after their province or city (四川省汶川县, 绵阳市安州区) pass", () => {
    const grid: Grid = [
      ["支援方", "受援方", "项目名称"],
      ["广东省", "四川省汶川县", "汶川县映秀镇重建"],
      ["辽宁省", "绵阳市安州区", "安州区中学"],
      ["山东省", "北川羌族自治县", "北川中学"],
    ];
    const report = check(grid);
    expect(report.programme).toBe("wenchuan-2008");
    expect(report.findings).toEqual([]);
  });

  test("a wrong Wenchuan pair names the county's official supporter", () => {
    const report = check(withCell(wenchuan(), 3, 0, "山东省"));
    expect(report.programme).toBe("wenchuan-2008");
    expect(report.findings.map((f) => [f.rule, f.row])).toEqual([["pairing-mismatch", 4]]);
    expect(report.findings[0].message).toContain("广东省");
  });

  test("a universities sheet is detected as xinjiang-universities-2006 and has no findings", () => {
    const grid: Grid = [
      ["支援高校", "受援高校", "项目名称"],
      ["中国农业大学", "新疆农业大学", "草业科学学科建设"],
      ["南京农业大学", "新疆农业大学", "植物保护学科建设"],
      ["复旦大学", "新疆医科大学", "公共卫生学科建设"],
      ["北京中医药大学", "新疆医科大学", "中医学科建设"],
    ];
    const report = check(grid);
    expect(report.programme).toBe("xinjiang-universities-2006");
    expect(report.programmeDetected).toBe(true);
    expect(report.findings).toEqual([]);
  });

  test("a Xinjiang sheet is detected as xinjiang-2010", () => {
    const report = check(table2());
    expect(report.programme).toBe("xinjiang-2010");
    expect(report.programmeDetected).toBe(true);
  });

  test("an explicit programme overrides detection: 表2 checked as wenchuan-2008 is all pairing-mismatches", () => {
    const report = check(table2(), undefined, { programme: "wenchuan-2008" });
    expect(report.programme).toBe("wenchuan-2008");
    expect(report.programmeDetected).toBe(false);
    const rows = byRule(report, "pairing-mismatch").map((f) => f.row);
    expect(rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  test("an explicit programme equal to the detected one reports programmeDetected false", () => {
    const report = check(table2(), undefined, { programme: "xinjiang-2010" });
    expect(report.programme).toBe("xinjiang-2010");
    expect(report.programmeDetected).toBe(false);
    expect(report.findings).toEqual([]);
  });
});

describe("messages", () => {
  // One mistake of each of three kinds: 5 of 10 started is 50% (stated 60); 浙江 does not support 疏勒县; 阿克陶市 is unknown.
  function spoiled(): Grid {
    return withCell(withCell(withCell(progressSheet(), 1, 4, 60), 2, 0, "浙江"), 3, 1, "阿克陶市");
  }
  const CJK = /[\u4e00-\u9fff]/;

  test("are Chinese by default and name the cell", () => {
    const report = check(spoiled());
    expect(ruleCells(report)).toEqual([
      ["rate-mismatch", "E2"],
      ["pairing-mismatch", "A3"],
      ["unknown-place", "B4"],
    ]);
    for (const f of report.findings) {
      expect(f.message).toContain(f.cell);
      expect(f.message).toMatch(CJK);
      expect(f.message).not.toMatch(/\b(the|is|are|but|gives)\b/);
    }
    expect(findingsAt(report, "E2")[0].message).toContain("开工率");
  });

  test("are English with locale 'en', about the same cells", () => {
    const zh = check(spoiled());
    const en = check(spoiled(), undefined, { locale: "en" });
    expect(ruleCells(en)).toEqual(ruleCells(zh));
    for (const f of en.findings) {
      expect(f.message).toContain(f.cell);
      expect(f.message).toMatch(/[A-Za-z]{3,}/);
    }
    const rate = findingsAt(en, "E2")[0].message;
    expect(rate).not.toMatch(CJK);
    expect(rate).toContain("60");
    expect(rate).toContain("50");
    expect(findingsAt(en, "A3")[0].message).toContain("山东省");
  });
});
