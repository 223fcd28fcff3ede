/**
 * Recognising the table on a sheet as people make it: titles, blank rows, units,
 * a header split over two rows, the total row, notes under the table, and the
 * caller's overrides.
 */
import type { CellValue } from "../../src/core/cells";
import type { Role } from "../../src/core/validate";
import { totalLabelKind } from "../../src/core/validate/engine";
import {
  blankRow,
  byRule,
  check,
  ruleCells,
  T2_HEADER,
  T2_ROWS,
  T2_TOTAL,
  table2,
  table3,
  titleRow,
  withCell,
  type Grid,
} from "./fixtures";

describe("title rows, blank rows and notes around the table", () => {
  // Sheet rows: 1-2 merged titles, 3 blank, 4 header, 5-16 data, 17 total, 18 blank, 19-20 notes.
  function messy(): Grid {
    return [
      titleRow("附表2", 5),
      titleRow("2011年对口援疆试点项目完工情况表", 5),
      blankRow(5),
      [...T2_HEADER],
      ...T2_ROWS.map((r) => [...r]),
      [...T2_TOTAL],
      blankRow(5),
      ["注：完工率=完工项目÷试点项目×100%，数据截至2011年6月30日。", "", "", "", ""],
      ["资料来源：新疆维吾尔自治区对口援疆工作办公室。", "", "", "", ""],
    ];
  }

  test("finds the header under two merged title rows and a blank row, and reports nothing on a correct sheet", () => {
    const report = check(messy());
    expect(report.findings).toEqual([]);
    expect(report.table).not.toBeNull();
    expect(report.table?.headerRow).toBe(4);
    expect(report.table?.firstRow).toBe(5);
    expect(report.table?.lastRow).toBe(17);
    expect(report.table?.totalRow).toBe(17);
    expect(report.table?.columns).toEqual({
      supporter: "A",
      recipient: "B",
      plannedCount: "C",
      completedCount: "D",
      completionRate: "E",
    });
    expect(report.table?.units.completionRate).toBe("%");
    expect(report.summary).toEqual({ errors: 0, warnings: 0, byRule: {} });
  });

  test("a merged title read as the same text in every cell (项目进度汇总) is not taken for the header", () => {
    const title = "2011年1-6月援疆项目进度汇总（示例）";
    const grid = [Array.from({ length: 5 }, () => title), ...table2()];
    const report = check(grid);
    expect(report.table?.headerRow).toBe(2);
    expect(report.table?.columns.plannedCount).toBe("C");
    expect(report.findings).toEqual([]);
  });

  test("a single title row directly above the header is not taken for part of the header", () => {
    const grid = [titleRow("表2 对口援疆试点项目完工情况", 5), ...table2()];
    const report = check(grid);
    expect(report.table?.headerRow).toBe(2);
    expect(report.table?.firstRow).toBe(3);
    expect(report.findings).toEqual([]);
  });

  test("notes under the table (注：, 资料来源) produce no findings even in the supporter column", () => {
    const grid = messy();
    grid.push(["注：", "", "", "", ""]);
    grid.push(["数据来源：各援疆省市上报", "", "", "", ""]);
    const report = check(grid);
    expect(report.findings).toEqual([]);
    expect(report.table?.lastRow).toBe(17);
  });

  test("a mistake in the table is still found on a sheet with titles and notes", () => {
    // 河南 row (sheet row 11): 7 of 9 is 77.8%, not 70.
    const grid = withCell(messy(), 10, 4, 70);
    const report = check(grid);
    expect(ruleCells(report)).toEqual([["rate-mismatch", "E11"]]);
  });

  test("blank rows inside the data produce no findings and do not end the table", () => {
    const grid: Grid = [[...T2_HEADER]];
    T2_ROWS.forEach((row, i) => {
      grid.push([...row]);
      if (i % 4 === 3) grid.push(blankRow(5));
    });
    grid.push([...T2_TOTAL]);
    const clean = check(grid);
    expect(clean.findings).toEqual([]);
    const last = grid.length;
    expect(clean.table?.totalRow).toBe(last);
    expect(clean.table?.lastRow).toBe(last);

    // A mistake after the blank rows is found, and the total still adds up every row above it.
    const rowOf和田 = grid.findIndex((r) => r[1] === "和田地区");
    const wrong = withCell(grid, rowOf和田, 3, 21); // 21 of 35 is 60%, stated 57.1; the total 91 no longer adds up
    const report = check(wrong);
    expect(ruleCells(report)).toEqual([
      ["rate-mismatch", `E${rowOf和田 + 1}`],
      ["total-mismatch", `D${last}`],
    ]);
  });

  test("a blank row (all '') between the header and the data is skipped", () => {
    const grid = [[...T2_HEADER], blankRow(5), ...T2_ROWS.map((r) => [...r]), [...T2_TOTAL]];
    const report = check(grid);
    expect(report.findings).toEqual([]);
    expect(report.table?.headerRow).toBe(1);
    expect(report.table?.firstRow).toBe(3);
  });
});

