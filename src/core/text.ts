/**
 * Text clean-up shared by every reader of names and numbers.
 *
 * People type names with stray spaces, full-width letters and digits, and line
 * breaks inside a cell ('黑\n龙江'); none of these carry meaning in a place or
 * category name, so they are removed before any look-up.
 */

// Zero-width characters and the BOM survive copy-paste from web pages and Word.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;

// Text made only of CJK ideographs, ASCII letters, digits and a little punctuation
// (()-_.,:;/ 、。) is already clean; most cells are, and NFKC is the costly step of
// validating a large sheet. The ASCII ones, by code: one table look-up a character.
const CLEAN_ASCII = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789()-_.,:;/")
  CLEAN_ASCII[ch.charCodeAt(0)] = 1;

/** Tell whether a UTF-16 code unit leaves text as clean as it was (cleanText keeps text made only of these). */
export function isCleanCode(code: number): boolean {
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  return code < 128 ? CLEAN_ASCII[code] === 1 : code === 0x3001 || code === 0x3002;
}

function isAlreadyClean(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isCleanCode(text.charCodeAt(i))) return false;
  return true;
}

/** Fold full-width forms to ASCII (NFKC) and drop all whitespace, including line breaks. */
export function cleanText(text: string): string {
  if (isAlreadyClean(text)) return text;
  return text.normalize("NFKC").replace(INVISIBLE, "");
}

/**
 * Fold full-width ASCII forms (１２３，．％) and the ideographic space to ASCII,
 * and nothing else: unlike NFKC this leaves superscripts and circled digits alone,
 * so '10²' does not become 102.
 */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
  );
}

// After NFKC the Chinese comma and semicolon are ASCII; 、 is left as it is.
const NAME_SEPARATORS = /[、,;/|]+/;

/** Split a cleaned cell such as '吉林、黑龙江' into its names; empty pieces are dropped. */
export function splitNames(text: string): string[] {
  return cleanText(text)
    .split(NAME_SEPARATORS)
    .filter((part) => part.length > 0);
}

/** Edit distance between two short strings, counted in UTF-16 code units (all CJK names are in the BMP). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * Rank candidates by closeness to what was typed: shared characters count most
 * (阿克陶 vs 阿克苏), then edit distance. Returns at most `limit` candidates.
 */
export function nearest<T>(
  typed: string,
  candidates: Iterable<T>,
  keyOf: (c: T) => string,
  limit = 3
): T[] {
  const typedChars = new Set(typed);
  const scored: { item: T; score: number }[] = [];
  for (const item of candidates) {
    const key = keyOf(item);
    let shared = 0;
    for (const ch of new Set(key)) if (typedChars.has(ch)) shared++;
    if (shared === 0) continue;
    const distance = editDistance(typed, key);
    // Shared characters relative to the longer string keep long official names from winning on length alone.
    const score = distance - (2 * shared) / Math.max(1, Math.min(typed.length, key.length));
    scored.push({ item, score });
  }
  scored.sort((x, y) => x.score - y.score);
  return scored.slice(0, limit).map((s) => s.item);
}
