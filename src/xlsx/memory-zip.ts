/**
 * The zip parts of an .xlsx held in memory (the workbench's opened file), for
 * the shared reader (./workbook-parts.ts): the directory is parsed from the
 * bytes, and a part is inflated by fflate in slices, checked for size and
 * CRC-32 as it goes, so the browser refuses and accepts the files the CLI does.
 */
import { Inflate } from "fflate";
import { damaged, ReadError } from "../cli/problems";
import {
  checkPart,
  dataStart,
  DEFLATED,
  parseZipDirectory,
  PartCheck,
  type PartSource,
} from "./zip-directory";
import { oleProblem, oleStreamsIn, sniffHead } from "./sniff-bytes";

// Compressed bytes inflated at a time: a slice can grow at most about 1,000-fold, so a bomb is caught early.
const SLICE = 64 * 1024;

/** Refuse bytes that are not a zip archive, saying what they are, as src/cli/sniff.ts does for a file. */
function sniff(data: Uint8Array): void {
  const kind = sniffHead(data.subarray(0, 8));
  if (kind === "zip") return;
  if (kind !== "ole") throw new ReadError(kind);
  const found = new Set<string>();
  oleStreamsIn(data, found);
  throw new ReadError(oleProblem(found));
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
