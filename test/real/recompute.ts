/**
 * Exact decimal reasoning for the corpus: every displayed figure is a rational number, and a
 * figure shown to d decimals stands for anything within half a unit of its last digit (counts
 * are exact). Verdicts: exact — the displayed inputs give the stated value once rounded to its
 * decimals; rounding — only some true values behind the displayed inputs give it; wrong — none do.
 */
import type { CellRef, Check, ColumnKind, RealTable, Verdict } from "./corpus";

/** A rational number n/d with d > 0. */
export interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const TEN = BigInt(10);
const ZERO: Q = { n: BigInt(0), d: BigInt(1) };

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0 ? -a : a;
  let y = b < 0 ? -b : b;
  while (y !== BigInt(0)) [x, y] = [y, x % y];
  return x === BigInt(0) ? BigInt(1) : x;
}

function q(n: bigint, d: bigint): Q {
  const sign = d < 0 ? BigInt(-1) : BigInt(1);
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** a + b. */
export function add(a: Q, b: Q): Q {
  return q(a.n * b.d + b.n * a.d, a.d * b.d);
}

/** a − b. */
export function sub(a: Q, b: Q): Q {
  return q(a.n * b.d - b.n * a.d, a.d * b.d);
}

/** a × b. */
export function mul(a: Q, b: Q): Q {
  return q(a.n * b.n, a.d * b.d);
}

/** a ÷ b (b ≠ 0). */
export function div(a: Q, b: Q): Q {
  return q(a.n * b.d, a.d * b.n);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Q, b: Q): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Half a unit of the d-th decimal. */
export function halfUnit(decimals: number): Q {
  return q(BigInt(1), BigInt(2) * TEN ** BigInt(decimals));
}

/** A displayed number: its exact value and how many decimals it shows. */
export interface Shown {
  readonly value: Q;
  readonly decimals: number;
}

/** Read a cell as printed ("28.6", "28.6%", "1,183", "4"); null when it holds no number. */
export function parseShown(text: string): Shown | null {
  const clean = text.replace(/[,，\s]/g, "").replace(/%$/, "");
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(clean);
  if (!m) return null;
  const frac = m[3] ?? "";
  const n = BigInt(m[2] + frac) * (m[1] === "-" ? BigInt(-1) : BigInt(1));
  return { value: q(n, TEN ** BigInt(frac.length)), decimals: frac.length };
}

/** Round half away from zero to d decimals and write it out with exactly d decimals. */
export function format(x: Q, decimals: number): string {
  const scale = TEN ** BigInt(decimals);
  const negative = x.n < 0;
  const absN = negative ? -x.n : x.n;
  // floor(|x| · 10^d + 1/2)
  const scaled = (BigInt(2) * absN * scale + x.d) / (BigInt(2) * x.d);
  const digits = scaled.toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  return (negative && scaled !== BigInt(0) ? "-" : "") + whole + (decimals > 0 ? "." + frac : "");
}

/** Write a finite-decimal rational out in full (sums of displayed figures always are). */
export function formatExact(x: Q): string {
  for (let d = 0; d <= 12; d++) {
    const scaled = mul(x, q(TEN ** BigInt(d), BigInt(1)));
    if (scaled.d === BigInt(1)) return format(x, d);
  }
  return format(x, 12);
}

/** The closed interval a displayed cell stands for. */
interface Range {
  readonly lo: Q;
  readonly hi: Q;
}

function cellText(entry: RealTable, [row, column]: CellRef): string {
  const cells = entry.table.rows[row];
  if (!cells || column >= cells.length) throw new Error(`${entry.id}: no cell [${row}, ${column}]`);
  return cells[column];
}

function cellKind(entry: RealTable, [, column]: CellRef): ColumnKind {
  return entry.table.columns[column];
}

function shownAt(entry: RealTable, ref: CellRef): Shown {
  const shown = parseShown(cellText(entry, ref));
  if (!shown) throw new Error(`${entry.id}: cell [${ref.join(", ")}] holds no number`);
  return shown;
}

function rangeAt(entry: RealTable, ref: CellRef): Range {
  const shown = shownAt(entry, ref);
  if (cellKind(entry, ref) === "count") return { lo: shown.value, hi: shown.value };
  const h = halfUnit(shown.decimals);
  return { lo: sub(shown.value, h), hi: add(shown.value, h) };
}

function sumOf(entry: RealTable, refs: readonly CellRef[]): { value: Q; lo: Q; hi: Q } {
  let value = ZERO;
  let lo = ZERO;
  let hi = ZERO;
  for (const ref of refs) {
    const r = rangeAt(entry, ref);
    value = add(value, shownAt(entry, ref).value);
    lo = add(lo, r.lo);
    hi = add(hi, r.hi);
  }
  return { value, lo, hi };
}

const same = (a: CellRef, b: CellRef) => a[0] === b[0] && a[1] === b[1];

/** What a check should say: the recomputed figure and the verdict on the stated one. */
export interface Judgement {
  readonly verdict: Verdict;
  readonly expected: string;
  /** The interval the displayed inputs allow, written to two more decimals than stated. */
  readonly allowed: readonly [string, string];
}

/** Recompute one stated figure from the table's own numbers. */
export function judge(entry: RealTable, check: Check): Judgement {
  const stated = shownAt(entry, check.cell);
  const target = rangeAt(entry, check.cell);
  let value: Q;
  let lo: Q;
  let hi: Q;
  if (check.kind === "sum") {
    ({ value, lo, hi } = sumOf(entry, check.parts));
  } else {
    const scale = check.percent ? q(BigInt(100), BigInt(1)) : q(BigInt(1), BigInt(1));
    const num = sumOf(entry, check.num);
    const rest = check.den.filter((ref) => !check.num.some((n) => same(n, ref)));
    const inside = rest.length < check.den.length;
    if (inside && rest.length + check.num.length !== check.den.length)
      throw new Error(`${entry.id}: a share's numerator is only partly in its denominator`);
    const other = sumOf(entry, rest);
    const den = inside
      ? { value: add(num.value, other.value), lo: add(num.lo, other.lo), hi: add(num.hi, other.hi) }
      : other;
    value = mul(div(num.value, den.value), scale);
    // num ÷ (num + rest) grows with num and falls with rest, so its extremes sit at the corners.
    lo = mul(div(num.lo, inside ? add(num.lo, other.hi) : den.hi), scale);
    hi = mul(div(num.hi, inside ? add(num.hi, other.lo) : den.lo), scale);
  }
  const shownDecimals = stated.decimals;
  const exact = format(value, shownDecimals) === format(stated.value, shownDecimals);
  const overlaps = cmp(lo, target.hi) <= 0 && cmp(target.lo, hi) <= 0;
  const verdict: Verdict = exact ? "exact" : overlaps ? "rounding" : "wrong";
  const expected = check.kind === "sum" ? formatExact(value) : format(value, shownDecimals + 2);
  return {
    verdict,
    expected,
    allowed: [format(lo, shownDecimals + 2), format(hi, shownDecimals + 2)],
  };
}
