/**
 * A one-line progress bar on stderr, only when stderr is a terminal: piped
 * output and CI logs stay clean.
 */
export interface ProgressSink {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export class Progress {
  private rows = 0;
  private done = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink,
    private readonly total: number,
    private readonly label: (done: number, total: number, rows: number) => string,
    private readonly enabled: boolean
  ) {}

  /** Count rows read and redraw at most ten times a second. */
  addRows(rows: number): void {
    this.rows += rows;
    this.draw(false);
  }

  /** Count a finished file. */
  fileDone(): void {
    this.done++;
    this.draw(false);
  }

  /** Remove the bar. */
  clear(): void {
    if (this.enabled && this.drawn) this.sink.write("\r\x1b[2K");
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 20;
    const filled = this.total > 0 ? Math.round((this.done / this.total) * width) : 0;
    const bar = "█".repeat(filled) + "░".repeat(width - filled);
    this.sink.write(`\r\x1b[2K${bar} ${this.label(this.done, this.total, this.rows)}`);
    this.drawn = true;
  }
}
