/**
 * A streaming scanner for worksheet XML (ECMA-376 part 1, 18.3): it reads the
 * text of a sheet part chunk by chunk, tags split across chunks alike, and
 * hands on rows and cells (the r, t and s attributes, the cell's text from <v>
 * or an inline string, whether a <f> was there) without building tag objects
 * the way a general SAX parser does. It is the reader's hot path: a sheet part
 * is nearly all <row>, <c> and <v>.
 *
 * It checks what makes a worksheet readable or not as a general parser would:
 * tags nest and close by name, attributes are quoted and separated, entity and
 * character references are well formed, no text or second root outside the
 * root element, no character XML forbids. Unlike a general parser it refuses a
 * doctype: none belongs in a worksheet part. Malformed XML is an Error (plain,
 * as saxes throws), which the reader reports as damage in the part.
 *
 * Cell text follows the general parser too: entities decoded, CDATA taken as
 * written, line ends normalised to LF (XML 1.0, 2.11), phonetic runs (<rPh>)
 * left out of inline strings. Element names are matched by their local name,
 * so a producer writing <x:c> is read as one writing <c>.
 */

/** What the scanner hands on; attribute values are as written (references decoded), undefined when absent. */
export interface SheetEvents {
  /** A <row> opened. */
  row(r: string | undefined): void;
  /** The <row> closed. */
  rowEnd(): void;
  /** A <c> opened. */
  cell(r: string | undefined, t: string | undefined, s: string | undefined): void;
  /**
   * The <c> closed: its text (from <v>, or the <t> runs of an inline string),
   * whether it had a value element at all, and whether it had a formula.
   */
  cellEnd(text: string, hasValue: boolean, hasFormula: boolean): void;
  /**
   * One of the layout elements around the data (LAYOUT_ELEMENTS) opened, with
   * its attributes by name as written (x:ref stays x:ref). Left out, they are
   * not looked at: aid-check needs none of them, the workbench grid does.
   */
  layout?(name: LayoutElement, attributes: Readonly<Record<string, string>>): void;
}

/** What the workbench shows besides the cells: widths, merged areas, frozen panes, links, tables. */
export const LAYOUT_ELEMENTS = ["col", "mergeCell", "pane", "hyperlink", "tablePart"] as const;
export type LayoutElement = (typeof LAYOUT_ELEMENTS)[number];

/** The layout element of a local name s[start, end), if it is one. */
function layoutOf(s: string, start: number, end: number): LayoutElement | undefined {
  const length = end - start;
  if (length !== 3 && length !== 4 && length !== 9) return undefined;
  const name = s.slice(start, end);
  return (LAYOUT_ELEMENTS as readonly string[]).includes(name)
    ? (name as LayoutElement)
    : undefined;
}

/** The bounds the scanner keeps while reading; each calls back to refuse (the callback throws). */
export interface ScannerLimits {
  /** Characters of one cell's text. */
  readonly cellText: number;
  /** Nesting depth of elements. */
  readonly depth: number;
  /** Characters held while waiting for a construct to end (a tag, a reference). */
  readonly pending: number;
  /** Refuse: limit passed. Must throw. */
  readonly refuse: (limit: "cellText" | "depth" | "pending") => never;
}

// Elements the scanner acts on, by local name.
const OTHER = 0;
const ROW = 1;
const C = 2;
const V = 3;
const F = 4;
const IS = 5;
const T = 6;
const RPH = 7;
// <si>, a shared string: read in a shared-strings part as a cell holding an inline string.
const SI = 8;

// Where a chunk left the scanner inside a construct that may hold '<' and so is consumed as it comes.
const NORMAL = 0;
const COMMENT = 1;
const CDATA = 2;

