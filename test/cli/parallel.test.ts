/**
 * A folder checked on worker threads gives exactly what a check one file after
 * another gives: the same human report, stderr lines, exit status, JSON and
 * summary workbook, in the same order. A worker that dies, throws or runs out
 * of memory turns its file into a "could not check" entry, never an abort; a
 * worker that cannot start leaves the files to the main thread.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { FileReport } from "../../src/cli/check";
import { checkInWorkers, planWorkers } from "../../src/cli/pool";
import {
  CLEAN,
  lines,
  MISTAKES,
  parseReport,
  PUBLISHED,
  runCli,
  STACK_LINE,
  useTempDir,
} from "./helpers";
import { EXAMPLES, mutate, mutation, SEED } from "./mutation";

const tmp = useTempDir();
const WORKERS = join(__dirname, "workers");

/** A folder an office might receive: good and bad workbooks, damaged ones, a .csv, a link to a folder. */
function mixedFolder(): string {
  const dir = join(tmp(), "收到的报表");
  mkdirSync(join(dir, "喀什"), { recursive: true });
  copyFileSync(CLEAN, join(dir, "01-clean.xlsx"));
  copyFileSync(MISTAKES, join(dir, "02-mistakes.xlsx"));
  copyFileSync(PUBLISHED, join(dir, "喀什", "03-published.xlsx"));
  copyFileSync(MISTAKES, join(dir, "喀什", "04-mistakes.xlsx"));
  writeFileSync(join(dir, "05-text.xlsx"), "序号,支援方\n1,江苏\n");
  writeFileSync(join(dir, "06-truncated.xlsx"), EXAMPLES[1].subarray(0, 3000));
  writeFileSync(join(dir, "07-汇总.csv"), "a,b\n1,2\n");
  symlinkSync(join(dir, "喀什"), join(dir, "08-link"));
  const cases = fc.sample(fc.tuple(fc.integer({ min: 0, max: EXAMPLES.length - 1 }), mutation), {
    seed: SEED,
    numRuns: 10,
  });
  cases.forEach(([which, m], i) =>
    writeFileSync(join(dir, `m${String(i).padStart(2, "0")}.xlsx`), mutate(EXAMPLES[which], m))
  );
  return dir;
}

/** Every sheet's cells of a written summary workbook, without the line saying when it was made. */
async function workbookCells(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow((row) => {
      const values = JSON.stringify(row.values);
      if (!/生成时间|Made /.test(values)) rows.push(values);
    });
    return { name: ws.name, rows };
  });
}

describe("checked on workers or one after another, the results are the same", () => {
  test("human report, stderr and exit status", async () => {
    const dir = mixedFolder();
    const one = await runCli(["--jobs", "1", dir]);
    const two = await runCli(["--jobs", "2", dir]);
    expect(one.status).toBe(2);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    // And the stand-ins were really read: findings and refusals both appear.
    expect(one.stdout).toContain("非对口关系");
    expect(one.stderr).toContain("06-truncated.xlsx");
    expect(two.stderr).not.toMatch(STACK_LINE);
  }, 120_000);

  test("JSON in English, and the run that decides by itself (a folder of this size goes to workers)", async () => {
    const dir = mixedFolder();
    const one = await runCli(["--json", "--lang", "en", "-j", "1", dir]);
    const auto = await runCli(["--json", "--lang", "en", dir]);
    expect(auto.stdout).toBe(one.stdout);
    expect(auto.status).toBe(one.status);
    const report = parseReport(one.stdout);
    expect(report.files.length).toBeGreaterThanOrEqual(17);
    expect(report.files.map((f) => f.file)).toEqual(
      [...report.files.map((f) => f.file)].sort((a, b) => a.localeCompare(b))
    );
  }, 120_000);

  test("the summary workbook, with its not-checked sheet", async () => {
    const dir = mixedFolder();
    const a = join(tmp(), "一.xlsx");
    const b = join(tmp(), "二.xlsx");
    const one = await runCli(["-j", "1", "--report", a, dir]);
    const two = await runCli(["-j", "2", "--report", b, dir]);
    expect(two.status).toBe(one.status);
    const cells = await workbookCells(a);
    expect(await workbookCells(b)).toEqual(cells);
    expect(JSON.stringify(cells)).toContain("06-truncated.xlsx");
  }, 120_000);
});

