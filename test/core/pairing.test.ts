import {
  actingForText,
  actingSupporter,
  checkPairCells,
  isPaired,
  recipientsOf,
  supportersOf,
  takesPart,
  type PairVerdict,
} from "../../src/core/pairing";
import { placeByName } from "../../src/core/places";
import { findProgramme } from "../../src/core/programmes";
import type { PairingTable, PlaceRecord } from "../../src/data/types";
import xinjiangRef from "../fixtures/reference/xinjiang-2010.json";
import wenchuanRef from "../fixtures/reference/wenchuan-2008.json";
import universitiesRef from "../fixtures/reference/xinjiang-universities-2006.json";

function table(id: string): PairingTable {
  const found = findProgramme(id);
  if (!found) throw new Error(`no programme ${id}`);
  return found;
}

const XINJIANG = table("xinjiang-2010");
const WENCHUAN = table("wenchuan-2008");
const UNIVERSITIES = table("xinjiang-universities-2006");

function place(name: string): PlaceRecord {
  const found = placeByName(name);
  if (!found) throw new Error(`no place ${name}`);
  return found;
}

const names = (places: readonly PlaceRecord[]) => places.map((p) => p.name);

function status(verdict: PairVerdict): string {
  return verdict.status;
}

describe("every pair of the reference transcriptions passes, as the source spells it", () => {
  test.each(xinjiangRef.pairs.map((p) => [p.supporter, p.sourceText]))(
    "xinjiang-2010: %s / %s",
    (supporter, recipient) => {
      expect(status(checkPairCells(XINJIANG, supporter, recipient))).toBe("paired");
    }
  );

  test.each(xinjiangRef.pairs.map((p) => [p.supporterFullName, p.recipient]))(
    "xinjiang-2010 with full supporter names: %s / %s",
    (supporter, recipient) => {
      expect(status(checkPairCells(XINJIANG, supporter, recipient))).toBe("paired");
    }
  );

  test.each(
    wenchuanRef.pairs.map((p) => [p.supporterSourceText, p.sourceText.split("——")[1], p.recipient])
  )("wenchuan-2008: %s / %s (%s)", (supporter, asWritten, recipient) => {
    expect(status(checkPairCells(WENCHUAN, supporter, asWritten))).toBe("paired");
    expect(status(checkPairCells(WENCHUAN, supporter, recipient))).toBe("paired");
  });

  test.each(universitiesRef.pairs.map((p) => [p.supporter, p.recipient]))(
    "xinjiang-universities-2006: %s / %s",
    (supporter, recipient) => {
      expect(status(checkPairCells(UNIVERSITIES, supporter, recipient))).toBe("paired");
    }
  );
});

describe("表2 and 表3 rows (supporters against prefecture-level recipients)", () => {
  test.each([
    ["江苏", "伊犁州直"],
    ["辽宁", "塔城地区"],
    ["吉林、黑龙江", "阿勒泰地区"],
    ["吉林、黑\n龙江", "阿勒泰地区"],
    ["湖北", "博州"],
    ["福建、山西", "昌吉州"],
    ["湖南", "吐鲁番地区"],
    ["河南", "哈密地区"],
    ["河北", "巴州"],
    ["浙江", "阿克苏地区"],
    ["江苏、江西", "克州"],
    ["上海、山东、广东、深圳", "喀什地区"],
    ["北京、天津、安徽", "和田地区"],
  ])("%j / %s passes", (supporters, recipient) => {
    expect(checkPairCells(XINJIANG, supporters, recipient)).toEqual({ status: "paired" });
  });
});

describe("wrong pairs", () => {
  test("浙江 / 莎车县 is not paired and names 上海市 as the official supporter", () => {
    const verdict = checkPairCells(XINJIANG, "浙江", "莎车县");
    expect(verdict.status).toBe("not-paired");
    if (verdict.status !== "not-paired") return;
    expect(verdict.supporter.name).toBe("浙江省");
    expect(verdict.recipient.name).toBe("莎车县");
    expect(names(verdict.official)).toEqual(["上海市"]);
  });

  test("辽宁 / 喀什地区 is not paired and names the four supporters of 喀什地区", () => {
    const verdict = checkPairCells(XINJIANG, "辽宁", "喀什地区");
    expect(verdict.status).toBe("not-paired");
    if (verdict.status !== "not-paired") return;
    expect(names(verdict.official)).toEqual(["深圳市", "广东省", "上海市", "山东省"]);
  });

  test("a second supporter that is not paired fails the whole cell", () => {
    const verdict = checkPairCells(XINJIANG, "江苏、浙江", "伊犁州直");
    expect(verdict.status).toBe("not-paired");
    if (verdict.status !== "not-paired") return;
    expect(verdict.supporter.name).toBe("浙江省");
  });

  test("a second recipient that is not paired fails the whole cell", () => {
    const verdict = checkPairCells(XINJIANG, "江苏", "伊犁州直、阿克苏地区");
    expect(verdict.status).toBe("not-paired");
    if (verdict.status !== "not-paired") return;
    expect(verdict.recipient.name).toBe("阿克苏地区");
    expect(names(verdict.official)).toEqual(["浙江省"]);
  });

  test("a pair of one programme is not accepted in another", () => {
    expect(status(checkPairCells(WENCHUAN, "浙江", "阿克苏市"))).toBe("not-paired");
    expect(status(checkPairCells(XINJIANG, "广东", "汶川县"))).toBe("not-paired");
  });
});

