/**
 * Projects seen so far on a sheet, to find the same project (name, supporter,
 * recipient) listed twice. An open-addressing table of row ids keyed by a hash
 * of the project name; supporters and recipients (a few dozen distinct names on
 * a sheet) are interned to numbers. A 100,000-row sheet costs no Map entry and
 * no object per row: one string kept and a few typed-array slots.
 */

/** FNV-1a over a string's UTF-16 units. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export class DuplicateIndex {
  private slots = new Int32Array(1 << 10).fill(-1);
  private hashes = new Int32Array(1 << 9);
  private rows = new Int32Array(1 << 9);
  private parties = new Int32Array(1 << 10);
  private readonly names: string[] = [];
  private readonly interned = new Map<string, number>();

  /** Record a project row; return the sheet row it repeats, or 0 when it is new. */
  repeats(name: string, supporter: string, recipient: string, row: number): number {
    return this.repeatsIds(name, this.intern(supporter), this.intern(recipient), row);
  }

  /** As `repeats`, with supporter and recipient already interned (see `intern`). */
  repeatsIds(name: string, s: number, r: number, row: number): number {
    const h = hash(name);
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (let id = this.slots[slot]; id >= 0; id = this.slots[slot]) {
      if (
        this.hashes[id] === h &&
        this.parties[2 * id] === s &&
        this.parties[2 * id + 1] === r &&
        this.names[id] === name
      )
        return this.rows[id];
      slot = (slot + 1) & mask;
    }
    const id = this.names.length;
    if (id === this.rows.length) {
      this.hashes = grown(this.hashes);
      this.rows = grown(this.rows);
      this.parties = grown(this.parties);
    }
    this.slots[slot] = id;
    this.hashes[id] = h;
    this.rows[id] = row;
    this.parties[2 * id] = s;
    this.parties[2 * id + 1] = r;
    this.names.push(name);
    if (2 * this.names.length > this.slots.length) this.regrow();
    return 0;
  }

  /** A number for a cleaned supporter or recipient name, the same for the same name. */
  intern(text: string): number {
    let id = this.interned.get(text);
    if (id === undefined) {
      id = this.interned.size;
      this.interned.set(text, id);
    }
    return id;
  }

  /** Double the table and re-place every id (kept at most half full, so probes stay short). */
  private regrow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.names.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
