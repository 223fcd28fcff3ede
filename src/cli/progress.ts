/**
 * A one-line progress bar on stderr, only when stderr is a terminal: piped
 * output and CI logs stay clean. The bar measures bytes, not files: each file
 * weighs its size on disk, and the reader reports each file's bytes as it
 * reads them, so one large workbook among small ones, or a large first file,
 * moves the bar as it is read rather than only when it is done.
 */
import { textWidth } from "./layout";

export interface ProgressSink {
  readonly isTTY?: boolean;
  /** The terminal's width, when it is one. */
  readonly columns?: number;
  write(text: string): unknown;
}

// A file being read never shows as done: its last part (the zip's directory, a converted copy) is not counted.
const IN_FILE_CAP = 0.95;
const BAR = 20;

export class Progress {
  private rows = 0;
  private done = 0;
  private doneBytes = 0;
  /** Bytes read so far of each file being read. */
  private readonly reading = new Map<number, number>();
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly totalBytes: number;

  /**
   * `sizes` are the files' sizes in bytes, in the order they are listed
   * (0 for one that is skipped); `now` is the clock (tests give their own).
   */
  constructor(
    private readonly sink: ProgressSink,
    private readonly sizes: readonly number[],
    private readonly label: (done: number, total: number, rows: number) => string,
    private readonly enabled: boolean,
    private readonly now: () => number = Date.now
  ) {
    this.totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  }

  /** A file is being read. */
  start(index: number): void {
    if (!this.reading.has(index)) this.reading.set(index, 0);
    this.draw();
  }

  /** Count rows read of a file (the label shows them) and redraw, at most ten times a second. */
  addRows(rows: number): void {
    this.rows += rows;
    this.draw();
  }

  /** Count bytes read of a file and redraw, at most ten times a second. */
  addBytes(index: number, bytes: number): void {
    this.reading.set(index, (this.reading.get(index) ?? 0) + bytes);
    this.draw();
  }

  /** Count a finished file. */
  fileDone(index: number): void {
    this.reading.delete(index);
    this.done++;
    this.doneBytes += this.sizes[index] ?? 0;
    this.draw();
  }

  /** The part of the work done, 0 to 1, by bytes (by files when every file is empty). */
  fraction(): number {
    if (this.totalBytes === 0) return this.sizes.length > 0 ? this.done / this.sizes.length : 0;
    let bytes = this.doneBytes;
    for (const [index, read] of this.reading)
      bytes += Math.min(read, (this.sizes[index] ?? 0) * IN_FILE_CAP);
    return Math.min(1, bytes / this.totalBytes);
  }

  /** Remove the bar. */
  clear(): void {
    if (this.enabled && this.drawn) this.sink.write("\r\x1b[2K");
    this.drawn = false;
  }

  private draw(): void {
    if (!this.enabled) return;
    const now = this.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const fraction = this.fraction();
    const filled = Math.floor(fraction * BAR);
    let line = `${"█".repeat(filled)}${"░".repeat(BAR - filled)} ${String(Math.floor(fraction * 100)).padStart(3)}% ${this.label(this.done, this.sizes.length, this.rows)}`;
    // A line longer than the terminal would wrap, and the next \r would redraw only its last part.
    const columns = this.sink.columns;
    if (columns !== undefined && columns > 0 && textWidth(line) > columns - 1)
      line = cut(line, columns - 1);
    this.sink.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }
}

/** The start of a line that fits in `width` columns. */
function cut(line: string, width: number): string {
  let out = "";
  let used = 0;
  for (const ch of line) {
    const w = textWidth(ch);
    if (used + w > width) break;
    out += ch;
    used += w;
  }
  return out;
}