describe("Wenchuan 2008", () => {
  test.each([
    ["深圳市", "甘肃省受灾严重地区"],
    ["深圳市", "甘肃"],
    ["广东省", "汶川县"],
    ["广东省", "甘肃"],
    ["辽宁", "安县"],
    ["辽宁", "绵阳市安州区"],
    ["山东", "北川"],
    ["山东", "北川羌族自治县"],
    ["山东", "北川县"],
    ["天津", "陕西"],
    ["天津", "陕西省受灾严重地区"],
  ])("%s / %s passes", (supporter, recipient) => {
    expect(checkPairCells(WENCHUAN, supporter, recipient)).toEqual({ status: "paired" });
  });

  test("深圳市 acts for 广东 only on line 19, not for 汶川县", () => {
    expect(status(checkPairCells(WENCHUAN, "深圳", "汶川县"))).toBe("not-paired");
  });
});

describe("universities", () => {
  const agriculture = ["中国农业大学", "南京农业大学", "北京林业大学", "河海大学", "江南大学"];
  const medicine = ["复旦大学", "中山大学", "中国药科大学", "北京中医药大学", "中南大学"];

  test.each(agriculture.map((u) => [u]))(
    "%s pairs with 新疆农业大学 and not with 新疆医科大学",
    (u) => {
      expect(status(checkPairCells(UNIVERSITIES, u, "新疆农业大学"))).toBe("paired");
      expect(status(checkPairCells(UNIVERSITIES, u, "新疆医科大学"))).toBe("not-paired");
    }
  );

  test.each(medicine.map((u) => [u]))(
    "%s pairs with 新疆医科大学 and not with 新疆农业大学",
    (u) => {
      expect(status(checkPairCells(UNIVERSITIES, u, "新疆医科大学"))).toBe("paired");
      expect(status(checkPairCells(UNIVERSITIES, u, "新疆农业大学"))).toBe("not-paired");
    }
  );

  test("supportersOf lists the five of each recipient in source order", () => {
    expect(names(supportersOf(UNIVERSITIES, place("新疆农业大学")))).toEqual(agriculture);
    expect(names(supportersOf(UNIVERSITIES, place("新疆医科大学")))).toEqual(medicine);
  });
});

describe("兵团 cities and later units", () => {
  test.each([
    ["浙江", "阿拉尔市"],
    ["辽宁", "石河子市"],
    ["山西", "五家渠市"],
    ["广东", "图木舒克市"],
  ])("%s / the 师市合一 city %s pairs as its division", (supporter, city) => {
    expect(checkPairCells(XINJIANG, supporter, city)).toEqual({ status: "paired" });
  });

  test("a 兵团 city does not pair with another division's supporter", () => {
    expect(status(checkPairCells(XINJIANG, "辽宁", "阿拉尔市"))).toBe("not-paired");
  });

  test("霍尔果斯市, set up from 霍城县, pairs with 江苏", () => {
    expect(checkPairCells(XINJIANG, "江苏", "霍尔果斯市")).toEqual({ status: "paired" });
    expect(names(supportersOf(XINJIANG, place("霍尔果斯市")))).toEqual(["江苏省"]);
  });
});

describe("names with several readings", () => {
  test("深圳 / 喀什 passes: 深圳 is paired with 喀什地区 and 喀什市", () => {
    expect(checkPairCells(XINJIANG, "深圳", "喀什")).toEqual({ status: "paired" });
  });

  test("广东 / 喀什 is ambiguous: paired with 喀什地区 but not with 喀什市", () => {
    const verdict = checkPairCells(XINJIANG, "广东", "喀什");
    expect(verdict.status).toBe("ambiguous");
    if (verdict.status !== "ambiguous") return;
    expect(verdict.role).toBe("recipient");
    expect(verdict.resolution.kind).toBe("ambiguous");
  });

  test("浙江 / 阿克苏 passes: both readings are 浙江's", () => {
    expect(checkPairCells(XINJIANG, "浙江", "阿克苏")).toEqual({ status: "paired" });
  });

  test("辽宁 / 伊犁 is ambiguous: 塔城地区 is in 伊犁州 but not in 伊犁州直", () => {
    expect(status(checkPairCells(XINJIANG, "辽宁", "伊犁"))).toBe("ambiguous");
  });

  test("江苏 / 伊犁 passes under both readings", () => {
    expect(checkPairCells(XINJIANG, "江苏", "伊犁")).toEqual({ status: "paired" });
  });

  test("湖南 / 吐鲁番市 and 河南 / 哈密市 pass under both levels of the city", () => {
    expect(checkPairCells(XINJIANG, "湖南", "吐鲁番市")).toEqual({ status: "paired" });
    expect(checkPairCells(XINJIANG, "河南", "哈密市")).toEqual({ status: "paired" });
  });

  test("浙江 / 喀什 is not paired under any reading", () => {
    expect(status(checkPairCells(XINJIANG, "浙江", "喀什"))).toBe("not-paired");
  });
});