describe("total and subtotal rows", () => {
  test.each(["合计", "合 计", "合　计", "总计", "总  计"])(
    "%j is read as the total row: no missing recipient, and its figures are checked",
    (label) => {
      const grid = withCell(table2(), 13, 0, label);
      const clean = check(grid);
      expect(clean.findings).toEqual([]);
      expect(clean.table?.totalRow).toBe(14);

      // The rows add to 173; and 91 ÷ 170 is 53.5%, which is not 53 at no decimals.
      const wrong = withCell(grid, 13, 2, 170);
      expect(ruleCells(check(wrong))).toEqual([
        ["total-mismatch", "C14"],
        ["rate-mismatch", "E14"],
      ]);
    }
  );

  test.each(["合计（12个省市）", "合计(不含兵团)", "合计："])(
    "%j (合计 with a remark or a colon) is still the total row",
    (label) => {
      const grid = withCell(table2(), 13, 0, label);
      const report = check(grid);
      expect(report.findings).toEqual([]);
      expect(report.table?.totalRow).toBe(14);
    }
  );

  test("a total row after a 序号 column is recognised by its label in the first column", () => {
    const grid: Grid = [
      ["序号", "支援方", "受援方", "计划项目", "已开工项目", "开工率(%)"],
      [1, "上海", "莎车县", 3, 2, 66.7],
      [2, "山东", "疏勒县", 4, 1, 25],
      ["合计", "", "", 7, 3, 42.9],
    ];
    const report = check(grid);
    expect(report.table?.columns.supporter).toBe("B");
    expect(report.table?.totalRow).toBe(4);
    expect(report.findings).toEqual([]);
    expect(ruleCells(check(withCell(grid, 3, 3, 8)))).toEqual([
      ["total-mismatch", "D4"],
      ["rate-mismatch", "F4"],
    ]);
  });

  test("a total label in the recipient column is recognised too", () => {
    const grid = table2();
    grid[13] = ["", "总计", 173, 91, 53];
    const report = check(grid);
    expect(report.findings).toEqual([]);
    expect(report.table?.totalRow).toBe(14);
  });

  // Two groups, each closed by a 小计, then the 合计 of the data rows (sheet rows 1-9).
  function withSubtotals(): Grid {
    return [
      ["支援方", "受援方", "计划资金(亿元)", "已到位资金(亿元)", "到位率(%)"],
      ["上海", "莎车县", 4, 2, 50],
      ["上海", "泽普县", 2, 1.5, 75],
      ["小计", "", 6, 3.5, 58.3],
      ["山东", "疏勒县", 3, 1, 33.3],
      ["山东", "英吉沙县", 1, 0.5, 50],
      ["小计", "", 4, 1.5, 37.5],
      ["合计", "", 10, 5, 50],
    ];
  }

  test("小计 rows are checked against their own group and the 合计 against the data rows only", () => {
    const report = check(withSubtotals());
    expect(report.findings).toEqual([]);
    expect(report.table?.totalRow).toBe(8);
  });

  test("a wrong 小计 is reported at that row, and the 合计 is still checked against the data rows", () => {
    // The second group plans 3 + 1 = 4 (each ±0.5, so at most 5); 6 cannot be reached.
    const grid = withCell(withSubtotals(), 6, 2, 6);
    // 1.5 ÷ 6 is 25%, not 37.5%: the rate in the subtotal row is checked against its own figures.
    const report = check(grid);
    expect(ruleCells(report)).toEqual([
      ["total-mismatch", "C7"],
      ["rate-mismatch", "E7"],
    ]);
  });

  test("the 合计 covers the rows after the last 小计 too, and a second 合计 only the rows after the first", () => {
    const grid = withSubtotals();
    // A third group with no 小计 of its own before the 合计: 10 + 2 planned, 5 + 1 arrived.
    grid.splice(7, 0, ["广东", "疏附县", 2, 1, 50]);
    grid[8] = ["合计", "", 12, 6, 50];
    expect(check(grid).findings).toEqual([]);
    expect(ruleCells(check(withCell(grid, 8, 2, 8)))).toEqual([
      ["total-mismatch", "C9"],
      ["rate-mismatch", "E9"],
    ]);
    // A second table's rows and 合计 below: its 合计 is 3, not 15.
    const two = [...grid, ["天津", "民丰县", 3, 3, 100], ["合计", "", 3, 3, 100]];
    expect(check(two).findings).toEqual([]);
    expect(ruleCells(check(withCell(two, 10, 2, 15)))).toEqual([
      ["total-mismatch", "C11"],
      ["rate-mismatch", "E11"],
    ]);
  });

  test.each([
    ["合计", "total"],
    ["合 计 ", "total"],
    ["合计：", "total"],
    ["总计（万元）", "total"],
    ["合計", "total"],
    ["小計", "subtotal"],
    ["基本任务资金总量", "total"],
    ["喀什地区小计", "subtotal"],
    ["合计\u200b", "total"],
    ["统计", null],
    ["合计数", null],
    ["合计1", null],
    ["北京市", null],
    ["项目12", null],
  ])("the label %j reads as %s", (label, kind) => {
    expect(totalLabelKind(label)).toBe(kind);
  });

  test("a subtotal written after a place name (喀什地区小计) is a subtotal", () => {
    const grid = withSubtotals();
    grid[3][0] = "上海小计";
    grid[6][0] = "山东小计";
    expect(check(grid).findings).toEqual([]);
  });
});

