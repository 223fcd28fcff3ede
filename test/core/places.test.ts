import fc from "fast-check";
import {
  placeByName,
  placeMemoSize,
  resolveCell,
  resolvePlace,
  whenFoldingReady,
  type Resolution,
} from "../../src/core/places";
import { XINJIANG_2010 } from "../../src/data/xinjiang-2010";
import { WENCHUAN_2008 } from "../../src/data/wenchuan-2008";
import { XINJIANG_UNIVERSITIES_2006 } from "../../src/data/xinjiang-universities-2006";
import xinjiangRef from "../fixtures/reference/xinjiang-2010.json";
import wenchuanRef from "../fixtures/reference/wenchuan-2008.json";
import universitiesRef from "../fixtures/reference/xinjiang-universities-2006.json";

/** The official names a resolution stands for: one when found, all readings when ambiguous, none when unknown. */
function readingsOf(resolution: Resolution): string[] {
  if (resolution.kind === "found") return [resolution.place.name];
  if (resolution.kind === "ambiguous") return resolution.places.map((p) => p.name);
  return [];
}

function expectFound(typed: string, official: string): void {
  const resolution = resolvePlace(typed);
  expect({ typed, kind: resolution.kind, readings: readingsOf(resolution) }).toEqual({
    typed,
    kind: "found",
    readings: [official],
  });
}

/** Rows without repeats, so a supporter of many pairs is one test. */
function distinct(rows: string[][]): string[][] {
  const seen = new Map(rows.map((row) => [row.join("\u0000"), row]));
  return [...seen.values()];
}

/** The current recipient of our table for a reference pair, found by line and the cell as written. */
function xinjiangPairFor(line: number, sourceText: string) {
  const pair = XINJIANG_2010.pairs.find(
    (p) => p.source.line === line && p.asWritten === sourceText
  );
  if (!pair) throw new Error(`no pair on line ${line} written ${sourceText}`);
  return pair;
}

describe("every name of the Xinjiang 2010 table resolves", () => {
  const pairs = xinjiangRef.pairs.map((ref) => ({
    ref,
    ours: xinjiangPairFor(ref.sourceLine, ref.sourceText),
  }));

  test.each(distinct(pairs.map(({ ref }) => [ref.supporter, ref.supporterFullName])))(
    "the supporter as the table writes it, %s, resolves to %s",
    (typed, official) => expectFound(typed, official)
  );

  test.each(distinct(pairs.map(({ ref, ours }) => [ref.supporterFullName, ours.supporter])))(
    "the supporter's full name %s resolves to our table's supporter %s",
    (typed, official) => expectFound(typed, official)
  );

  test.each(pairs.map(({ ref, ours }) => [ref.sourceText, ours.recipient]))(
    "the recipient cell %s resolves to (or, when ambiguous by design, includes) %s",
    (typed, official) => {
      const resolution = resolvePlace(typed);
      expect(resolution.kind).not.toBe("unknown");
      expect(readingsOf(resolution)).toContain(official);
      if (resolution.kind === "ambiguous") expect(["吐鲁番市", "哈密市"]).toContain(typed);
    }
  );

  test.each(pairs.map(({ ref, ours }) => [ref.recipient, ours.recipient]))(
    "the reference recipient %s resolves to (or includes) %s",
    (typed, official) => {
      expect(readingsOf(resolvePlace(typed))).toContain(official);
    }
  );

  test.each(
    distinct(
      pairs.map(({ ref, ours }) => [ref.recipientPrefectureShortInDocument, ours.group ?? ""])
    )
  )("the prefecture heading as 表2/表3 write it, %s, resolves to %s", (typed, official) =>
    expectFound(typed, official)
  );
});

describe("every name of the Wenchuan 2008 list resolves", () => {
  test.each(wenchuanRef.pairs.map((ref) => [ref.supporterSourceText, ref.supporter]))(
    "the supporter as written, %s, resolves to %s",
    (typed, official) => expectFound(typed, official)
  );

  const recipients = wenchuanRef.pairs.map((ref) => {
    const ours = WENCHUAN_2008.pairs.find((p) => p.source.line === ref.sourceLine);
    return [ref.recipient, ref.sourceText.split("——")[1], ours?.recipient ?? "?"];
  });
  test.each(recipients)(
    "the recipient %s (written %s) resolves to %s",
    (name, asWritten, official) => {
      expectFound(name, official);
      expectFound(asWritten, official);
    }
  );
});

