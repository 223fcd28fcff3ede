/**
 * The AID custom functions called the way Excel's custom-functions runtime calls
 * them: every matrix argument is an array of rows, empty cells are '' or null,
 * omitted optional arguments are null or undefined, and a cell holding an error
 * arrives as an error object (the metadata sets allowErrorForDataTypeAny).
 */
import {
  category,
  normalize,
  paired,
  quota,
  rate,
  recipients,
  share,
  supporters,
} from "../../src/functions/functions";

const CHINESE = /[\u3400-\u9fff]/;

/** An input cell holding an Excel error, as the runtime hands it over. */
function errorCell(code: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
}

/** Assert a result cell is an Excel error with this code and return it. */
function expectError(cell: unknown, code: string): CustomFunctions.Error {
  expect(cell).toBeInstanceOf(CustomFunctions.Error);
  const error = cell as CustomFunctions.Error;
  expect(error.code).toBe(code);
  return error;
}

/** Assert a #VALUE! or #N/A cell carries a Chinese message naming each fragment. */
function expectChineseMessage(cell: unknown, code: string, ...fragments: string[]): string {
  const error = expectError(cell, code);
  expect(typeof error.message).toBe("string");
  const message = error.message as string;
  expect(message).toMatch(CHINESE);
  for (const fragment of fragments) expect(message).toContain(fragment);
  return message;
}

/** Assert a matrix of numbers (or '' cells) cell by cell, with floating-point tolerance. */
function expectNumbers(result: unknown[][], expected: (number | "")[][]): void {
  expect(result.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  expected.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === "") expect(result[i][j]).toBe("");
      else {
        expect(typeof result[i][j]).toBe("number");
        expect(result[i][j] as number).toBeCloseTo(value, 12);
      }
    })
  );
}

