/**
 * Telling what a file is from its bytes, before reading it as a zip, without
 * Node: shared by aid-check (src/cli/sniff.ts, which reads the bytes from the
 * file) and the workbench (./memory-zip.ts, which holds them), so both name an
 * old .xls, a WPS .et, a password-protected workbook, a CSV or a web page alike.
 */
import type { ReadProblem } from "../cli/problems";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Stream names that say what an OLE compound file holds, most telling first. */
const OLE_STREAMS: readonly [string, ReadProblem][] = [
  ["EncryptionInfo", { code: "encrypted" }],
  ["EncryptedPackage", { code: "encrypted" }],
  ["Workbook", { code: "legacy-excel" }],
  ["Book", { code: "legacy-excel" }],
  ["WordDocument", { code: "other-ole", what: "word" }],
  ["PowerPoint Document", { code: "other-ole", what: "powerpoint" }],
];

/** What the first (up to 8) bytes say: a zip to read, an OLE file to look into, or a problem to refuse with. */
export function sniffHead(head: Uint8Array): "zip" | "ole" | ReadProblem {
  if (head.length === 0) return { code: "empty" };
  // A zip's first entry (PK\3\4), or an empty zip or one whose first entry was cut: the directory decides.
  if (head.length >= 2 && head[0] === 0x50 && head[1] === 0x4b) return "zip";
  if (head.length >= 8 && OLE_MAGIC.every((byte, i) => head[i] === byte)) return "ole";
  return looksLikeText(head.subarray(0, 8)) ? { code: "text-file" } : { code: "not-zip" };
}

/** True when the first bytes are text: a BOM, or printable ASCII / UTF-8 lead bytes. */
function looksLikeText(head: Uint8Array): boolean {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return true;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  for (const byte of head) {
    if (byte === 9 || byte === 10 || byte === 13) continue;
    if (byte < 32 || byte === 127) return false;
  }
  return true;
}

/**
 * Note the telling stream names in a block of an OLE file (a block starting on a
 * 128-byte boundary). Directory entries are 128-byte records, each starting with
 * its UTF-16 name and giving the name's byte length at offset 64; scanning for
 * those tells the kinds apart without following the sector chains.
 */
export function oleStreamsIn(block: Uint8Array, found: Set<string>): void {
  const utf16 = new TextDecoder("utf-16le");
  for (let at = 0; at + 128 <= block.length; at += 128) {
    const nameBytes = block[at + 64] | (block[at + 65] << 8);
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
    const name = utf16.decode(block.subarray(at, at + nameBytes - 2));
    for (const [stream] of OLE_STREAMS) if (name === stream) found.add(stream);
  }
}

/** What an OLE file holds, from the stream names found in it. */
export function oleProblem(found: ReadonlySet<string>): ReadProblem {
  for (const [stream, problem] of OLE_STREAMS) if (found.has(stream)) return problem;
  return { code: "other-ole", what: "unknown" };
}
