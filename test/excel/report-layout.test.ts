/**
 * The report reads on its own and prints: a header block saying what was
 * checked and how many problems of each rule, the rule's name (never its id) in
 * the user's language, messages without the repeated address, the row's own
 * 序号/支援方/受援方/项目名称, ignored findings apart, a frozen header row that
 * repeats on every printed page, landscape, one page wide.
 */
import type { CellValue } from "../../src/core/cells";
import { messages } from "../../src/core/i18n";
import { RULE_IDS, Validator, type Finding } from "../../src/core/validate";
import { type RowContext, writeReport } from "../../src/excel/report";
import { WorkbookModel, type SheetModel } from "../../src/workbench/model";
import { install, projectGrid, putGrid } from "./helpers";

function grid(sheet: SheetModel): CellValue[][] {
  return sheet.values.map((row) => [...row]);
}

/** A project sheet with two mistakes, its findings from the validator, and each finding row's context. */
function checked(): { model: WorkbookModel; findings: Finding[]; rows: Map<number, RowContext> } {
  const g = projectGrid(30);
  g.values[6][7] = 0.99; // H7: wrong 到位率
  g.values[12][5] = -800; // F13: negative 计划资金
  const model = new WorkbookModel();
  putGrid(model.addSheet("项目表"), g);
  const validator = new Validator();
  g.values.forEach((row, i) => validator.push(row, g.formats[i]));
  const findings = [...validator.finish().findings];
  const rows = new Map<number, RowContext>();
  for (const f of findings) {
    const r = g.values[f.row - 1];
    rows.set(f.row, { number: r[0], supporter: r[1], recipient: r[2], project: r[3] });
  }
  return { model, findings, rows };
}