describe("AID.RATE", () => {
  test("divides done by planned for one cell", () => {
    expectNumbers(rate([[10]], [[5]]), [[0.5]]);
  });

  test("column ranges spill a column of the same shape", () => {
    expectNumbers(rate([[10], [20], [40]], [[5], [5], [10]]), [[0.5], [0.25], [0.25]]);
  });

  test("a two-dimensional range keeps its shape", () => {
    expectNumbers(
      rate(
        [
          [10, 20],
          [4, 8],
        ],
        [
          [5, 5],
          [1, 2],
        ]
      ),
      [
        [0.5, 0.25],
        [0.25, 0.25],
      ]
    );
  });

  test("a one-cell planned figure broadcasts over a range of done figures", () => {
    expectNumbers(rate([[10]], [[5], [2], [1]]), [[0.5], [0.2], [0.1]]);
  });

  test("a one-cell done figure broadcasts over a range of planned figures", () => {
    expectNumbers(rate([[10], [20], [50]], [[5]]), [[0.5], [0.25], [0.1]]);
  });

  test("a row against a column broadcasts both ways, as Excel does", () => {
    expectNumbers(rate([[10, 20]], [[5], [2]]), [
      [0.5, 0.25],
      [0.2, 0.1],
    ]);
  });

  test("rows one argument does not reach give #N/A", () => {
    const result = rate([[10], [20], [30]], [[5], [2]]);
    expect(result).toHaveLength(3);
    expectNumbers(result.slice(0, 2), [[0.5], [0.1]]);
    expectError(result[2][0], "#N/A");
  });

  test("columns one argument does not reach give #N/A", () => {
    const result = rate(
      [
        [10, 20],
        [1, 2],
      ],
      [[5, 1, 2]]
    );
    expect(result.map((row) => row.length)).toEqual([3, 3]);
    expectNumbers(
      result.map((row) => row.slice(0, 2)),
      [
        [0.5, 0.05],
        [5, 0.5],
      ]
    );
    expectError(result[0][2], "#N/A");
    expectError(result[1][2], "#N/A");
  });

  test("planned 0 gives #DIV/0!", () => {
    expectError(rate([[0]], [[5]])[0][0], "#DIV/0!");
  });

  test("a negative planned or done figure gives #NUM!", () => {
    expectError(rate([[-10]], [[5]])[0][0], "#NUM!");
    expectError(rate([[10]], [[-5]])[0][0], "#NUM!");
  });

  test("text gives #VALUE! with a Chinese message naming the text", () => {
    expectChineseMessage(rate([["abc"]], [[5]])[0][0], "#VALUE!", "abc");
    expectChineseMessage(rate([[10]], [["五个"]])[0][0], "#VALUE!", "五个");
  });

  test("a text cell in a range spoils only its own result", () => {
    const result = rate([[10], ["n/a"], [40]], [[5], [5], [10]]);
    expect(result[0][0]).toBeCloseTo(0.5, 12);
    expectChineseMessage(result[1][0], "#VALUE!", "n/a");
    expect(result[2][0]).toBeCloseTo(0.25, 12);
  });

  test("both cells blank gives an empty cell, whether '' or null", () => {
    expect(rate([[""]], [[""]])).toEqual([[""]]);
    expect(rate([[null]], [[null]])).toEqual([[""]]);
    expectNumbers(rate([[10], [""], [20]], [[5], [null], [5]]), [[0.5], [""], [0.25]]);
  });

  test("numeric text with thousands separators reads as a number", () => {
    expectNumbers(rate([["1,234"]], [[617]]), [[0.5]]);
  });

  test("full-width digits read as a number", () => {
    expectNumbers(rate([["１２３４"]], [[617]]), [[0.5]]);
  });

  test("a percentage typed as text reads as a fraction", () => {
    expectNumbers(rate([[1]], [["50%"]]), [[0.5]]);
  });

  test("an error input passes through as that error", () => {
    expectError(rate([[errorCell("#DIV/0!")]], [[5]])[0][0], "#DIV/0!");
    expectError(rate([[10]], [[errorCell("#N/A")]])[0][0], "#N/A");
    expectError(rate([[errorCell("#NUM!")]], [[5]])[0][0], "#NUM!");
  });

  test("an error object in Excel's data-type form passes through too", () => {
    const divZero = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    expectError(rate([[divZero]], [[5]])[0][0], "#DIV/0!");
  });

  test("an error cell in a range leaves the other cells' results alone", () => {
    const result = rate([[10], [errorCell("#DIV/0!")], [40]], [[5], [5], [10]]);
    expect(result[0][0]).toBeCloseTo(0.5, 12);
    expectError(result[1][0], "#DIV/0!");
    expect(result[2][0]).toBeCloseTo(0.25, 12);
  });
});

describe("AID.SHARE", () => {
  test("without a total, divides each amount by the sum of the amounts", () => {
    expectNumbers(share([[1], [3]]), [[0.25], [0.75]]);
  });

  test("an omitted total arrives as null or undefined and means the sum", () => {
    expectNumbers(share([[1], [3]], null as unknown as undefined), [[0.25], [0.75]]);
    expectNumbers(share([[1], [3]], undefined), [[0.25], [0.75]]);
  });

  test("an explicit total is the denominator", () => {
    expectNumbers(share([[1], [3]], [[8]]), [[0.125], [0.375]]);
  });

  test("a referenced total cell that is empty does not make every share 100%", () => {
    // The core's shares() reads a blank total as 'no total': the sum of the amounts.
    expectNumbers(share([[1], [3]], [[""]]), [[0.25], [0.75]]);
    expectNumbers(share([[1], [3]], [[null]]), [[0.25], [0.75]]);
  });

  test("one text amount makes every result an error, the text one naming it", () => {
    const result = share([[1], ["x"], [3]]);
    expect(result).toHaveLength(3);
    for (const row of result)
      for (const cell of row) expect(cell).toBeInstanceOf(CustomFunctions.Error);
    expectChineseMessage(result[1][0], "#VALUE!", "x");
  });

  test("a total of 0 gives #DIV/0!", () => {
    const result = share([[1], [3]], [[0]]);
    expect(result).toHaveLength(2);
    for (const row of result) expectError(row[0], "#DIV/0!");
  });

  test("amounts summing to 0 give #DIV/0!", () => {
    const result = share([[0], [0]]);
    for (const row of result) expectError(row[0], "#DIV/0!");
  });

  test("the result has the shape of the amounts", () => {
    const result = share([
      [1, 2, 3],
      [4, 5, 5],
    ]);
    expectNumbers(result, [
      [0.05, 0.1, 0.15],
      [0.2, 0.25, 0.25],
    ]);
    expectNumbers(share([[1, 3, 4]]), [[0.125, 0.375, 0.5]]);
  });

  test("blank amounts stay blank and do not count", () => {
    expectNumbers(share([[1], [""], [3], [null]]), [[0.25], [""], [0.75], [""]]);
  });

  test("a negative amount gives #NUM!", () => {
    expectError(share([[-1]], [[4]])[0][0], "#NUM!");
  });
});

