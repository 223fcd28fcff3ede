/**
 * The human report as an officer reads it: rule names in the chosen language
 * (the ids stay in --json), colour only on a terminal (never with NO_COLOR or
 * --no-color), long messages wrapped to the terminal's width without a line
 * starting with a closing mark, and a closing list of the files with errors,
 * with warnings only and not checked, each with its counts.
 */
import fc from "fast-check";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { messages } from "../../src/core/i18n";
import { charWidth, textWidth, wrapText } from "../../src/cli/layout";
import {
  CLEAN,
  COMPLETION_ROWS,
  completionSheet,
  lines,
  MISTAKES,
  parseReport,
  PUBLISHED,
  runCli,
  useTempDir,
  writeWorkbook,
} from "./helpers";

const tmp = useTempDir();
const ESC = "\u001b";
/** Our own colour codes (SGR), which are all a coloured report may hold of ESC. */
const SGR = new RegExp(`${ESC}\\[[0-9;]*m`, "g");
const plain = (text: string) => text.replace(SGR, "");

describe("rule names", () => {
  test("Chinese report: the rule's Chinese name, not its id; --json keeps the id", async () => {
    const run = await runCli([MISTAKES]);
    const names = messages("zh-CN").rule as Record<string, string>;
    const json = parseReport((await runCli(["--json", MISTAKES])).stdout);
    const issues = json.files[0].sheets.flatMap((s) => s.issues);
    expect(issues.length).toBeGreaterThan(10);
    for (const f of issues) {
      const line = lines(run.stdout).find((l) => l.includes(f.message));
      expect(line).toContain(names[f.rule]);
      expect(line).not.toContain(f.rule);
    }
    expect(run.stdout).not.toMatch(/[a-z]+-[a-z]+ \(/);
  });

  test("English report: the English names", async () => {
    const run = await runCli(["--lang", "en", MISTAKES]);
    const names = messages("en").rule as Record<string, string>;
    const json = parseReport((await runCli(["--json", "--lang", "en", MISTAKES])).stdout);
    for (const f of json.files[0].sheets.flatMap((s) => s.issues)) {
      const line = lines(run.stdout).find((l) => l.includes(f.message));
      expect(line).toContain(names[f.rule]);
    }
  });
});

describe("each sheet's heading", () => {
  test("names the header, the data rows and the 合计 row apart, the 合计 not among the data", async () => {
    const json = parseReport((await runCli(["--json", CLEAN])).stdout);
    const table = json.files[0].sheets[0].table;
    expect(table.totalRow).toBe(table.lastRow);
    const lastData = (table.lastRow as number) - 1;
    const zh = await runCli([CLEAN]);
    expect(zh.stdout).toContain(
      `表头第 ${table.headerRow} 行，数据第 ${table.firstRow}–${lastData} 行，合计第 ${table.totalRow} 行`
    );
    const en = await runCli(["--lang", "en", CLEAN]);
    expect(en.stdout).toContain(
      `header row ${table.headerRow}, data rows ${table.firstRow}–${lastData}, total row ${table.totalRow}`
    );
  });
});

describe("colour", () => {
  test("on a terminal the severities are coloured; piped, NO_COLOR or --no-color, none", async () => {
    const terminal = await runCli([MISTAKES], { terminal: { columns: 200 } });
    expect(terminal.stdout).toContain(`${ESC}[1;31m错误${ESC}[0m`);
    expect(terminal.stdout).toContain(`${ESC}[33m警告${ESC}[0m`);
    const piped = await runCli([MISTAKES]);
    expect(piped.stdout).not.toContain(ESC);
    const noColor = await runCli([MISTAKES], {
      terminal: { columns: 200 },
      env: { NO_COLOR: "1" },
    });
    expect(noColor.stdout).not.toContain(ESC);
    const option = await runCli(["--no-color", MISTAKES], { terminal: { columns: 200 } });
    expect(option.stdout).not.toContain(ESC);
    // The text is the same, coloured or not.
    expect(plain(terminal.stdout)).toBe(noColor.stdout);
  });

  test("--color colours piped output too (for less -R)", async () => {
    const run = await runCli(["--color", MISTAKES]);
    expect(run.stdout).toContain(`${ESC}[1;31m`);
    expect(plain(run.stdout)).toBe((await runCli([MISTAKES])).stdout);
  });

  test("control characters from cells and sheet names stay escaped in coloured, wrapped output", async () => {
    const { bookParts, cell, row, sheetXml, TABLE, zipWith } = await import("./hand-built");
    const rows = TABLE.map((values, i) =>
      i === 3
        ? `<row r="4">${cell("A4", "辽宁")}<c r="B4" t="inlineStr"><is><t>塔城_x001B_[2J_x0007_地区_x000D_假行</t></is></c>${values
            .slice(2)
            .map((v, c) => cell(`${String.fromCharCode(67 + c)}4`, v))
            .join("")}</row>`
        : row(i + 1, values)
    ).join("");
    const file = join(tmp(), "hostile.xlsx");
    writeFileSync(file, zipWith(bookParts(sheetXml(rows))));
    const run = await runCli([file], { terminal: { columns: 50 } });
    const text = plain(run.stdout);
    expect(text).not.toContain(ESC);
    expect(text).not.toContain("\u0007");
    expect(text).not.toContain("\r");
    expect(text.replace(/\n +/g, "")).toContain("\\x1b[2J");
  });
});

describe("wrapping", () => {
  test("on a terminal no line is wider than it; piped, each finding stays on one line", async () => {
    const narrow = await runCli([MISTAKES], { terminal: { columns: 60 } });
    for (const line of lines(plain(narrow.stdout))) expect(textWidth(line)).toBeLessThanOrEqual(60);
    expect(lines(narrow.stdout).length).toBeGreaterThan(
      lines((await runCli([MISTAKES])).stdout).length
    );
    // Continuation lines start under the message, and the message reads the same once joined.
    const at = lines(narrow.stdout).findIndex((l) => l.includes("B3："));
    const next = lines(narrow.stdout)[at + 1];
    expect(next.startsWith(" ".repeat(20))).toBe(true);
  });

  test("Chinese counts two columns a character; no line starts with a closing mark or ends with an opening one", () => {
    expect(textWidth("阿克陶县")).toBe(8);
    expect(textWidth("E5：100%")).toBe(8);
    expect(charWidth("，".codePointAt(0) as number)).toBe(2);
    const text =
      "B3：浙江省与莎车县不是19省市对口支援新疆（2010年新一轮）中的对口关系；莎车县的对口支援方为上海市";
    for (let width = 6; width <= 40; width++) {
      const out = wrapText(text, width, width);
      expect(out.join("")).toBe(text);
      for (const line of out) {
        expect(textWidth(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^[，。、；：）」]/);
        expect(line).not.toMatch(/[（「]$/);
      }
    }
  });

  test("any text: lines fit, and only spaces at breaks are lost", () => {
    const char = fc.constantFrom(..."江苏伊犁州，。「」（）ab12 .%-");
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 120 }),
        fc.integer({ min: 4, max: 50 }),
        (chars, width) => {
          const text = chars.join("");
          const out = wrapText(text, width, width);
          for (const line of out) expect(textWidth(line)).toBeLessThanOrEqual(width);
          expect(out.join("").replace(/ /g, "")).toBe(text.replace(/ /g, ""));
        }
      ),
      { seed: 20261202, numRuns: 300 }
    );
  });
});

