/**
 * Tell what a file is from its first bytes, before reading it as a zip: an
 * officer's ".xlsx" may be an old .xls, a WPS .et, a password-protected
 * workbook (an OLE container around the encrypted package), a CSV or a web page.
 */
import { open } from "node:fs/promises";
import { ReadError, type ReadProblem } from "./problems";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Stream names that say what an OLE compound file holds, most telling first. */
const OLE_STREAMS: readonly [string, ReadProblem][] = [
  ["EncryptionInfo", { code: "encrypted" }],
  ["EncryptedPackage", { code: "encrypted" }],
  ["Workbook", { code: "legacy-excel" }],
  ["Book", { code: "legacy-excel" }],
  ["WordDocument", { code: "other-ole", what: "word" }],
  ["PowerPoint Document", { code: "other-ole", what: "powerpoint" }],
];

/**
 * Find the names in an OLE file's directory. Directory entries are 128-byte
 * records on 128-byte boundaries, each starting with its UTF-16 name and
 * giving the name's byte length at offset 64; scanning for those is enough to
 * tell the kinds apart without following the sector chains.
 */
async function oleKind(path: string): Promise<ReadProblem> {
  const handle = await open(path, "r");
  const found = new Set<string>();
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let position = 0; ; position += chunk.length) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      for (let at = 0; at + 128 <= bytesRead; at += 128) {
        const nameBytes = chunk.readUInt16LE(at + 64);
        if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
        const name = chunk.toString("utf16le", at, at + nameBytes - 2);
        for (const [stream] of OLE_STREAMS) if (name === stream) found.add(stream);
      }
      if (bytesRead < chunk.length) break;
    }
  } finally {
    await handle.close();
  }
  for (const [stream, problem] of OLE_STREAMS) if (found.has(stream)) return problem;
  return { code: "other-ole", what: "unknown" };
}

/** Refuse a file that is not a zip archive, saying what it is; resolves when it may be one. */
export async function sniffFile(path: string): Promise<void> {
  const handle = await open(path, "r");
  const head = Buffer.alloc(8);
  let length: number;
  try {
    length = (await handle.read(head, 0, 8, 0)).bytesRead;
  } finally {
    await handle.close();
  }
  if (length === 0) throw new ReadError({ code: "empty" });
  if (length >= 4 && head.readUInt32LE(0) === 0x04034b50) return;
  // An empty zip, or one whose first entry was cut: the directory decides.
  if (length >= 2 && head[0] === 0x50 && head[1] === 0x4b) return;
  if (length === 8 && head.equals(OLE_MAGIC)) throw new ReadError(await oleKind(path));
  if (looksLikeText(head.subarray(0, length))) throw new ReadError({ code: "text-file" });
  throw new ReadError({ code: "not-zip" });
}

/** True when the first bytes are text: a BOM, or printable ASCII / UTF-8 lead bytes. */
function looksLikeText(head: Buffer): boolean {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return true;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  for (const byte of head) {
    if (byte === 9 || byte === 10 || byte === 13) continue;
    if (byte < 32 || byte === 127) return false;
  }
  return true;
}
