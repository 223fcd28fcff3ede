/**
 * The progress bar: on stderr only when stderr is a terminal, never in --json
 * mode, and it never changes what goes to stdout.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { textWidth } from "../../src/cli/layout";
import { Progress } from "../../src/cli/progress";
import { cliText } from "../../src/cli/text";
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

/** A terminal stand-in: records each write. */
function fakeTerminal(columns?: number): {
  isTTY: true;
  columns?: number;
  writes: string[];
  write(t: string): void;
} {
  const writes: string[] = [];
  return { isTTY: true, columns, writes, write: (t: string) => void writes.push(t) };
}

/** A clock that moves a second at each reading, so every change is drawn. */
function ticking(): () => number {
  let t = 0;
  return () => (t += 1000);
}

/** The percentage each drawn bar shows. */
function percentages(writes: readonly string[]): number[] {
  return writes.flatMap((w) => {
    const m = /(\d+)% /.exec(w);
    return m ? [Number(m[1])] : [];
  });
}

describe("the bar counts bytes, not only files", () => {
  test("a large first file moves the bar while it is read, by its share of the bytes", () => {
    const sink = fakeTerminal();
    // One file of 3 MB, then three of 10 KB.
    const progress = new Progress(
      sink,
      [3e6, 1e4, 1e4, 1e4],
      cliText("zh-CN").progress,
      true,
      ticking()
    );
    progress.start(0);
    progress.addRows(5000);
    progress.addBytes(0, 256 * 1024);
    progress.addBytes(0, 256 * 1024);
    const reading = percentages(sink.writes);
    // Still 0 of 4 files done, yet the bar has moved, and keeps moving.
    expect(sink.writes[sink.writes.length - 1]).toContain("0/4");
    expect(reading[reading.length - 1]).toBeGreaterThan(0);
    expect(reading[reading.length - 1]).toBeGreaterThan(reading[reading.length - 2]);
    progress.fileDone(0);
    // The large file is nearly all of the work: done, it fills the bar almost to the end.
    expect(percentages(sink.writes).pop()).toBe(99);
    for (const i of [1, 2, 3]) {
      progress.start(i);
      progress.fileDone(i);
    }
    expect(percentages(sink.writes).pop()).toBe(100);
  });

  test("a file being read never shows as done before it is", () => {
    const sink = fakeTerminal();
    const progress = new Progress(sink, [1000], cliText("en").progress, true, ticking());
    progress.start(0);
    progress.addBytes(0, 1_000_000);
    expect(percentages(sink.writes).pop()).toBeLessThan(100);
    progress.fileDone(0);
    expect(percentages(sink.writes).pop()).toBe(100);
  });

  test("the bar fits the terminal's width, so \\r redraws the whole of it", () => {
    const sink = fakeTerminal(36);
    const progress = new Progress(sink, [10, 10], cliText("zh-CN").progress, true, ticking());
    progress.start(0);
    progress.addRows(123_456);
    for (const w of sink.writes)
      expect(textWidth(w.replace(`\r${ESC}[2K`, ""))).toBeLessThanOrEqual(35);
  });

  test("through aid-check: a large first file in a folder moves the bar before any file is done", async () => {
    const dir = join(tmp(), "batch");
    mkdirSync(dir);
    const large = await largeWorkbook();
    copyFileSync(large, join(dir, "a-large.xlsx"));
    copyFileSync(CLEAN, join(dir, "b.xlsx"));
    const run = await runCli(["-j", "1", dir], { isTTY: true, hooks: { now: ticking() } });
    expect(run.status).toBe(0);
    const beforeFirstDone = run.stderrWrites.slice(
      0,
      run.stderrWrites.findIndex((w) => w.includes("1/2"))
    );
    expect(Math.max(...percentages(beforeFirstDone))).toBeGreaterThan(0);
  }, 60_000);

  test("through aid-check on worker threads: the workers' bytes move the bar before any file is done", async () => {
    const dir = join(tmp(), "pooled");
    mkdirSync(dir);
    const large = await largeWorkbook();
    copyFileSync(large, join(dir, "a-large.xlsx"));
    copyFileSync(large, join(dir, "b-large.xlsx"));
    const run = await runCli(["-j", "2", dir], { isTTY: true, hooks: { now: ticking() } });
    expect(run.status).toBe(0);
    const firstDone = run.stderrWrites.findIndex((w) => w.includes("1/2"));
    expect(firstDone).toBeGreaterThan(0);
    const before = percentages(run.stderrWrites.slice(0, firstDone));
    expect(Math.max(...before)).toBeGreaterThan(0);
    // A file being read is never shown as more than its share: both unfinished stay under 100%.
    expect(Math.max(...before)).toBeLessThan(100);
  }, 120_000);
});
