/**
 * The progress bar: on stderr only when stderr is a terminal, never in --json
 * mode, and it never changes what goes to stdout.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import {
  CLEAN,
  COMPLETION_HEADER,
  MISTAKES,
  parseReport,
  PUBLISHED,
  runCli,
  useTempDir,
  writeText,
} from "./helpers";

const tmp = useTempDir();

/** A folder of several workbooks. */
function folder(): string {
  const dir = join(tmp(), "batch");
  mkdirSync(dir);
  copyFileSync(CLEAN, join(dir, "a.xlsx"));
  copyFileSync(MISTAKES, join(dir, "b.xlsx"));
  copyFileSync(PUBLISHED, join(dir, "c.xlsx"));
  copyFileSync(CLEAN, join(dir, "d.xlsx"));
  return dir;
}

/** One large sheet: 6,000 project rows of 表2 (all consistent), more than one progress step of rows. */
async function largeWorkbook(): Promise<string> {
  const path = join(tmp(), "large.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("完工情况");
  ws.addRow(["2010年援疆试点项目完工情况（大表）"]);
  ws.mergeCells(1, 1, 1, 5);
  ws.addRow(COMPLETION_HEADER);
  for (let i = 0; i < 6000; i++) ws.addRow(["江苏", "伊犁州直", 4, 1, 0.25]);
  await wb.xlsx.writeFile(path);
  return path;
}

const ESC = String.fromCharCode(27);

/** A write that wipes the terminal line: carriage return and erase-line (or blanks over the bar). */
function isLineClear(text: string | undefined): boolean {
  if (text === undefined) return false;
  return text === `\r${ESC}[2K` || text === `\r${ESC}[K` || /^\r +\r$/.test(text);
}

describe("progress on stderr", () => {
  test("several files, stderr a terminal: a progress line counting the files is drawn, then cleared", async () => {
    const run = await runCli([folder()], { isTTY: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("\r");
    expect(run.stderr).toMatch(/\d+\/4/);
    // The bar is wiped before the report, so the terminal shows no leftover line.
    expect(isLineClear(run.stderrWrites[run.stderrWrites.length - 1])).toBe(true);
  });

  test("several files, stderr not a terminal: nothing on stderr", async () => {
    const dir = folder();
    const piped = await runCli([dir], { isTTY: false });
    expect(piped.status).toBe(1);
    expect(piped.stderr).toBe("");
    const unset = await runCli([dir]);
    expect(unset.stderr).toBe("");
  });

  test("the report on stdout is the same with or without the progress bar", async () => {
    const dir = folder();
    const terminal = await runCli([dir], { isTTY: true });
    const piped = await runCli([dir], { isTTY: false });
    expect(terminal.stdout).toBe(piped.stdout);
    expect(terminal.stdout).not.toContain("\r");
  });

  test("--json never draws progress, even on a terminal", async () => {
    const run = await runCli(["--json", folder()], { isTTY: true });
    expect(run.stderr).toBe("");
    expect(parseReport(run.stdout).summary.files).toBe(4);
  });

  test("a large file on a terminal shows progress; piped it shows none", async () => {
    const file = await largeWorkbook();
    const terminal = await runCli([file], { isTTY: true });
    expect(terminal.status).toBe(0);
    expect(terminal.stderr).toContain("\r");
    expect(terminal.stderr).toMatch(/\d+\/1/);
    const piped = await runCli([file], { isTTY: false });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe("");
    expect(piped.stdout).toBe(terminal.stdout);
  }, 60_000);

  test("an unusable file's message is on a line of its own, not mixed into the bar", async () => {
    const dir = folder();
    const bad = join(dir, "e-broken.xlsx");
    writeText(bad, "broken");
    const run = await runCli([dir], { isTTY: true });
    expect(run.status).toBe(2);
    const message = run.stderrWrites.find((w) => w.includes(bad)) ?? "";
    expect(message).not.toContain("\r");
    expect(message.endsWith("\n")).toBe(true);
    // The bar was cleared right before the message.
    const at = run.stderrWrites.indexOf(message);
    expect(isLineClear(run.stderrWrites[at - 1])).toBe(true);
  });
});
