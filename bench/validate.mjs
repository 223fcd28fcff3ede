/**
 * Benchmark: the core validates a generated 100,000-row, 8-column project sheet
 * with every rule on. Prints the median of several runs and rows per second,
 * beside a plain loop over the same cells for scale.
 */
import { createRequire } from "node:module";
import { generateSheet } from "./sheet.mjs";

const require = createRequire(import.meta.url);
const { validateGrid } = require("../dist/cli/core/validate/index.js");

const ROWS = 100_000;
const RUNS = 9;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

export function benchValidate() {
  const grid = generateSheet(ROWS);
  let report;
  for (let i = 0; i < 2; i++) report = validateGrid(grid); // warm-up
  const validateMs = median(
    Array.from({ length: RUNS }, () => time(() => (report = validateGrid(grid))))
  );
  let sink = 0;
  const loopMs = median(
    Array.from({ length: RUNS }, () =>
      time(() => {
        for (const row of grid) for (const cell of row) if (typeof cell === "number") sink += cell;
      })
    )
  );
  return {
    rows: ROWS,
    columns: grid[1].length,
    validateMs,
    rowsPerSecond: Math.round(ROWS / (validateMs / 1000)),
    plainLoopRowsPerSecond: Math.round(ROWS / (loopMs / 1000)),
    findings: report.findings.length,
    sink: sink > 0,
  };
}
