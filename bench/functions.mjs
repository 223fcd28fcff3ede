/**
 * Benchmark: AID.RATE, AID.PAIRED and AID.NORMALIZE over a 10,000-cell column,
 * called the way the custom-functions runtime calls them (one array of rows per
 * argument), against a bare loop of the same work.
 *
 * The bare loop is the floor the functions layer is measured against. For each of
 * the same 10,000 input rows it calls the core function the AID function wraps,
 * directly, on the row's values: core/figures `rate(planned, done)`,
 * core/cell-functions `pairedIn(table, supporter, recipient)` and
 * core/cell-functions `normalizeNames(name)`; and it puts each outcome in a one-cell
 * row of a new 10,000-row result, the matrix Excel needs back. It does none of the
 * functions layer's own work: no reading of runtime values (data types, errors,
 * empty cells), no broadcasting or shape checks, no 0-as-empty rule, no Excel error
 * objects or messages for Problems. Both sides run the same warm-up (as Excel
 * recalculates a sheet many times), so the core's memos and the JIT are equally warm;
 * the ratio is the price of the layer. Each figure is the best of 41 alternating runs
 * (the least disturbed by other work on the machine).
 * `flatRatio` compares with the same loop writing into one preallocated flat array
 * instead of result rows, for scale.
 *
 * src/functions is not part of the aid-check build, so this transpiles src/ to
 * CommonJS in a temporary folder first (TypeScript's transpileModule, no type check).
 */
import { createRequire } from "node:module";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ts = require("typescript");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CELLS = 10_000;
const WARM_UP = 40;
const RUNS = 41;

/** Transpile the folders the functions need into `out`, keeping the tree so relative imports resolve. */
function transpile(out) {
  for (const folder of ["src/core", "src/data", "src/functions", "src/excel"]) {
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts")) {
          const { outputText } = ts.transpileModule(readFileSync(path, "utf8"), {
            compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
          });
          const target = join(out, relative(ROOT, path)).replace(/\.ts$/, ".js");
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, outputText);
        }
      }
    };
    walk(join(ROOT, folder));
  }
}

/** The runtime's CustomFunctions global, reduced to what AID uses (as in test/support). */
function installCustomFunctions() {
  class CustomFunctionsError {
    constructor(code, message) {
      this.code = code;
      this.message = message;
    }
  }
  globalThis.CustomFunctions = { Error: CustomFunctionsError, associate: () => undefined };
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Best times of the lifted call, the bare loop and the flat loop, alternating so all see the same machine. */
function compare(lifted, bare, flat) {
  for (let i = 0; i < WARM_UP; i++) {
    lifted();
    bare();
    flat();
  }
  const liftedMs = [];
  const bareMs = [];
  const flatMs = [];
  for (let i = 0; i < RUNS; i++) {
    liftedMs.push(time(lifted));
    bareMs.push(time(bare));
    flatMs.push(time(flat));
  }
  const l = Math.min(...liftedMs);
  const b = Math.min(...bareMs);
  const f = Math.min(...flatMs);
  return { liftedMs: l, bareMs: b, ratio: l / b, flatMs: f, flatRatio: l / f };
}

/** The bare loop: the core outcome of each input row, each in a one-cell result row. */
function bareRows(outcome) {
  const result = new Array(CELLS);
  for (let i = 0; i < CELLS; i++) result[i] = [outcome(i)];
  return result;
}

/** Column inputs of a project sheet: mostly figures, a few blank rows and zero plans. */
function rateColumns() {
  const planned = [];
  const done = [];
  for (let i = 0; i < CELLS; i++) {
    if (i % 200 === 199) {
      planned.push([""]);
      done.push([""]);
      continue;
    }
    const p = i % 997 === 996 ? 0 : 1 + ((i * 7919) % 500);
    planned.push([p]);
    done.push([Math.floor((p * ((i * 31) % 101)) / 100)]);
  }
  return { planned, done };
}

/** Supporter/recipient columns from the official table, in official and short forms, with some wrong pairs, unknown names and blanks. */
function pairColumns(table, suffixFreeForms) {
  const supporter = [];
  const recipient = [];
  const pairs = table.pairs;
  for (let i = 0; i < CELLS; i++) {
    const pair = pairs[i % pairs.length];
    let s = pair.supporter;
    let r = pair.recipient;
    if (i % 3 === 1) s = suffixFreeForms(s)[0] ?? s;
    if (i % 4 === 2) r = suffixFreeForms(r)[0] ?? r;
    if (i % 50 === 49) r = pairs[(i * 13) % pairs.length].recipient;
    if (i % 100 === 77) s = "火星省";
    if (i % 200 === 199) s = r = "";
    supporter.push([s]);
    recipient.push([r]);
  }
  return { supporter, recipient };
}

/** Place names as typed: official, former and short names of every place, with ambiguous and unknown ones mixed in. */
function nameColumn(places) {
  const forms = [];
  for (const p of places) {
    forms.push(p.name);
    for (const f of p.formerNames ?? []) forms.push(f.name);
    for (const a of p.aliases ?? []) forms.push(a.name);
  }
  const column = [];
  for (let i = 0; i < CELLS; i++) {
    if (i % 100 === 41) column.push(["喀什"]);
    else if (i % 100 === 83) column.push(["火星县"]);
    else if (i % 200 === 199) column.push([""]);
    else column.push([forms[(i * 7) % forms.length]]);
  }
  return column;
}

export function benchFunctions() {
  const out = mkdtempSync(join(tmpdir(), "aid-bench-functions-"));
  try {
    transpile(out);
    installCustomFunctions();
    const load = (path) => require(join(out, path));
    const fns = load("src/functions/functions.js");
    const { rate } = load("src/core/figures.js");
    const { pairedIn, normalizeNames } = load("src/core/cell-functions.js");
    const { programmeById } = load("src/core/programmes.js");
    const { suffixFreeForms } = load("src/core/places.js");
    const { PLACES } = load("src/data/places.js");
    const table = programmeById("xinjiang-2010");
    const results = new Array(CELLS);

    const { planned, done } = rateColumns();
    const rateFigures = compare(
      () => fns.rate(planned, done),
      () => bareRows((i) => rate(planned[i][0], done[i][0])),
      () => {
        for (let i = 0; i < CELLS; i++) results[i] = rate(planned[i][0], done[i][0]);
      }
    );

    const { supporter, recipient } = pairColumns(table, suffixFreeForms);
    const pairedFigures = compare(
      () => fns.paired(supporter, recipient),
      () => bareRows((i) => pairedIn(table, supporter[i][0], recipient[i][0])),
      () => {
        for (let i = 0; i < CELLS; i++)
          results[i] = pairedIn(table, supporter[i][0], recipient[i][0]);
      }
    );

    const names = nameColumn(PLACES);
    const normalizeFigures = compare(
      () => fns.normalize(names),
      () => bareRows((i) => normalizeNames(names[i][0])),
      () => {
        for (let i = 0; i < CELLS; i++) results[i] = normalizeNames(names[i][0]);
      }
    );

    return {
      cells: CELLS,
      rate: rateFigures,
      paired: pairedFigures,
      normalize: normalizeFigures,
      limit: 2,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// Run on its own: node bench/functions.mjs
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(benchFunctions(), null, 2));
}