describe("the closing summary", () => {
  function folder(): string {
    const dir = join(tmp(), "batch");
    mkdirSync(dir);
    copyFileSync(CLEAN, join(dir, "a-clean.xlsx"));
    copyFileSync(MISTAKES, join(dir, "b-mistakes.xlsx"));
    copyFileSync(PUBLISHED, join(dir, "c-published.xlsx"));
    writeFileSync(join(dir, "d-broken.xlsx"), "not a workbook");
    return dir;
  }

  test("names the files with errors, with warnings only and not checked, with counts; the totals last", async () => {
    const dir = folder();
    const run = await runCli([dir]);
    const json = parseReport((await runCli(["--json", dir])).stdout);
    const out = lines(run.stdout);
    const at = out.indexOf("有错误的文件（2 个）：");
    expect(at).toBeGreaterThan(0);
    const counts = (file: string) => {
      const sheets = json.files.find((f) => f.file === file)?.sheets ?? [];
      const all = sheets.flatMap((s) => [...s.issues, ...s.notices]);
      return [
        all.filter((f) => f.severity === "error").length,
        all.filter((f) => f.severity === "warning").length,
      ];
    };
    const [e1, w1] = counts(join(dir, "b-mistakes.xlsx"));
    expect(out[at + 1]).toBe(`  ${join(dir, "b-mistakes.xlsx")}：${e1} 个错误，${w1} 个警告`);
    expect(out[at + 2]).toContain(join(dir, "c-published.xlsx"));
    expect(out).toContain("未核对的文件（1 个）：");
    expect(out).toContain(`  ${join(dir, "d-broken.xlsx")}：文本文件，不是工作簿`);
    expect(run.stdout).not.toContain(`  ${join(dir, "a-clean.xlsx")}：`);
    expect(out[out.length - 1]).toMatch(/^汇总：4 个文件.*1 个文件无法核对$/);
  });

  test("a file with warnings only is listed as such; in English with --lang en", async () => {
    const dir = folder();
    // A formula without a result is a warning, and the only finding of this table.
    const warned = await writeWorkbook(join(dir, "e-warned.xlsx"), [
      {
        ...completionSheet(),
        rows: [...COMPLETION_ROWS.slice(0, 2), ["河南", "哈密地区", 6, 3, { formula: "D5/C5" }]],
      },
    ]);
    const zh = lines((await runCli([dir])).stdout);
    expect(zh).toContain("只有警告的文件（1 个）：");
    expect(zh).toContain(`  ${warned}：1 个警告`);
    const out = lines((await runCli(["--lang", "en", dir])).stdout);
    expect(out).toContain("Files with errors (2):");
    expect(out).toContain("Files with warnings only (1):");
    expect(out).toContain(`  ${warned}: 1 warning`);
    expect(out).toContain("Files not checked (1):");
    expect(out).toContain(`  ${join(dir, "d-broken.xlsx")}: a text file, not a workbook`);
    expect(out[out.length - 1]).toMatch(/^Summary: 5 files/);
  });

  test("one file: no lists, its name heads the report", async () => {
    const run = await runCli([MISTAKES]);
    expect(run.stdout).not.toContain("有错误的文件");
  });
});
