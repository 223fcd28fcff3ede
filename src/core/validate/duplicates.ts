/**
 * Projects seen so far on a sheet, to find the same project (name, supporter,
 * recipient) listed twice. An open-addressing table of row ids keyed by a hash
 * of the project name, with the strings kept in parallel arrays: a
 * 100,000-row sheet costs no Map entry and no object per row.
 */

/** FNV-1a over a string's UTF-16 units, from `seed`. */
function hashInto(seed: number, text: string): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h;
}

export class DuplicateIndex {
  private slots = new Int32Array(1 << 10).fill(-1);
  private readonly hashes: number[] = [];
  private readonly names: string[] = [];
  private readonly supporters: string[] = [];
  private readonly recipients: string[] = [];
  private readonly rows: number[] = [];

  /** Record a project row; return the sheet row it repeats, or 0 when it is new. */
  repeats(name: string, supporter: string, recipient: string, row: number): number {
    // The name alone is hashed: it tells rows apart; supporter and recipient are compared on a hit.
    const hash = hashInto(0x811c9dc5, name);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let id = this.slots[slot]; id >= 0; id = this.slots[slot]) {
      if (
        this.hashes[id] === hash &&
        this.names[id] === name &&
        this.supporters[id] === supporter &&
        this.recipients[id] === recipient
      )
        return this.rows[id];
      slot = (slot + 1) & mask;
    }
    const id = this.rows.length;
    this.slots[slot] = id;
    this.hashes.push(hash);
    this.names.push(name);
    this.supporters.push(supporter);
    this.recipients.push(recipient);
    this.rows.push(row);
    if (2 * this.rows.length > this.slots.length) this.grow();
    return 0;
  }

  /** Double the table and re-place every id (kept at most half full, so probes stay short). */
  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.hashes.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}
