/**
 * Folder checking on all cores: the built aid-check over 200 small workbooks and over 8 large
 * ones, with `--jobs 1` (one after another in the main thread) and with the default pool,
 * timed as whole commands in the same run, so the speed-up is measured on this machine.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSheetXlsx } from "./sheet.mjs";

const BIN = fileURLToPath(new URL("../bin/aid-check.js", import.meta.url));

/** Make a folder of `count` copies of a generated workbook of `rows` projects. */
async function makeFolder(count, rows) {
  const dir = mkdtempSync(join(tmpdir(), "aid-bench-folder-"));
  const first = join(dir, "县000.xlsx");
  await writeSheetXlsx(first, rows);
  for (let i = 1; i < count; i++)
    copyFileSync(first, join(dir, `县${String(i).padStart(3, "0")}.xlsx`));
  return dir;
}

/** Time one aid-check command over `dir` (median of `runs`), in ms. */
function timeCheck(dir, extra, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, [BIN, "--json", ...extra, dir], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`aid-check exited ${run.status}: ${run.stderr.slice(0, 300)}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Measure sequential and pooled checking of 200 small and 8 large workbooks. */
export async function benchFolders() {
  const cases = [
    { label: "200 small workbooks (50 rows)", count: 200, rows: 50, runs: 3 },
    { label: "8 large workbooks (50,000 rows)", count: 8, rows: 50_000, runs: 1 },
  ];
  const results = [];
  for (const c of cases) {
    const dir = await makeFolder(c.count, c.rows);
    try {
      const sequentialMs = timeCheck(dir, ["--jobs", "1"], c.runs);
      const pooledMs = timeCheck(dir, [], c.runs);
      results.push({ label: c.label, sequentialMs, pooledMs, speedUp: sequentialMs / pooledMs });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { cores: availableParallelism(), results };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchFolders();
  for (const x of r.results)
    console.log(
      `${x.label}: --jobs 1 ${x.sequentialMs.toFixed(0)} ms, pool ${x.pooledMs.toFixed(0)} ms, ${x.speedUp.toFixed(2)}× on ${r.cores} cores`
    );
}
