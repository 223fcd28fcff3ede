/**
 * The rounding reasoning at its edges. Counts are exact; an amount shown with d
 * decimals stands for any value within half a unit of its last decimal. A stated
 * figure is an error when no values consistent with what is shown give it at its
 * shown precision, and a warning when only the amounts' rounding can give it.
 */
import type { CellValue } from "../../src/core/cells";
import { check, formatsFor, ruleCells, T3_ROWS, table3, withCell, type Grid } from "./fixtures";

describe("表3 as published", () => {
  test("exactly seven rate-rounding warnings on 到位率 and one total-rounding warning on 计划资金, no errors", () => {
    const grid = table3();
    const rowOf = (supporter: string) => grid.findIndex((r) => r[0] === supporter) + 1;
    const report = check(grid);
    const expected: [string, string][] = [
      ["rate-rounding", `H${rowOf("辽宁")}`],
      ["rate-rounding", `H${rowOf("吉林、黑\n龙江")}`],
      ["rate-rounding", `H${rowOf("福建、山西")}`],
      ["rate-rounding", `H${rowOf("河南")}`],
      ["rate-rounding", `H${rowOf("河北")}`],
      ["rate-rounding", `H${rowOf("浙江")}`],
      ["rate-rounding", `H${rowOf("江苏、江西")}`],
      ["total-rounding", "F14"],
    ];
    expect(ruleCells(report)).toEqual(expected);
    expect(report.summary).toEqual({
      errors: 0,
      warnings: 8,
      byRule: { "rate-rounding": 7, "total-rounding": 1 },
    });
    const total = report.findings[7];
    expect(total).toMatchObject({ role: "plannedFunds", expected: "141.36", actual: "141.3" });
    expect(report.findings.slice(0, 7).every((f) => f.role === "arrivalRate")).toBe(true);
  });

  test("the 浙江 row's edge: 3.8 ÷ 14.1 is 26.95…%, so 26.9 is reachable only through rounding", () => {
    // 浙江 is data row 9, sheet row 10; 3.8 stands for 3.75…3.85 and 14.1 for 14.05…14.15,
    // so the rate lies in 26.50…27.40%.
    const row = T3_ROWS.findIndex((r) => r[0] === "浙江") + 1;
    const at = (stated: CellValue, format = "General") => {
      const grid = withCell(table3(), row, 7, stated);
      const report = check(
        grid.slice(0, 13),
        formatsFor(grid.slice(0, 13), { [`${row},7`]: format })
      );
      return report.findings.filter((f) => f.row === row + 1).map((f) => f.rule);
    };
    expect(at(26.9)).toEqual(["rate-rounding"]);
    expect(at(27, "0.0")).toEqual([]);
    expect(at(26.5)).toEqual(["rate-rounding"]);
    expect(at(26.4)).toEqual(["rate-mismatch"]);
    expect(at(27.4)).toEqual(["rate-rounding"]);
    expect(at(27.5)).toEqual(["rate-mismatch"]);
  });
});

describe("a rate exactly half a unit away", () => {
  function counts(planned: number, done: number, stated: CellValue): Grid {
    return [
      ["支援方", "受援方", "试点项目", "完工项目", "完工率(%)"],
      ["上海", "莎车县", planned, done, stated],
    ];
  }

  test("1 of 8 is exactly 12.5%: stated 12.5 or 13 (四舍五入, as Excel's ROUND and display) is right", () => {
    expect(check(counts(8, 1, 12.5)).findings).toEqual([]);
    expect(check(counts(8, 1, 13)).findings).toEqual([]);
  });

  test("0.125 formatted 0% shows 13% and is right", () => {
    const grid = counts(8, 1, 0.125);
    grid[0][4] = "完工率";
    expect(check(grid, formatsFor(grid, { "1,4": "0%" })).findings).toEqual([]);
  });

  test("12.5% stated 12 (and 37.5% as 37, 62.5% as 62) is not what 四舍五入 gives; counts leave no rounding to blame", () => {
    const stated = ([planned, done, value]: [number, number, number]) =>
      ruleCells(check(counts(planned, done, value)));
    expect([stated([8, 1, 12]), stated([8, 3, 37]), stated([8, 5, 62])]).toEqual([
      [["rate-mismatch", "E2"]],
      [["rate-mismatch", "E2"]],
      [["rate-mismatch", "E2"]],
    ]);
  });
});