describe("AID.QUOTA", () => {
  test("defaults to 1% of revenue", () => {
    expectNumbers(quota([[1000]]), [[10]]);
    expectNumbers(quota([[1000]], null as unknown as undefined), [[10]]);
  });

  test("an explicit ratio applies, as a number or as '2%'", () => {
    expectNumbers(quota([[1000]], [[0.02]]), [[20]]);
    expectNumbers(quota([[1000]], [["2%"]]), [[20]]);
  });

  test("a range of revenues spills a column, blanks staying blank", () => {
    expectNumbers(quota([[1000], [2500], [""]]), [[10], [25], [""]]);
  });

  test("a negative revenue gives #NUM! and a text ratio #VALUE! naming it", () => {
    expectError(quota([[-1000]])[0][0], "#NUM!");
    expectChineseMessage(quota([[1000]], [["百分之二"]])[0][0], "#VALUE!", "百分之二");
  });
});

describe("AID.PAIRED", () => {
  test("answers TRUE or FALSE for a column of supporters against a column of recipients", () => {
    expect(paired([["深圳"], ["广东"], ["上海"]], [["喀什市"], ["疏附县"], ["和田县"]])).toEqual([
      [true],
      [true],
      [false],
    ]);
  });

  test("one supporter broadcasts over a column of recipients", () => {
    expect(paired([["浙江"]], [["阿克苏市"], ["库车县"], ["喀什市"]])).toEqual([
      [true],
      [true],
      [false],
    ]);
  });

  test("the default programme is xinjiang-2010", () => {
    expect(paired([["山东"]], [["北川县"]])).toEqual([[false]]);
    expect(paired([["山东"]], [["北川县"]], "xinjiang-2010")).toEqual([[false]]);
    expect(paired([["山东"]], [["麦盖提县"]])).toEqual([[true]]);
    expect(paired([["山东"]], [["麦盖提县"]], null as unknown as undefined)).toEqual([[true]]);
  });

  test("programme wenchuan-2008 and its Chinese name 汶川 use the Wenchuan table", () => {
    expect(paired([["山东"]], [["北川县"]], "wenchuan-2008")).toEqual([[true]]);
    expect(paired([["山东"]], [["北川县"]], "汶川")).toEqual([[true]]);
    expect(paired([["山东"]], [["麦盖提县"]], "汶川")).toEqual([[false]]);
  });

  test("programme 援疆学科建设计划 uses the university table", () => {
    expect(
      paired([["复旦大学"], ["复旦大学"]], [["新疆医科大学"], ["新疆农业大学"]], "援疆学科建设计划")
    ).toEqual([[true], [false]]);
  });

  test("an unknown programme gives #VALUE! with a Chinese message naming it", () => {
    const result = paired([["山东"]], [["北川县"]], "汶川2009");
    expect(result.flat().length).toBeGreaterThan(0);
    for (const cell of result.flat()) expectChineseMessage(cell, "#VALUE!", "汶川2009");
  });

  test("an unknown place gives #N/A whose message names the place", () => {
    expectChineseMessage(paired([["火星"]], [["北川县"]])[0][0], "#N/A", "火星");
    expectChineseMessage(paired([["山东"]], [["火星县"]])[0][0], "#N/A", "火星县");
  });

  test("a name whose readings disagree (广东 / 喀什) gives #N/A naming it", () => {
    expectChineseMessage(paired([["广东"]], [["喀什"]])[0][0], "#N/A", "喀什");
  });

  test("several supporters in one cell pair with a prefecture they share", () => {
    expect(paired([["吉林、黑龙江"]], [["阿勒泰地区"]])).toEqual([[true]]);
  });

  test("a blank row gives an empty cell", () => {
    expect(paired([["浙江"], [""], [null]], [["阿克苏"], [""], [null]])).toEqual([
      [true],
      [""],
      [""],
    ]);
  });

  test("an error input passes through as that error", () => {
    expectError(paired([[errorCell("#DIV/0!")]], [["阿克苏市"]])[0][0], "#DIV/0!");
  });
});

