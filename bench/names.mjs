/**
 * Benchmark: name look-up on hostile input. Before issue 9 each distinct long unknown name cost
 * about 0.6 s (the suggestions compared it with every known form by full edit distance), so a
 * sheet of such names froze the pane, AID.NORMALIZE and aid-check. The look-up now caps the
 * characters it works on and scores only the forms sharing most characters with the name.
 *
 * Measures, on the aid-check build (dist/cli, made by `npm run build`), the cost per distinct
 * name of: long unknown names (2,000 characters of random CJK text), short unknown names,
 * traditional-character names (folded with OpenCC), and known names (the memo's hit path).
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** A reproducible stream of CJK characters (a linear congruential generator, so runs compare). */
function cjk(seed, length) {
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(0x4e00 + (x % 0x5000));
  }
  return out;
}

/** Milliseconds per call of `resolve` over `names`, each distinct. */
function perName(resolve, names) {
  const start = performance.now();
  for (const name of names) resolve(name);
  return (performance.now() - start) / names.length;
}

/** Run the name benchmarks and return their figures. */
export async function benchNames(dist = "../dist/cli") {
  const { resolvePlace, resolveCell, whenFoldingReady } = require(`${dist}/core/places.js`);
  await whenFoldingReady();
  const { resolveCategory } = require(`${dist}/core/categories.js`);
  const long = Array.from({ length: 200 }, (_, i) => cjk(i + 1, 2000));
  const short = Array.from({ length: 2000 }, (_, i) => cjk(i + 7919, 6));
  const traditional = Array.from({ length: 500 }, (_, i) => `黑龍江${i}號團場`);
  const known = ["浙江", "苏州", "喀什", "一师十团", "阿克苏地区八县一市", "山東"];
  resolvePlace("warm-up"); // builds the index and the converter outside the figures
  resolvePlace("山東");
  const knownRepeated = Array.from({ length: 100_000 }, (_, i) => known[i % known.length]);
  return {
    longUnknownMs: perName(resolvePlace, long),
    longCellMs: perName(
      resolveCell,
      long.map((n) => `${n}和${n}`)
    ),
    shortUnknownMs: perName(resolvePlace, short),
    traditionalMs: perName(resolvePlace, traditional),
    knownUs: perName(resolvePlace, knownRepeated) * 1000,
    longCategoryMs: perName(resolveCategory, long),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchNames(process.argv[2]));
