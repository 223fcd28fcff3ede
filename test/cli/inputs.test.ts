/**
 * What aid-check is given: files, folders, and input it cannot use. Exit
 * status 0 (no errors), 1 (errors found), 2 (unusable input, with one clear
 * line on stderr naming the file and never a stack trace).
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  CLEAN,
  lines,
  MISTAKES,
  parseReport,
  PUBLISHED,
  runCli,
  STACK_LINE,
  useTempDir,
  writeText,
  zipArchive,
  type CliRun,
} from "./helpers";

const tmp = useTempDir();

/** Exit 2 with exactly one line on stderr that names the file, and no stack trace. */
function expectUnusable(run: CliRun, file: string): string {
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(STACK_LINE);
  const out = lines(run.stderr).filter((l) => l.trim() !== "");
  expect(out).toHaveLength(1);
  expect(out[0]).toContain(file);
  return out[0];
}

/** The first bytes of an Excel 97-2003 (.xls) file: an OLE compound document header. */
const OLE_HEADER = Buffer.from([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...new Array(504).fill(0),
]);

describe("exit status", () => {
  test("0 when no errors are found", async () => {
    expect((await runCli([CLEAN])).status).toBe(0);
  });

  test("1 when errors are found", async () => {
    expect((await runCli([MISTAKES])).status).toBe(1);
  });

  test("0 when only warnings are found (表3 of the published tables)", async () => {
    const run = await runCli(["--json", "--sheet", "表3", PUBLISHED]);
    expect(run.status).toBe(0);
    expect(parseReport(run.stdout).summary).toEqual({ errors: 0, warnings: 8, files: 1 });
  });

  test("1 when any of several files has errors", async () => {
    expect((await runCli([CLEAN, MISTAKES])).status).toBe(1);
  });
});

