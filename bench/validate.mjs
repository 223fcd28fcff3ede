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
const { shownAmountInto, shownPercentInto } = require(`${CORE}/core/validate/shown.js`);
const { isNoteText, totalLabelKind } = require(`${CORE}/core/validate/engine.js`);
const { DuplicateIndex } = require(`${CORE}/core/validate/duplicates.js`);
const { isBlank, isErrorValue, readNumber } = require(`${CORE}/core/cells.js`);
const { cleanText } = require(`${CORE}/core/text.js`);
const { checkPairCells } = require(`${CORE}/core/pairing.js`);
const { resolveCategory } = require(`${CORE}/core/categories.js`);
const { programmeById } = require(`${CORE}/core/programmes.js`);
const { resolvePlace } = require(`${CORE}/core/places.js`);

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

const AMOUNT = 0;
const PERCENT = 1;

/**
 * Read one figure cell into `out` as the sheet shows it (value and rounding half-width);
 * false when it holds no number. Text that is no number counts a finding in `out.findings`.
 */
function figure(value, kind, out) {
  let number = value;
  let decimals = null;
  let percent = false;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    const reading = readNumber(value);
    if (!reading.ok) {
      if (reading.reason === "text" || reading.reason === "boolean") out.findings++;
      return false;
    }
    number = reading.value;
    decimals = reading.decimals;
    percent = reading.percent;
  }
  if (kind === PERCENT) shownPercentInto(out, number, decimals, percent, undefined, true);
  else {
    if (number < 0) out.findings++;
    shownAmountInto(out, number, decimals, undefined, false);
  }
  return true;
}

/**
 * The same checks as the engine, written by hand for exactly this sheet's columns (支援方, 受援方,
 * 项目名称, 项目类别, 计划资金, 已到位资金, 到位率(%), 占比(%)) and nothing else: each row is
 * tested for being blank, a note or a 合计 row; every cell for an error value; the four figures
 * for text and negatives, read as shown (value, rounding half-width) by the same core functions;
 * blank names; the pair and the category through the same core look-ups, each distinct text once;
 * arrived ≤ planned; the rate; the running sums against the 合计 row; the shares once the sum is
 * known (each row's, the 合计's and their own sum); duplicate rows in the same kind of index. It
 * counts findings rather than writing messages, so it is a floor for the engine, not a rival: the
 * ratio is the cost of the engine's generality (a plan per layout, one module per rule family).
 */
