/**
 * Feeding a zip part's XML to a SAX parser or the worksheet scanner, without
 * Node: the part's encoding (UTF-8, or UTF-16 with or without a byte-order
 * mark) is found from its first bytes, and a text node or tag longer than the
 * limit, or a file over its time, is refused before the parser has to hold it.
 */
import { overLimit, ReadError } from "../cli/problems";
import { checkDeadline, type ReadBudget } from "./zip-directory";

/** The encoding of an XML part from its first bytes (XML 1.0 appendix F). */
function encodingOf(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head.length >= 2 && head[0] === 0x3c && head[1] === 0x00) return "utf-16le";
  if (head.length >= 2 && head[0] === 0x00 && head[1] === 0x3c) return "utf-16be";
  return "utf-8";
}

/** What XML text is fed to: a SAX parser, or the worksheet scanner. */
export interface XmlSink {
  write(text: string): unknown;
  close(): unknown;
}

/** Join two byte arrays. */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Stream a part's inflated chunks through a SAX parser (or the worksheet scanner), pausing after each chunk so
 * the caller can hand on what the chunk completed; a parse error is damage in that part.
 */
export async function* feedXmlChunks(
  part: string,
  chunks: AsyncIterable<Uint8Array>,
  parser: XmlSink,
  budget: ReadBudget
): AsyncGenerator<void> {
  const limits = budget.limits;
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let pending: Uint8Array | undefined;
  // Characters since the last '<': the text node or tag the parser is still collecting.
  let run = 0;
  const write = (text: string): void => {
    if (text.length === 0) return;
    const first = text.indexOf("<");
    if (first < 0) {
      run += text.length;
      if (run > limits.xmlRun) overLimit(limits, "xmlRun", part);
    } else {
      if (run + first > limits.xmlRun) overLimit(limits, "xmlRun", part);
      run = text.length - 1 - text.lastIndexOf("<");
    }
    try {
      parser.write(text);
    } catch (error) {
      throw asXmlError(error, part);
    }
  };
  for await (const chunk of chunks) {
    checkDeadline(budget, part);
    if (!decoder) {
      // Two bytes tell the encoding; a first chunk shorter than that waits for the next.
      pending = pending ? concat(pending, chunk) : chunk;
      if (pending.length < 2) continue;
      decoder = new TextDecoder(encodingOf(pending));
      write(decoder.decode(pending, { stream: true }));
      pending = undefined;
    } else write(decoder.decode(chunk, { stream: true }));
    yield;
  }
  if (!decoder && pending) decoder = new TextDecoder(encodingOf(pending));
  if (decoder) write(decoder.decode(pending ?? new Uint8Array(0)));
  try {
    parser.close();
  } catch (error) {
    throw asXmlError(error, part);
  }
}

/**
 * What an error thrown while parsing means: saxes throws plain Errors for
 * malformed XML, which is damage in the part; anything else was thrown by a
 * handler (a ReadError, a restart) and goes on as it is.
 */
function asXmlError(error: unknown, part: string): unknown {
  if (!(error instanceof Error) || error instanceof ReadError || error.constructor !== Error)
    return error;
  return new ReadError({ code: "damaged", damage: { kind: "xml", part, detail: error.message } });
}

/**
 * An attribute by its local name, the plain name first: x:ref or r:id is read
 * as ref or id, as producers that prefix SpreadsheetML write them.
 */
export function attributeNamed(
  attributes: Readonly<Record<string, string>>,
  name: string
): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  // Only a key ending in ':' + name can still match, checked without slicing.
  for (const key in attributes)
    if (
      key.length > name.length &&
      key.charCodeAt(key.length - name.length - 1) === 58 /* : */ &&
      key.endsWith(name)
    )
      return attributes[key];
  return undefined;
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Decode the _xHHHH_ escapes of OOXML strings (ECMA-376 part 1, 22.9.2.19):
 * '_x000D_' is a carriage return, '_x005F_' a literal underscore, so
 * '_x005F_x0041_' reads as the text '_x0041_'.
 */
export function decodeEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(ESCAPE, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