describe("a header split over two rows under merged cells", () => {
  // Sheet rows: 1 title, 2-3 header (计划 over 项目(个) | 资金(亿元); 已到位 over 资金(亿元)), 4-6 data, 7 total.
  function twoRowHeader(): Grid {
    return [
      titleRow("对口援疆项目计划及资金到位情况", 7),
      ["支援方", "受援方", "计划", "", "已开工项目(个)", "已到位资金(亿元)", "到位率(%)"],
      ["", "", "项目(个)", "资金(亿元)", "", "", ""],
      ["上海", "莎车县", 10, 4, 5, 2, 50],
      ["山东", "疏勒县", 8, 2.5, 6, 1, 40],
      ["江西", "阿克陶县", 4, 1.2, 1, 0.3, 25],
      ["合计", "", 22, 7.7, 12, 3.3, 42.9],
    ];
  }

  test("is read as one header with each column's role and unit", () => {
    const report = check(twoRowHeader());
    expect(report.table?.headerRow).toBe(2);
    expect(report.table?.firstRow).toBe(4);
    expect(report.table?.totalRow).toBe(7);
    expect(report.table?.columns).toEqual({
      supporter: "A",
      recipient: "B",
      plannedCount: "C",
      plannedFunds: "D",
      startedCount: "E",
      arrivedFunds: "F",
      arrivalRate: "G",
    });
    expect(report.table?.units.plannedFunds).toBe("亿元");
    expect(report.table?.units.arrivalRate).toBe("%");
    expect(report.findings).toEqual([]);
  });

  test("merged groups over counts, rates and amounts (计划 | 已开工 | 资金到位) are read column by column", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划", "", "已开工", "", "资金到位", ""],
      ["", "", "项目(个)", "资金(亿元)", "项目(个)", "开工率(%)", "金额(亿元)", "到位率(%)"],
      ["上海", "莎车县", 10, 4, 5, 50, 2, 50],
      ["山东", "疏勒县", 8, 2.5, 6, 80, 1, 40],
    ];
    const report = check(grid);
    expect(report.table?.columns).toEqual({
      supporter: "A",
      recipient: "B",
      plannedCount: "C",
      plannedFunds: "D",
      startedCount: "E",
      startRate: "F",
      arrivedFunds: "G",
      arrivalRate: "H",
    });
    expect(report.table?.firstRow).toBe(3);
    // 6 of 8 started is 75%, not 80.
    expect(ruleCells(report)).toEqual([["rate-mismatch", "F4"]]);
  });

  test("the figures under it are checked (the second header row is not data)", () => {
    // 1 ÷ 2.5 is 40%; with 1 standing for 0.5..1.5 the rate can reach 61.2% at most, never 70.
    const grid = withCell(twoRowHeader(), 4, 6, 70);
    const started = withCell(grid, 5, 4, 5); // 5 started of 4 planned
    expect(ruleCells(check(started))).toEqual([
      ["rate-mismatch", "G5"],
      ["exceeds-planned", "E6"],
      ["total-mismatch", "E7"],
    ]);
  });
});