describe("unknown and blank cells", () => {
  test("an unknown supporter is reported with its role", () => {
    const verdict = checkPairCells(XINJIANG, "浙江x", "莎车县");
    expect(verdict.status).toBe("unknown");
    if (verdict.status !== "unknown") return;
    expect(verdict.role).toBe("supporter");
    expect(verdict.resolution.input).toBe("浙江x");
  });

  test("an unknown recipient is reported with its role", () => {
    const verdict = checkPairCells(XINJIANG, "上海", "莎车市");
    expect(verdict.status).toBe("unknown");
    if (verdict.status !== "unknown") return;
    expect(verdict.role).toBe("recipient");
    expect(verdict.resolution.input).toBe("莎车市");
  });

  test("an unknown name inside a list is found", () => {
    const verdict = checkPairCells(XINJIANG, "吉林、黑龙", "阿勒泰地区");
    expect(verdict.status === "unknown" && verdict.role).toBe("supporter");
  });

  test.each([
    ["", "莎车县"],
    ["上海", ""],
    [null, "莎车县"],
    ["上海", "  "],
  ])("%j / %j is blank", (supporter, recipient) => {
    expect(checkPairCells(XINJIANG, supporter, recipient)).toEqual({ status: "blank" });
  });
});

describe("supportersOf, recipientsOf, isPaired, takesPart", () => {
  test("supportersOf(昌吉州) is 福建省, 山西省", () => {
    expect(names(supportersOf(XINJIANG, place("昌吉回族自治州")))).toEqual(["福建省", "山西省"]);
  });

  test("supportersOf(伊犁哈萨克自治州) includes the supporters of 塔城地区 and 阿勒泰地区", () => {
    expect(names(supportersOf(XINJIANG, place("伊犁哈萨克自治州")))).toEqual([
      "江苏省",
      "辽宁省",
      "吉林省",
      "黑龙江省",
    ]);
  });

  test("supportersOf(甘肃省) in Wenchuan is 广东省 and 深圳市", () => {
    expect(names(supportersOf(WENCHUAN, place("甘肃省")))).toEqual(["广东省", "深圳市"]);
  });

  test("recipientsOf(辽宁省) lists current names in table order", () => {
    const recipients = names(recipientsOf(XINJIANG, place("辽宁省")));
    expect(recipients).toEqual([
      "塔城市",
      "乌苏市",
      "额敏县",
      "和布克赛尔蒙古自治县",
      "托里县",
      "裕民县",
      "沙湾市",
      "新疆生产建设兵团第九师",
      "新疆生产建设兵团第八师",
    ]);
    expect(recipients).not.toContain("沙湾县");
  });

  test("recipientsOf a place that supports nothing is empty", () => {
    expect(recipientsOf(XINJIANG, place("重庆市"))).toEqual([]);
    expect(recipientsOf(XINJIANG, place("莎车县"))).toEqual([]);
  });

  test("isPaired follows containment downwards only", () => {
    expect(isPaired(XINJIANG, place("深圳市"), place("喀什地区"))).toBe(true);
    expect(isPaired(XINJIANG, place("广东省"), place("喀什市"))).toBe(false);
    expect(isPaired(XINJIANG, place("广东省"), place("深圳市"))).toBe(false);
    expect(isPaired(XINJIANG, place("上海市"), place("莎车县"))).toBe(true);
    expect(isPaired(XINJIANG, place("莎车县"), place("上海市"))).toBe(false);
  });

  test("takesPart knows who is in which programme", () => {
    expect(takesPart(XINJIANG, place("重庆市"))).toBe(false);
    expect(takesPart(WENCHUAN, place("重庆市"))).toBe(true);
    expect(takesPart(XINJIANG, place("深圳市"))).toBe(true);
    expect(takesPart(WENCHUAN, place("深圳市"))).toBe(true);
    expect(takesPart(XINJIANG, place("喀什地区"))).toBe(true);
    expect(takesPart(XINJIANG, place("莎车县"))).toBe(true);
    expect(takesPart(XINJIANG, place("新疆生产建设兵团第十一师"))).toBe(false);
    expect(takesPart(XINJIANG, place("克拉玛依市"))).toBe(false);
    expect(takesPart(WENCHUAN, place("莎车县"))).toBe(false);
    expect(takesPart(UNIVERSITIES, place("复旦大学"))).toBe(true);
  });
});

