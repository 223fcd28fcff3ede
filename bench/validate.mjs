/**
 * Benchmark: the core validates a generated 100,000-row, 8-column project sheet
 * with every rule on. Prints the median of several runs and rows per second,
 * beside a hand-written loop of the same checks on the same cells (the cost of the
 * engine's generality) and a plain loop over the cells for scale.
 *
 * `node bench/validate.mjs` runs it alone (after `npm run build`); AID_CORE names
 * another build of the core (a folder holding core/validate/index.js).
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { generateSheet } from "./sheet.mjs";

const require = createRequire(import.meta.url);
const CORE = process.env.AID_CORE ?? "../dist/cli";
const { validateGrid } = require(`${CORE}/core/validate/index.js`);
const { ratioAgreement, shareAgreement, sumAgreement } = require(
  `${CORE}/core/validate/rounding.js`
);
const { checkPairCells } = require(`${CORE}/core/pairing.js`);
const { resolveCategory } = require(`${CORE}/core/categories.js`);
const { programmeById } = require(`${CORE}/core/programmes.js`);

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

/** Decimals of a plain number as General shows it (the generated sheet has no formats). */
function decimalsOf(value) {
  if (Number.isInteger(value)) return 0;
  let scaled = Math.abs(value);
  for (let d = 1; d <= 10; d++) {
    scaled *= 10;
    if (Math.abs(scaled - Math.round(scaled)) <= 1e-12 * Math.max(1, scaled)) return d;
  }
  return 10;
}

/**
 * The same checks as the engine, written by hand for exactly this sheet's columns (支援方, 受援方,
 * 项目名称, 项目类别, 计划资金, 已到位资金, 到位率, 占比): pairs and categories through the same core
 * look-ups with the same caches, numbers and negatives, arrived ≤ planned, the rate and the total with
 * the same rounding reasoning, the shares once the sum is known, duplicate rows. It counts findings
 * rather than writing messages, so it is a floor the engine cannot reach, not a rival.
 */
function handLoop(grid) {
  const table = programmeById("xinjiang-2010");
  const verdicts = new Map();
  const categories = new Map();
  const seen = new Map();
  let findings = 0;
  let planned = 0;
  let plannedHalf = 0;
  let arrived = 0;
  let arrivedHalf = 0;
  const shares = [];
  for (let r = 2; r < grid.length; r++) {
    const row = grid[r];
    const [supporter, recipient, project, category, p, a, rate, share] = row;
    if (supporter === "合计") {
      if (sumAgreement(planned, plannedHalf, p, 0) !== "exact") findings++;
      if (sumAgreement(arrived, arrivedHalf, a, 0) !== "exact") findings++;
      continue;
    }
    const key = `${supporter}\u0001${recipient}`;
    let verdict = verdicts.get(key);
    if (!verdict) verdicts.set(key, (verdict = checkPairCells(table, supporter, recipient)));
    if (verdict.status !== "paired") findings++;
    let c = categories.get(category);
    if (!c) categories.set(category, (c = resolveCategory(category)));
    if (c.kind === "unknown") findings++;
    if (typeof p !== "number" || typeof a !== "number" || typeof rate !== "number") continue;
    if (p < 0 || a < 0) findings++;
    if (a > p) findings++;
    const rateHalf = 0.5 / 10 ** decimalsOf(rate);
    if (ratioAgreement(a, 0, p, 0, rate, rateHalf) !== "exact") findings++;
    planned += p;
    arrived += a;
    shares.push(p, share, 0.5 / 10 ** decimalsOf(share));
    const dup = `${project}\u0001${supporter}\u0001${recipient}`;
    if (seen.has(dup)) findings++;
    else seen.set(dup, r);
  }
  for (let i = 0; i < shares.length; i += 3)
    if (shareAgreement(shares[i], 0, planned, 0, shares[i + 1], shares[i + 2]) === "mismatch")
      findings++;
  return findings;
}

export function benchValidate() {
  const grid = generateSheet(ROWS);
  let report;
  let handFindings = 0;
  for (let i = 0; i < 2; i++) {
    report = validateGrid(grid); // warm-up
    handFindings = handLoop(grid);
  }
  // Interleaved, so both see the same load on a shared machine.
  const engine = [];
  const hand = [];
  for (let i = 0; i < RUNS; i++) {
    engine.push(time(() => (report = validateGrid(grid))));
    hand.push(time(() => (handFindings = handLoop(grid))));
  }
  const validateMs = median(engine);
  const handMs = median(hand);
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
    handLoopMs: handMs,
    handLoopRowsPerSecond: Math.round(ROWS / (handMs / 1000)),
    ratioToHandLoop: validateMs / handMs,
    plainLoopRowsPerSecond: Math.round(ROWS / (loopMs / 1000)),
    findings: report.findings.length,
    handLoopFindings: handFindings,
    sink: sink > 0,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const v = benchValidate();
  console.log(
    `core: validate ${v.rows.toLocaleString("en")} rows × ${v.columns} columns: ${v.validateMs.toFixed(0)} ms, ${v.rowsPerSecond.toLocaleString("en")} rows/s (target 2,000,000)`
  );
  console.log(
    `hand-written loop of the same checks: ${v.handLoopMs.toFixed(0)} ms, ${v.handLoopRowsPerSecond.toLocaleString("en")} rows/s; engine ÷ hand loop ${v.ratioToHandLoop.toFixed(2)}×`
  );
  console.log(`plain loop over the cells: ${v.plainLoopRowsPerSecond.toLocaleString("en")} rows/s`);
  console.log(`findings: engine ${v.findings}, hand loop ${v.handLoopFindings}`);
}