describe("every name of the 2006 university plan resolves", () => {
  const names = new Set(universitiesRef.pairs.flatMap((p) => [p.supporter, p.recipient]));
  test.each([...names].map((n) => [n]))("%s resolves to itself", (name) => {
    expectFound(name, name);
  });

  test("the table's own names all resolve", () => {
    for (const pair of XINJIANG_UNIVERSITIES_2006.pairs) {
      expectFound(pair.supporter, pair.supporter);
      expectFound(pair.asWritten, pair.recipient);
    }
  });
});

describe("alias kinds", () => {
  test.each([
    ["浙江", "浙江省"],
    ["浙江省", "浙江省"],
    ["深圳", "深圳市"],
    ["深圳市", "深圳市"],
    ["黑龙江", "黑龙江省"],
    ["新疆", "新疆维吾尔自治区"],
    ["广西", "广西壮族自治区"],
    ["内蒙古", "内蒙古自治区"],
  ])("province and city short or full form %s gives %s", (typed, official) =>
    expectFound(typed, official)
  );

  test.each([
    ["四川省汶川县", "汶川县"],
    ["四川汶川县", "汶川县"],
    ["绵阳市安州区", "安州区"],
    ["四川省安县", "安州区"],
    ["新疆喀什地区莎车县", "莎车县"],
    ["喀什地区莎车县", "莎车县"],
    ["新疆维吾尔自治区和田地区和田县", "和田县"],
  ])("a name with its containers in front, %s, gives %s", (typed, official) =>
    expectFound(typed, official)
  );

  test.each([
    ["伊犁州直", "伊犁哈萨克自治州直属县(市)"],
    ["伊犁哈萨克自治州直属县市", "伊犁哈萨克自治州直属县(市)"],
    ["克州", "克孜勒苏柯尔克孜自治州"],
    ["巴州", "巴音郭楞蒙古自治州"],
    ["博州", "博尔塔拉蒙古自治州"],
    ["昌吉州", "昌吉回族自治州"],
  ])("the document's short prefecture form %s gives %s", (typed, official) =>
    expectFound(typed, official)
  );

  test.each([
    ["库车县", "库车市"],
    ["沙湾县", "沙湾市"],
    ["安县", "安州区"],
    ["北川县", "北川羌族自治县"],
    ["北川羌族自治县", "北川羌族自治县"],
    ["吐鲁番地区", "吐鲁番市"],
    ["哈密地区", "哈密市"],
  ])("the former name %s gives the current unit %s", (typed, official) =>
    expectFound(typed, official)
  );

  test("吐鲁番地区 and 哈密地区 resolve to the prefecture-level cities", () => {
    for (const former of ["吐鲁番地区", "哈密地区"]) {
      const resolution = resolvePlace(former);
      expect(resolution.kind === "found" && resolution.place.kind).toBe("prefecture");
    }
  });

  const divisions = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十三", "十四"];
  test.each(divisions.map((ordinal) => [`农${ordinal}师`, `新疆生产建设兵团第${ordinal}师`]))(
    "the 表1 division %s is today %s",
    (typed, official) => {
      expectFound(typed, official);
      expectFound(`兵团${typed}`, official);
      expectFound(`兵团${typed}团场`, official);
    }
  );

  test.each([["阿拉尔市"], ["图木舒克市"], ["五家渠市"], ["石河子市"]])(
    "the 师市合一 city %s resolves to itself, not to its division",
    (city) => {
      const resolution = resolvePlace(city);
      expect(resolution.kind === "found" && resolution.place.name).toBe(city);
      expect(resolution.kind === "found" && resolution.place.kind).toBe("division-city");
    }
  );

  test("塔县 is the short form of 塔什库尔干塔吉克自治县", () => {
    expectFound("塔县", "塔什库尔干塔吉克自治县");
  });

  test.each([
    ["农一师"],
    ["一师"],
    ["兵团第一师"],
    ["第一师"],
    ["新疆生产建设兵团第一师"],
    ["兵团农一师阿拉尔市及团场"],
  ])("%s gives 新疆生产建设兵团第一师", (typed) => expectFound(typed, "新疆生产建设兵团第一师"));

  test.each([
    [" 浙 江 ", "浙江省"],
    ["浙江\u3000省", "浙江省"],
    ["黑\n龙江", "黑龙江省"],
    ["莎车县\u200b", "莎车县"],
    ["伊犁哈萨克自治州直属县（市）", "伊犁哈萨克自治州直属县(市)"],
    ["广东省（主要由深圳市）", "广东省"],
  ])("stray spaces, line breaks and full-width forms in %j are ignored", (typed, official) =>
    expectFound(typed, official)
  );
});

