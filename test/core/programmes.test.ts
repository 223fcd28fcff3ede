import {
  DEFAULT_PROGRAMME,
  PROGRAMMES,
  findProgramme,
  programmeById,
  programmeCoverage,
  unshippedProgrammeWord,
} from "../../src/core/programmes";
import { whenFoldingReady } from "../../src/core/places";

describe("findProgramme", () => {
  test.each([["xinjiang-2010"], ["wenchuan-2008"], ["xinjiang-universities-2006"]])(
    "finds %s by its id",
    (id) => {
      expect(findProgramme(id)?.id).toBe(id);
    }
  );

  test.each([
    ["汶川", "wenchuan-2008"],
    ["汶川地震灾后恢复重建", "wenchuan-2008"],
    ["一省帮一重灾县", "wenchuan-2008"],
    ["援疆学科建设计划", "xinjiang-universities-2006"],
    ["对口援疆", "xinjiang-2010"],
    ["19省市对口支援新疆", "xinjiang-2010"],
  ])("finds %s by its Chinese name", (name, id) => {
    expect(findProgramme(name)?.id).toBe(id);
  });

  test("finds each programme by its full Chinese and English titles", () => {
    for (const table of PROGRAMMES) {
      expect(findProgramme(table.title["zh-CN"])).toBe(table);
      expect(findProgramme(table.title.en)).toBe(table);
    }
  });

  test.each([[" 汶 川 "], ["WENCHUAN-2008"], ["Wenchuan"], ["汶川\n"]])(
    "ignores case, spaces and line breaks in %j",
    (typed) => {
      expect(findProgramme(typed)?.id).toBe("wenchuan-2008");
    }
  );

  test.each([[""], ["   "], [null], [undefined]])(
    "a blank cell %j means xinjiang-2010",
    (value) => {
      expect(findProgramme(value)?.id).toBe("xinjiang-2010");
      expect(DEFAULT_PROGRAMME).toBe("xinjiang-2010");
    }
  );

  test.each([["西藏"], ["xinjiang-2011"], [2010], [true]])("%j is not a programme", (value) => {
    expect(findProgramme(value)).toBeUndefined();
  });
});

describe("programmeById", () => {
  test("returns the table with that id", () => {
    expect(programmeById("wenchuan-2008").pairs.length).toBeGreaterThan(0);
    expect(programmeById("wenchuan-2008").id).toBe("wenchuan-2008");
  });
});

describe("programmeCoverage (issue 9)", () => {
  beforeAll(() => whenFoldingReady());

  test("a 援青 sheet (Qinghai recipients, in traditional characters) is not covered, judged by its recipients", () => {
    const coverage = programmeCoverage({
      supporters: ["北京", "上海", "天津", "江蘇", "山東", "浙江"],
      recipients: [
        "玉樹藏族自治州",
        "果洛藏族自治州",
        "黃南藏族自治州",
        "海北藏族自治州",
        "海南藏族自治州",
        "海西蒙古族藏族自治州",
      ],
    });
    expect(coverage).toMatchObject({ covered: false, judged: "recipients", names: 6 });
    expect(coverage.outside).toHaveLength(6);
    expect(coverage.outside[0]).toBe("玉樹藏族自治州");
    expect(coverage.programmes).toBe(PROGRAMMES);
  });

  test("a later university team beside a 2006 recipient is not covered, judged by its supporters", () => {
    // 2023 team of 新疆农业大学: four of the 2006 plan's universities, five outside it.
    const coverage = programmeCoverage({
      supporters: [
        "浙江大学",
        "南京农业大学",
        "西北农林科技大学",
        "北京林业大学",
        "华北电力大学",
        "河海大学",
        "江南大学",
        "合肥工业大学",
        "中国海洋大学",
      ],
      recipients: ["新疆农业大学"],
    });
    expect(coverage).toMatchObject({ covered: false, judged: "supporters", names: 9 });
    expect(coverage.outside).toEqual([
      "浙江大学",
      "西北农林科技大学",
      "华北电力大学",
      "合肥工业大学",
      "中国海洋大学",
    ]);
  });

  test("a header naming 援藏 makes a sheet with any name outside the programmes not covered", () => {
    const supporters = [
      "上海市",
      "山東省",
      "黑龍江省",
      "吉林省",
      "寶鋼集團(現為寶武集團)",
      "中化集團",
    ];
    expect(programmeCoverage({ supporters }).covered).toBe(true);
    const coverage = programmeCoverage({
      supporters,
      headers: ["支援方", "援藏項目(個)", "援藏資金(億元)"],
    });
    expect(coverage).toMatchObject({ covered: false, judged: "supporters", word: "援藏" });
    expect(coverage.outside).toEqual(["寶鋼集團(現為寶武集團)", "中化集團"]);
    // The word alone decides nothing when every name belongs to a shipped programme.
    expect(
      programmeCoverage({ supporters: ["上海市", "山东省"], headers: ["援藏资金"] }).covered
    ).toBe(true);
  });

  test("unshippedProgrammeWord finds 援藏, 援青, 三峡 and 东西部 in either script, and not 援疆", () => {
    expect(unshippedProgrammeWord(["序号", "援藏項目(個)"])).toBe("援藏");
    expect(unshippedProgrammeWord(["援青资金"])).toBe("援青");
    expect(unshippedProgrammeWord(["三峽移民"])).toBe("三峽");
    expect(unshippedProgrammeWord(["东西部协作资金"])).toBe("东西部");
    expect(unshippedProgrammeWord(["援疆资金", "受援县"])).toBeUndefined();
  });

  test("universities outside the 2006 plan make a sheet not covered", () => {
    const coverage = programmeCoverage({
      supporters: ["中央财经大学", "西安交通大学", "中国传媒大学"],
      recipients: ["兰州财经大学", "天水师范学院", "兰州文理学院"],
    });
    expect(coverage.covered).toBe(false);
  });

  test("a 援疆 sheet with one odd name is covered", () => {
    const coverage = programmeCoverage({
      supporters: ["广东省", "深圳", "山东", "上海"],
      recipients: ["疏附县", "喀什市", "疏勒县", "莎车县", "农十三师图木舒克市"],
    });
    expect(coverage).toMatchObject({ covered: true, outside: ["农十三师图木舒克市"] });
  });

  test("cities acting for their province and 团场 count as covered names", () => {
    expect(
      programmeCoverage({
        supporters: ["苏州", "宁波", "东莞"],
        recipients: ["一师十团", "阿图什市", "疏附县"],
      }).covered
    ).toBe(true);
  });

  test("with recipients absent the supporters are judged; fewer than three names never decide", () => {
    expect(
      programmeCoverage({ supporters: ["浙江大学", "北京科技大学", "河北大学"] })
    ).toMatchObject({
      covered: false,
      judged: "supporters",
    });
    expect(programmeCoverage({ recipients: ["玉树藏族自治州", "果洛藏族自治州"] }).covered).toBe(
      true
    );
    expect(programmeCoverage({})).toMatchObject({ covered: true, judged: "none", names: 0 });
  });
});