describe("AID.SUPPORTERS", () => {
  test("one cell spills a column of official supporter names", () => {
    expect(supporters([["昌吉州"]])).toEqual([["福建省"], ["山西省"]]);
  });

  test("supporters come in table order", () => {
    expect(supporters([["喀什地区"]])).toEqual([["深圳市"], ["广东省"], ["上海市"], ["山东省"]]);
  });

  test("a range gives the same shape, names joined by 、", () => {
    expect(supporters([["昌吉州"], ["喀什地区"]])).toEqual([
      ["福建省、山西省"],
      ["深圳市、广东省、上海市、山东省"],
    ]);
    expect(supporters([["昌吉州", "喀什地区"]])).toEqual([
      ["福建省、山西省", "深圳市、广东省、上海市、山东省"],
    ]);
  });

  test("an unknown place gives #N/A naming it", () => {
    expectChineseMessage(supporters([["火星"]])[0][0], "#N/A", "火星");
  });

  test("the programme argument selects the table", () => {
    expect(supporters([["北川县"]], "wenchuan-2008")).toEqual([["山东省"]]);
  });
});

describe("AID.RECIPIENTS", () => {
  test("辽宁 spills the 9 current names of its recipients", () => {
    const result = recipients([["辽宁"]]);
    expect(result).toHaveLength(9);
    for (const row of result) expect(row).toHaveLength(1);
    const names = result.map((row) => row[0]);
    expect(names).toContain("沙湾市");
    expect(names).toContain("新疆生产建设兵团第八师");
    expect(names).not.toContain("沙湾县");
    expect(new Set(names).size).toBe(9);
  });

  test("深圳 in wenchuan-2008 gets 甘肃省受灾严重地区", () => {
    expect(recipients([["深圳"]], "wenchuan-2008")).toEqual([["甘肃省受灾严重地区"]]);
  });

  test("an unknown place gives #N/A naming it", () => {
    expectChineseMessage(recipients([["火星"]])[0][0], "#N/A", "火星");
  });
});

