import fc from "fast-check";
import { isBlank, isErrorValue, readNumber, type CellValue } from "../../src/core/cells";

describe("readNumber: what counts as a number", () => {
  test("a real number is read as itself, with no typed decimals", () => {
    expect(readNumber(12)).toEqual({ ok: true, value: 12, decimals: null, percent: false });
    expect(readNumber(-0.5)).toEqual({ ok: true, value: -0.5, decimals: null, percent: false });
  });

  test.each([
    ["12", 12, 0],
    [" 12.50 ", 12.5, 2],
    ["１２３．５", 123.5, 1],
    ["1,234,567.8", 1234567.8, 1],
    ["1，234", 1234, 0],
    ["-3", -3, 0],
    ["−3", -3, 0],
  ])("numeric text %j reads as %d with %d decimals", (text, value, decimals) => {
    expect(readNumber(text)).toEqual({ ok: true, value, decimals, percent: false });
  });

  test("a trailing % divides by 100 and keeps the decimals typed in percent units", () => {
    const reading = readNumber("28.6%");
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.value).toBeCloseTo(0.286, 12);
    expect(reading.decimals).toBe(1);
    expect(reading.percent).toBe(true);
  });

  test("a full-width ％ counts like %", () => {
    const reading = readNumber("１２％");
    expect(reading).toEqual({ ok: true, value: 0.12, decimals: 0, percent: true });
  });

  test("an exponent is read, and its typed decimals are not meaningful", () => {
    const reading = readNumber("1e3");
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.value).toBe(1000);
    expect(reading.percent).toBe(false);
  });
});

describe("readNumber: what does not count as a number", () => {
  test.each([[""], ["   "], ["\u3000"], [null], [undefined]])("%j is blank", (value) => {
    expect(readNumber(value as CellValue)).toEqual({ ok: false, reason: "blank" });
  });

  test.each([["#DIV/0!"], ["#N/A"], ["#VALUE!"], ["#REF!"]])("%j is an error", (value) => {
    expect(readNumber(value)).toEqual({ ok: false, reason: "error" });
  });

  test.each([[true], [false]])("the boolean %j is not a number", (value) => {
    expect(readNumber(value)).toEqual({ ok: false, reason: "boolean" });
  });

  test.each([
    ["abc"],
    ["12abc"],
    ["1,2"],
    ["12,34,567"],
    ["NaN"],
    ["Infinity"],
    ["-"],
    ["%"],
    ["."],
  ])("the text %j is not a number", (value) => {
    expect(readNumber(value)).toEqual({ ok: false, reason: "text" });
  });

  test.each([[NaN], [Infinity], [-Infinity]])(
    "the non-finite number %d is not accepted",
    (value) => {
      expect(readNumber(value).ok).toBe(false);
    }
  );

  test("numeric text too large for a double is not read as a number", () => {
    expect(readNumber("9".repeat(400)).ok).toBe(false);
    expect(readNumber("1e400").ok).toBe(false);
  });

  test("superscript digits are not read as ordinary digits ('10²' is not 102)", () => {
    expect(readNumber("10²")).toEqual({ ok: false, reason: "text" });
  });
});

describe("readNumber: properties", () => {
  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.string({ unit: "binary" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined)
  );

  test("never throws, and a successful reading is always finite", () => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const reading = readNumber(value);
        return !reading.ok || Number.isFinite(reading.value);
      }),
      { numRuns: 2000 }
    );
  });

  test("numeric-looking text of any length reads as finite or not at all", () => {
    const longDigits = fc
      .tuple(
        fc.constantFrom("", "-", "+"),
        fc.constantFrom("1", "5", "9"),
        fc.constantFrom("0", "3", "9"),
        fc.nat({ max: 400 }),
        fc.constantFrom("", ".5", "%")
      )
      .map(([sign, first, digit, length, tail]) => sign + first + digit.repeat(length) + tail);
    fc.assert(
      fc.property(longDigits, (text) => {
        const reading = readNumber(text);
        return !reading.ok || Number.isFinite(reading.value);
      }),
      { numRuns: 300 }
    );
  });

  test("every integer typed as text reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        const reading = readNumber(String(n));
        return reading.ok && reading.value === n && reading.decimals === 0;
      })
    );
  });

  test("thousands grouping does not change the value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        const grouped = n.toLocaleString("en-US");
        const reading = readNumber(grouped);
        return reading.ok && reading.value === n;
      })
    );
  });
});

describe("isErrorValue", () => {
  test.each([["#DIV/0!"], ["#N/A"], ["#NAME?"], ["#SPILL!"], ["#CALC!"]])(
    "%j is an error",
    (value) => {
      expect(isErrorValue(value)).toBe(true);
    }
  );

  test.each([["#"], ["#1"], ["DIV/0!"], ["n/a"], [""], [0], [true], [null], [undefined]])(
    "%j is not an error",
    (value) => {
      expect(isErrorValue(value as CellValue)).toBe(false);
    }
  );
});

describe("isBlank", () => {
  test.each([[""], ["  "], ["\n"], ["\u3000"], [null], [undefined]])("%j is blank", (value) => {
    expect(isBlank(value as CellValue)).toBe(true);
  });

  test.each([[0], [false], ["0"], ["x"], ["#N/A"]])("%j is not blank", (value) => {
    expect(isBlank(value)).toBe(false);
  });
});
