/**
 * The memos behind the name functions: the same text gives the same verdict every
 * time, a verdict never crosses from one programme to another, and the memos stay
 * bounded however many or however long the texts are.
 */
import { BoundedMemo, BoundedPairMemo } from "../../src/core/memo";
import {
  clearNameMemos,
  nameMemoSizes,
  normalizeNames,
  pairedIn,
} from "../../src/core/cell-functions";
import { programmeById } from "../../src/core/programmes";
import { normalize, paired } from "../../src/functions/functions";

describe("BoundedMemo", () => {
  test("works an answer out once per key", () => {
    const memo = new BoundedMemo<number>(10, 20);
    let calls = 0;
    const compute = () => ++calls;
    expect(memo.get("a", compute)).toBe(1);
    expect(memo.get("a", compute)).toBe(1);
    expect(memo.get("b", compute)).toBe(2);
    expect(calls).toBe(2);
  });

  test("keeps at most its limit, forgetting the oldest first", () => {
    const memo = new BoundedMemo<string>(3, 20);
    for (const key of ["a", "b", "c", "d"]) memo.get(key, () => key.toUpperCase());
    expect(memo.size).toBe(3);
    let recomputed = false;
    memo.get("a", () => {
      recomputed = true;
      return "A";
    });
    expect(recomputed).toBe(true);
    expect(memo.get("d", () => "changed")).toBe("D");
  });

  test("answers a key longer than its maximum without keeping it", () => {
    const memo = new BoundedMemo<number>(10, 5);
    expect(memo.get("abcdefgh", () => 7)).toBe(7);
    expect(memo.size).toBe(0);
  });

  test("stays within its limit for 10,000 different keys", () => {
    const memo = new BoundedMemo<number>(100, 20);
    for (let i = 0; i < 10_000; i++) expect(memo.get(`key ${i}`, () => i)).toBe(i);
    expect(memo.size).toBe(100);
  });
});

describe("BoundedPairMemo", () => {
  test("keeps one answer per pair of texts", () => {
    const memo = new BoundedPairMemo<string>(10, 20);
    expect(memo.get("a", "b", () => "ab")).toBe("ab");
    expect(memo.get("b", "a", () => "ba")).toBe("ba");
    expect(memo.get("a", "b", () => "changed")).toBe("ab");
    expect(memo.size).toBe(2);
  });

  test("stays within its limit and keeps no pair with a text beyond the maximum", () => {
    const memo = new BoundedPairMemo<number>(50, 10);
    for (let i = 0; i < 5_000; i++) memo.get(`s${i}`, `r${i % 7}`, () => i);
    expect(memo.size).toBeLessThanOrEqual(50);
    const before = memo.size;
    expect(memo.get("x".repeat(11), "y", () => -1)).toBe(-1);
    expect(memo.size).toBe(before);
  });
});

describe("memoised name verdicts", () => {
  beforeEach(() => clearNameMemos());

  test("the same name gives the same answer warm as cold", () => {
    const cold = normalize([["农一师"], ["喀什"], ["火星县"], ["库车县"]]);
    const warm = normalize([["农一师"], ["喀什"], ["火星县"], ["库车县"]]);
    expect(warm.map((row) => row.map(String))).toEqual(cold.map((row) => row.map(String)));
    expect(warm[0][0]).toBe("新疆生产建设兵团第一师");
  });

  test("a pairing verdict never crosses from one programme to another", () => {
    const xinjiang = programmeById("xinjiang-2010");
    const wenchuan = programmeById("wenchuan-2008");
    expect(pairedIn(xinjiang, "山东", "北川县")).toBe(false);
    expect(pairedIn(wenchuan, "山东", "北川县")).toBe(true);
    expect(pairedIn(xinjiang, "山东", "北川县")).toBe(false);
    expect(paired([["山东"]], [["北川县"]], "汶川")).toEqual([[true]]);
    expect(paired([["山东"]], [["北川县"]])).toEqual([[false]]);
  });

  test("a very long cell is answered but not kept", () => {
    const long = "浙江、".repeat(500) + "浙江";
    expect(normalizeNames(long)).toBe(Array(501).fill("浙江省").join("、"));
    expect(nameMemoSizes().names).toBe(0);
    expect(normalizeNames("浙江")).toBe("浙江省");
    expect(nameMemoSizes().names).toBe(1);
  });

  test("each distinct text is kept once however often it repeats", () => {
    const column = Array.from({ length: 3_000 }, (_, i) => [["库车县", "农一师", "浙江"][i % 3]]);
    normalize(column);
    expect(nameMemoSizes().names).toBe(3);
    paired(column, column);
    expect(nameMemoSizes().pairs).toBe(3);
  });
});