describe("units and header spelling", () => {
  test("units come from the brackets, full-width brackets and line breaks included", () => {
    const grid: Grid = [
      [
        "支援方",
        "受援方",
        "计划项目\n（个）",
        "已开工项目(个)",
        "开工率（%）",
        "计划资金\n（万元）",
        "已到位资金(万元)",
      ],
      ["上海", "莎车县", 10, 5, 50, 40000, 20000],
    ];
    const report = check(grid);
    expect(report.table?.columns).toEqual({
      supporter: "A",
      recipient: "B",
      plannedCount: "C",
      startedCount: "D",
      startRate: "E",
      plannedFunds: "F",
      arrivedFunds: "G",
    });
    expect(report.table?.units).toMatchObject({
      plannedCount: "个",
      startRate: "%",
      plannedFunds: "万元",
      arrivedFunds: "万元",
    });
    expect(report.findings).toEqual([]);
  });

  const vocabulary: [string, Role][] = [
    ["支援省市", "supporter"],
    ["受援地", "recipient"],
    ["受援县(市)", "recipient"],
    ["项目名称", "project"],
    ["类别", "category"],
    ["项目类别", "category"],
    ["援建方式", "mode"],
    ["计划项目", "plannedCount"],
    ["试点项目", "plannedCount"],
    ["项目数", "plannedCount"],
    ["已开工项目", "startedCount"],
    ["已开工", "startedCount"],
    ["完工项目", "completedCount"],
    ["已完工", "completedCount"],
    ["计划资金", "plannedFunds"],
    ["计划投资", "plannedFunds"],
    ["援助资金", "plannedFunds"],
    ["到位资金", "arrivedFunds"],
    ["已到位资金", "arrivedFunds"],
    ["已完成投资", "arrivedFunds"],
    ["开工率", "startRate"],
    ["完工率", "completionRate"],
    ["到位率", "arrivalRate"],
    ["占比", "share"],
    ["比重", "share"],
  ];

  test.each(vocabulary)("the header %j gives the column the role %s", (header, role) => {
    // The column sits after a 支援方 | 受援方 pair, except when it names one of those itself.
    const row: CellValue[] =
      role === "supporter"
        ? [header, "受援方", "项目名称"]
        : role === "recipient"
          ? ["支援方", header, "项目名称"]
          : ["支援方", "受援方", header];
    const report = check([row]);
    const letter = role === "supporter" ? "A" : role === "recipient" ? "B" : "C";
    expect(report.table?.columns[role]).toBe(letter);
  });

  test("完成率 next to completed and planned counts is the completion rate", () => {
    const grid: Grid = [
      ["支援方", "受援方", "计划项目", "完工项目", "完成率(%)"],
      ["上海", "莎车县", 8, 2, 25],
    ];
    const report = check(grid);
    expect(report.table?.columns.completionRate).toBe("E");
    expect(report.findings).toEqual([]);
    expect(ruleCells(check(withCell(grid, 1, 4, 30)))).toEqual([["rate-mismatch", "E2"]]);
  });

  test("援建方式 before 支援方 does not take the supporter column (its values are modes, not places)", () => {
    const grid: Grid = [
      ["项目名称", "援建方式", "支援方", "受援方"],
      ["莎车县人民医院", "交钥匙", "上海", "莎车县"],
      ["泽普县职业学校", "交支票", "上海", "泽普县"],
    ];
    const report = check(grid);
    expect(report.table?.columns.supporter).toBe("C");
    expect(report.table?.columns.mode).toBe("B");
    expect(report.findings).toEqual([]);
  });

  test("a sheet with no recognisable header gives no table and no findings", () => {
    const report = check([
      ["今天", "天气", "很好"],
      [1, 2, 3],
    ]);
    expect(report.table).toBeNull();
    expect(report.findings).toEqual([]);
  });
});

