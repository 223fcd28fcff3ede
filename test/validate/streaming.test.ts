/**
 * The streaming Validator: rows pushed one at a time give the same report as
 * validateGrid, on the published tables, on messy layouts and on a sheet much
 * longer than the rows the engine keeps to choose the programme.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/core/cells";
import {
  Validator,
  validateGrid,
  type ValidateOptions,
  type ValidationReport,
} from "../../src/core/validate";
import { formatsFor, grid, optionsFor } from "./arbitraries";
import {
  blankRow,
  formatsFor as formatGrid,
  pian9,
  progressSheet,
  ruleCells,
  table2,
  table3,
  titleRow,
  type Grid,
} from "./fixtures";

function stream(
  values: readonly (readonly CellValue[])[],
  formats?: readonly (readonly (string | undefined | null)[])[],
  options?: ValidateOptions
): ValidationReport {
  const validator = new Validator(options);
  values.forEach((row, i) => validator.push(row, formats?.[i]));
  return validator.finish();
}

describe("pushing rows one by one gives the report validateGrid gives", () => {
  const messy = (): Grid => [
    titleRow("附表", 5),
    titleRow("2011年对口援疆试点项目完工情况表", 5),
    blankRow(5),
    ...table2(),
    blankRow(5),
    ["注：完工率=完工项目÷试点项目", "", "", "", ""],
  ];

  const cases: [string, Grid, ValidateOptions | undefined][] = [
    ["表2", table2(), undefined],
    ["表3 (seven rounding warnings and a total warning)", table3(), undefined],
    ["篇9 (a total mismatch, shares)", pian9(), undefined],
    ["表2 under titles with notes", messy(), undefined],
    ["表3 at origin C5 in English", table3(), { origin: { row: 4, column: 2 }, locale: "en" }],
    ["表2 with the header row given", messy(), { headerRow: 4 }],
    ["表2 checked as wenchuan-2008", table2(), { programme: "wenchuan-2008" }],
  ];

  test.each(cases)("%s", (_label, values, options) => {
    const whole = validateGrid(values, undefined, options);
    expect(stream(values, undefined, options)).toEqual(whole);
    expect(whole.table).not.toBeNull();
  });

  test("with number formats", () => {
    const values = progressSheet();
    values[1][7] = 0.5;
    values[0][7] = "到位率";
    const formats = formatGrid(values, { "1,7": "0.0%", "1,5": "0.00", "1,6": "0.00" });
    const whole = validateGrid(values, formats);
    expect(whole.findings).toEqual([]);
    expect(stream(values, formats)).toEqual(whole);
  });

  test("rows as a streaming reader yields them: short rows, and [] for rows it skipped", () => {
    const padded: Grid = [
      titleRow("表", 8),
      blankRow(8),
      ...progressSheet().slice(0, 3),
      ["江西", "", 4, 1, 25, 1.2, "", ""],
      blankRow(8),
      ["注：", "", "", "", "", "", "", ""],
    ];
    const ragged: Grid = [
      ["表"],
      [],
      ...progressSheet().slice(0, 3),
      ["江西", "", 4, 1, 25, 1.2],
      [],
      ["注："],
    ];
    const expected = validateGrid(padded);
    expect(ruleCells(expected)).toEqual([["missing-value", "B6"]]);
    expect(stream(ragged).findings).toEqual(expected.findings);
    expect(stream(ragged).table).toEqual(expected.table);
  });

  test("any sheet at all (property)", () => {
    fc.assert(
      fc.property(
        grid.chain((values) =>
          fc.tuple(fc.constant(values), formatsFor(values), optionsFor(values))
        ),
        ([values, formats, options]) => {
          expect(stream(values, formats, options)).toEqual(validateGrid(values, formats, options));
        }
      ),
      { numRuns: 100 }
    );
  });
});

describe("a sheet longer than the programme-detection sample", () => {
  // The 一省帮一重灾县 pairs, as a sheet would spell them.
  const PAIRS: [string, string][] = [
    ["山东省", "北川县"],
    ["广东省", "汶川县"],
    ["浙江省", "青川县"],
    ["江苏省", "绵竹市"],
    ["北京市", "什邡市"],
    ["上海市", "都江堰市"],
    ["河北省", "平武县"],
    ["辽宁省", "安县"],
    ["河南省", "江油市"],
    ["福建省", "彭州市"],
    ["山西省", "茂县"],
    ["湖南省", "理县"],
    ["吉林省", "黑水县"],
    ["安徽省", "松潘县"],
    ["江西省", "小金县"],
    ["湖北省", "汉源县"],
    ["重庆市", "崇州市"],
    ["黑龙江省", "剑阁县"],
    ["深圳市", "甘肃省受灾严重地区"],
    ["天津市", "陕西省受灾严重地区"],
  ];
  const DATA_ROWS = 1200;
  // Sheet rows: 1 title, 2 header, 3 … 1202 data, 1203 total.
  const sheetRow = (i: number) => i + 3;

  function longSheet(): { values: Grid; expected: [string, string][] } {
    const rows: CellValue[][] = [];
    for (let i = 0; i < DATA_ROWS; i++) {
      const [supporter, recipient] = PAIRS[i % PAIRS.length];
      const planned = 100 + (i % 50) * 10;
      rows.push([supporter, recipient, `${recipient}重建项目${i + 1}`, planned, planned / 2, 50]);
    }
    const expected: [string, string][] = [];
    // A wrong pair early on, inside the sample.
    rows[3] = ["山东省", "汶川县", "汶川县重建项目4", 130, 65, 50];
    expected.push(["pairing-mismatch", `A${sheetRow(3)}`]);
    // Wrong rates on both sides of the 500th data row.
    for (const i of [498, 499, 500, 501]) {
      rows[i][5] = 60;
      expected.push(["rate-mismatch", `F${sheetRow(i)}`]);
    }
    // Row 701 repeats row 11 (same project, supporter and recipient).
    rows[700] = [...rows[10]];
    expected.push(["duplicate-row", `C${sheetRow(700)}`]);
    // An unknown county far past the sample.
    rows[1100][1] = "汶州县";
    expected.push(["unknown-place", `B${sheetRow(1100)}`]);
    // Arrived above planned on the last data row (its rate agrees).
    rows[1199][3] = 100;
    rows[1199][4] = 150;
    rows[1199][5] = 150;
    expected.push(["exceeds-planned", `E${sheetRow(1199)}`]);

    const planned = rows.reduce((s, r) => s + (r[3] as number), 0);
    const arrived = rows.reduce((s, r) => s + (r[4] as number), 0);
    const rate = Math.round((arrived / planned) * 1000) / 10;
    const values: Grid = [
      titleRow("汶川地震灾后恢复重建对口支援项目表", 6),
      ["支援省市", "受援县(市)", "项目名称", "计划资金(万元)", "已到位资金(万元)", "到位率(%)"],
      ...rows,
      ["合计", "", "", planned, arrived, rate],
    ];
    return { values, expected };
  }

  test("finds every planted mistake, before and after the sample, and adds up all 1200 rows", () => {
    const { values, expected } = longSheet();
    const report = stream(values);
    expect(report.programme).toBe("wenchuan-2008");
    expect(report.programmeDetected).toBe(true);
    expect(report.table).toMatchObject({
      headerRow: 2,
      firstRow: 3,
      lastRow: 1203,
      totalRow: 1203,
    });
    expect(ruleCells(report)).toEqual(expected);
    expect(report.findings.find((f) => f.rule === "duplicate-row")?.message).toMatch(
      new RegExp(`第\\s*${sheetRow(10)}\\s*行`)
    );
  });

  test("gives the same report as validateGrid", () => {
    const { values } = longSheet();
    expect(stream(values)).toEqual(validateGrid(values));
  });

  test("a wrong total at the end of the long sheet is found", () => {
    const { values } = longSheet();
    const total = values[values.length - 1];
    // 1200 whole amounts stand for ±0.5 each, so the sum is only known to ±600: be off by more.
    total[3] = (total[3] as number) + 1000;
    const report = stream(values);
    expect(report.findings.filter((f) => f.row === 1203).map((f) => [f.rule, f.cell])).toEqual([
      ["total-mismatch", "D1203"],
    ]);
    expect(report).toEqual(validateGrid(values));
  });
});