describe("resolveCell", () => {
  test.each([
    ["吉林、黑龙江", ["吉林省", "黑龙江省"]],
    ["福建,山西", ["福建省", "山西省"]],
    ["福建，山西", ["福建省", "山西省"]],
    ["上海/山东", ["上海市", "山东省"]],
    ["吉林、黑\n龙江", ["吉林省", "黑龙江省"]],
    ["上海、山东、广东、深圳", ["上海市", "山东省", "广东省", "深圳市"]],
  ])("%j gives one resolution per name", (cell, officials) => {
    const resolutions = resolveCell(cell);
    expect(resolutions.map((r) => r.kind)).toEqual(officials.map(() => "found"));
    expect(resolutions.flatMap(readingsOf)).toEqual(officials);
  });

  test.each([[""], ["   "], [null], [undefined], ["、"]])(
    "the blank cell %j gives no resolution",
    (cell) => {
      expect(resolveCell(cell)).toEqual([]);
    }
  );

  test("a number in a place cell is an unknown place, not a crash", () => {
    const resolutions = resolveCell(12);
    expect(resolutions).toHaveLength(1);
    expect(resolutions[0].kind).toBe("unknown");
  });
});

describe("ambiguous names are never guessed", () => {
  test.each([
    ["喀什", ["喀什地区", "喀什市"]],
    ["和田", ["和田地区", "和田市", "和田县"]],
    ["伊宁", ["伊宁市", "伊宁县"]],
    ["吐鲁番", ["吐鲁番市", "高昌区"]],
    ["吐鲁番市", ["吐鲁番市", "高昌区"]],
    ["哈密", ["哈密市", "伊州区"]],
    ["哈密市", ["哈密市", "伊州区"]],
    ["伊犁", ["伊犁哈萨克自治州", "伊犁哈萨克自治州直属县(市)"]],
  ])("%s is ambiguous between %j", (typed, readings) => {
    const resolution = resolvePlace(typed);
    expect(resolution.kind).toBe("ambiguous");
    expect([...readingsOf(resolution)].sort()).toEqual([...readings].sort());
  });

  test("the two readings of 吐鲁番市 are the prefecture-level city and the former county-level city", () => {
    const resolution = resolvePlace("吐鲁番市");
    const kinds =
      resolution.kind === "ambiguous" ? resolution.places.map((p) => p.kind).sort() : [];
    expect(kinds).toEqual(["district", "prefecture"]);
  });
});

describe("names match as whole tokens", () => {
  test.each([
    ["一师", "新疆生产建设兵团第一师"],
    ["十一师", "新疆生产建设兵团第十一师"],
    ["二师", "新疆生产建设兵团第二师"],
    ["十二师", "新疆生产建设兵团第十二师"],
    ["三师", "新疆生产建设兵团第三师"],
    ["十三师", "新疆生产建设兵团第十三师"],
    ["四师", "新疆生产建设兵团第四师"],
    ["十四师", "新疆生产建设兵团第十四师"],
    ["农十一师", "新疆生产建设兵团第十一师"],
    ["兵团十三师", "新疆生产建设兵团第十三师"],
  ])("%s gives %s and no other division", (typed, official) => expectFound(typed, official));
});

describe("unknown names", () => {
  test.each([
    ["阿克陶市", "阿克陶县"],
    ["莎车市", "莎车县"],
    ["沙车县", "莎车县"],
    ["库车区", "库车市"],
  ])("%s is unknown and suggests %s", (typed, near) => {
    const resolution = resolvePlace(typed);
    expect(resolution.kind).toBe("unknown");
    const suggestions =
      resolution.kind === "unknown" ? resolution.suggestions.map((p) => p.name) : [];
    expect(suggestions).toContain(near);
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });

  test.each([["广东省汶川县"], ["四川省莎车县"], ["浙江省喀什市"], ["阿克苏地区莎车县"]])(
    "a unit written after a place that does not contain it, %s, is not accepted",
    (typed) => {
      expect(resolvePlace(typed).kind).toBe("unknown");
    }
  );

  test("a name sharing no character with any place has no suggestions", () => {
    const resolution = resolvePlace("ＸＹＺ");
    expect(resolution).toEqual({ kind: "unknown", input: "ＸＹＺ", suggestions: [] });
  });

  test("the input is reported as typed", () => {
    expect(resolvePlace(" 莎车市 ").input).toBe(" 莎车市 ");
  });
});