describe("the caller's header row and column roles", () => {
  // Headers the engine cannot read; the caller says what they are.
  function unreadable(): Grid {
    return [
      titleRow("内部统计", 5),
      ["单位", "对象", "数一", "数二", "比例(%)"],
      ["上海", "莎车县", 8, 2, 25],
      ["浙江", "阿克苏市", 10, 4, 50],
    ];
  }

  test("headerRow and columns by letter make an unreadable header usable", () => {
    const report = check(unreadable(), undefined, {
      headerRow: 2,
      columns: {
        supporter: "A",
        recipient: "B",
        plannedCount: "C",
        completedCount: "D",
        completionRate: "E",
      },
    });
    expect(report.table?.headerRow).toBe(2);
    expect(report.table?.firstRow).toBe(3);
    expect(report.table?.columns).toMatchObject({
      supporter: "A",
      recipient: "B",
      plannedCount: "C",
      completedCount: "D",
      completionRate: "E",
    });
    // 4 of 10 is 40%, stated 50.
    expect(ruleCells(report)).toEqual([["rate-mismatch", "E4"]]);
  });

  test("columns may also be given as 0-based indexes", () => {
    const report = check(unreadable(), undefined, {
      headerRow: 2,
      columns: {
        supporter: 0,
        recipient: 1,
        plannedCount: 2,
        completedCount: 3,
        completionRate: 4,
      },
    });
    expect(ruleCells(report)).toEqual([["rate-mismatch", "E4"]]);
  });

  test("a column role given by the caller replaces the one read from the header", () => {
    // Detection gives E (备注) no role; the caller says E is the completion rate of D over C.
    const grid: Grid = [
      ["支援方", "受援方", "试点项目", "完工项目", "备注"],
      ["上海", "莎车县", 8, 2, 30],
    ];
    expect(check(grid).findings).toEqual([]);
    const report = check(grid, undefined, { columns: { completionRate: "E" } });
    expect(report.table?.columns.completionRate).toBe("E");
    expect(ruleCells(report)).toEqual([["rate-mismatch", "E2"]]);
  });

  test("a column named for another role loses its detected role", () => {
    const grid: Grid = [
      ["支援方", "受援方", "项目数", "已完工", "完工率(%)"],
      ["上海", "莎车县", 8, 2, 25],
    ];
    const report = check(grid, undefined, { columns: { project: "C" } });
    expect(report.table?.columns.project).toBe("C");
    expect(report.table?.columns.plannedCount).toBeUndefined();
  });

  test("headerRow picks the caller's header over an earlier header-like row", () => {
    // Row 1 reads as a header too (and row 2, a note, would end its table); the caller says the real one is row 3.
    const grid: Grid = [
      ["支援方", "受援方", "计划项目"],
      ["说明：下表为修订后数据", "", ""],
      ["支援方", "受援方", "计划项目"],
      ["上海", "阿克苏市", 3],
    ];
    const report = check(grid, undefined, { headerRow: 3 });
    expect(report.table?.headerRow).toBe(3);
    expect(report.table?.firstRow).toBe(4);
    expect(byRule(report, "pairing-mismatch").map((f) => f.row)).toEqual([4]);
  });
});

