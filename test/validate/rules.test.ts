/**
 * Each rule on its own: a case that triggers it and a close case that does not.
 * The progress sheet of ./fixtures.ts is right in every figure; each test spoils one cell.
 */
import type { CellValue } from "../../src/core/cells";
import { RULES } from "../../src/core/validate";
import {
  byRule,
  check,
  findingsAt,
  formatsFor,
  pian9,
  progressSheet,
  ruleCells,
  table2,
  withCell,
  type Grid,
} from "./fixtures";

/** The progress sheet without its total row (rows 1-4), for rules that look at one row. */
function rowsOnly(): Grid {
  return progressSheet().slice(0, 4);
}

describe("a correct sheet", () => {
  test("the progress sheet has no findings", () => {
    const report = check(progressSheet());
    expect(report.findings).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, byRule: {} });
  });

  test("表2 as published has no findings at all", () => {
    expect(check(table2()).findings).toEqual([]);
  });
});

describe("rates written three ways", () => {
  // 4 of 14 completed is 28.571…%.
  function completion(header: string, value: CellValue): Grid {
    return [
      ["支援方", "受援方", "试点项目", "完工项目", header],
      ["吉林、黑龙江", "阿勒泰地区", 14, 4, value],
    ];
  }

  test.each([
    ["28.6 in a (%) column", "完工率(%)", 28.6, "General"],
    ["28.6 in a (%) column formatted 0.0", "完工率(%)", 28.6, "0.0"],
    ["0.286 formatted 0.0%", "完工率", 0.286, "0.0%"],
    ["the unrounded 0.2857… formatted 0.0%", "完工率", 4 / 14, "0.0%"],
    ["the unrounded 0.2857… formatted 0% (shows 29%)", "完工率", 4 / 14, "0%"],
    ["the text '28.6%'", "完工率", "28.6%", "General"],
    ["the text '28.6%' in a (%) column", "完工率(%)", "28.6%", "@"],
  ])("%s is right", (_label, header, value, format) => {
    const grid = completion(header, value);
    expect(check(grid, formatsFor(grid, { "1,4": format })).findings).toEqual([]);
  });

  test.each([
    ["29.6 in a (%) column", "完工率(%)", 29.6, "General", "28.6", "29.6"],
    ["0.296 formatted 0.0%", "完工率", 0.296, "0.0%", "28.6", "29.6"],
    ["the text '29.6%'", "完工率", "29.6%", "General", "28.6", "29.6"],
    ["0.28 formatted 0% (shows 28%, the rate rounds to 29%)", "完工率", 0.28, "0%", "29", "28"],
    ["0.28 formatted 0.0% (shows 28.0%)", "完工率", 0.28, "0.0%", "28.6", "28.0"],
  ])("%s is a rate-mismatch error", (_label, header, value, format, expected, actual) => {
    const grid = completion(header, value);
    const report = check(grid, formatsFor(grid, { "1,4": format }));
    expect(ruleCells(report)).toEqual([["rate-mismatch", "E2"]]);
    expect(report.findings[0]).toMatchObject({
      severity: "error",
      role: "completionRate",
      expected,
      actual,
    });
  });
});