describe("placeByName", () => {
  test("finds official names only", () => {
    expect(placeByName("莎车县")?.parent).toBe("喀什地区");
    expect(placeByName("莎车")).toBeUndefined();
  });
});

describe("properties", () => {
  const anyText = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc
      .array(
        fc.constantFrom(
          "喀什",
          "一师",
          "十",
          "省",
          "县",
          "团场",
          "及团场",
          "(",
          ")",
          "、",
          "新疆",
          "四川省",
          "兵团",
          "农",
          "\n",
          " "
        ),
        { maxLength: 12 }
      )
      .map((parts) => parts.join(""))
  );

  test("resolvePlace never throws and always echoes the input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const resolution = resolvePlace(text);
        return (
          resolution.input === text && ["found", "ambiguous", "unknown"].includes(resolution.kind)
        );
      }),
      { numRuns: 1000 }
    );
  });

  test("resolveCell never throws and never resolves more names than the cell holds", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const resolutions = resolveCell(text);
        return resolutions.length <= text.length;
      }),
      { numRuns: 1000 }
    );
  });

  test("an ambiguous resolution always lists at least two distinct places", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const resolution = resolvePlace(text);
        if (resolution.kind !== "ambiguous") return true;
        return new Set(resolution.places.map((p) => p.name)).size >= 2;
      }),
      { numRuns: 500 }
    );
  });
});

describe("names as officers write them (issue 9)", () => {
  beforeAll(async () => {
    expect(await whenFoldingReady()).toBe(true);
  });

  test.each([
    ["苏州", "苏州市", "江苏省"],
    ["东莞", "东莞市", "广东省"],
    ["台州市", "台州市", "浙江省"],
    ["宁波", "宁波市", "浙江省"],
    ["杭州", "杭州市", "浙江省"],
    ["萧山区", "萧山区", "杭州市"],
    ["吉林市", "吉林市", "吉林省"],
  ])("the city or district %s is %s, inside %s (division codes)", (typed, official, parent) => {
    expectFound(typed, official);
    expect(placeByName(official)?.parent).toBe(parent);
  });

  test("吉林 stays the province: a generated unit never takes a form a hand-kept record owns", () => {
    expectFound("吉林", "吉林省");
  });

  test("a county-level name used in several provinces is ambiguous, never guessed", () => {
    const resolution = resolvePlace("鼓楼区");
    expect(resolution.kind).toBe("ambiguous");
    expect(readingsOf(resolution)).toEqual(
      expect.arrayContaining(["南京市鼓楼区", "福州市鼓楼区"])
    );
    expectFound("南京市鼓楼区", "南京市鼓楼区");
  });

  test.each([
    ["一师十团", "新疆生产建设兵团第一师"],
    ["农九师168团", "新疆生产建设兵团第九师"],
    ["第三师四十一团", "新疆生产建设兵团第三师"],
    ["一六八团", "新疆生产建设兵团第九师"],
    ["兵团第十师一八四团", "新疆生产建设兵团第十师"],
    ["一百六十八团", "新疆生产建设兵团第九师"],
    ["一八三团", "新疆生产建设兵团第十师"],
    ["183团", "新疆生产建设兵团第十师"],
    ["十师一八三团", "新疆生产建设兵团第十师"],
    ["农十师185团", "新疆生产建设兵团第十师"],
    ["一八二团", "新疆生产建设兵团第十师"],
  ])("the 团场 %s resolves to its division %s", (typed, division) => {
    expectFound(typed, division);
    const resolution = resolvePlace(typed);
    expect(resolution.kind === "found" && resolution.note?.kind).toBe("farm");
  });

  test.each([["农十三师四十一团"], ["一师四十一团"], ["九九九团"], ["农九师一八三团"]])(
    "%s names no unit (a farm under another division, or a farm no source lists)",
    (typed) => expect(resolvePlace(typed).kind).toBe("unknown")
  );

  test.each([
    ["山東", "山东省"],
    ["黑龍江", "黑龙江省"],
    ["阿克蘇地區", "阿克苏地区"],
    ["兵團第一師", "新疆生产建设兵团第一师"],
    ["麥蓋提縣", "麦盖提县"],
    ["伊犁哈薩克自治州直屬縣（市）", "伊犁哈萨克自治州直属县(市)"],
  ])("the traditional-character name %s folds to %s", (typed, official) =>
    expectFound(typed, official)
  );

  test("阿拉山口市 is a county-level city of 博州 (code 652702)", () => {
    expectFound("阿拉山口市", "阿拉山口市");
    expect(placeByName("阿拉山口市")?.parent).toBe("博尔塔拉蒙古自治州");
  });

  test.each([["和安县"], ["和康县"], ["和田地区和安县"]])(
    "%s, set up after the division codes, stands for 和田地区 with a note saying so",
    (typed) => {
      const resolution = resolvePlace(typed);
      expect(resolution.kind === "found" && resolution.place.name).toBe("和田地区");
      expect(resolution.kind === "found" && resolution.note?.kind).toBe("new-unit");
    }
  );

  test("伊犁哈萨克自治州 in full is ambiguous like 伊犁州: the whole 州 or its directly-administered part", () => {
    for (const typed of ["伊犁哈萨克自治州", "伊犁州"]) {
      const resolution = resolvePlace(typed);
      expect(resolution.kind).toBe("ambiguous");
      expect([...readingsOf(resolution)].sort()).toEqual(
        ["伊犁哈萨克自治州", "伊犁哈萨克自治州直属县(市)"].sort()
      );
    }
  });

  test.each([
    ["阿克苏地区八县一市", "阿克苏地区"],
    ["伊犁河谷州直八县二市", "伊犁哈萨克自治州直属县(市)"],
    ["喀什地区12县市", "喀什地区"],
  ])("a heading with a count of its units after it, %s, is %s", (typed, official) =>
    expectFound(typed, official)
  );

  test("农十三师图木舒克市 stays unknown: 图木舒克市 is 第三师's, not 第十三师's", () => {
    expect(resolvePlace("农十三师图木舒克市").kind).toBe("unknown");
  });

  test("和 between two names splits them; names with 和 inside stay whole", () => {
    expect(resolveCell("岳普湖县和麦盖提县").flatMap(readingsOf)).toEqual(["岳普湖县", "麦盖提县"]);
    expect(resolveCell("和田县和墨玉县").flatMap(readingsOf)).toEqual(["和田县", "墨玉县"]);
    expect(resolveCell("新和县").flatMap(readingsOf)).toEqual(["新和县"]);
    expect(resolveCell("和静县").flatMap(readingsOf)).toEqual(["和静县"]);
    expect(resolveCell("疏勒县、英吉沙、岳普湖县和麦盖提县").map((r) => r.kind)).toEqual([
      "found",
      "found",
      "found",
      "found",
    ]);
  });

  test("a long unknown name is reported with suggestions from its first characters", () => {
    const long = "莎车县".repeat(400);
    const resolution = resolvePlace(long);
    expect(resolution.kind).toBe("unknown");
    expect(resolution.input).toBe(long);
    const names = resolution.kind === "unknown" ? resolution.suggestions.map((p) => p.name) : [];
    expect(names).toContain("莎车县");
  });
});

