import { DEFAULT_QUOTA_RATIO, quota, rate, readAmount, shares } from "../../src/core/figures";
import type { CellValue } from "../../src/core/cells";

describe("rate (done ÷ planned)", () => {
  test("173 planned, 91 done gives the 完工率 of 表2", () => {
    const r = rate(173, 91);
    expect(typeof r).toBe("number");
    expect(r as number).toBeCloseTo(0.526, 3);
  });

  test("reads numeric text, full-width digits and thousands separators", () => {
    expect(rate("10", "5")).toBe(0.5);
    expect(rate("１０", "５")).toBe(0.5);
    expect(rate("1,000", "250")).toBe(0.25);
  });

  test("reads percent inputs as fractions", () => {
    expect(rate(1, "28.6%") as number).toBeCloseTo(0.286, 12);
    expect(rate("50%", "25%")).toBe(0.5);
  });

  test.each([
    ["", ""],
    [null, undefined],
    ["  ", ""],
  ])("both blank (%j, %j) gives '' so empty rows stay quiet", (planned, done) => {
    expect(rate(planned as CellValue, done as CellValue)).toBe("");
  });

  test("one side blank is a missing figure", () => {
    expect(rate(10, "")).toEqual({ problem: "missing", what: "done" });
    expect(rate("", 5)).toEqual({ problem: "missing", what: "planned" });
  });

  test("planned 0 is a division by zero", () => {
    expect(rate(0, 3)).toEqual({ problem: "division-by-zero", what: "planned" });
    expect(rate("0", 0)).toEqual({ problem: "division-by-zero", what: "planned" });
  });

  test("negative figures are reported", () => {
    expect(rate(-1, 3)).toEqual({ problem: "negative", what: "planned", value: -1 });
    expect(rate(10, "−2")).toEqual({ problem: "negative", what: "done", value: -2 });
  });

  test("text is not a number", () => {
    expect(rate("abc", 3)).toEqual({ problem: "not-a-number", what: "planned", text: "abc" });
    expect(rate(10, "12abc")).toEqual({ problem: "not-a-number", what: "done", text: "12abc" });
    expect(rate(true, 1)).toEqual({ problem: "not-a-number", what: "planned", text: "true" });
  });

  test("an error value is passed on as a cell error", () => {
    expect(rate("#DIV/0!", 3)).toEqual({ problem: "cell-error", code: "#DIV/0!" });
    expect(rate(10, "#N/A")).toEqual({ problem: "cell-error", code: "#N/A" });
  });

  test("done may exceed planned", () => {
    expect(rate(4, 6)).toBe(1.5);
  });
});

describe("readAmount", () => {
  test("blank is null, a number is itself", () => {
    expect(readAmount("", "amount")).toBeNull();
    expect(readAmount(" 2.4 ", "amount")).toBe(2.4);
  });
});

describe("shares", () => {
  test("by default each amount is divided by the sum of the amounts", () => {
    expect(
      shares([
        [1, 3],
        [4, 2],
      ])
    ).toEqual([
      [0.1, 0.3],
      [0.4, 0.2],
    ]);
  });

  test("表2's pilot amounts (亿元) share the 27.4 total", () => {
    const amounts = [[2.4], [5.98], [2.19], [2], [2.26], [8.5], [0.76], [2.19], [0.1]];
    const result = shares(amounts, 27.4);
    expect(result[5][0] as number).toBeCloseTo(8.5 / 27.4, 12);
    const sum = result.flat().reduce<number>((s, v) => s + (v as number), 0);
    expect(sum).toBeCloseTo(26.38 / 27.4, 10);
  });

  test("an explicit total is the denominator", () => {
    expect(shares([[1], [3]], 8)).toEqual([[0.125], [0.375]]);
    expect(shares([[1], [3]], "8")).toEqual([[0.125], [0.375]]);
  });

  test("a blank explicit total falls back to the sum", () => {
    expect(shares([[1], [3]], "")).toEqual([[0.25], [0.75]]);
  });

  test("blank amounts give '' and do not count", () => {
    expect(shares([[1], [""], [3]])).toEqual([[0.25], [""], [0.75]]);
  });

  test("one unreadable amount makes every share a problem when there is no total", () => {
    const problem = { problem: "not-a-number", what: "amount", text: "x" };
    expect(shares([[1], ["x"], [3]])).toEqual([[problem], [problem], [problem]]);
  });

  test("a blank amount next to an unreadable one still gives ''", () => {
    const result = shares([[1], ["x"], [""]]);
    expect(result[2][0]).toBe("");
    expect(result[0][0]).toMatchObject({ problem: "not-a-number" });
  });

  test("an error amount makes every share a cell error", () => {
    expect(shares([[1], ["#REF!"]])).toEqual([
      [{ problem: "cell-error", code: "#REF!" }],
      [{ problem: "cell-error", code: "#REF!" }],
    ]);
  });

  test("with an explicit total only the unreadable amount is a problem", () => {
    expect(shares([[1], ["x"]], 10)).toEqual([
      [0.1],
      [{ problem: "not-a-number", what: "amount", text: "x" }],
    ]);
  });

  test("a zero denominator is a division by zero", () => {
    expect(shares([[0], [0]])).toEqual([
      [{ problem: "division-by-zero", what: "total" }],
      [{ problem: "division-by-zero", what: "total" }],
    ]);
    expect(shares([[1]], 0)).toEqual([[{ problem: "division-by-zero", what: "total" }]]);
  });

  test("an unreadable total is reported in every share", () => {
    expect(shares([[1], [3]], "abc")).toEqual([
      [{ problem: "not-a-number", what: "total", text: "abc" }],
      [{ problem: "not-a-number", what: "total", text: "abc" }],
    ]);
  });

  test("the result keeps the shape of the amounts", () => {
    const result = shares([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(result.map((row) => row.length)).toEqual([3, 3]);
  });
});

describe("quota (不低于上年地方财政收入的1%)", () => {
  test("defaults to 1%", () => {
    expect(DEFAULT_QUOTA_RATIO).toBe(0.01);
    expect(quota(1000)).toBe(10);
    expect(quota(1000, "")).toBe(10);
    expect(quota("1,234.5") as number).toBeCloseTo(12.345, 10);
  });

  test("uses an explicit ratio", () => {
    expect(quota(1000, 0.02)).toBe(20);
  });

  test("reads a ratio typed as '1%'", () => {
    expect(quota(1000, "1%")).toBe(10);
    expect(quota(1000, "1.5%") as number).toBeCloseTo(15, 10);
  });

  test("a blank revenue gives ''", () => {
    expect(quota("")).toBe("");
    expect(quota(null, 0.1)).toBe("");
  });

  test("a negative revenue or ratio is reported", () => {
    expect(quota(-5)).toEqual({ problem: "negative", what: "revenue", value: -5 });
    expect(quota(1000, -0.01)).toEqual({ problem: "negative", what: "ratio", value: -0.01 });
  });

  test("text and errors are reported", () => {
    expect(quota("abc")).toEqual({ problem: "not-a-number", what: "revenue", text: "abc" });
    expect(quota(1000, "abc")).toEqual({ problem: "not-a-number", what: "ratio", text: "abc" });
    expect(quota("#DIV/0!")).toEqual({ problem: "cell-error", code: "#DIV/0!" });
    expect(quota(1000, "#N/A")).toEqual({ problem: "cell-error", code: "#N/A" });
  });
});
