import {
  DEFAULT_PROGRAMME,
  PROGRAMMES,
  findProgramme,
  programmeById,
  programmeCoverage,
  programmeCoverageText,
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

  test("a 援青 sheet (Qinghai recipients, in traditional characters) is not covered; the note names the shipped programmes", () => {
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
    const zh = programmeCoverageText(coverage, "zh-CN");
    for (const t of PROGRAMMES) expect(zh).toContain(t.title["zh-CN"]);
    expect(zh).toContain("玉樹藏族自治州");
    expect(programmeCoverageText(coverage, "en")).toContain(PROGRAMMES[0].title.en);
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
