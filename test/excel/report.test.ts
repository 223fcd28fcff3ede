/**
 * The validation report: a new sheet (never over an existing one) holding the
 * findings as an Excel table, each row linking to its cell, every string
 * written as text, and large reports sent in requests Excel accepts.
 */
import type { CellValue } from "../../src/core/cells";
import { Validator, type Finding, type RuleId, type Severity } from "../../src/core/validate";
import { displayedFigure } from "../../src/core/displayed";
import { writeReport } from "../../src/excel/report";
import { freeSheetName } from "../../src/excel/write";
import { WorkbookModel, type SheetModel } from "../../src/workbench/model";
import {
  install,
  longChinese,
  projectGrid,
  putGrid,
  snapshot,
  REQUEST_LIMIT_BYTES,
} from "./helpers";

function finding(
  cell: string,
  severity: Severity,
  rule: RuleId,
  message: string,
  expected?: string,
  actual?: string
): Finding {
  const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return {
    rule,
    severity,
    cell,
    row: Number(row),
    column: letters,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
  };
}

const FINDINGS: Finding[] = [
  finding("H5", "error", "rate-mismatch", "到位率应为 53.0%，表中为 99.0%", "53.0%", "99.0%"),
  finding("G9", "error", "not-a-number", "已到位资金不是数字：待定", undefined, "待定"),
  finding("C12", "warning", "ambiguous-place", "“新和”可指多个地方"),
];

function projectWorkbook(name = "项目表"): WorkbookModel {
  const model = new WorkbookModel();
  putGrid(model.addSheet(name), projectGrid(40));
  return model;
}

/** The report's table and its rows (header first), read from the model. */
function reportTable(sheet: SheetModel): { rows: CellValue[][]; table: SheetModel["tables"][0] } {
  expect(sheet.tables).toHaveLength(1);
  const table = sheet.tables[0];
  const rows: CellValue[][] = [];
  for (let r = 0; r < table.rows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < table.columns; c++) row.push(sheet.value(table.row + r, table.column + c));
    rows.push(row);
  }
  return { rows, table };
}

/** The hyperlinks on one sheet row (0-based), by column. */
function linksOnRow(sheet: SheetModel, row: number): string[] {
  return [...sheet.hyperlinks]
    .filter(([key]) => Number(key.split(",")[0]) === row)
    .map(([, link]) => link.documentReference ?? "");
}

describe("writeReport puts the findings on a new sheet", () => {
  test("a new sheet 核对报告 with a table: a header and one row per finding", async () => {
    const model = projectWorkbook();
    const sourceBefore = snapshot(model);
    install(model);

    const name = await writeReport("项目表", FINDINGS, "zh-CN");

    expect(name).toBe("核对报告");
    expect(model.sheets.map((s) => s.name)).toEqual(["项目表", "核对报告"]);
    const { rows } = reportTable(model.sheet(name) as SheetModel);
    expect(rows).toHaveLength(FINDINGS.length + 1);
    expect(rows[0].every((h) => typeof h === "string" && h.length > 0)).toBe(true);
    FINDINGS.forEach((f, i) => {
      const row = rows[i + 1];
      expect(row).toContain(f.cell);
      expect(row).toContain(f.message);
    });
    // Figures are numbers shown as the message shows them; other stated values stay text.
    const sheet = model.sheet(name) as SheetModel;
    const { table } = reportTable(sheet);
    const expectedColumn = rows[0].indexOf("应为");
    const statedColumn = rows[0].indexOf("实为");
    expect(rows[1][expectedColumn]).toBe(0.53);
    expect(rows[1][statedColumn]).toBe(0.99);
    expect(sheet.format(table.row + 1, table.column + expectedColumn)).toBe("0.0%");
    expect(rows[2][statedColumn]).toBe("待定");
    expect(sheet.format(table.row + 2, table.column + statedColumn)).toBe("@");
    // The user's sheet is left as it was.
    expect((snapshot(model) as { sheets: unknown[] }).sheets[0]).toEqual(
      (sourceBefore as { sheets: unknown[] }).sheets[0]
    );
  });

  test("in English the sheet is called Validation report", async () => {
    const model = projectWorkbook();
    install(model);

    const name = await writeReport("项目表", FINDINGS, "en");

    expect(name).toBe("Validation report");
    expect(model.sheet("Validation report")?.tables).toHaveLength(1);
  });

  test("with 核对报告 and 核对报告 (2) present it takes 核对报告 (3) and leaves those two alone", async () => {
    const model = projectWorkbook();
    model.addSheet("核对报告").setValue(0, 0, "上次的报告");
    model.addSheet("核对报告 (2)").setValue(4, 2, "用户的笔记");
    const before = snapshot(model);
    install(model);

    const name = await writeReport("项目表", FINDINGS, "zh-CN");

    expect(name).toBe("核对报告 (3)");
    expect(model.sheets.map((s) => s.name)).toEqual([
      "项目表",
      "核对报告",
      "核对报告 (2)",
      "核对报告 (3)",
    ]);
    expect((snapshot(model) as { sheets: unknown[] }).sheets.slice(0, 3)).toEqual(
      (before as { sheets: unknown[] }).sheets
    );
  });

  test("each row links to its finding's cell on the checked sheet ('项目表'!D7)", async () => {
    // Findings as the validator reports them on a sheet with mistakes.
    const grid = projectGrid(60);
    grid.values[6][7] = 0.99; // H7: wrong rate
    grid.values[12][5] = -800; // F13: negative amount
    const model = new WorkbookModel();
    putGrid(model.addSheet("项目表"), grid);
    const validator = new Validator();
    grid.values.forEach((row, i) => validator.push(row, grid.formats[i]));
    const findings = validator.finish().findings;
    expect(findings.length).toBeGreaterThanOrEqual(2);
    install(model);

    const name = await writeReport("项目表", findings, "zh-CN");

    const sheet = model.sheet(name) as SheetModel;
    const { table } = reportTable(sheet);
    expect(table.rows).toBe(findings.length + 1);
    findings.forEach((f, i) =>
      expect(linksOnRow(sheet, table.row + 1 + i)).toEqual([`'项目表'!${f.cell}`])
    );
  });

  test("a sheet name with an apostrophe is quoted with the apostrophe doubled", async () => {
    const model = projectWorkbook("新疆'十二五'项目");
    install(model);

    const name = await writeReport("新疆'十二五'项目", [FINDINGS[0]], "zh-CN");

    const sheet = model.sheet(name) as SheetModel;
    const { table } = reportTable(sheet);
    expect(linksOnRow(sheet, table.row + 1)).toEqual(["'新疆''十二五''项目'!H5"]);
  });

  test("20,000 findings with long messages go in several requests, none above the limit", async () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 20_000; i++) {
      const cell = `${["F", "G", "H"][i % 3]}${i + 3}`;
      findings.push(
        finding(
          cell,
          i % 5 === 0 ? "warning" : "error",
          "rate-mismatch",
          longChinese(i, 300),
          "53.0%",
          "99.0%"
        )
      );
    }
    const model = projectWorkbook();
    const standIn = install(model);
    const syncsBefore = standIn.stats.syncs;

    const name = await writeReport("项目表", findings, "zh-CN");

    expect(standIn.stats.syncs - syncsBefore).toBeGreaterThan(2);
    expect(standIn.stats.largestRequestBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    const sheet = model.sheet(name) as SheetModel;
    const { rows, table } = reportTable(sheet);
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toContain(findings[19_999].message);
    expect(sheet.hyperlinks.size).toBe(20_000);
    expect(linksOnRow(sheet, table.row + 20_000)).toEqual([`'项目表'!${findings[19_999].cell}`]);
  });
});

