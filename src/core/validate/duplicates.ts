/**
 * Projects seen so far on a sheet, to find the same project (name, supporter,
 * recipient) listed twice. Supporters and recipients (a few dozen distinct names
 * on a sheet) are interned to numbers; each project row is appended as its key's
 * hash, the two party ids, its row and its name. The repeats are found once, when
 * the sheet has ended, through an open-addressing table sized for the number of
 * rows then known: a table grown row by row copies itself over and over on a large
 * sheet. No Map entry and no object per row.
 */

import { cleanText, isCleanCode } from "../text";
import { giveBack, takeInt32 } from "./buffers";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** FNV-1a over a string's UTF-16 units. */
function hash(text: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

// Rows are kept in fixed-size chunks (four numbers a row in one Int32Array, names in an
// array): arrays that double as they grow cost more than finding the repeats, in copies and
// in the collections their large buffers set off.
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export class DuplicateIndex {
  private count = 0;
  // Per row: its key's hash, the sheet row, the supporter's id, the recipient's id.
  private readonly numbers: Int32Array[] = [];
  private readonly names: string[][] = [];
  private readonly interned = new Map<string, number>();

  /** Record a project row (its name cleaned, its parties interned with `intern`). */
  add(name: string, s: number, r: number, row: number): void {
    this.insert(name, hash(name), s, r, row);
  }

  /**
   * Record a project row from its name as typed, cleaned as cleanText cleans it. Most names are
   * clean already: they are checked and hashed in the same pass, instead of one pass each.
   */
  addTyped(typed: string, s: number, r: number, row: number): void {
    let h = FNV_OFFSET;
    for (let i = 0; i < typed.length; i++) {
      const code = typed.charCodeAt(i);
      if (!isCleanCode(code)) {
        this.add(cleanText(typed), s, r, row);
        return;
      }
      h ^= code;
      h = Math.imul(h, FNV_PRIME);
    }
    this.insert(typed, h, s, r, row);
  }

  private insert(name: string, nameHash: number, s: number, r: number, row: number): void {
    const id = this.count++;
    const at = id & MASK;
    if (at === 0) {
      this.numbers.push(takeInt32(4 * CHUNK));
      this.names.push(new Array<string>(CHUNK));
    }
    const numbers = this.numbers[id >> CHUNK_BITS];
    numbers[4 * at] = nameHash ^ Math.imul(s + 1, 0x9e3779b1) ^ Math.imul(r + 1, 0x85ebca6b);
    numbers[4 * at + 1] = row;
    numbers[4 * at + 2] = s;
    numbers[4 * at + 3] = r;
    this.names[id >> CHUNK_BITS][at] = name;
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

  /**
   * Call `report` for each row that repeats an earlier one, with the row given to `add`
   * and the first row of the same project; in the order the rows were added. This ends
   * the index: it is empty afterwards.
   */
  repeats(report: (row: number, first: number) => void): void {
    const n = this.count;
    // Known only now, the number of rows sizes the table once: at most half full, so probes stay short.
    let size = 1024;
    while (size < 2 * n) size *= 2;
    const mask = size - 1;
    // Two numbers a slot: the key's hash and 1 + the id of the first row with that key (0 when empty).
    const slots = takeInt32(2 * size, true);
    for (let id = 0; id < n; id++) {
      const numbers = this.numbers[id >> CHUNK_BITS];
      const at = 4 * (id & MASK);
      const h = numbers[at];
      let slot = h & mask;
      for (;;) {
        const entry = slots[2 * slot + 1];
        if (entry === 0) {
          slots[2 * slot] = h;
          slots[2 * slot + 1] = id + 1;
          break;
        }
        if (slots[2 * slot] === h && this.same(entry - 1, id)) {
          report(numbers[at + 1], this.field(entry - 1, 1));
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    // The index is done with: its buffers serve the next sheet.
    giveBack([slots, ...this.numbers]);
    this.numbers.length = 0;
    this.names.length = 0;
    this.count = 0;
  }

  /** Number `k` of row `id` (0 hash, 1 row, 2 supporter, 3 recipient). */
  private field(id: number, k: number): number {
    return this.numbers[id >> CHUNK_BITS][4 * (id & MASK) + k];
  }

  private name(id: number): string {
    return this.names[id >> CHUNK_BITS][id & MASK];
  }

  private same(a: number, b: number): boolean {
    return (
      this.field(a, 2) === this.field(b, 2) &&
      this.field(a, 3) === this.field(b, 3) &&
      this.name(a) === this.name(b)
    );
  }
}