describe("a city or district acts for the supporter it lies in (issue 9)", () => {
  test.each([
    ["苏州", "阿图什市", "苏州市", "江苏省"],
    ["东莞", "疏附县", "东莞市", "广东省"],
    ["台州", "阿克苏地区", "台州市", "浙江省"],
    ["宁波市", "温宿县", "宁波市", "浙江省"],
    ["杭州市", "兵团第一师", "杭州市", "浙江省"],
    ["南京市鼓楼区", "伊犁州直", "南京市鼓楼区", "江苏省"],
  ])(
    "%s with %s passes as %s of %s, and the verdict names the province",
    (s, r, city, province) => {
      const verdict = checkPairCells(XINJIANG, s, r);
      expect(verdict.status).toBe("paired");
      if (verdict.status !== "paired") return;
      expect(verdict.actingFor?.map((a) => [a.place.name, a.supporter.name])).toEqual([
        [city, province],
      ]);
      expect(actingForText(verdict.actingFor ?? [], "zh-CN")).toContain(province);
      expect(actingForText(verdict.actingFor ?? [], "en")).toContain(province);
    }
  );

  test("a province named in full passes with no acting-for note", () => {
    const verdict = checkPairCells(XINJIANG, "江苏省", "阿图什市");
    expect(verdict).toEqual({ status: "paired" });
  });

  test("a city of a province not paired with the recipient fails, naming the province's own recipients", () => {
    const verdict = checkPairCells(XINJIANG, "杭州市", "喀什市");
    expect(verdict.status).toBe("not-paired");
    if (verdict.status !== "not-paired") return;
    expect(verdict.actingFor?.supporter.name).toBe("浙江省");
    expect(names(verdict.officialRecipients)).toEqual(
      names(recipientsOf(XINJIANG, place("浙江省")))
    );
    expect(names(verdict.official)).toEqual(["深圳市"]);
  });

  test("a district of 深圳 acts for 深圳, the nearest supporter above it, not for 广东", () => {
    expect(actingSupporter(XINJIANG, place("深圳市南山区"))?.name).toBe("深圳市");
    expect(status(checkPairCells(XINJIANG, "深圳市南山区", "喀什市"))).toBe("paired");
    expect(status(checkPairCells(XINJIANG, "深圳市南山区", "疏附县"))).toBe("not-paired");
  });

  test("a name shared by districts of several provinces passes only when every reading does", () => {
    // 鼓楼区 is in 南京 and 徐州 (江苏), 福州 (福建) and 开封 (河南).
    expect(status(checkPairCells(XINJIANG, "鼓楼区", "伊犁州直"))).toBe("ambiguous");
  });

  test("a city of a province outside the programme acts for nothing", () => {
    expect(actingSupporter(XINJIANG, place("成都市"))).toBeUndefined();
    expect(takesPart(XINJIANG, place("杭州市"))).toBe(true);
  });

  test("阿拉山口市, split from 博乐市, pairs as 博乐市 did", () => {
    expect(status(checkPairCells(XINJIANG, "湖北", "阿拉山口市"))).toBe("paired");
  });

  test("伊犁哈萨克自治州 in full passes for 江苏 (both readings) but is ambiguous for 辽宁 (塔城 only)", () => {
    expect(status(checkPairCells(XINJIANG, "江苏", "伊犁哈萨克自治州"))).toBe("paired");
    expect(status(checkPairCells(XINJIANG, "辽宁", "伊犁哈萨克自治州"))).toBe("ambiguous");
  });

  test("团场 cells pair as their division", () => {
    expect(status(checkPairCells(XINJIANG, "浙江", "一师十团"))).toBe("paired");
    expect(status(checkPairCells(XINJIANG, "广东", "第三师四十一团"))).toBe("paired");
    expect(status(checkPairCells(XINJIANG, "浙江", "第三师四十一团"))).toBe("not-paired");
  });

  test("一八三团 alone is 第十师's farm: paired with 黑龙江 (表1 line 599), not with 吉林", () => {
    expect(status(checkPairCells(XINJIANG, "黑龙江", "一八三团"))).toBe("paired");
    expect(status(checkPairCells(XINJIANG, "黑龙江", "农九师168团"))).toBe("not-paired");
    const verdict = checkPairCells(XINJIANG, "吉林", "一八三团");
    expect(verdict.status).toBe("not-paired");
    expect(verdict.status === "not-paired" && names(verdict.official)).toEqual(["黑龙江省"]);
  });
});