// Characters XML 1.0 forbids anywhere (2.2); surrogates are left to the decoder.
// eslint-disable-next-line no-control-regex -- these are the characters being refused
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const CR = /\r\n?/g;
const SPECIAL_IN_TEXT = /[\r&\]]/;
const WHITESPACE_ONLY = /^[ \t\r\n]*$/;
const PI_TARGET = /^[A-Za-z_:\u0080-\uFFFF][A-Za-z0-9._:\-\u0080-\uFFFF]*$/;
const XML_DECLARATION =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1([ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\3)?([ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(yes|no)\5)?[ \t\r\n]*\?>$/;

const PREDEFINED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The element kind of a local name s[start, end). */
function kindOf(s: string, start: number, end: number): number {
  const length = end - start;
  const c0 = s.charCodeAt(start);
  if (length === 1) {
    if (c0 === 99 /* c */) return C;
    if (c0 === 118 /* v */) return V;
    if (c0 === 102 /* f */) return F;
    if (c0 === 116 /* t */) return T;
    return OTHER;
  }
  if (length === 3) {
    if (c0 === 114 /* r */ && s.charCodeAt(start + 1) === 111 && s.charCodeAt(start + 2) === 119)
      return ROW;
    if (c0 === 114 && s.charCodeAt(start + 1) === 80 && s.charCodeAt(start + 2) === 104) return RPH;
    return OTHER;
  }
  if (length === 2) {
    const c1 = s.charCodeAt(start + 1);
    if (c0 === 105 /* i */ && c1 === 115 /* s */) return IS;
    if (c0 === 115 /* s */ && c1 === 105 /* i */) return SI;
  }
  return OTHER;
}

/** True for a character that may start an XML name (ASCII letters, '_', ':', or beyond ASCII). */
function isNameStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    code === 95 ||
    code === 58 ||
    code > 127
  );
}

/** True for a character that may continue an XML name: a start character, a digit, '-', '.', or beyond ASCII. */
function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57) || code === 45 || code === 46;
}

/** True when s holds the same length characters at a and at b. */
function sameText(s: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (s.charCodeAt(a + k) !== s.charCodeAt(b + k)) return false;
  return true;
}