describe("strings beginning with =, +, - or @ are written as text, never as formulas", () => {
  const risky: Finding[] = [
    finding("H5", "error", "rate-mismatch", "=H5/G5 算出的到位率与表中不符", "=0.53", "=99%"),
    finding("F7", "error", "negative-value", "+86 13800000000 联系人填在了金额栏", "+1", "-800"),
    finding("C9", "warning", "unknown-place", "-新和县- 不是已知的地名", "-", "@新和"),
    finding("D11", "warning", "unknown-category", "@其他 不是标准类别", "@", "=SUM(F3:F40)"),
  ];

  test("the report sheet has no formulas, and those cells hold the exact text with the text format", async () => {
    const model = projectWorkbook();
    install(model);

    const name = await writeReport("项目表", risky, "zh-CN");

    const sheet = model.sheet(name) as SheetModel;
    expect([...sheet.formulas]).toEqual([]);
    // Figures such as -800 become numbers; every other text, whatever it starts with, stays text.
    const strings = risky
      .flatMap((f) => [f.message, f.expected as string, f.actual as string])
      .filter((t) => displayedFigure(t) === null);
    expect(strings).toContain("-新和县- 不是已知的地名");
    for (const text of strings) {
      const at: [number, number][] = [];
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === text) at.push([r, c]);
        })
      );
      expect({ text, found: at.length > 0 }).toEqual({ text, found: true });
      for (const [r, c] of at)
        expect({ text, format: sheet.format(r, c) }).toEqual({ text, format: "@" });
    }
  });
});

describe("freeSheetName never reuses a name and makes names Excel accepts", () => {
  test("the base itself when free, else the next free (n)", () => {
    expect(freeSheetName("核对报告", ["项目表"])).toBe("核对报告");
    expect(freeSheetName("核对报告", ["项目表", "核对报告"])).toBe("核对报告 (2)");
    expect(freeSheetName("核对报告", ["核对报告", "核对报告 (2)"])).toBe("核对报告 (3)");
    expect(freeSheetName("核对报告", ["核对报告", "核对报告 (3)"])).toBe("核对报告 (2)");
  });

  test("sheet names differing only in case are the same name to Excel", () => {
    expect(freeSheetName("Validation report", ["VALIDATION REPORT"])).toBe("Validation report (2)");
  });

  test("at most 31 characters, also with the (n) suffix, and still unique", () => {
    const base = "新疆维吾尔自治区对口援疆项目资金到位情况核对报告及整改意见汇总表";
    expect(base.length).toBeGreaterThan(31);
    const first = freeSheetName(base, []);
    expect(first.length).toBeLessThanOrEqual(31);
    const taken = [first];
    for (let i = 0; i < 12; i++) {
      const next = freeSheetName(base, taken);
      expect(next.length).toBeLessThanOrEqual(31);
      expect(taken.map((t) => t.toLowerCase())).not.toContain(next.toLowerCase());
      taken.push(next);
    }
    expect(taken[10]).toMatch(/ \(11\)$/);
  });

  test("characters Excel forbids in sheet names (\\ / ? * [ ] :) are replaced", () => {
    const name = freeSheetName("对口关系:2010/新疆[表1]?*\\", []);
    expect(name).not.toMatch(/[\\/?*[\]:]/);
    expect(name.length).toBeGreaterThan(0);
    expect(name).toContain("对口关系");
  });
});