describe("counts are exact, amounts are not", () => {
  function pair(
    header: [string, string, string],
    done: CellValue,
    planned: CellValue,
    stated: CellValue
  ): Grid {
    return [
      ["支援方", "受援方", ...header],
      ["上海", "莎车县", planned, done, stated],
    ];
  }
  const COUNTS: [string, string, string] = ["计划项目", "已开工项目", "开工率(%)"];
  const FUNDS: [string, string, string] = ["计划资金(亿元)", "已到位资金(亿元)", "到位率(%)"];

  test("1 of 3 stated 33.3% is right both ways", () => {
    expect(check(pair(COUNTS, 1, 3, 33.3)).findings).toEqual([]);
    expect(check(pair(FUNDS, 1, 3, 33.3)).findings).toEqual([]);
  });

  test("stated 33.4%: an error for counts, a warning for amounts shown without decimals", () => {
    expect(ruleCells(check(pair(COUNTS, 1, 3, 33.4)))).toEqual([["rate-mismatch", "E2"]]);
    expect(ruleCells(check(pair(FUNDS, 1, 3, 33.4)))).toEqual([["rate-rounding", "E2"]]);
  });

  test("amounts formatted 0.000 stand for ±0.0005 and leave 33.5% out of reach", () => {
    const grid = pair(FUNDS, 1, 3, 33.5);
    expect(ruleCells(check(grid))).toEqual([["rate-rounding", "E2"]]);
    const formats = formatsFor(grid, { "1,2": "0.000", "1,3": "0.000" });
    expect(ruleCells(check(grid, formats))).toEqual([["rate-mismatch", "E2"]]);
  });
});

describe("an amount's decimals: from its number format, or from its text", () => {
  // 1.6 ÷ 3.2 is 50%. Shown with one decimal the rate can lie in 47.7…52.4%; with two, 49.8…50.2%.
  function funds(arrived: CellValue, planned: CellValue, stated: CellValue): Grid {
    return [
      ["支援方", "受援方", "计划资金(亿元)", "已到位资金(亿元)", "到位率(%)"],
      ["上海", "莎车县", planned, arrived, stated],
    ];
  }
  const twoDecimals = (grid: Grid, format = "0.00") =>
    formatsFor(grid, { "1,2": format, "1,3": format });

  test("General 1.6 and 3.2 stand for ±0.05: 50.8% is a rounding warning", () => {
    expect(ruleCells(check(funds(1.6, 3.2, 50.8)))).toEqual([["rate-rounding", "E2"]]);
  });

  test("formatted 0.00 they stand for ±0.005: 50.8% is an error", () => {
    const grid = funds(1.6, 3.2, 50.8);
    expect(ruleCells(check(grid, twoDecimals(grid)))).toEqual([["rate-mismatch", "E2"]]);
    expect(ruleCells(check(grid, twoDecimals(grid, "#,##0.00")))).toEqual([
      ["rate-mismatch", "E2"],
    ]);
  });

  test("formatted 0.00, 50.2% is still reachable through rounding", () => {
    const grid = funds(1.6, 3.2, 50.2);
    expect(ruleCells(check(grid, twoDecimals(grid)))).toEqual([["rate-rounding", "E2"]]);
  });

  test("typed as the text '1.60' and '3.20' they show two decimals too", () => {
    expect(ruleCells(check(funds("1.60", "3.20", 50.8)))).toEqual([["rate-mismatch", "E2"]]);
  });

  test("text '1.6' and '3.2' show as typed whatever the number format", () => {
    const grid = funds("1.6", "3.2", 50.8);
    expect(ruleCells(check(grid, twoDecimals(grid)))).toEqual([["rate-rounding", "E2"]]);
  });

  test("a stated rate formatted 0.0 has one decimal even when it is a whole number", () => {
    // 1.6 ÷ 3.2 = 50%: stated 51 shown as "51.0" stands for 50.95…51.05, reachable only by rounding;
    // shown as "51" it stands for 50.5…51.5 and the same.
    const grid = funds(1.6, 3.2, 51);
    expect(ruleCells(check(grid, formatsFor(grid, { "1,4": "0.0" })))).toEqual([
      ["rate-rounding", "E2"],
    ]);
    const exactFormats = formatsFor(grid, { "1,2": "0.00", "1,3": "0.00", "1,4": "0.0" });
    expect(ruleCells(check(grid, exactFormats))).toEqual([["rate-mismatch", "E2"]]);
  });
});

