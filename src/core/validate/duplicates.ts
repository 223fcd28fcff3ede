/**
 * Projects seen so far on a sheet, to find the same project (name, supporter,
 * recipient) listed twice. Kept as parallel arrays chained by name, so a
 * 100,000-row sheet costs one map entry and no object per row.
 */
export class DuplicateIndex {
  private readonly firstByName = new Map<string, number>();
  private readonly next: number[] = [];
  private readonly supporters: string[] = [];
  private readonly recipients: string[] = [];
  private readonly rows: number[] = [];

  /** Record a project row; return the sheet row it repeats, or 0 when it is new. */
  repeats(name: string, supporter: string, recipient: string, row: number): number {
    let id = this.firstByName.get(name) ?? -1;
    let last = -1;
    while (id >= 0) {
      if (this.supporters[id] === supporter && this.recipients[id] === recipient)
        return this.rows[id];
      last = id;
      id = this.next[id];
    }
    const added = this.rows.length;
    this.rows.push(row);
    this.supporters.push(supporter);
    this.recipients.push(recipient);
    this.next.push(-1);
    if (last < 0) this.firstByName.set(name, added);
    else this.next[last] = added;
    return 0;
  }
}