describe("numbers typed as text", () => {
  test("thousands separators, full-width digits, spaces and a trailing % are numbers", () => {
    const grid: Grid = [
      progressSheet()[0],
      ["上海", "莎车县", "１０", "５", "50%", "1,234", "617", "50%"],
      ["山东", "疏勒县", " 8 ", "6", "75", "2,500.5", "1,000.2", "40.0%"],
      ["合计", "", "18", "11", "61.1%", "3,734.5", "1,617.2", "43.3%"],
    ];
    const report = check(grid);
    expect(byRule(report, "not-a-number")).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  test("numeric text is read for its value: a wrong rate against text figures is found", () => {
    const grid: Grid = [
      progressSheet()[0],
      ["上海", "莎车县", "１０", "５", "60%", "1,234", "617", "50%"],
    ];
    expect(ruleCells(check(grid))).toEqual([["rate-mismatch", "E2"]]);
  });

  test.each(["十", "abc", "约3.5", "12个", "3.5亿", "N/A", "TBD"])(
    "%j in a numeric column is not-a-number (error)",
    (text) => {
      const report = check(withCell(rowsOnly(), 1, 2, text));
      const here = findingsAt(report, "C2");
      expect(here.map((f) => f.rule)).toEqual(["not-a-number"]);
      expect(here[0].severity).toBe("error");
      expect(here[0].role).toBe("plannedCount");
      expect(here[0].message).toContain(text);
      expect(byRule(report, "not-a-number")).toHaveLength(1);
    }
  );

  test("text in a funds column is not-a-number too, and a number beside it is fine", () => {
    const report = check(withCell(rowsOnly(), 2, 5, "两亿五"));
    expect(findingsAt(report, "F3").map((f) => f.rule)).toEqual(["not-a-number"]);
    expect(findingsAt(report, "G3")).toEqual([]);
  });

  test("numbers-like text in a name or project column is not checked as a number", () => {
    const grid: Grid = [
      ["支援方", "受援方", "项目名称", "计划投资(万元)"],
      ["上海", "莎车县", "123号安居工程", "1,200"],
      ["上海", "泽普县", "2011年第3批", 800],
    ];
    expect(check(grid).findings).toEqual([]);
  });
});

describe("cell-error", () => {
  test.each(["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!"])(
    "%s in a rate cell is a cell-error and nothing else",
    (code) => {
      const report = check(withCell(progressSheet(), 1, 4, code));
      expect(ruleCells(report)).toEqual([["cell-error", "E2"]]);
      expect(report.findings[0].severity).toBe("error");
      expect(report.findings[0].message).toContain(code);
      expect(report.findings[0].message).toContain("E2");
    }
  );

  test("an error in the supporter cell is not also a missing or unknown place", () => {
    const report = check(withCell(progressSheet(), 1, 0, "#N/A"));
    expect(ruleCells(report)).toEqual([["cell-error", "A2"]]);
  });

  test("an error in a count is not also not-a-number or missing", () => {
    const report = check(withCell(rowsOnly(), 1, 2, "#REF!"));
    expect(ruleCells(report)).toEqual([["cell-error", "C2"]]);
  });

  test("an error in the total row is reported there", () => {
    const report = check(withCell(progressSheet(), 4, 5, "#VALUE!"));
    expect(findingsAt(report, "F5").map((f) => f.rule)).toEqual(["cell-error"]);
  });

  test("an error in a column the engine has no role for is still reported", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划项目", "备注"],
      ["上海", "莎车县", 10, "#N/A"],
    ];
    expect(ruleCells(check(grid))).toEqual([["cell-error", "D2"]]);
  });

  test("text that merely starts with # is not an Excel error", () => {
    const report = check(withCell(rowsOnly(), 1, 2, "#12"));
    expect(findingsAt(report, "C2").map((f) => f.rule)).toEqual(["not-a-number"]);
    expect(byRule(report, "cell-error")).toEqual([]);
  });
});

describe("negative-value", () => {
  // No rates here, so a negative figure spoils nothing else.
  function plain(): Grid {
    return [
      ["支援方", "受援方", "计划项目", "已开工项目", "计划资金(亿元)", "已到位资金(亿元)"],
      ["上海", "莎车县", 10, 5, 4, 2],
      ["山东", "疏勒县", 8, 6, 2.5, 1],
    ];
  }

  test.each([
    ["an arrived amount", 1, 5, -2, "F2"],
    ["an arrived amount typed with a typographic minus", 1, 5, "−2", "F2"],
    ["an arrived amount typed as text", 2, 5, "-0.5", "F3"],
    ["a started count", 1, 3, -1, "D2"],
  ])("%s below zero is an error", (_label, row, column, value, cell) => {
    const report = check(withCell(plain(), row, column, value));
    expect(ruleCells(report)).toEqual([["negative-value", cell]]);
    expect(report.findings[0].severity).toBe("error");
  });

  test("zero is not negative", () => {
    const grid = withCell(withCell(plain(), 1, 5, 0), 2, 3, 0);
    expect(check(grid).findings).toEqual([]);
  });
});

describe("exceeds-planned", () => {
  function plain(): Grid {
    return [
      [
        "支援方",
        "受援方",
        "计划项目",
        "已开工项目",
        "完工项目",
        "计划资金(亿元)",
        "已到位资金(亿元)",
      ],
      ["上海", "莎车县", 4, 4, 4, 3.2, 3.2],
    ];
  }

  test("started and completed counts equal to the planned count are fine", () => {
    expect(check(plain()).findings).toEqual([]);
  });

  test("a started count above the planned count is an error at the started cell", () => {
    const report = check(withCell(plain(), 1, 3, 5));
    expect(ruleCells(report)).toEqual([["exceeds-planned", "D2"]]);
    expect(report.findings[0]).toMatchObject({ severity: "error", role: "startedCount" });
    expect(report.findings[0].message).toContain("5");
    expect(report.findings[0].message).toContain("4");
  });

  test("a completed count above the planned count is an error at the completed cell", () => {
    const report = check(withCell(plain(), 1, 4, 5));
    expect(ruleCells(report)).toEqual([["exceeds-planned", "E2"]]);
  });

  test("arrived funds certainly above planned funds are an error", () => {
    const report = check(withCell(plain(), 1, 6, 3.4));
    expect(ruleCells(report)).toEqual([["exceeds-planned", "G2"]]);
  });

  test("arrived 3.25 against planned 3.2 may be rounding (3.245 ≤ 3.25), so no finding", () => {
    expect(check(withCell(plain(), 1, 6, 3.25)).findings).toEqual([]);
  });
});