test("the place memo never keeps a long text, so a sheet of long names cannot grow it", () => {
  resolvePlace("浙江");
  const before = placeMemoSize();
  for (let i = 0; i < 50; i++) resolvePlace(`${"未知地名".repeat(20)}${i}`);
  expect(placeMemoSize()).toBe(before);
  resolvePlace("一个没有的县名");
  expect(placeMemoSize()).toBe(before + 1);
});

describe("a sheet of distinct long unknown names (issue 9: bounded work per name)", () => {
  // Characters of real place names, so every name shares characters with many official forms and
  // the suggestion search has the most candidates to consider.
  const CHARS =
    "新疆伊犁哈萨克自治州阿克苏喀什和田县市区乡镇团师兵疏勒莎车叶城英吉沙巴楚麦盖提岳普湖泽普塔城勒泰";
  let seed = 20261203;
  const nextChar = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return CHARS[seed % CHARS.length];
  };
  const names = Array.from(
    { length: 300 },
    (_, i) => `${i}${Array.from({ length: 40 }, nextChar).join("")}`
  );

  test("the corpus is a 36 KB sheet of distinct names", () => {
    expect(new Set(names).size).toBe(names.length);
    expect(Buffer.byteLength(names.join("\n"), "utf8")).toBeGreaterThanOrEqual(36_000);
  });

  test("each name gets at most three suggestions, chosen from its first characters only", () => {
    for (const name of names) {
      const resolution = resolvePlace(name);
      expect(resolution.kind).toBe("unknown");
      if (resolution.kind !== "unknown") continue;
      expect(resolution.suggestions.length).toBeLessThanOrEqual(3);
      // What follows the first 24 characters is never looked at: replacing it changes nothing.
      const other = resolvePlace(`${name.slice(0, 24)}${"乌".repeat(2000)}`);
      expect(other.kind === "unknown" && other.suggestions).toEqual(resolution.suggestions);
    }
  });
});