describe("the pool", () => {
  test("aid-check's own worker starts (here from the sources) and checks each file once", async () => {
    const files = [CLEAN, MISTAKES, PUBLISHED, MISTAKES];
    const reports: [number, FileReport][] = [];
    const rows = new Map<number, number>();
    const left = await checkInWorkers(
      files.map((file, index) => ({ index, file })),
      { locale: "zh-CN" },
      { workers: 2 },
      {
        onRows: (index, n) => rows.set(index, (rows.get(index) ?? 0) + n),
        onReport: (index, report) => reports.push([index, report]),
      }
    );
    // None left over for the main thread: the workers really ran.
    expect(left).toEqual([]);
    expect(reports.map(([index]) => index).sort()).toEqual([0, 1, 2, 3]);
    for (const [index, report] of reports) {
      expect(report.file).toBe(files[index]);
      expect(report.error).toBeUndefined();
      expect(report.sheets.length).toBeGreaterThan(0);
      expect(rows.get(index)).toBeGreaterThan(0);
    }
  }, 60_000);
});

describe("a worker in trouble costs only its file", () => {
  test("a worker that exits, throws or runs out of memory: that file is not checked, the others are", async () => {
    const dir = join(tmp(), "batch");
    mkdirSync(dir);
    for (const name of ["a.xlsx", "b-exit.xlsx", "c.xlsx", "d-throw.xlsx", "e-oom.xlsx", "f.xlsx"])
      copyFileSync(CLEAN, join(dir, name));
    const hooks = {
      pool: {
        script: join(WORKERS, "misbehaving.js"),
        resourceLimits: { maxOldGenerationSizeMb: 32 },
      },
    };
    const json = await runCli(["--json", "-j", "2", dir], { hooks });
    expect(json.status).toBe(2);
    const report = parseReport(json.stdout);
    expect(report.files.map((f) => [f.file.slice(dir.length + 1), f.error ?? "checked"])).toEqual([
      ["a.xlsx", "checked"],
      ["b-exit.xlsx", "crashed"],
      ["c.xlsx", "checked"],
      ["d-throw.xlsx", "crashed"],
      ["e-oom.xlsx", "crashed"],
      ["f.xlsx", "checked"],
    ]);
    expect(report.files[4]).toMatchObject({ reason: "out-of-memory" });
    expect(report.files[3]).toMatchObject({ reason: "stopped", detail: "parser blew up" });
    expect(json.stderr).not.toMatch(STACK_LINE);

    const human = await runCli(["-j", "2", dir], { hooks });
    expect(human.status).toBe(2);
    const errors = lines(human.stderr);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain("b-exit.xlsx");
    expect(errors[2]).toMatch(/e-oom\.xlsx.*内存不足/);
    expect(human.stdout).toMatch(/未核对的文件（3 个）/);
  }, 120_000);

  test("a worker that cannot start: the files are checked in this thread, with the same results", async () => {
    const dir = join(tmp(), "batch");
    mkdirSync(dir);
    copyFileSync(CLEAN, join(dir, "a.xlsx"));
    copyFileSync(MISTAKES, join(dir, "b.xlsx"));
    const one = await runCli(["-j", "1", dir]);
    const broken = await runCli(["-j", "2", dir], {
      hooks: { pool: { script: join(WORKERS, "broken-start.js") } },
    });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe(one.stdout);
    expect(broken.stderr).toBe("");
  }, 60_000);
});

describe("when workers pay", () => {
  test("one small file, or a few, stays in this thread; many files or much data use the cores", () => {
    expect(planWorkers(undefined, [20_000])).toBe(1);
    expect(planWorkers(undefined, [20_000, 30_000, 25_000])).toBe(1);
    const cores = availableParallelism();
    expect(planWorkers(undefined, new Array(200).fill(20_000))).toBe(cores);
    expect(planWorkers(undefined, [40e6, 40e6])).toBe(Math.min(cores, 2));
  });

  test("--jobs decides, never more workers than files", () => {
    expect(planWorkers(1, new Array(50).fill(1e6))).toBe(1);
    expect(planWorkers(4, [1, 2])).toBe(2);
    expect(planWorkers(3, [1])).toBe(1);
  });

  test("--jobs takes a whole number from 1 to 64", async () => {
    for (const bad of ["0", "x", "1.5", "65"]) {
      const run = await runCli(["--jobs", bad, CLEAN]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("--jobs 应为 1 到 64 之间的整数");
    }
  });
});