describe("the report's header block and table", () => {
  test("says which workbook, sheet, programme, when and which AID, and counts by rule in Chinese", async () => {
    const { model, findings, rows } = checked();
    install(model);

    const name = await writeReport("项目表", findings, "zh-CN", {
      workbook: "喀什地区2011年项目.xlsx",
      programme: "19省市对口支援新疆（2010年新一轮）",
      rows,
      now: new Date(2026, 11, 2, 17, 5),
    });

    const sheet = model.sheet(name) as SheetModel;
    const cells = grid(sheet);
    const facts = new Map(cells.slice(1, 8).map((r) => [r[0], r[1]]));
    expect(cells[0][0]).toBe("「项目表」核对报告");
    expect(facts.get("工作簿")).toBe("喀什地区2011年项目.xlsx");
    expect(facts.get("工作表")).toBe("项目表");
    expect(facts.get("对口支援方案")).toBe("19省市对口支援新疆（2010年新一轮）");
    expect(facts.get("生成程序")).toMatch(/^AID \d+\.\d+\.\d+$/);
    // The time is a real date-time cell, shown as one.
    expect(typeof facts.get("生成时间")).toBe("number");
    expect(sheet.format(4, 1)).toBe("yyyy-mm-dd hh:mm");
    const errors = findings.filter((f) => f.severity === "error").length;
    expect(facts.get("问题数")).toBe(`${errors} 个错误，${findings.length - errors} 个警告`);
    const byRule = String(facts.get("按规则"));
    for (const f of findings) expect(byRule).toContain(messages("zh-CN").rule[f.rule]);
    // No rule id anywhere in the Chinese report.
    const text = cells
      .flat()
      .filter((v): v is string => typeof v === "string")
      .join("\n");
    for (const id of RULE_IDS) expect(text).not.toContain(id);
  });

  test("each finding row: the cell, the rule's name, the message without its address, and the row's context", async () => {
    const { model, findings, rows } = checked();
    install(model);

    const name = await writeReport("项目表", findings, "zh-CN", { rows });

    const sheet = model.sheet(name) as SheetModel;
    const table = sheet.tables[0];
    const header = grid(sheet)[table.row].slice(0, table.columns);
    expect(header).toEqual([
      "单元格",
      "级别",
      "规则",
      "说明",
      "应为",
      "实为",
      "序号",
      "支援方",
      "受援方",
      "项目名称",
    ]);
    findings.forEach((f, i) => {
      const row = grid(sheet)[table.row + 1 + i];
      expect(row[0]).toBe(f.cell);
      expect(row[2]).toBe(messages("zh-CN").rule[f.rule]);
      expect(String(row[3]).startsWith(f.cell)).toBe(false);
      expect(f.message).toContain(String(row[3]));
      const ctx = rows.get(f.row) as RowContext;
      expect(row.slice(6, 10)).toEqual([ctx.number, ctx.supporter, ctx.recipient, ctx.project]);
    });
  });

  test("given the context columns instead of the rows (as the pane does), it reads them from the checked sheet", async () => {
    const { model, findings, rows } = checked();
    install(model);

    const name = await writeReport("项目表", findings, "zh-CN", {
      columns: { supporter: "B", recipient: "C", project: "D" },
    });

    const sheet = model.sheet(name) as SheetModel;
    const table = sheet.tables[0];
    findings.forEach((f, i) => {
      const ctx = rows.get(f.row) as RowContext;
      expect(grid(sheet)[table.row + 1 + i].slice(7, 10)).toEqual([
        ctx.supporter,
        ctx.recipient,
        ctx.project,
      ]);
    });
  });

  test("English: Validation report, rule names in English, '1 error' in the singular", async () => {
    const { model, findings } = checked();
    install(model);
    const one = findings.filter((f) => f.severity === "error").slice(0, 1);
    model.name = "Kashgar projects 2011.xlsx";

    const name = await writeReport("项目表", one, "en");

    const cells = grid(model.sheet(name) as SheetModel);
    const facts = new Map(cells.slice(1, 8).map((r) => [r[0], r[1]]));
    expect(facts.get("Findings")).toBe("1 error, 0 warnings");
    // Without a name from the pane, the workbook's own name (workbook.name) heads the report.
    expect(facts.get("Workbook")).toBe("Kashgar projects 2011.xlsx");
    expect(String(facts.get("By rule"))).toContain(messages("en").rule[one[0].rule]);
  });

  test("a filtered report says so in its title; ignored findings are listed apart, each still linked", async () => {
    const { model, findings } = checked();
    install(model);
    const [kept, ...rest] = findings;

    const name = await writeReport("项目表", [kept], "zh-CN", {
      filter: "比率不符",
      ignored: rest,
    });

    const sheet = model.sheet(name) as SheetModel;
    expect(String(grid(sheet)[0][0])).toContain("仅含筛选出的问题：比率不符");
    expect(sheet.tables).toHaveLength(2);
    const second = sheet.tables[1];
    expect(String(sheet.value(second.row - 1, 0))).toContain(`已忽略的问题（${rest.length} 个`);
    rest.forEach((f, i) => {
      expect(sheet.value(second.row + 1 + i, 0)).toBe(f.cell);
      expect(sheet.hyperlinks.get(`${second.row + 1 + i},0`)?.documentReference).toBe(
        `'项目表'!${f.cell}`
      );
    });
  });

  test("a filtered report's header says how many of all the findings it lists; the same findings unfiltered say nothing of it", async () => {
    const { model, findings } = checked();
    install(model);
    const some = findings.slice(0, 2);

    const filtered = model.sheet(
      await writeReport("项目表", some, "zh-CN", {
        filter: "比率不符",
        filteredFrom: findings.length,
      })
    ) as SheetModel;
    const all = model.sheet(
      await writeReport("项目表", findings, "zh-CN", { filteredFrom: findings.length })
    ) as SheetModel;

    const counts = (sheet: SheetModel) =>
      String(grid(sheet).find((row) => row[0] === "问题数")?.[1]);
    expect(counts(filtered)).toContain(`本报告列出筛选出的 2 个，共 ${findings.length} 个问题`);
    expect(counts(all)).not.toContain("筛选");
    expect(String(grid(all)[0][0])).not.toContain("筛选");
  });

  test("it prints: header row frozen and repeated on every page, landscape, one page wide, columns sized", async () => {
    const { model, findings } = checked();
    install(model);

    const name = await writeReport("项目表", findings, "zh-CN");

    const sheet = model.sheet(name) as SheetModel;
    const headerRow = sheet.tables[0].row + 1; // 1-based
    expect(sheet.frozenRows).toBe(headerRow);
    expect(sheet.print).toEqual({
      orientation: "Landscape",
      fitToPagesWide: 1,
      titleRows: `$${headerRow}:$${headerRow}`,
    });
    expect(sheet.columnWidths[3]).toBeGreaterThan(sheet.columnWidths[0]);
  });
});
