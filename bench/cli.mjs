/**
 * Benchmark: aid-check on a 100,000-row .xlsx against a bare SAX pass over the
 * same sheet's inflated XML and against a bare exceljs read of the file (each in
 * its own process, alternating, median of five), and the peak memory of
 * aid-check on 100,000 and 1,000,000 rows to show it stays bounded.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSheetXlsx } from "./sheet.mjs";

function run(mode, file) {
  const out = execFileSync(
    process.execPath,
    [new URL("./xlsx-child.mjs", import.meta.url).pathname, mode, file],
    { encoding: "utf8" }
  );
  return JSON.parse(out);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchCli() {
  const dir = mkdtempSync(join(tmpdir(), "aid-bench-"));
  try {
    const file = join(dir, "100k.xlsx");
    await writeSheetXlsx(file, 100_000);
    const sax = [];
    const exceljs = [];
    const check = [];
    // Interleaved, so a busy machine slows each kind of run alike.
    for (let i = 0; i < 5; i++) {
      sax.push(run("sax", file));
      check.push(run("aid-check", file));
      if (i < 3) exceljs.push(run("exceljs", file));
    }
    const big = join(dir, "1m.xlsx");
    await writeSheetXlsx(big, 1_000_000);
    const bigCheck = run("aid-check", big);
    const saxMs = median(sax.map((r) => r.ms));
    const exceljsMs = median(exceljs.map((r) => r.ms));
    const checkMs = median(check.map((r) => r.ms));
    return {
      fileMB: statSync(file).size / 1e6,
      saxPassMs: saxMs,
      exceljsReadMs: exceljsMs,
      aidCheckMs: checkMs,
      ratioToSax: checkMs / saxMs,
      ratio: checkMs / exceljsMs,
      saxMaxRssMB: median(sax.map((r) => r.maxRssMB)),
      exceljsMaxRssMB: median(exceljs.map((r) => r.maxRssMB)),
      aidCheckMaxRssMB: median(check.map((r) => r.maxRssMB)),
      bigFileMB: statSync(big).size / 1e6,
      aidCheck1mMaxRssMB: bigCheck.maxRssMB,
      aidCheck1mMs: bigCheck.ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
