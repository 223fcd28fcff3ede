/**
 * The corpus's exact decimal reasoning on small hand-worked cases: reading printed numbers,
 * rounding half away from zero, and the three verdicts for sums, rates and shares.
 */
import type { Check, ColumnKind, RealTable } from "./corpus";
import { format, formatExact, judge, parseShown } from "./recompute";

/** A one-off table for a check (only the fields the reasoning reads). */
function tableOf(columns: ColumnKind[], rows: string[][]): RealTable {
  return {
    id: "case",
    table: { columns, rows, header: [], totals: [], notes: [], caption: "", unit: null },
  } as unknown as RealTable;
}

const sum = (cell: [number, number], parts: [number, number][]): Check => ({
  kind: "sum",
  cell,
  parts,
  verdict: "exact",
  expected: "",
});
const rate = (
  cell: [number, number],
  num: [number, number][],
  den: [number, number][],
  kind: "rate" | "share" = "rate"
): Check => ({ kind, cell, num, den, percent: true, verdict: "exact", expected: "" });

describe("reading printed numbers", () => {
  test("keeps the printed decimals and drops a trailing % and thousands separators", () => {
    expect(parseShown("28.6")).toMatchObject({ decimals: 1 });
    expect(parseShown("28.6%")).toMatchObject({ decimals: 1 });
    expect(parseShown("1,183")).toMatchObject({ decimals: 0 });
    expect(parseShown("0.02")).toMatchObject({ decimals: 2 });
    expect(parseShown("全部开工")).toBeNull();
    expect(parseShown("")).toBeNull();
  });

  test("rounds halves away from zero and writes exactly the asked decimals", () => {
    const half = parseShown("62.5")!.value;
    expect(format(half, 0)).toBe("63");
    expect(format(parseShown("-62.5")!.value, 0)).toBe("-63");
    expect(format(parseShown("0.845")!.value, 2)).toBe("0.85");
    expect(format(parseShown("4")!.value, 2)).toBe("4.00");
    expect(formatExact(parseShown("141.360")!.value)).toBe("141.36");
  });
});

describe("verdicts", () => {
  test("a count total is exact or wrong, never rounding", () => {
    const t = tableOf(
      ["label", "count"],
      [
        ["a", "9"],
        ["b", "30"],
        ["合计", "40"],
      ]
    );
    expect(
      judge(
        t,
        sum(
          [2, 1],
          [
            [0, 1],
            [1, 1],
          ]
        )
      )
    ).toMatchObject({ verdict: "wrong", expected: "39" });
  });

  test("an amount total within the rows' rounding is rounding; beyond it, wrong", () => {
    // 表3: 16.9 + … = 141.36 printed as 141.3.
    const t = tableOf(
      ["label", "amount"],
      [
        ["a", "16.9"],
        ["b", "2.36"],
        ["合计", "19.2"],
        ["合计", "19.3"],
        ["合计", "19.5"],
      ]
    );
    expect(
      judge(
        t,
        sum(
          [3, 1],
          [
            [0, 1],
            [1, 1],
          ]
        )
      ).verdict
    ).toBe("exact"); // 19.26 → 19.3
    expect(
      judge(
        t,
        sum(
          [2, 1],
          [
            [0, 1],
            [1, 1],
          ]
        )
      ).verdict
    ).toBe("rounding"); // 19.205 + … reaches 19.25
    expect(
      judge(
        t,
        sum(
          [4, 1],
          [
            [0, 1],
            [1, 1],
          ]
        )
      ).verdict
    ).toBe("wrong"); // at most 19.315
  });

  test("a rate from exact counts is exact or wrong", () => {
    const t = tableOf(
      ["count", "count", "percent"],
      [
        ["3880", "3430", "88.5"],
        ["3880", "3430", "88.4"],
      ]
    );
    expect(judge(t, rate([0, 2], [[0, 1]], [[0, 0]]))).toMatchObject({
      verdict: "wrong",
      expected: "88.402",
    });
    expect(judge(t, rate([1, 2], [[1, 1]], [[1, 0]])).verdict).toBe("exact");
  });

  test("a rate from rounded amounts may be explained only by rounding (表3 河南: 1.6 ÷ 4 as 40.1)", () => {
    const t = tableOf(
      ["amount", "amount", "percent"],
      [
        ["4", "1.6", "40.1"],
        ["4.00", "1.60", "40.1"],
      ]
    );
    expect(judge(t, rate([0, 2], [[0, 1]], [[0, 0]]))).toMatchObject({
      verdict: "rounding",
      expected: "40.000",
    });
    // Two decimals still leave room (1.605 ÷ 3.995 = 40.18%); with 400.00 and 160.00 none is left.
    expect(judge(t, rate([1, 2], [[1, 1]], [[1, 0]])).verdict).toBe("rounding");
    const tight = tableOf(["amount", "amount", "percent"], [["400.00", "160.00", "40.1"]]);
    expect(judge(tight, rate([0, 2], [[0, 1]], [[0, 0]])).verdict).toBe("wrong");
  });

  test("a share whose denominator includes its own amount moves with it, not against it", () => {
    // a ÷ (a + b) with a = 1 (±0.5) and b = 1 (±0.5): the share lies between 25% (0.5 ÷ 2) and 75% (1.5 ÷ 2).
    const t = tableOf(
      ["amount", "percent"],
      [
        ["1", "34"],
        ["1", "50"],
        ["1", "80"],
      ]
    );
    const share = (row: number) =>
      rate(
        [row, 1],
        [[row, 0]],
        [
          [row, 0],
          [row === 0 ? 1 : 0, 0],
        ],
        "share"
      );
    expect(judge(t, share(0)).verdict).toBe("rounding");
    expect(judge(t, share(1)).verdict).toBe("exact");
    // Numerator and denominator taken apart would allow up to 1.5 ÷ 1 = 150%; together the share cannot pass 75%.
    expect(judge(t, share(2)).verdict).toBe("wrong");
  });
});
