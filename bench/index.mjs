/**
 * `npm run bench`: build what is measured, then print each figure the issues ask for.
 * Benchmarks measure; they never fail the tests (limits are reported beside the figures).
 */
import { benchValidate } from "./validate.mjs";
import { benchCli } from "./cli.mjs";
import { benchFolders } from "./folders.mjs";
import { benchPaneBundle, benchWorkbench } from "./browser.mjs";
import { benchFunctions } from "./functions.mjs";
import { benchNames } from "./names.mjs";

const line = (label, value) => console.log(`${label.padEnd(52)} ${value}`);

console.log("AID benchmarks / 性能基准\n");

const v = benchValidate();
line(
  "core: validate 100,000 rows × 8 columns (median)",
  `${v.validateMs.toFixed(0)} ms  (limit: well under 1000 ms)`
);
line("core: rows per second", `${v.rowsPerSecond.toLocaleString("en")} rows/s`);
line(
  "hand-written loop of the same checks (same run)",
  `${v.handLoopRowsPerSecond.toLocaleString("en")} rows/s; engine ${v.ratioToHandLoop.toFixed(2)}× its time`
);
line(
  "plain loop over the same cells, for scale",
  `${v.plainLoopRowsPerSecond.toLocaleString("en")} rows/s`
);
line("findings on the generated sheet", v.findings);

const fx = benchFunctions();
for (const [name, figures] of [
  ["AID.RATE", fx.rate],
  ["AID.PAIRED", fx.paired],
  ["AID.NORMALIZE", fx.normalize],
])
  line(
    `${name}, ${fx.cells.toLocaleString("en")} cells, vs a bare core loop`,
    `${figures.liftedMs.toFixed(2)} ms vs ${figures.bareMs.toFixed(2)} ms, ${figures.ratio.toFixed(2)}× (limit: ${fx.limit}×; vs a flat-array loop ${figures.flatRatio.toFixed(2)}×)`
  );

const n = await benchNames();
line(
  "names: distinct long unknown name (2,000 chars)",
  `${n.longUnknownMs.toFixed(2)} ms each (before issue 9: about 600 ms)`
);
line("names: the same two joined with 和 in one cell", `${n.longCellMs.toFixed(2)} ms each`);
line("names: distinct short unknown name", `${n.shortUnknownMs.toFixed(3)} ms each`);
line("names: distinct traditional-character name", `${n.traditionalMs.toFixed(3)} ms each`);
line("names: a known name again (memo hit)", `${n.knownUs.toFixed(2)} µs each`);
line("categories: distinct long unknown text", `${n.longCategoryMs.toFixed(2)} ms each`);

const c = await benchCli();
line(
  `aid-check vs bare exceljs read, 100,000 rows (${c.fileMB.toFixed(1)} MB)`,
  `${c.aidCheckMs.toFixed(0)} ms vs ${c.exceljsReadMs.toFixed(0)} ms`
);
line("ratio aid-check / exceljs read", `${c.ratio.toFixed(2)}×  (limit: 1.5×)`);
line(
  "aid-check vs bare SAX pass over the inflated sheet XML",
  `${c.aidCheckMs.toFixed(0)} ms vs ${c.saxPassMs.toFixed(0)} ms: ${c.ratioToSax.toFixed(2)}×  (target: 1.2×)`
);
line(
  "peak memory: SAX pass / exceljs read / aid-check, 100,000 rows",
  `${c.saxMaxRssMB.toFixed(0)} MB / ${c.exceljsMaxRssMB.toFixed(0)} MB / ${c.aidCheckMaxRssMB.toFixed(0)} MB`
);
line(
  `peak memory: aid-check, 1,000,000 rows (${c.bigFileMB.toFixed(0)} MB)`,
  `${c.aidCheck1mMaxRssMB.toFixed(0)} MB (${c.aidCheck1mMs.toFixed(0)} ms)`
);

const f = await benchFolders();
for (const x of f.results)
  line(
    `folder: ${x.label}`,
    `--jobs 1 ${x.sequentialMs.toFixed(0)} ms, pool ${x.pooledMs.toFixed(0)} ms: ${x.speedUp.toFixed(2)}× on ${f.cores} cores`
  );

const p = await benchPaneBundle();
line(
  "task pane JS (taskpane.html's scripts), gzip",
  `${p.gzipKB.toFixed(1)} KB (${p.rawKB.toFixed(0)} KB raw, ${p.scripts} files; limit: ${p.limitKB} KB)`
);
const w = await benchWorkbench();
line(
  `workbench: open → Validate enabled, ${w.rows.toLocaleString("en")} rows`,
  `${w.readyMs.toFixed(0)} ms (median of ${w.runs}; on mistakes.xlsx ${w.sampleReadyMs.toFixed(0)} ms)`
);
line(
  `workbench: Validate → findings shown, ${w.rows.toLocaleString("en")} rows`,
  `${w.validateMs.toFixed(0)} ms (${w.errors} errors, ${w.warnings} warnings)`
);
const big = await benchWorkbench({ rows: 100_000, runs: 3, validate: false });
line(
  `workbench: open → Validate enabled, ${big.rows.toLocaleString("en")} rows`,
  `${big.readyMs.toFixed(0)} ms (median of ${big.runs}, ${big.readyRangeMs.map((ms) => ms.toFixed(0)).join("–")} ms; exceljs loader at b24ac53, measured once: 3.9 s)`
);
line(
  "workbench page JS: workbench.js / all its scripts, gzip",
  `${w.scripts.workbench.gzipKB.toFixed(0)} KB / ${w.scripts.all.gzipKB.toFixed(0)} KB (${w.scripts.workbench.rawKB.toFixed(0)} KB / ${w.scripts.all.rawKB.toFixed(0)} KB raw, ${w.scripts.all.files} files)`
);