describe("missing-value", () => {
  test("a data row without a supporter", () => {
    const report = check(withCell(rowsOnly(), 1, 0, ""));
    expect(ruleCells(report)).toEqual([["missing-value", "A2"]]);
    expect(report.findings[0]).toMatchObject({ severity: "error", role: "supporter" });
  });

  test("a data row without a recipient", () => {
    const report = check(withCell(rowsOnly(), 2, 1, ""));
    expect(ruleCells(report)).toEqual([["missing-value", "B3"]]);
    expect(report.findings[0].role).toBe("recipient");
  });

  test("a blank arrived amount that a stated arrival rate needs", () => {
    const report = check(withCell(rowsOnly(), 1, 6, ""));
    expect(ruleCells(report)).toEqual([["missing-value", "G2"]]);
    expect(report.findings[0].role).toBe("arrivedFunds");
    expect(report.findings[0].message).toContain("到位率");
  });

  test("a blank planned count that a stated start rate needs", () => {
    const report = check(withCell(rowsOnly(), 3, 2, ""));
    expect(ruleCells(report)).toEqual([["missing-value", "C4"]]);
  });

  test("a blank figure with a blank rate beside it is not missing anything", () => {
    const grid = withCell(withCell(rowsOnly(), 1, 6, ""), 1, 7, "");
    expect(check(grid).findings).toEqual([]);
  });

  test("a blank figure in a sheet with no rate that needs it is fine (篇9's blank count)", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划项目", "计划资金(亿元)"],
      ["上海", "莎车县", "", 4],
    ];
    expect(check(grid).findings).toEqual([]);
  });

  test("a blank amount that a stated share needs", () => {
    const grid: Grid = [
      ["类别", "援助资金(亿元)", "占比(%)"],
      ["房屋建设", 50, 50],
      ["社会发展", "", 30],
      ["产业发展", 50, 50],
    ];
    const report = check(grid);
    expect(findingsAt(report, "B3").map((f) => f.rule)).toEqual(["missing-value"]);
    expect(report.findings[0].message).toContain("占比");
  });
});

describe("rate-mismatch and rate-rounding on a row", () => {
  test("a stated start rate that no figures give is an error naming the right rate", () => {
    const report = check(withCell(progressSheet(), 2, 4, 80)); // 6 of 8 is 75%
    expect(ruleCells(report)).toEqual([["rate-mismatch", "E3"]]);
    expect(report.findings[0]).toMatchObject({ severity: "error", expected: "75", actual: "80" });
    expect(report.findings[0].message).toContain("75");
  });

  test("a planned count of 0 with a stated rate above 0 cannot be right", () => {
    const grid = withCell(withCell(rowsOnly(), 1, 2, 0), 1, 3, 0);
    expect(ruleCells(check(grid))).toEqual([["rate-mismatch", "E2"]]);
    expect(check(withCell(grid, 1, 4, 0)).findings).toEqual([]);
  });
});

describe("total rows", () => {
  test("a count total off by one is a total-mismatch (counts are exact), and its rate is checked against the stated totals", () => {
    const report = check(withCell(progressSheet(), 4, 2, 23));
    expect(ruleCells(report)).toEqual([
      ["total-mismatch", "C5"],
      ["rate-mismatch", "E5"],
    ]);
    expect(report.findings[0]).toMatchObject({ severity: "error", expected: "22", actual: "23" });
  });

  test("a wrong rate in a correct total row is a rate-mismatch against the totals", () => {
    // 12 ÷ 22 is 54.5…%, which is 55 at the stated figure's precision (no decimals).
    const report = check(withCell(progressSheet(), 4, 4, 60));
    expect(ruleCells(report)).toEqual([["rate-mismatch", "E5"]]);
    expect(report.findings[0].expected).toBe("55");
  });

  test("a funds total that only the rows' rounding explains is a total-rounding warning", () => {
    // 4 + 2.5 + 1.2 = 7.7, and the rows stand for 7.1 … 8.3; 3.3 ÷ 7.8 is 42.3%, 42.9 only by rounding.
    const report = check(withCell(progressSheet(), 4, 5, 7.8));
    expect(ruleCells(report)).toEqual([
      ["total-rounding", "F5"],
      ["rate-rounding", "H5"],
    ]);
    expect(report.findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 2 });
  });

  test("a funds total beyond any rounding is a total-mismatch", () => {
    const report = check(withCell(progressSheet(), 4, 5, 9));
    expect(ruleCells(report)).toEqual([
      ["total-mismatch", "F5"],
      ["rate-mismatch", "H5"],
    ]);
  });
});

