import fc from "fast-check";
import { cleanText, editDistance, nearest, splitNames } from "../../src/core/text";

describe("cleanText", () => {
  test.each([
    [" 浙江 省 ", "浙江省"],
    ["浙江\u3000省", "浙江省"],
    ["黑\n龙江", "黑龙江"],
    ["黑\r\n龙\t江", "黑龙江"],
    ["莎\u200b车\u200c县\u200d", "莎车县"],
    ["\ufeff喀什\u2060市", "喀什市"],
    ["ＡＢＣ１２３", "ABC123"],
    ["伊犁哈萨克自治州直属县（市）", "伊犁哈萨克自治州直属县(市)"],
  ])("%j becomes %j", (typed, clean) => {
    expect(cleanText(typed)).toBe(clean);
  });

  test("keeps the enumeration comma 、 that separates names", () => {
    expect(cleanText("吉林、黑龙江")).toBe("吉林、黑龙江");
  });

  test("is idempotent and never leaves whitespace", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const once = cleanText(text);
        return cleanText(once) === once && !/\s/.test(once);
      })
    );
  });
});

describe("splitNames", () => {
  test.each([
    ["吉林、黑龙江", ["吉林", "黑龙江"]],
    ["福建，山西", ["福建", "山西"]],
    ["福建,山西", ["福建", "山西"]],
    ["上海/山东", ["上海", "山东"]],
    ["上海／山东", ["上海", "山东"]],
    ["上海;山东；广东", ["上海", "山东", "广东"]],
    ["上海、山东、广东、深圳", ["上海", "山东", "广东", "深圳"]],
    ["吉林、黑\n龙江", ["吉林", "黑龙江"]],
  ])("%j splits into %j", (cell, names) => {
    expect(splitNames(cell)).toEqual(names);
  });

  test.each([
    ["、吉林、、黑龙江、", ["吉林", "黑龙江"]],
    [" 、 ，", []],
    ["", []],
  ])("empty pieces of %j are ignored", (cell, names) => {
    expect(splitNames(cell)).toEqual(names);
  });

  test("a single name stays whole", () => {
    expect(splitNames("新疆生产建设兵团第一师")).toEqual(["新疆生产建设兵团第一师"]);
  });
});

describe("editDistance and nearest", () => {
  test("counts single-character edits", () => {
    expect(editDistance("莎车县", "莎车县")).toBe(0);
    expect(editDistance("莎车县", "沙车县")).toBe(1);
    expect(editDistance("阿克陶市", "阿克陶县")).toBe(1);
    expect(editDistance("", "喀什")).toBe(2);
  });

  test("ranks the closest candidate first and drops those sharing no character", () => {
    const ranked = nearest("阿克陶市", ["阿克苏地区", "阿克陶县", "和田县", "莎车县"], (c) => c);
    expect(ranked[0]).toBe("阿克陶县");
    expect(ranked).not.toContain("莎车县");
  });
});