/** True for XML white space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** True for a code point XML allows as a character reference (2.2). */
function isXmlChar(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Where a character next stands in the text being scanned, at or after a
 * position: found with indexOf and remembered, so however many short values
 * ask, no stretch of the text is searched twice.
 */
class NextChar {
  private at = -2;
  private from = 0;

  constructor(private readonly char: string) {}

  /** Forget: a new text is being scanned. */
  reset(): void {
    this.at = -2;
  }

  /** The index of the first char in s at or after from; -1 when there is none. */
  in(s: string, from: number): number {
    if (this.at === -2 || from < this.from || (this.at >= 0 && this.at < from)) {
      this.at = s.indexOf(this.char, from);
      this.from = from;
    }
    return this.at;
  }
}

/** The names of the elements acted on, as written without a prefix, so the stack need not slice them. */
const PLAIN_NAMES = ["", "row", "c", "v", "f", "is", "t", "rPh", "si"];

/** Scan worksheet XML as it streams in; see the module comment. */
export class SheetScanner {
  /** Unconsumed text: the start of a construct the last chunk cut. */
  private rest = "";
  /** Characters consumed before rest, for error positions. */
  private offset = 0;
  private mode = NORMAL;
  /** Open elements: their names as written, for matching close tags, and their kinds. */
  private readonly names: string[] = [];
  private readonly kinds: number[] = [];
  /** Start and end of each attribute name of the tag being read, for finding duplicates. */
  private readonly spans: number[] = [];
  private rootClosed = false;
  private sawRoot = false;
  private closed = false;
  // The next '&', CR and ']' in the text being scanned: what a value's text may need decoded or refused for.
  private readonly amps = new NextChar("&");
  private readonly returns = new NextChar("\r");
  private readonly brackets = new NextChar("]");

  // The SpreadsheetML state: what the open cell's value is made of.
  private inValue = false;
  private inInline = false;
  private phonetic = 0;
  private text = "";
  private hasValue = false;
  private hasFormula = false;

  /**
   * part "strings": scan a shared-strings part (18.4), each <si> handed on as
   * a cell holding an inline string, so it costs what a sheet's cells cost.
   */
  constructor(
    private readonly events: SheetEvents,
    private readonly limits: ScannerLimits,
    private readonly part: "sheet" | "strings" = "sheet"
  ) {}

  /** Scan the next piece of the part's text. */
  write(chunk: string): this {
    if (this.closed) this.fail(0, "write after close");
    if (FORBIDDEN.test(chunk))
      this.fail(this.rest.length + chunk.search(FORBIDDEN), "disallowed character");
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    const done = this.scan(s, false);
    this.offset += done;
    this.rest = done < s.length ? s.slice(done) : "";
    if (this.rest.length > this.limits.pending) this.limits.refuse("pending");
    return this;
  }

  /** The part has ended: refuse an unfinished construct or an element left open. */
  close(): this {
    if (this.closed) return this;
    const s = this.rest;
    const done = this.scan(s, true);
    if (done < s.length || this.mode !== NORMAL) this.fail(done, "unexpected end");
    this.rest = "";
    this.closed = true;
    if (this.names.length > 0)
      this.fail(done, `unclosed tag <${this.names[this.names.length - 1]}>`);
    if (!this.sawRoot) this.fail(done, "document must contain a root element");
    return this;
  }

  /** Throw a malformed-XML error at position at of the text being scanned. */
  private fail(at: number, message: string): never {
    throw new Error(`character ${this.offset + at + 1}: ${message}`);
  }

  /** True when s[from, to) holds no '&', CR or ']': text taken as it stands. */
  private plain(s: string, from: number, to: number): boolean {
    const amp = this.amps.in(s, from);
    if (amp >= 0 && amp < to) return false;
    const cr = this.returns.in(s, from);
    if (cr >= 0 && cr < to) return false;
    const bracket = this.brackets.in(s, from);
    return bracket < 0 || bracket >= to;
  }

  /**
   * Consume s from its start as far as complete constructs go; the index where
   * an unfinished one starts (s.length when none). last: no more text follows.
   */
  private scan(s: string, last: boolean): number {
    const n = s.length;
    this.amps.reset();
    this.returns.reset();
    this.brackets.reset();
    let pos = 0;
    while (pos < n) {
      if (this.mode !== NORMAL) {
        pos = this.mode === COMMENT ? this.inComment(s, pos) : this.inCdata(s, pos);
        if (this.mode !== NORMAL) return pos;
        continue;
      }
      const lt = s.indexOf("<", pos);
      if (lt < 0) return last ? this.textRun(s, pos, n) : this.partialText(s, pos, n);
      if (lt > pos) this.textRun(s, pos, lt);
      if (lt + 1 >= n) return lt;
      const next = s.charCodeAt(lt + 1);
      let end: number;
      // Most of a sheet is <v>…</v> inside a <c>: read it in one step when it is plain.
      if (next === 118 /* v */ && s.charCodeAt(lt + 2) === 62 /* > */) {
        end = this.plainValue(s, lt + 3);
        if (end > 0) {
          pos = end;
          continue;
        }
      }
      // And of <c r="…" t="…" s="…">, written the one way producers write it.
      else if (next === 99 /* c */) {
        end = this.plainCell(s, lt);
        if (end > 0) {
          pos = end;
          continue;
        }
      }
      // And in a shared-strings part, of <si><t>…</t></si>, nearly every string there is.
      else if (next === 115 /* s */ && this.part === "strings") {
        end = this.plainString(s, lt);
        if (end > 0) {
          pos = end;
          continue;
        }
      }
      if (next === 47 /* / */) end = this.closeTag(s, lt);
      else if (next === 33 /* ! */) end = this.markup(s, lt);
      else if (next === 63 /* ? */) end = this.instruction(s, lt);
      else end = this.openTag(s, lt);
      if (end < 0) return lt;
      pos = end;
    }
    return n;
  }

  /**
   * A <v> just opened at from-3, inside a <c>: when its text holds nothing to
   * decode or refuse ('&', CR, ']') and "</v>" follows it within s, take the
   * text and return the index after "</v>"; otherwise -1, and the general path
   * reads the element (and refuses what must be refused).
   */
  private plainValue(s: string, from: number): number {
    const kinds = this.kinds;
    if (kinds.length === 0 || kinds[kinds.length - 1] !== C) return -1;
    if (kinds.length >= this.limits.depth) return -1;
    const close = s.indexOf("<", from);
    if (close < 0 || close + 4 > s.length) return -1;
    if (
      s.charCodeAt(close + 1) !== 47 /* / */ ||
      s.charCodeAt(close + 2) !== 118 /* v */ ||
      s.charCodeAt(close + 3) !== 62 /* > */
    )
      return -1;
    if (!this.plain(s, from, close)) return -1;
    this.hasValue = true;
    if (close > from) this.addText(s.slice(from, close));
    return close + 4;
  }

  /**
   * A tag at lt starting "<s" in a shared-strings part: when it is
   * <si><t>…</t></si> inside the root, the text holding nothing to decode or
   * refuse ('&', CR, ']') and all of it within s, hand the string on and
   * return the index after "</si>"; otherwise -1, and the general path reads it.
   */
  private plainString(s: string, lt: number): number {
    const names = this.names;
    if (names.length === 0 || names.length + 2 > this.limits.depth || this.phonetic > 0) return -1;
    // "<si><t>" then the text, then "</t></si>".
    if (
      s.charCodeAt(lt + 2) !== 105 /* i */ ||
      s.charCodeAt(lt + 3) !== 62 /* > */ ||
      s.charCodeAt(lt + 4) !== 60 /* < */ ||
      s.charCodeAt(lt + 5) !== 116 /* t */ ||
      s.charCodeAt(lt + 6) !== 62 /* > */
    )
      return -1;
    const from = lt + 7;
    const close = s.indexOf("<", from);
    if (close < 0 || close + 9 > s.length || !s.startsWith("</t></si>", close)) return -1;
    if (!this.plain(s, from, close)) return -1;
    this.openElement(SI, undefined, undefined, undefined);
    this.hasValue = true;
    if (close > from) this.addText(s.slice(from, close));
    this.closeElement(SI);
    return close + 9;
  }

  /**
   * A tag at lt starting "<c": when it is a <c> inside an element, its
   * attributes only r, t and s, each once, written ' x="…"' with nothing in
   * the value to decode or normalise, open the cell and return the index after
   * the tag; otherwise -1, and openTag reads (or refuses) it.
   */
  private plainCell(s: string, lt: number): number {
    const names = this.names;
    if (this.part !== "sheet" || names.length === 0 || names.length >= this.limits.depth) return -1;
    const n = s.length;
    let i = lt + 2;
    let seen = 0;
    let r: string | undefined;
    let t: string | undefined;
    let st: string | undefined;
    let selfClosing = false;
    for (;;) {
      if (i + 1 >= n) return -1;
      const code = s.charCodeAt(i);
      if (code === 62 /* > */) {
        i++;
        break;
      }
      if (code === 47 /* / */) {
        if (s.charCodeAt(i + 1) !== 62) return -1;
        selfClosing = true;
        i += 2;
        break;
      }
      if (code !== 32 || i + 4 >= n) return -1;
      const name = s.charCodeAt(i + 1);
      const bit =
        name === 114 /* r */ ? 1 : name === 116 /* t */ ? 2 : name === 115 /* s */ ? 4 : 0;
      if (bit === 0 || seen & bit) return -1;
      if (s.charCodeAt(i + 2) !== 61 /* = */ || s.charCodeAt(i + 3) !== 34 /* " */) return -1;
      seen |= bit;
      const start = i + 4;
      let j = start;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (c === 34) break;
        if (c === 38 /* & */ || c === 60 /* < */ || c < 32) return -1;
      }
      if (j >= n) return -1;
      const value = s.slice(start, j);
      if (bit === 1) r = value;
      else if (bit === 2) t = value;
      else st = value;
      i = j + 1;
    }
    this.openElement(C, r, t, st);
    if (selfClosing) this.closeElement(C);
    else {
      names.push("c");
      this.kinds.push(C);
    }
    return i;
  }

  /** Text with no '<' after it yet: consume what cannot change meaning, keep a cut reference or CR. */
  private partialText(s: string, start: number, end: number): number {
    let cut = end;
    const amp = s.lastIndexOf("&", end - 1);
    if (amp >= start && s.indexOf(";", amp) < 0) cut = amp;
    // A CR at the end may be the first half of CR LF; a ']' or two the start of ']]>'.
    for (const stop = cut - 2; cut > start && cut > stop; cut--) {
      const code = s.charCodeAt(cut - 1);
      if (code !== 13 && code !== 93) break;
    }
    if (cut > start) this.textRun(s, start, cut);
    return cut;
  }

  /** Character data s[start, end), complete. */
  private textRun(s: string, start: number, end: number): number {
    if (this.inValue) {
      let piece = s.slice(start, end);
      if (SPECIAL_IN_TEXT.test(piece)) {
        if (piece.indexOf("]]>") >= 0) this.fail(start, 'the string "]]>" is disallowed in text');
        if (piece.indexOf("\r") >= 0) piece = piece.replace(CR, "\n");
        if (piece.indexOf("&") >= 0) piece = this.decode(piece, start);
      }
      this.addText(piece);
    } else if (this.names.length === 0) {
      if (!WHITESPACE_ONLY.test(s.slice(start, end)))
        this.fail(start, "text data outside of root node");
    } else {
      // Text the reader does not keep (formulas, white space) must still be well formed.
      const amp = this.amps.in(s, start);
      if (amp >= 0 && amp < end) this.decode(s.slice(start, end), start);
      if (end - start >= 3 && s.slice(start, end).indexOf("]]>") >= 0)
        this.fail(start, 'the string "]]>" is disallowed in text');
    }
    return end;
  }

  private addText(piece: string): void {
    this.text = this.text.length === 0 ? piece : this.text + piece;
    if (this.text.length > this.limits.cellText) this.limits.refuse("cellText");
  }

  /** Decode the entity and character references of text that has some; at: its position, for errors. */
  private decode(text: string, at: number): string {
    let out = "";
    let from = 0;
    for (let amp = text.indexOf("&"); amp >= 0; amp = text.indexOf("&", from)) {
      const semi = text.indexOf(";", amp + 1);
      if (semi < 0) this.fail(at + amp, "unterminated entity reference");
      out += text.slice(from, amp);
      const name = text.slice(amp + 1, semi);
      if (name.charCodeAt(0) === 35 /* # */) {
        const hex = name.charCodeAt(1) === 120; /* x */
        const digits = name.slice(hex ? 2 : 1);
        const valid = hex ? /^[0-9A-Fa-f]{1,8}$/.test(digits) : /^[0-9]{1,10}$/.test(digits);
        const code = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
        if (!isXmlChar(code)) this.fail(at + amp, "malformed character entity");
        out += String.fromCodePoint(code);
      } else {
        const value = PREDEFINED[name];
        if (value === undefined)
          this.fail(
            at + amp,
            name.length === 0 ? "empty entity name" : `undefined entity ${name.slice(0, 40)}`
          );
        out += value;
      }
      from = semi + 1;
    }
    return out + text.slice(from);
  }

  /**
   * An attribute value s[start, end) as a general parser gives it: references
   * decoded (special & 1), tabs and line ends as spaces (special & 2).
   */
  private attributeValue(s: string, start: number, end: number, special: number): string {
    let value = s.slice(start, end);
    // White space is normalised before references are replaced, so &#10; stays a line feed.
    if (special & 2) value = value.replace(CR, "\n").replace(/[\t\n]/g, " ");
    return special & 1 ? this.decode(value, start) : value;
  }

  /** An open tag at lt; the index after it, or -1 when the text ends inside it. */
  private openTag(s: string, lt: number): number {
    const n = s.length;
    const nameStart = lt + 1;
    if (!isNameStart(s.charCodeAt(nameStart))) this.fail(lt, "disallowed character in tag name");
    let i = nameStart;
    let local = nameStart;
    for (; i < n; i++) {
      const code = s.charCodeAt(i);
      if (code === 62 /* > */ || code === 47 /* / */ || code <= 32) break;
      // The local name follows the first colon, as the reader has always taken it.
      if (code === 58 /* : */) {
        if (local === nameStart) local = i + 1;
      } else if (!isNameChar(code)) this.fail(i, "disallowed character in tag name");
    }
    if (i >= n) return -1;
    const nameEnd = i;
    let kind = kindOf(s, local, nameEnd);
    // A shared-strings part holds <si>, <t> and <rPh>; only they mean anything there.
    if (this.part === "sheet" ? kind === SI : kind !== SI && kind !== T && kind !== RPH)
      kind = OTHER;
    const wanted = kind === C ? 3 : kind === ROW ? 1 : 0;
    // Attributes of <c> and <row>: r, t, s; the plain name first, a prefixed one (x:r) only when it is absent.
    let r: string | undefined;
    let t: string | undefined;
    let st: string | undefined;
    let rPrefixed: string | undefined;
    let tPrefixed: string | undefined;
    let sPrefixed: string | undefined;
    let count = 0;
    let selfClosing = false;
    const layout = kind === OTHER && this.events.layout ? layoutOf(s, local, nameEnd) : undefined;
    const layoutAttributes: Record<string, string> | undefined = layout ? {} : undefined;
    for (;;) {
      const before = i;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const code = s.charCodeAt(i);
      if (code === 62 /* > */) {
        i++;
        break;
      }
      if (code === 47 /* / */) {
        if (i + 1 >= n) return -1;
        if (s.charCodeAt(i + 1) !== 62)
          this.fail(i, "forward-slash in opening tag not followed by >");
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === before) this.fail(i, "no whitespace between attributes");
      // An attribute: a name, '=', a quoted value.
      const attrStart = i;
      if (!isNameStart(code)) this.fail(i, "disallowed character in attribute name");
      let attrLocal = i;
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c === 61 /* = */ || c <= 32) break;
        if (c === 58) attrLocal = i + 1;
        else if (!isNameChar(c)) this.fail(i, "disallowed character in attribute name");
      }
      const attrEnd = i;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (s.charCodeAt(i) !== 61) this.fail(i, "attribute without value");
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const quote = s.charCodeAt(i);
      if (quote !== 34 && quote !== 39) this.fail(i, "unquoted attribute value");
      const valueStart = i + 1;
      // The value, char by char (sheet values are a few characters): its end, and what needs decoding.
      let special = 0;
      let j = valueStart;
      for (; j < n; j++) {
        const c = s.charCodeAt(j);
        if (c === quote) break;
        if (c === 60 /* < */) this.fail(j, "disallowed character in attribute value");
        if (c === 38 /* & */) special |= 1;
        else if (c === 9 || c === 10 || c === 13) special |= 2;
      }
      if (j >= n) return -1;
      const valueEnd = j;
      // Duplicate attributes are malformed; tags have few, so comparing with each earlier one is enough.
      const spans = this.spans;
      const length = attrEnd - attrStart;
      for (let k = 0; k < count; k += 2)
        if (spans[k + 1] - spans[k] === length && sameText(s, spans[k], attrStart, length))
          this.fail(attrStart, `duplicate attribute ${s.slice(attrStart, attrEnd).slice(0, 40)}`);
      spans[count++] = attrStart;
      spans[count++] = attrEnd;
      const which = attrEnd - attrLocal === 1 && wanted > 0 ? s.charCodeAt(attrLocal) : 0;
      if (which === 114 /* r */ || (wanted === 3 && (which === 116 /* t */ || which === 115))) {
        const value = this.attributeValue(s, valueStart, valueEnd, special);
        const prefixed = attrLocal !== attrStart;
        if (which === 114) {
          if (prefixed) rPrefixed ??= value;
          else r = value;
        } else if (which === 116) {
          if (prefixed) tPrefixed ??= value;
          else t = value;
        } else if (prefixed) sPrefixed ??= value;
        else st = value;
      } else if (layoutAttributes)
        layoutAttributes[s.slice(attrStart, attrEnd)] = this.attributeValue(
          s,
          valueStart,
          valueEnd,
          special
        );
      else if (special & 1) this.attributeValue(s, valueStart, valueEnd, special);
      i = valueEnd + 1;
    }
    // The tag is complete: act on it.
    const names = this.names;
    if (names.length === 0) {
      if (this.rootClosed) this.fail(lt, "documents may contain only one root");
      this.sawRoot = true;
    }
    if (names.length >= this.limits.depth) this.limits.refuse("depth");
    if (layout) this.events.layout?.(layout, layoutAttributes as Record<string, string>);
    this.openElement(kind, r ?? rPrefixed, t ?? tPrefixed, st ?? sPrefixed);
    if (selfClosing) {
      if (names.length === 0) this.rootClosed = true;
      this.closeElement(kind);
    } else {
      names.push(
        kind !== OTHER && local === nameStart ? PLAIN_NAMES[kind] : s.slice(nameStart, nameEnd)
      );
      this.kinds.push(kind);
    }
    return i;
  }

  private openElement(
    kind: number,
    r: string | undefined,
    t: string | undefined,
    s: string | undefined
  ): void {
    switch (kind) {
      case ROW:
        this.events.row(r);
        break;
      case C:
        this.text = "";
        this.hasValue = false;
        this.hasFormula = false;
        this.events.cell(r, t, s);
        break;
      case V:
        this.inValue = true;
        this.hasValue = true;
        break;
      case F:
        this.hasFormula = true;
        break;
      case IS:
        this.inInline = true;
        break;
      case SI:
        this.text = "";
        this.hasValue = false;
        this.inInline = true;
        this.events.cell(undefined, undefined, undefined);
        break;
      case RPH:
        this.phonetic++;
        break;
      case T:
        if (this.inInline && this.phonetic === 0) {
          this.inValue = true;
          this.hasValue = true;
        }
        break;
    }
  }

  private closeElement(kind: number): void {
    switch (kind) {
      case V:
        this.inValue = false;
        break;
      case T:
        if (this.inInline) this.inValue = false;
        break;
      case IS:
        this.inInline = false;
        break;
      case SI:
        this.inInline = false;
        this.events.cellEnd(this.text, this.hasValue, false);
        this.text = "";
        break;
      case RPH:
        this.phonetic--;
        break;
      case C:
        this.events.cellEnd(this.text, this.hasValue, this.hasFormula);
        this.text = "";
        break;
      case ROW:
        this.events.rowEnd();
        break;
    }
  }

  /** A close tag at lt; the index after it, or -1 when the text ends inside it. */
  private closeTag(s: string, lt: number): number {
    // </c>, closing a <c> opened without a prefix: the commonest close tag, matched without a search.
    const names = this.names;
    const last = names.length - 1;
    if (
      s.charCodeAt(lt + 2) === 99 /* c */ &&
      s.charCodeAt(lt + 3) === 62 /* > */ &&
      last > 0 &&
      this.kinds[last] === C &&
      names[last] === "c"
    ) {
      names.pop();
      this.kinds.pop();
      this.closeElement(C);
      return lt + 4;
    }
    const gt = s.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    let nameEnd = gt;
    while (nameEnd > lt + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
    const top = names.length > 0 ? names[names.length - 1] : undefined;
    if (top === undefined || nameEnd - (lt + 2) !== top.length || !s.startsWith(top, lt + 2))
      this.fail(lt, `unexpected close tag </${s.slice(lt + 2, Math.min(nameEnd, lt + 42))}>`);
    names.pop();
    const kind = this.kinds.pop() as number;
    if (names.length === 0) this.rootClosed = true;
    this.closeElement(kind);
    return gt + 1;
  }

  /** '<!' at lt: a comment or CDATA (a doctype is refused); the index after it, where to resume, or -1. */
  private markup(s: string, lt: number): number {
    const n = s.length;
    if (s.startsWith("<!--", lt)) {
      this.mode = COMMENT;
      return this.inComment(s, lt + 4);
    }
    if (s.startsWith("<![CDATA[", lt)) {
      if (this.names.length === 0) this.fail(lt, "text data outside of root node");
      this.mode = CDATA;
      return this.inCdata(s, lt + 9);
    }
    // No spreadsheet program writes a doctype in a worksheet part (Excel refuses one); entity bombs begin so.
    if (s.startsWith("<!DOCTYPE", lt))
      this.fail(lt, "a document type declaration is not allowed in a worksheet part");
    // Too short yet to tell which.
    const head = s.slice(lt, n);
    if (head.length < 9 && ["<!--", "<![CDATA[", "<!DOCTYPE"].some((m) => m.startsWith(head)))
      return -1;
    return this.fail(lt, "incorrect syntax");
  }

  /** Inside a comment from pos: past its end, or where to resume (keeping a possible '--' start). */
  private inComment(s: string, pos: number): number {
    const dashes = s.indexOf("--", pos);
    if (dashes < 0) return Math.max(pos, s.length - 1);
    if (dashes + 2 >= s.length) return dashes;
    // XML forbids '--' inside a comment (2.5), so the first one must end it.
    if (s.charCodeAt(dashes + 2) !== 62 /* > */) this.fail(dashes, "double dash in comment");
    this.mode = NORMAL;
    return dashes + 3;
  }

  /** Inside CDATA from pos: its text taken as written when it is a value's. */
  private inCdata(s: string, pos: number): number {
    const end = s.indexOf("]]>", pos);
    // Unfinished: keep the last two characters (a cut ']]>' or a CR before its LF) with the next chunk.
    const stop = end < 0 ? Math.max(pos, s.length - 2) : end;
    if (this.inValue && stop > pos) {
      let piece = s.slice(pos, stop);
      if (piece.indexOf("\r") >= 0) piece = piece.replace(CR, "\n");
      this.addText(piece);
    }
    if (end < 0) return stop;
    this.mode = NORMAL;
    return end + 3;
  }

  /** '<?' at lt: a processing instruction or the XML declaration, skipped. */
  private instruction(s: string, lt: number): number {
    const end = s.indexOf("?>", lt + 2);
    if (end < 0) return -1;
    if (!isNameStart(s.charCodeAt(lt + 2)))
      this.fail(lt, "processing instruction without a target");
    // The XML declaration (2.8) is checked as a general parser checks it: a damaged one is damage.
    const target = /^[^ \t\r\n?]*/.exec(s.slice(lt + 2, end))?.[0] ?? "";
    if (!PI_TARGET.test(target))
      this.fail(lt, "disallowed character in processing instruction target");
    if (target.toLowerCase() === "xml") {
      if (this.offset + lt !== 0 || target !== "xml")
        this.fail(lt, "an XML declaration must be at the start of the document");
      if (!XML_DECLARATION.test(s.slice(lt, end + 2))) this.fail(lt, "malformed XML declaration");
    }
    return end + 2;
  }
}