describe("share-mismatch", () => {
  function shares(values: [number, number][], totalShare: CellValue = 100): Grid {
    const names = ["房屋建设", "社会发展", "产业发展", "人才培训"];
    const total = values.reduce((s, [amount]) => s + amount, 0);
    return [
      ["类别", "援助资金(亿元)", "占比(%)"],
      ...values.map(([amount, share], i): CellValue[] => [names[i], amount, share]),
      ["合计", total, totalShare],
    ];
  }

  test("shares that match amount ÷ the sum of the amounts pass", () => {
    expect(
      check(
        shares([
          [50, 50],
          [30, 30],
          [20, 20],
        ])
      ).findings
    ).toEqual([]);
  });

  test("a share that does not match its amount is reported on its row", () => {
    const report = check(
      shares([
        [50, 50],
        [30, 25],
        [20, 25],
      ])
    );
    expect(ruleCells(report)).toEqual([
      ["share-mismatch", "C3"],
      ["share-mismatch", "C4"],
    ]);
    expect(report.findings[0]).toMatchObject({ severity: "error", expected: "30", actual: "25" });
    expect(report.findings[1]).toMatchObject({ expected: "20", actual: "25" });
  });

  test("shares written as fractions with a % format are read as percent", () => {
    const grid = shares(
      [
        [50, 0.5],
        [30, 0.3],
        [20, 0.2],
      ],
      1
    );
    const formats = grid.map((row) => row.map((_, c) => (c === 2 ? "0%" : "General")));
    expect(check(grid, formats).findings).toEqual([]);
  });

  test("shares that each pass by rounding but cannot add to 100% are reported at the total row", () => {
    // Amounts 1, 1, 1 stand for 0.5 … 1.5 each, so 40% is reachable for any one row; 40 + 40 + 40 is not 100.
    const grid = shares(
      [
        [1, 40],
        [1, 40],
        [1, 40],
      ],
      ""
    );
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["share-mismatch", "C5"]]);
    expect(report.findings[0].severity).toBe("error");
  });

  test("shares that can add to 100% at their precision are fine", () => {
    expect(
      check(
        shares(
          [
            [1, 33],
            [1, 33],
            [1, 34],
          ],
          ""
        )
      ).findings
    ).toEqual([]);
    expect(
      check(
        shares(
          [
            [1, 33],
            [1, 33],
            [1, 33],
          ],
          ""
        )
      ).findings
    ).toEqual([]);
  });

  test("the total row's share must be 100%", () => {
    const report = check(
      shares(
        [
          [50, 50],
          [30, 30],
          [20, 20],
        ],
        90
      )
    );
    expect(ruleCells(report)).toEqual([["share-mismatch", "C5"]]);
  });

  test("篇9: one total-mismatch on 援助资金 (rows add to 566.75) and no share findings", () => {
    const report = check(pian9());
    expect(ruleCells(report)).toEqual([["total-mismatch", "C9"]]);
    expect(report.findings[0]).toMatchObject({
      severity: "error",
      role: "plannedFunds",
      expected: "566.75",
      actual: "562.78",
    });
    expect(byRule(report, "share-mismatch")).toEqual([]);
    expect(byRule(report, "unknown-category")).toEqual([]);
  });
});

describe("severities", () => {
  test("every finding carries the severity its rule has", () => {
    const grid = withCell(
      withCell(withCell(progressSheet(), 1, 4, 51), 4, 5, 7.8),
      2,
      1,
      "阿克陶市"
    );
    const report = check(grid);
    expect(report.findings.length).toBeGreaterThan(2);
    for (const f of report.findings) expect(f.severity).toBe(RULES[f.rule]);
    expect(report.summary.errors).toBe(
      report.findings.filter((f) => f.severity === "error").length
    );
    expect(report.summary.warnings).toBe(
      report.findings.filter((f) => f.severity === "warning").length
    );
  });
});
