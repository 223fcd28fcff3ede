/**
 * The terminal is safe and a batch never stops on one odd entry: control
 * characters from cells, sheet names and file names are shown escaped, `--`
 * ends the options, and a FIFO, a symbolic link to a folder (a loop too) or a
 * file name that is not UTF-8 is reported and skipped, never a hang.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { escapeControls } from "../../src/cli/text";
import { bookParts, cell, row, sheetXml, TABLE, zipWith } from "./hand-built";
import { CLEAN, lines, MISTAKES, parseReport, runCli, STACK_LINE, useTempDir } from "./helpers";

const tmp = useTempDir();
const ESC = "\u001b";

/** The table with a recipient and a sheet name carrying control characters. */
function hostileBook(): Buffer {
  const rows = TABLE.map((values, i) =>
    i === 3
      ? `<row r="4">${cell("A4", "辽宁")}<c r="B4" t="inlineStr"><is><t>塔城_x001B_[2J_x001B_]0;pwned_x0007_地区_x000D_假行</t></is></c>${values
          .slice(2)
          .map((v, c) => cell(`${String.fromCharCode(67 + c)}4`, v))
          .join("")}</row>`
      : row(i + 1, values)
  ).join("");
  const parts = bookParts(sheetXml(rows));
  parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace(
    'name="完工情况"',
    'name="完工_x001B_[31m情况_x000A_"'
  );
  return zipWith(parts);
}

describe("control characters", () => {
  test("from cell text and sheet names are escaped in the human report", async () => {
    const file = join(tmp(), "hostile.xlsx");
    writeFileSync(file, hostileBook());
    const run = await runCli([file]);
    expect(run.stdout).not.toContain(ESC);
    expect(run.stdout).not.toContain("\u0007");
    expect(run.stdout).not.toContain("\r");
    expect(run.stdout).toContain("\\x1b[2J");
    expect(run.stdout).toContain("工作表「完工\\x1b[31m情况\\n」");
    // Every line is one line of the report: no cell text starts a line of its own.
    for (const line of lines(run.stdout)) expect(line).not.toMatch(/^假行/);
  });

  test("stay as they are in --json, where JSON escapes them", async () => {
    const file = join(tmp(), "hostile.xlsx");
    writeFileSync(file, hostileBook());
    const run = await runCli(["--json", file]);
    expect(run.stdout).not.toContain(ESC);
    expect(parseReport(run.stdout).files[0].sheets[0].sheet).toBe("完工\u001b[31m情况\n");
  });

  test("from a file name are escaped on stderr and stdout", async () => {
    const file = join(tmp(), `report${ESC}[31m\nfake.xlsx`);
    copyFileSync(MISTAKES, file);
    const run = await runCli([file, join(tmp(), `missing\r.xlsx`)]);
    expect(run.stdout + run.stderr).not.toContain(ESC);
    expect(run.stdout + run.stderr).not.toContain("\r");
    expect(run.stdout).toContain("report\\x1b[31m\\nfake.xlsx");
    expect(run.stderr).toContain("missing\\r.xlsx");
  });

  test("escapeControls leaves Chinese, punctuation and spaces alone and escapes bidi overrides", () => {
    expect(escapeControls("黑龙江 · 阿勒泰地区（2010）")).toBe("黑龙江 · 阿勒泰地区（2010）");
    expect(escapeControls("a\u202eb\tc\u009bd")).toBe("a\\u202eb\\tc\\x9bd");
  });
});

describe("--", () => {
  test("ends the options: a file named like an option is checked", async () => {
    const file = join(tmp(), "--json");
    copyFileSync(CLEAN, `${file}.xlsx`);
    const run = await runCli(["--lang", "en", "--", `${file}.xlsx`]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${file}.xlsx`);
    expect(run.stdout).not.toMatch(/^\{/);
  });
});

describe("odd entries in a folder are reported and skipped; the rest are checked", () => {
  test("a FIFO named .xlsx, in a folder and given directly, never blocks", async () => {
    const dir = join(tmp(), "batch");
    mkdirSync(dir);
    copyFileSync(CLEAN, join(dir, "a.xlsx"));
    const fifo = join(dir, "b-pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const run = await runCli(["--json", dir, fifo]);
    expect(run.status).toBe(2);
    const report = parseReport(run.stdout);
    expect(report.files.map((f) => [f.file, f.error ?? "checked"])).toEqual([
      [join(dir, "a.xlsx"), "checked"],
      [fifo, "not-a-file"],
      [fifo, "not-a-file"],
    ]);
    expect(lines(run.stderr)).toHaveLength(2);
    expect(run.stderr).toContain("不是普通文件");
  });

  test("a symbolic link to a folder is not followed, so a link loop ends; it is listed as skipped", async () => {
    const dir = join(tmp(), "batch");
    mkdirSync(join(dir, "sub"), { recursive: true });
    copyFileSync(MISTAKES, join(dir, "sub", "m.xlsx"));
    symlinkSync(dir, join(dir, "sub", "loop"));
    const run = await runCli(["--json", dir]);
    expect(run.status).toBe(2);
    const report = parseReport(run.stdout);
    expect(report.files.map((f) => [f.file, f.error ?? "checked"])).toEqual([
      [join(dir, "sub", "loop"), "skipped"],
      [join(dir, "sub", "m.xlsx"), "checked"],
    ]);
    expect(run.stderr).toContain("这是指向文件夹的符号链接，不会跟随");
    expect(report.files[0]).toMatchObject({ reason: { kind: "symlink-folder" } });
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  test("a file name in GBK bytes is listed as skipped with the reason, not as missing", async () => {
    const dir = join(tmp(), "batch");
    mkdirSync(dir);
    copyFileSync(CLEAN, join(dir, "a.xlsx"));
    // 项目表.xlsx in GBK: not valid UTF-8.
    const gbk = Buffer.concat([
      Buffer.from(join(dir, "/")),
      Buffer.from([0xcf, 0xee, 0xc4, 0xbf, 0xb1, 0xed]),
      Buffer.from(".xlsx"),
    ]);
    writeFileSync(gbk, "x");
    const run = await runCli(["--json", dir]);
    expect(run.status).toBe(2);
    const report = parseReport(run.stdout);
    expect(report.files.map((f) => f.error ?? "checked")).toEqual(["checked", "skipped"]);
    expect(run.stderr).toContain("文件名不是 UTF-8 编码（可能是 GBK）");
  });
});
