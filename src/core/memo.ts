/**
 * A bounded memo for answers that depend only on a short text, such as the
 * verdict on a place name. A sheet repeats the same few hundred names over
 * thousands of rows, so each distinct text is worked out once. The memo keeps at
 * most `limit` entries (the oldest goes first) and never keeps a key longer than
 * `maxKeyLength`, so a sheet of long or all-different texts cannot grow memory:
 * at worst it holds limit × maxKeyLength characters.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>();

  constructor(
    readonly limit: number,
    readonly maxKeyLength: number
  ) {}

  /** The number of answers kept. */
  get size(): number {
    return this.entries.size;
  }

  /** The answer for `key`, working it out with `compute` (and keeping it) when it is not kept yet. */
  get(key: string, compute: () => V): V {
    const known = this.entries.get(key);
    if (known !== undefined) return known;
    const value = compute();
    if (key.length <= this.maxKeyLength) {
      if (this.entries.size >= this.limit) {
        // Map iterates in insertion order, so the first key is the oldest.
        const oldest = this.entries.keys().next();
        if (!oldest.done) this.entries.delete(oldest.value);
      }
      this.entries.set(key, value);
    }
    return value;
  }

  /** Forget every answer. */
  clear(): void {
    this.entries.clear();
  }
}

/**
 * A bounded memo keyed by two texts (a supporter and a recipient), kept as a map
 * of maps so a look-up hashes the two texts themselves instead of building a
 * joined key each time. At most `limit` answers are kept; when it is full it starts
 * again from empty, which keeps it bounded without tracking the age of each answer.
 */
export class BoundedPairMemo<V> {
  private readonly entries = new Map<string, Map<string, V>>();
  private count = 0;

  constructor(
    readonly limit: number,
    readonly maxKeyLength: number
  ) {}

  /** The number of answers kept. */
  get size(): number {
    return this.count;
  }

  /** The answer for (`first`, `second`), working it out with `compute` when it is not kept yet. */
  get(first: string, second: string, compute: () => V): V {
    const inner = this.entries.get(first);
    const known = inner?.get(second);
    if (known !== undefined) return known;
    const value = compute();
    if (first.length <= this.maxKeyLength && second.length <= this.maxKeyLength) {
      if (this.count >= this.limit) this.clear();
      let seconds = this.entries.get(first);
      if (!seconds) {
        seconds = new Map();
        this.entries.set(first, seconds);
      }
      seconds.set(second, value);
      this.count++;
    }
    return value;
  }

  /** Forget every answer. */
  clear(): void {
    this.entries.clear();
    this.count = 0;
  }
}
