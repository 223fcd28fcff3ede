/**
 * The zip parts of an .xlsx held in memory (the workbench's opened file), for
 * the shared reader (./workbook-parts.ts): the directory is parsed from the
 * bytes, and a part is inflated by fflate in slices, checked for size and
 * CRC-32 as it goes, so the browser refuses and accepts the files the CLI does.
 */
import { Inflate } from "fflate";
import { damaged, ReadError, type ReadProblem } from "../cli/problems";
import {
  checkPart,
  dataStart,
  DEFLATED,
  parseZipDirectory,
  PartCheck,
  type PartSource,
} from "./zip-directory";

// Compressed bytes inflated at a time: a slice can grow at most about 1,000-fold, so a bomb is caught early.
const SLICE = 64 * 1024;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Stream names that say what an OLE compound file holds, most telling first (as src/cli/sniff.ts). */
const OLE_STREAMS: readonly [string, ReadProblem][] = [
  ["EncryptionInfo", { code: "encrypted" }],
  ["EncryptedPackage", { code: "encrypted" }],
  ["Workbook", { code: "legacy-excel" }],
  ["Book", { code: "legacy-excel" }],
  ["WordDocument", { code: "other-ole", what: "word" }],
  ["PowerPoint Document", { code: "other-ole", what: "powerpoint" }],
];

/** What an OLE compound file holds, from the names of its 128-byte directory entries. */
function oleKind(data: Uint8Array): ReadProblem {
  const found = new Set<string>();
  const utf16 = new TextDecoder("utf-16le");
  for (let at = 0; at + 128 <= data.length; at += 128) {
    const nameBytes = data[at + 64] | (data[at + 65] << 8);
    if (nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
    const name = utf16.decode(data.subarray(at, at + nameBytes - 2));
    for (const [stream] of OLE_STREAMS) if (name === stream) found.add(stream);
  }
  for (const [stream, problem] of OLE_STREAMS) if (found.has(stream)) return problem;
  return { code: "other-ole", what: "unknown" };
}

/** Refuse bytes that are not a zip archive, saying what they are, as src/cli/sniff.ts does for a file. */
function sniff(data: Uint8Array): void {
  if (data.length === 0) throw new ReadError({ code: "empty" });
  if (data.length >= 2 && data[0] === 0x50 && data[1] === 0x4b) return;
  if (data.length >= 8 && OLE_MAGIC.every((byte, i) => data[i] === byte))
    throw new ReadError(oleKind(data));
  const head = data.subarray(0, 8);
  const bom =
    (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) ||
    (head[0] === 0xff && head[1] === 0xfe) ||
    (head[0] === 0xfe && head[1] === 0xff);
  const printable = head.every((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127));
  throw new ReadError({ code: bom || printable ? "text-file" : "not-zip" });
}

/** The parts of an in-memory .xlsx; refuses bytes that are no zip archive, saying what they are. */
export async function memoryParts(data: Uint8Array): Promise<PartSource> {
  sniff(data);
  const directory = await parseZipDirectory(
    (position, length) => Promise.resolve(data.subarray(position, position + length)),
    data.length
  );
  return {
    directory,
    async *read(entry, budget, partLimit) {
      checkPart(entry, budget, partLimit);
      const start = dataStart(
        entry,
        data.subarray(entry.localHeaderOffset, entry.localHeaderOffset + 30)
      );
      const compressed = data.subarray(start, start + entry.compressedSize);
      const check = new PartCheck(entry, budget);
      if (entry.method !== DEFLATED) {
        for (let at = 0; at < compressed.length; at += SLICE) {
          const chunk = compressed.subarray(at, at + SLICE);
          check.chunk(chunk);
          yield chunk;
        }
      } else {
        let out: Uint8Array[] = [];
        const inflate = new Inflate((chunk) => out.push(chunk));
        for (let at = 0; at < compressed.length || at === 0; at += SLICE) {
          const last = at + SLICE >= compressed.length;
          try {
            inflate.push(compressed.subarray(at, at + SLICE), last);
          } catch {
            damaged({ kind: "inflate", part: entry.name });
          }
          const ready = out;
          out = [];
          for (const chunk of ready) {
            check.chunk(chunk);
            yield chunk;
          }
        }
      }
      check.end();
    },
  };
}