function handLoop(grid) {
  const table = programmeById("xinjiang-2010");
  const verdicts = new Map();
  // The row before's supporter and its verdicts, as the engine keeps them.
  let lastSupporter;
  let lastVerdicts;
  const categories = new Map();
  const duplicates = new DuplicateIndex();
  const shown = { value: 0, half: 0, decimals: 0, findings: 0 };
  // Per row: planned, its half-width, share, its half-width.
  const shares = new Float64Array(4 * grid.length);
  let count = 0;
  let findings = 0;
  let planned = 0;
  let plannedHalf = 0;
  let arrived = 0;
  let arrivedHalf = 0;
  let amounts = 0;
  let amountsHalf = 0;
  let sharesComplete = true;
  let rows = 0;
  let filledPlanned = 0;
  let filledArrived = 0;
  let missingPlanned = 0;
  let missingArrived = 0;
  for (let r = 2; r < grid.length; r++) {
    const row = grid[r];
    let first;
    for (let c = 0; c < row.length; c++)
      if (!isBlank(row[c])) {
        first = row[c];
        break;
      }
    if (first === undefined) continue;
    if (typeof first === "string" && isNoteText(first)) {
      let figures = false;
      for (let c = 4; c < 6; c++) if (readNumber(row[c]).ok) figures = true;
      if (!figures) break;
    }
    for (let c = 0; c < 8; c++) {
      const v = row[c];
      if (typeof v === "string" && v.charCodeAt(0) === 35 && isErrorValue(v)) findings++;
    }
    let total = false;
    for (let c = 0; c < 4; c++) {
      const v = row[c];
      if (typeof v === "string" && totalLabelKind(v) === "total") total = true;
    }
    // The four figures: present, value and half-width as shown.
    const hasP = figure(row[4], AMOUNT, shown);
    const pv = shown.value;
    const ph = shown.half;
    const hasA = figure(row[5], AMOUNT, shown);
    const av = shown.value;
    const ah = shown.half;
    const hasRate = figure(row[6], PERCENT, shown);
    const rv = shown.value;
    const rh = shown.half;
    const hasShare = figure(row[7], PERCENT, shown);
    const sv = shown.value;
    const sh = shown.half;
    findings += shown.findings;
    shown.findings = 0;
    if (hasRate && hasP && hasA) {
      const agreement =
        pv - ph <= 0
          ? rv === 0 && av === 0
            ? "exact"
            : "mismatch"
          : ratioAgreement(av, ah, pv, ph, rv, rh);
      if (agreement !== "exact") findings++;
    } else if (hasRate) {
      if (!hasP && isBlank(row[4])) missingPlanned++;
      if (!hasA && isBlank(row[5])) missingArrived++;
    }
    if (total) {
      if (hasP && sumAgreement(planned, plannedHalf, pv, ph) !== "exact") findings++;
      if (hasA && sumAgreement(arrived, arrivedHalf, av, ah) !== "exact") findings++;
      if (hasShare && Math.abs(sv - 100) > sh + 1e-9) findings++;
      planned = plannedHalf = arrived = arrivedHalf = 0;
      continue;
    }
    rows++;
    const supporter = row[0];
    const recipient = row[1];
    if (isBlank(supporter)) findings++;
    if (isBlank(recipient)) findings++;
    let bySupporter = supporter === lastSupporter ? lastVerdicts : verdicts.get(supporter);
    if (!bySupporter) verdicts.set(supporter, (bySupporter = new Map()));
    lastSupporter = supporter;
    lastVerdicts = bySupporter;
    let verdict = bySupporter.get(recipient);
    if (!verdict)
      bySupporter.set(recipient, (verdict = checkPairCells(table, supporter, recipient)));
    if (verdict.status !== "paired") findings++;
    const category = row[3];
    let c = categories.get(category);
    if (!c) categories.set(category, (c = resolveCategory(category)));
    if (c.kind === "unknown") findings++;
    if (hasA && hasP && av - ah > pv + ph + 1e-9) findings++;
    if (hasP) {
      filledPlanned++;
      planned += pv;
      plannedHalf += ph;
      amounts += pv;
      amountsHalf += ph;
      if (hasShare) {
        shares[count++] = pv;
        shares[count++] = ph;
        shares[count++] = sv;
        shares[count++] = sh;
      } else sharesComplete = false;
    } else if (hasShare && isBlank(row[4])) findings++;
    if (hasA) {
      filledArrived++;
      arrived += av;
      arrivedHalf += ah;
    }
    const project = row[2];
    duplicates.addTyped(
      String(project),
      duplicates.intern(cleanText(supporter)),
      duplicates.intern(cleanText(recipient)),
      r
    );
  }
  duplicates.repeats(() => findings++);
  // The shares need the sum of the amounts, known only at the end.
  let statedSum = 0;
  let statedHalf = 0;
  for (let i = 0; i < count; i += 4) {
    statedSum += shares[i + 2];
    statedHalf += shares[i + 3];
    if (
      shareAgreement(
        shares[i],
        shares[i + 1],
        amounts,
        amountsHalf,
        shares[i + 2],
        shares[i + 3]
      ) === "mismatch"
    )
      findings++;
  }
  if (count > 0 && sharesComplete && Math.abs(statedSum - 100) > statedHalf + 1e-9) findings++;
  // A blank part beside a stated rate is a gap only in a column filled in on most rows.
  if (2 * filledPlanned >= rows) findings += missingPlanned;
  if (2 * filledArrived >= rows) findings += missingArrived;
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

/**
 * Hostile names (issue 9): a 36 KB column of distinct random 40-character unknown names, each
 * looked up with its suggestions. Before the suggestions were bounded, one such name cost 0.6 s.
 */
export function benchHostileNames() {
  const chars =
    "新疆伊犁哈萨克自治州阿克苏喀什和田县市区乡镇团师兵疏勒莎车叶城英吉沙巴楚麦盖提岳普湖泽普塔城勒泰";
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return chars[seed % chars.length];
  };
  const names = Array.from(
    { length: 300 },
    (_, i) => `${i}${Array.from({ length: 40 }, next).join("")}`
  );
  let suggestions = 0;
  const ms = time(() => {
    for (const name of names) {
      const r = resolvePlace(name);
      if (r.kind === "unknown") suggestions += r.suggestions.length;
    }
  });
  return { names: names.length, bytes: Buffer.byteLength(names.join("\n")), ms, suggestions };
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
  const h = benchHostileNames();
  console.log(
    `hostile names: ${h.names} distinct long unknown names (${h.bytes.toLocaleString("en")} bytes): ${h.ms.toFixed(0)} ms, ${(h.ms / h.names).toFixed(2)} ms a name, ${h.suggestions} suggestions`
  );
}
