/**
 * Benchmark: aid-check on a 100,000-row .xlsx against a bare exceljs read of the
 * same file (each in its own process, alternating, median of three), and the peak
 * memory of aid-check on 100,000 and 300,000 rows to show it stays bounded.
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
    const bare = [];
    const check = [];
    for (let i = 0; i < 3; i++) {
      bare.push(run("exceljs", file));
      check.push(run("aid-check", file));
    }
    const big = join(dir, "300k.xlsx");
    await writeSheetXlsx(big, 300_000);
    const bigCheck = run("aid-check", big);
    const bareMs = median(bare.map((r) => r.ms));
    const checkMs = median(check.map((r) => r.ms));
    return {
      fileMB: statSync(file).size / 1e6,
      exceljsReadMs: bareMs,
      aidCheckMs: checkMs,
      ratio: checkMs / bareMs,
      exceljsMaxRssMB: median(bare.map((r) => r.maxRssMB)),
      aidCheckMaxRssMB: median(check.map((r) => r.maxRssMB)),
      aidCheck300kMaxRssMB: bigCheck.maxRssMB,
      aidCheck300kMs: bigCheck.ms,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