describe("a grid that does not start at A1", () => {
  // The used range starts at C5: origin row 4, column 2 (0-based).
  const origin = { row: 4, column: 2 };

  test("table info and findings carry sheet addresses", () => {
    const grid = withCell(table2(), 7, 4, 70); // 河南 row: grid row 7 → sheet row 12; column E → G
    const report = check(grid, undefined, { origin });
    expect(report.table?.headerRow).toBe(5);
    expect(report.table?.firstRow).toBe(6);
    expect(report.table?.lastRow).toBe(18);
    expect(report.table?.totalRow).toBe(18);
    expect(report.table?.columns).toEqual({
      supporter: "C",
      recipient: "D",
      plannedCount: "E",
      completedCount: "F",
      completionRate: "G",
    });
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ rule: "rate-mismatch", cell: "G12", row: 12, column: "G" });
    expect(finding.message).toContain("G12");
  });

  test("headerRow and column letters are sheet positions, not grid positions", () => {
    const grid = [
      titleRow("内部统计", 5),
      ["单位", "对象", "数一", "数二", "比例(%)"],
      ["上海", "莎车县", 8, 2, 30],
    ];
    const report = check(grid, undefined, {
      origin,
      headerRow: 6,
      columns: {
        supporter: "C",
        recipient: "D",
        plannedCount: "E",
        completedCount: "F",
        completionRate: "G",
      },
    });
    expect(report.table?.headerRow).toBe(6);
    expect(report.table?.firstRow).toBe(7);
    expect(ruleCells(report)).toEqual([["rate-mismatch", "G7"]]);
  });
});

describe("table info on 表3", () => {
  test("reports the header, data range, total row, column letters and units", () => {
    const report = check(table3());
    expect(report.table).toEqual({
      headerRow: 1,
      firstRow: 2,
      lastRow: 14,
      totalRow: 14,
      columns: {
        supporter: "A",
        recipient: "B",
        plannedCount: "C",
        startedCount: "D",
        startRate: "E",
        plannedFunds: "F",
        arrivedFunds: "G",
        arrivalRate: "H",
      },
      units: { startRate: "%", plannedFunds: "亿元", arrivedFunds: "亿元", arrivalRate: "%" },
      readings: expect.any(Array),
    });
  });

  test("reads each column as a measure and says how it is checked", () => {
    const readings = check(table3()).table?.readings ?? [];
    expect(readings.map((r) => [r.column, r.header, r.measure, r.role, r.unit, r.checks])).toEqual([
      ["A", "支援方", "supporter", "supporter", undefined, ["place"]],
      ["B", "受援方", "recipient", "recipient", undefined, ["place"]],
      [
        "C",
        "计划项目",
        "count.projects.planned",
        "plannedCount",
        undefined,
        ["number", "total", "rate-part", "order"],
      ],
      [
        "D",
        "已开工项目",
        "count.projects.started",
        "startedCount",
        undefined,
        ["number", "total", "rate-part", "order"],
      ],
      ["E", "开工率(%)", "rate", "startRate", "%", ["number", "rate"]],
      [
        "F",
        "计划资金(亿元)",
        "amount.funds.planned",
        "plannedFunds",
        "亿元",
        ["number", "total", "rate-part", "order"],
      ],
      [
        "G",
        "已到位资金(亿元)",
        "amount.funds.arrived",
        "arrivedFunds",
        "亿元",
        ["number", "total", "rate-part", "order"],
      ],
      ["H", "到位率(%)", "rate", "arrivalRate", "%", ["number", "rate"]],
    ]);
    expect(readings[4].divides).toEqual(["已开工项目", "计划项目"]);
    expect(readings[7].divides).toEqual(["已到位资金(亿元)", "计划资金(亿元)"]);
  });

  test("a table without a total row reports totalRow null", () => {
    const grid = table3().slice(0, 13);
    const report = check(grid);
    expect(report.table?.totalRow).toBeNull();
    expect(report.table?.lastRow).toBe(13);
  });
});