describe("AID.NORMALIZE", () => {
  test("农一师 and 第一师 give the same official name", () => {
    const [[a]] = normalize([["农一师"]]);
    const [[b]] = normalize([["第一师"]]);
    expect(typeof a).toBe("string");
    expect(a).toContain("第一师");
    expect(b).toBe(a);
  });

  test("一师 is not confused with 十一师", () => {
    const [[first]] = normalize([["第一师"]]);
    expect(normalize([["一师"]])).toEqual([[first]]);
    expect(normalize([["十一师"]])).toEqual([["新疆生产建设兵团第十一师"]]);
    expect(normalize([["十一师"]])[0][0]).not.toBe(first);
  });

  test("a former name gives the current one: 库车县 → 库车市", () => {
    expect(normalize([["库车县"]])).toEqual([["库车市"]]);
  });

  test("several names in a cell, with a line break inside one, each get the official name", () => {
    expect(normalize([["吉林、黑\n龙江"]])).toEqual([["吉林省、黑龙江省"]]);
  });

  test("an ambiguous name gives #N/A listing both readings", () => {
    expectChineseMessage(normalize([["喀什"]])[0][0], "#N/A", "喀什地区", "喀什市");
  });

  test("a range keeps its shape", () => {
    const result = normalize([
      ["库车县", "农一师"],
      ["", "沙湾县"],
    ]);
    expect(result.map((row) => row.length)).toEqual([2, 2]);
    expect(result[0][0]).toBe("库车市");
    expect(result[0][1]).toBe(normalize([["第一师"]])[0][0]);
    expect(result[1][0]).toBe("");
    expect(result[1][1]).toBe("沙湾市");
  });
});

describe("AID.CATEGORY", () => {
  test("practice forms give the standard category", () => {
    expect(category([["房建"]])).toEqual([["房屋建设"]]);
    expect(category([["其他"]])).toEqual([["其它"]]);
  });

  test("an unknown category gives #N/A naming it with a suggestion", () => {
    expectChineseMessage(category([["房间建"]])[0][0], "#N/A", "房间建", "房屋建设");
  });

  test("a range keeps its shape", () => {
    expect(
      category([
        ["房建", "其他"],
        ["", "房屋建设项目"],
      ])
    ).toEqual([
      ["房屋建设", "其它"],
      ["", "房屋建设"],
    ]);
  });
});

describe("messages follow Office's display language", () => {
  const holder = globalThis as unknown as { Office?: unknown };
  let saved: { had: boolean; value: unknown };

  beforeEach(() => {
    saved = { had: "Office" in holder, value: holder.Office };
  });

  afterEach(() => {
    if (saved.had) holder.Office = saved.value;
    else delete holder.Office;
  });

  const english = () => {
    holder.Office = { context: { displayLanguage: "en-US" } };
  };
  /** The message with the Chinese place names it quotes taken out. */
  const withoutNames = (message: string, ...names: string[]) =>
    names.reduce((text, name) => text.split(name).join(""), message);

  test("with en-US, #VALUE! messages are English and name the value", () => {
    english();
    const error = expectError(rate([["abc"]], [[5]])[0][0], "#VALUE!");
    expect(error.message).toContain("abc");
    expect(error.message).not.toMatch(CHINESE);
    expect(error.message).toMatch(/[A-Za-z]{4,}/);
  });

  test("with en-US, an unknown programme's #VALUE! message is English", () => {
    english();
    const error = expectError(paired([["山东"]], [["北川县"]], "foo")[0][0], "#VALUE!");
    expect(error.message).toContain("foo");
    expect(error.message).not.toMatch(CHINESE);
  });

  test("with en-US, #N/A messages are English and name the place", () => {
    english();
    const unknown = expectError(paired([["火星"]], [["北川县"]])[0][0], "#N/A");
    expect(unknown.message).toContain("火星");
    const ambiguous = expectError(normalize([["喀什"]])[0][0], "#N/A");
    expect(ambiguous.message).toContain("喀什地区");
    expect(ambiguous.message).toContain("喀什市");
    expect(withoutNames(ambiguous.message as string, "喀什地区", "喀什市", "喀什")).not.toMatch(
      CHINESE
    );
    expect(ambiguous.message).toMatch(/[A-Za-z]{4,}/);
    const unknownCategory = expectError(category([["xyz"]])[0][0], "#N/A");
    expect(unknownCategory.message).toContain("xyz");
    expect(unknownCategory.message).not.toMatch(CHINESE);
  });

  test("with a Chinese display language, messages stay Chinese", () => {
    holder.Office = { context: { displayLanguage: "zh-TW" } };
    expectChineseMessage(rate([["abc"]], [[5]])[0][0], "#VALUE!", "abc");
  });
});
