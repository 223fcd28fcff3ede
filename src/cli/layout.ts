/**
 * Laying out aid-check's human output on a terminal: how many columns text
 * takes (Chinese characters take two), wrapping long messages at the width
 * without breaking before a closing mark such as ，or 」, and colour.
 */

// East Asian wide and fullwidth ranges (Unicode's EastAsianWidth W and F), which a terminal draws two columns wide.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

/** Columns one character (code point) takes: 2 wide, 0 for combining marks and zero-width characters, else 1. */
export function charWidth(code: number): number {
  if (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0xfe00 && code <= 0xfe0f)
  )
    return 0;
  for (const [from, to] of WIDE) {
    if (code < from) return 1;
    if (code <= to) return 2;
  }
  return 1;
}

/** Columns a string takes on a terminal (no escape sequences in it). */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) as number);
  return width;
}

// A line never starts with a closing mark nor ends with an opening one (the basic rule of Chinese line breaking).
const NO_BREAK_BEFORE = new Set([..."，。、；：？！）」』】〉》”’…·%,.;:!?)]}"]);
const NO_BREAK_AFTER = new Set([..."（「『【〈《“‘([{"]);

/** Pieces no line break may fall inside; a space is a piece of its own, dropped at a break. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let piece = "";
  let prev = "";
  for (const ch of text) {
    const space = ch === " ";
    const wide = charWidth(ch.codePointAt(0) as number) === 2;
    const prevWide = prev !== "" && charWidth(prev.codePointAt(0) as number) === 2;
    const breakable =
      piece === "" ||
      space ||
      prev === " " ||
      ((wide || prevWide) && !NO_BREAK_BEFORE.has(ch) && !NO_BREAK_AFTER.has(prev));
    if (breakable && piece !== "") {
      out.push(piece);
      piece = "";
    }
    piece += ch;
    prev = ch;
  }
  if (piece !== "") out.push(piece);
  return out;
}

/**
 * Wrap text into lines of at most `width` columns: the first line has `first`
 * columns left, the others `rest`. A piece too long for a whole line (a long
 * path) is cut where the line ends.
 */
export function wrapText(text: string, first: number, rest: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  let room = Math.max(1, first);
  const breakLine = (): void => {
    lines.push(line.replace(/ +$/, ""));
    line = "";
    used = 0;
    room = Math.max(1, rest);
  };
  for (const piece of pieces(text)) {
    const width = textWidth(piece);
    if (piece.trim() === "") {
      // Spaces at a line's end are dropped, and never start a line.
      if (line !== "" && used + width <= room) {
        line += piece;
        used += width;
      } else if (line !== "") breakLine();
      continue;
    }
    if (used + width <= room) {
      line += piece;
      used += width;
      continue;
    }
    if (line !== "") breakLine();
    // Cut a piece wider than a whole line.
    for (const ch of piece) {
      const w = charWidth(ch.codePointAt(0) as number);
      if (used + w > room && line !== "") breakLine();
      line += ch;
      used += w;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line.replace(/ +$/, ""));
  return lines;
}

/** Terminal colours (SGR) for the parts of the report; all empty when colour is off. */
export interface Palette {
  readonly error: (text: string) => string;
  readonly warning: (text: string) => string;
  readonly ok: (text: string) => string;
  readonly file: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly heading: (text: string) => string;
}

const sgr =
  (on: string) =>
  (text: string): string =>
    `\x1b[${on}m${text}\x1b[0m`;
const plain = (text: string): string => text;

/** The palette: colours on, or every part as it is. */
export function palette(colour: boolean): Palette {
  return colour
    ? {
        error: sgr("1;31"),
        warning: sgr("33"),
        ok: sgr("32"),
        file: sgr("1"),
        dim: sgr("2"),
        heading: sgr("1"),
      }
    : { error: plain, warning: plain, ok: plain, file: plain, dim: plain, heading: plain };
}

/**
 * Whether the human report is coloured: --color or --no-color when given, else
 * only on a terminal and never when NO_COLOR is set (https://no-color.org).
 */
export function wantsColour(
  option: boolean | undefined,
  isTTY: boolean | undefined,
  env: NodeJS.ProcessEnv
): boolean {
  if (option !== undefined) return option;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return isTTY === true;
}
