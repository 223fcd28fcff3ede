/**
 * Typed arrays kept for reuse from one sheet to the next. A large sheet's checks
 * keep a few megabytes in typed arrays (duplicate keys, share rows) whose memory
 * lies outside the JavaScript heap; allocating it afresh for every sheet makes the
 * engine collect garbage for "external memory pressure" several times a sheet. Arrays
 * handed back when a check is done are handed out again, up to a bounded total.
 */

// Bytes kept for reuse at most: enough for the buffers of a sheet of about 150,000 rows.
const KEEP_BYTES = 16 * 1024 * 1024;

const int32s = new Map<number, Int32Array[]>();
const float64s = new Map<number, Float64Array[]>();
let kept = 0;

/** An Int32Array of `length`, possibly used before: its contents are arbitrary unless `zeroed`. */
export function takeInt32(length: number, zeroed = false): Int32Array {
  const spare = int32s.get(length)?.pop();
  if (!spare) return new Int32Array(length);
  kept -= spare.byteLength;
  if (zeroed) spare.fill(0);
  return spare;
}

/** A Float64Array of `length`, possibly used before: its contents are arbitrary. */
export function takeFloat64(length: number): Float64Array {
  const spare = float64s.get(length)?.pop();
  if (!spare) return new Float64Array(length);
  kept -= spare.byteLength;
  return spare;
}

/** Hand arrays back once nothing reads them any more. */
export function giveBack(arrays: readonly (Int32Array | Float64Array)[]): void {
  for (const array of arrays) {
    if (kept + array.byteLength > KEEP_BYTES) return;
    kept += array.byteLength;
    if (array instanceof Int32Array) listOf(int32s, array.length).push(array);
    else listOf(float64s, array.length).push(array);
  }
}

function listOf<T>(pool: Map<number, T[]>, length: number): T[] {
  let list = pool.get(length);
  if (!list) {
    list = [];
    pool.set(length, list);
  }
  return list;
}
