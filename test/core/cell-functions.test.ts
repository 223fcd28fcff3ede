import {
  normalizeNames,
  pairedIn,
  placeProblem,
  recipientsIn,
  standardCategory,
  supportersIn,
} from "../../src/core/cell-functions";
import { resolvePlace } from "../../src/core/places";
import { findProgramme } from "../../src/core/programmes";
import type { PairingTable } from "../../src/data/types";

function table(id: string): PairingTable {
  const found = findProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

const XINJIANG = table("xinjiang-2010");
const WENCHUAN = table("wenchuan-2008");

describe("pairedIn", () => {
  test("TRUE for an official pair, FALSE for a wrong one", () => {
    expect(pairedIn(XINJIANG, "上海", "莎车县")).toBe(true);
    expect(pairedIn(XINJIANG, "浙江", "莎车县")).toBe(false);
    expect(pairedIn(XINJIANG, "吉林、黑\n龙江", "阿勒泰地区")).toBe(true);
    expect(pairedIn(WENCHUAN, "辽宁", "安县")).toBe(true);
  });

  test("'' when either cell is blank", () => {
    expect(pairedIn(XINJIANG, "", "莎车县")).toBe("");
    expect(pairedIn(XINJIANG, "上海", null)).toBe("");
  });

  test("an error in either cell is passed on", () => {
    expect(pairedIn(XINJIANG, "#N/A", "莎车县")).toEqual({ problem: "cell-error", code: "#N/A" });
    expect(pairedIn(XINJIANG, "上海", "#REF!")).toEqual({ problem: "cell-error", code: "#REF!" });
  });

  test("an ambiguous name is a problem listing the readings", () => {
    expect(pairedIn(XINJIANG, "广东", "喀什")).toEqual({
      problem: "ambiguous-place",
      name: "喀什",
      readings: ["喀什地区", "喀什市"],
    });
  });

  test("an unknown name is a problem with suggestions", () => {
    const result = pairedIn(XINJIANG, "上海", "莎车市");
    expect(result).toMatchObject({ problem: "unknown-place", name: "莎车市" });
    expect(typeof result === "object" && "suggestions" in result && result.suggestions).toContain(
      "莎车县"
    );
  });
});

describe("supportersIn", () => {
  test("the official supporters of a recipient", () => {
    expect(supportersIn(XINJIANG, "莎车县")).toEqual(["上海市"]);
    expect(supportersIn(XINJIANG, "昌吉州")).toEqual(["福建省", "山西省"]);
    expect(supportersIn(XINJIANG, "农一师")).toEqual(["浙江省"]);
    expect(supportersIn(WENCHUAN, "北川县")).toEqual(["山东省"]);
  });

  test("several recipients in one cell give their supporters once each", () => {
    expect(supportersIn(XINJIANG, "莎车县、喀什市")).toEqual(["上海市", "深圳市"]);
    expect(supportersIn(XINJIANG, "阿克苏市、库车县")).toEqual(["浙江省"]);
  });

  test("an ambiguous name is answered when every reading gives the same supporters", () => {
    expect(supportersIn(XINJIANG, "阿克苏")).toEqual(["浙江省"]);
  });

  test("an ambiguous name with differing answers is a problem", () => {
    expect(supportersIn(XINJIANG, "喀什")).toEqual({
      problem: "ambiguous-place",
      name: "喀什",
      readings: ["喀什地区", "喀什市"],
    });
  });

  test("a place outside the programme is not-in-programme", () => {
    expect(supportersIn(XINJIANG, "汶川县")).toEqual({
      problem: "not-in-programme",
      name: "汶川县",
      programme: XINJIANG.title["zh-CN"],
    });
  });

  test("unknown, blank and error cells", () => {
    expect(supportersIn(XINJIANG, "莎车市")).toMatchObject({ problem: "unknown-place" });
    expect(supportersIn(XINJIANG, "")).toEqual([]);
    expect(supportersIn(XINJIANG, "#REF!")).toEqual({ problem: "cell-error", code: "#REF!" });
  });
});

describe("recipientsIn", () => {
  test("the official recipients of a supporter, with current names", () => {
    expect(recipientsIn(XINJIANG, "深圳")).toEqual(["喀什市", "塔什库尔干塔吉克自治县"]);
    expect(recipientsIn(WENCHUAN, "广东")).toEqual(["汶川县", "甘肃省受灾严重地区"]);
    const liaoning = recipientsIn(XINJIANG, "辽宁");
    expect(liaoning).toContain("沙湾市");
    expect(liaoning).not.toContain("沙湾县");
  });

  test("several supporters in one cell give all their recipients", () => {
    expect(recipientsIn(XINJIANG, "吉林、黑龙江")).toEqual([
      "阿勒泰市",
      "哈巴河县",
      "布尔津县",
      "吉木乃县",
      "青河县",
      "富蕴县",
      "福海县",
      "新疆生产建设兵团第十师",
    ]);
  });

  test("a province that supports nothing in the programme is not-in-programme", () => {
    expect(recipientsIn(XINJIANG, "重庆")).toEqual({
      problem: "not-in-programme",
      name: "重庆",
      programme: XINJIANG.title["zh-CN"],
    });
  });

  test("errors are passed on", () => {
    expect(recipientsIn(XINJIANG, "#VALUE!")).toEqual({ problem: "cell-error", code: "#VALUE!" });
  });
});

describe("normalizeNames", () => {
  test("农X师 and 第X师 give the same official name", () => {
    expect(normalizeNames("农一师")).toBe("新疆生产建设兵团第一师");
    expect(normalizeNames("第一师")).toBe(normalizeNames("农一师"));
    expect(normalizeNames("兵团第一师")).toBe(normalizeNames("农一师"));
  });

  test("a multi-name cell is joined with 、", () => {
    expect(normalizeNames("吉林、黑龙江")).toBe("吉林省、黑龙江省");
    expect(normalizeNames("库车县，沙湾县")).toBe("库车市、沙湾市");
    expect(normalizeNames("上海/山东")).toBe("上海市、山东省");
  });

  test("renamed units give their current names", () => {
    expect(normalizeNames("安县")).toBe("安州区");
    expect(normalizeNames("哈密地区")).toBe("哈密市");
  });

  test("a blank cell gives ''", () => {
    expect(normalizeNames("")).toBe("");
    expect(normalizeNames(null)).toBe("");
  });

  test("an ambiguous or unknown name is a problem", () => {
    expect(normalizeNames("喀什")).toMatchObject({ problem: "ambiguous-place", name: "喀什" });
    expect(normalizeNames("上海、莎车市")).toMatchObject({
      problem: "unknown-place",
      name: "莎车市",
    });
  });

  test("an error value is passed on", () => {
    expect(normalizeNames("#VALUE!")).toEqual({ problem: "cell-error", code: "#VALUE!" });
  });
});

describe("standardCategory", () => {
  test("gives the standard name", () => {
    expect(standardCategory("房建")).toBe("房屋建设");
    expect(standardCategory("其他类项目")).toBe("其它");
    expect(standardCategory("教育卫生")).toBe("教育卫生");
  });

  test("blank gives '' and an error is passed on", () => {
    expect(standardCategory("")).toBe("");
    expect(standardCategory("#N/A")).toEqual({ problem: "cell-error", code: "#N/A" });
  });

  test("unknown text is a problem with suggestions", () => {
    const result = standardCategory("基层建设");
    expect(result).toMatchObject({ problem: "unknown-category", text: "基层建设" });
    expect(typeof result === "object" && "suggestions" in result && result.suggestions).toContain(
      "基层阵地建设"
    );
  });
});

describe("placeProblem", () => {
  test("a found place has no problem", () => {
    expect(placeProblem(resolvePlace("莎车县"))).toBeUndefined();
  });

  test("ambiguous and unknown names give their problems", () => {
    expect(placeProblem(resolvePlace("伊宁"))).toEqual({
      problem: "ambiguous-place",
      name: "伊宁",
      readings: ["伊宁市", "伊宁县"],
    });
    expect(placeProblem(resolvePlace("阿克陶市"))).toMatchObject({
      problem: "unknown-place",
      name: "阿克陶市",
    });
  });
});