describe("exceeds-planned only when certain beyond rounding", () => {
  function funds(arrived: CellValue, planned: CellValue): Grid {
    return [
      ["支援方", "受援方", "计划资金(亿元)", "已到位资金(亿元)"],
      ["上海", "莎车县", planned, arrived],
    ];
  }

  test("arrived 3.25 (3.245…3.255) against planned 3.2 (3.15…3.25) is not certain", () => {
    expect(check(funds(3.25, 3.2)).findings).toEqual([]);
  });

  test("arrived 3.26 (at least 3.255) against planned 3.2 (at most 3.25) is certain", () => {
    expect(ruleCells(check(funds(3.26, 3.2)))).toEqual([["exceeds-planned", "D2"]]);
  });

  test("planned 3.2 formatted 0.00 is at most 3.205, so arrived 3.25 certainly exceeds it", () => {
    const grid = funds(3.25, 3.2);
    expect(ruleCells(check(grid, formatsFor(grid, { "1,2": "0.00" })))).toEqual([
      ["exceeds-planned", "D2"],
    ]);
    expect(ruleCells(check(funds(3.25, "3.20")))).toEqual([["exceeds-planned", "D2"]]);
  });

  test("counts have no rounding: 5 started of 4 planned is certain", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划项目", "已开工项目"],
      ["上海", "莎车县", 4, 5],
    ];
    expect(ruleCells(check(grid))).toEqual([["exceeds-planned", "D2"]]);
  });
});

describe("totals at the rounding edge", () => {
  function funds(total: CellValue): Grid {
    return [
      ["支援方", "受援方", "计划资金(亿元)"],
      ["上海", "莎车县", 1.4],
      ["上海", "泽普县", 1.4],
      ["上海", "叶城县", 1.4],
      ["合计", "", total],
    ];
  }

  test("three amounts of 1.4 add to 4.2, and stand for 4.05…4.35", () => {
    expect(check(funds(4.2)).findings).toEqual([]);
    expect(ruleCells(check(funds(4.3)))).toEqual([["total-rounding", "C5"]]);
    expect(check(funds(4.3)).findings[0].severity).toBe("warning");
    expect(ruleCells(check(funds(4.5)))).toEqual([["total-mismatch", "C5"]]);
  });

  test("formatted 0.00 the same amounts stand for 4.185…4.215, and 4.3 is an error", () => {
    const grid = funds(4.3);
    const formats = formatsFor(grid, { "1,2": "0.00", "2,2": "0.00", "3,2": "0.00" });
    expect(ruleCells(check(grid, formats))).toEqual([["total-mismatch", "C5"]]);
  });

  test("counts add exactly: 1 + 1 + 1 stated 4 is an error, not a warning", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划项目"],
      ["上海", "莎车县", 1],
      ["上海", "泽普县", 1],
      ["上海", "叶城县", 1],
      ["合计", "", 4],
    ];
    expect(ruleCells(check(grid))).toEqual([["total-mismatch", "C5"]]);
    expect(check(withCell(grid, 4, 2, 3)).findings).toEqual([]);
  });
});

describe("shares at the rounding edge", () => {
  function shares(format: string): { grid: Grid; formats: string[][] } {
    const grid: Grid = [
      ["类别", "援助资金(亿元)", "占比(%)"],
      ["房屋建设", 1, 40],
      ["社会发展", 2, 60],
    ];
    return { grid, formats: grid.map((row) => row.map((_, c) => (c === 1 ? format : "General"))) };
  }

  test("amounts 1 and 2 shown without decimals can give 40% and 60%", () => {
    const { grid, formats } = shares("0");
    expect(check(grid, formats).findings).toEqual([]);
  });

  test("shown as 1.0 and 2.0 they cannot (the first is at most 35%, the second at least 65%)", () => {
    const { grid, formats } = shares("0.0");
    expect(ruleCells(check(grid, formats))).toEqual([
      ["share-mismatch", "C2"],
      ["share-mismatch", "C3"],
    ]);
  });
});

describe("rates and shares held at full precision (a formula's result shown in General format)", () => {
  test("a fraction such as 9 ÷ 22 agrees with its counts, in a plain column and in a (%) column", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划项目", "完工项目", "完工率"],
      ["江苏", "伊宁市", 22, 9, 9 / 22],
      ["江苏", "伊宁县", 7, 2, 2 / 7],
      ["合计", "", 29, 11, 11 / 29],
    ];
    expect(check(grid).findings).toEqual([]);
    const percentColumn = grid.map((row, r) =>
      r === 0
        ? [...row.slice(0, 4), "完工率(%)"]
        : [...row.slice(0, 4), ((row[3] as number) / (row[2] as number)) * 100]
    );
    expect(check(percentColumn).findings).toEqual([]);
  });

  test("a full-precision share agrees with amount ÷ the sum", () => {
    const grid: Grid = [
      ["类别", "援助资金(亿元)", "占比"],
      ["房屋建设", 1, 1 / 3],
      ["社会发展", 2, 2 / 3],
    ];
    expect(check(grid).findings).toEqual([]);
  });

  test("but a full-precision rate that is wrong is still a mismatch", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划项目", "完工项目", "完工率"],
      ["江苏", "伊宁市", 22, 9, 10 / 22],
    ];
    expect(ruleCells(check(grid))).toEqual([["rate-mismatch", "E2"]]);
  });
});