describe("unusable input: exit 2, one line naming the file", () => {
  test("a file that does not exist", async () => {
    const missing = join(tmp(), "没有这个文件.xlsx");
    const run = await runCli([missing]);
    expectUnusable(run, missing);
  });

  test("a .csv file", async () => {
    const csv = writeText(join(tmp(), "项目表.csv"), "支援方,受援方,计划资金\n上海,莎车县,12000\n");
    const line = expectUnusable(await runCli([csv]), csv);
    expect(line).toMatch(/xlsx/);
  });

  test("an Excel 97-2003 .xls file", async () => {
    const xls = writeText(join(tmp(), "项目表.xls"), OLE_HEADER);
    const line = expectUnusable(await runCli([xls]), xls);
    expect(line).toMatch(/xlsx/);
  });

  test("a .xlsx copy renamed .xls is still not read as .xlsx", async () => {
    const xls = join(tmp(), "clean.xls");
    copyFileSync(CLEAN, xls);
    expectUnusable(await runCli([xls]), xls);
  });

  test("a text file renamed .xlsx", async () => {
    const fake = writeText(join(tmp(), "说明.xlsx"), "这是一个文本文件，不是工作簿。\n");
    expectUnusable(await runCli([fake]), fake);
  });

  test("an empty file named .xlsx", async () => {
    const empty = writeText(join(tmp(), "empty.xlsx"), "");
    expectUnusable(await runCli([empty]), empty);
  });

  test.each([
    ["cut in half", (size: number) => Math.floor(size / 2)],
    ["cut just after the start", () => 200],
    ["missing its last bytes", (size: number) => size - 40],
  ])("a truncated .xlsx (%s) is damaged", async (_label, cut) => {
    const whole = readFileSync(CLEAN);
    const truncated = writeText(
      join(tmp(), "truncated.xlsx"),
      whole.subarray(0, cut(whole.length))
    );
    const run = await runCli([truncated]);
    expectUnusable(run, truncated);
    expect(run.stdout).not.toMatch(/项目表|进度汇总/);
  });

  test("a zip archive that holds no workbook, renamed .xlsx", async () => {
    const zip = writeText(
      join(tmp(), "archive.xlsx"),
      zipArchive({ "readme.txt": "not a workbook", "data/figures.csv": "a,b\n1,2\n" })
    );
    expectUnusable(await runCli([zip]), zip);
  });

  test("the message says in English what is wrong with --lang en", async () => {
    const fake = writeText(join(tmp(), "notes.xlsx"), "plain text");
    const line = expectUnusable(await runCli(["--lang", "en", fake]), fake);
    expect(line).toMatch(/damaged|not an Excel|cannot read/i);
  });

  test("an empty folder is exit 2 with a message", async () => {
    const dir = join(tmp(), "空文件夹");
    mkdirSync(dir);
    const run = await runCli([dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(lines(run.stderr).filter((l) => l.trim() !== "")).toHaveLength(1);
  });

  test("a folder with no .xlsx in it is exit 2 with a message", async () => {
    const dir = join(tmp(), "材料");
    mkdirSync(dir);
    writeText(join(dir, "说明.txt"), "说明");
    writeText(join(dir, "项目表.csv"), "a,b\n");
    const run = await runCli([dir]);
    expect(run.status).toBe(2);
    expect(lines(run.stderr).filter((l) => l.trim() !== "")).toHaveLength(1);
  });

  test("a missing file among good files: the good files are still reported, exit 2", async () => {
    const missing = join(tmp(), "missing.xlsx");
    const run = await runCli([MISTAKES, missing, CLEAN]);
    expectUnusable(run, missing);
    expect(run.stdout).toContain(MISTAKES);
    expect(run.stdout).toContain(CLEAN);
    expect(run.stdout).toContain("非对口关系");
  });
});

describe("folders", () => {
  test("a folder means every .xlsx inside, subfolders too; a .csv is listed as not checked; other files and Excel lock files are ignored", async () => {
    const root = join(tmp(), "2011年报表");
    mkdirSync(join(root, "喀什", "疏附县"), { recursive: true });
    copyFileSync(CLEAN, join(root, "a-clean.xlsx"));
    copyFileSync(MISTAKES, join(root, "喀什", "b-mistakes.xlsx"));
    copyFileSync(PUBLISHED, join(root, "喀什", "疏附县", "c-published.xlsx"));
    writeText(join(root, "说明.txt"), "报表说明");
    writeText(join(root, "汇总.csv"), "a,b\n1,2\n");
    writeText(join(root, "喀什", "~$b-mistakes.xlsx"), "lock file of an open workbook");
    const run = await runCli(["--json", root]);
    // Without LibreOffice the .csv cannot be checked: listed, one line, exit 2.
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(join(root, "汇总.csv"));
    const report = parseReport(run.stdout);
    expect([...report.files.filter((f) => !f.error).map((f) => f.file)].sort()).toEqual(
      [
        join(root, "a-clean.xlsx"),
        join(root, "喀什", "b-mistakes.xlsx"),
        join(root, "喀什", "疏附县", "c-published.xlsx"),
      ].sort()
    );
    expect(report.files.filter((f) => f.error).map((f) => [f.file, f.error])).toEqual([
      [join(root, "汇总.csv"), "needs-conversion"],
    ]);
    expect(report.summary).toEqual({ errors: 15, warnings: 14, files: 4 });
  });

  test("the human report of a folder lists each file with its findings and one summary", async () => {
    const root = join(tmp(), "reports");
    mkdirSync(join(root, "sub"), { recursive: true });
    copyFileSync(CLEAN, join(root, "a.xlsx"));
    copyFileSync(MISTAKES, join(root, "sub", "b.xlsx"));
    const run = await runCli([root]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(join(root, "a.xlsx"));
    expect(run.stdout).toContain(join(root, "sub", "b.xlsx"));
    expect(run.stdout).toContain("非对口关系");
    const summary = lines(run.stdout).pop() ?? "";
    expect(summary).toMatch(/2\s*个文件/);
    expect(summary).toMatch(/14\s*个错误/);
  });

  test("a bad file in a folder is reported, the good files are still checked and printed, exit 2", async () => {
    const root = join(tmp(), "batch");
    mkdirSync(root);
    copyFileSync(CLEAN, join(root, "a-clean.xlsx"));
    const bad = writeText(join(root, "b-broken.xlsx"), "not a workbook at all");
    copyFileSync(MISTAKES, join(root, "c-mistakes.xlsx"));
    const run = await runCli([root]);
    expectUnusable(run, bad);
    expect(run.stdout).toContain(join(root, "a-clean.xlsx"));
    expect(run.stdout).toContain(join(root, "c-mistakes.xlsx"));
    for (const finding of ["非对口关系", "B3", "合计不符", "G28", "占比不符"])
      expect(run.stdout).toContain(finding);
    expect(lines(run.stdout).pop()).toMatch(/14\s*个错误/);
  });

  test("a truncated file in a folder: the others still appear in --json, exit 2", async () => {
    const root = join(tmp(), "batch");
    mkdirSync(root);
    copyFileSync(PUBLISHED, join(root, "a.xlsx"));
    const whole = readFileSync(CLEAN);
    const bad = writeText(join(root, "b.xlsx"), whole.subarray(0, whole.length >> 1));
    const run = await runCli(["--json", root]);
    expectUnusable(run, bad);
    const report = parseReport(run.stdout);
    const good = report.files.find((f) => f.file === join(root, "a.xlsx"));
    expect(good?.sheets.map((s) => s.sheet)).toEqual(["表2", "表3", "规划项目类别"]);
    expect(report.summary.errors).toBe(1);
    expect(report.summary.warnings).toBe(8);
  });
});

describe("no stack traces", () => {
  test.each([
    ["no arguments", () => []],
    ["an unknown option", () => ["--nope"]],
    ["an unknown programme", () => ["--programme", "火星", CLEAN]],
    ["a missing file", (dir: string) => [join(dir, "missing.xlsx")]],
    ["a text file named .xlsx", (dir: string) => [writeText(join(dir, "t.xlsx"), "text")]],
    [
      "a truncated workbook",
      (dir: string) => [writeText(join(dir, "cut.xlsx"), readFileSync(MISTAKES).subarray(0, 3000))],
    ],
    ["an unknown sheet", () => ["--sheet", "不存在", CLEAN]],
    ["an empty folder", (dir: string) => [dir]],
  ])("%s: stderr has no stack trace", async (_label, argv) => {
    for (const json of [false, true]) {
      const args = argv(tmp());
      const run = await runCli(json ? ["--json", ...args] : args);
      expect(run.status).toBe(2);
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.stderr).not.toMatch(/Error:|TypeError|at Object\./);
    }
  });
});
