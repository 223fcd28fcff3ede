/**
 * The zip parts of an .xlsx on disk: the central directory is read through a
 * file handle and parsed by ../xlsx/zip-directory.ts (shared with the
 * workbench), and a part is streamed from the file through node:zlib, its
 * size and CRC checked as it goes, so a damaged part never passes, a bomb is
 * stopped at the limit, and a large sheet is never held whole.
 */
import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import * as zlib from "node:zlib";
import { damaged, ReadError } from "./problems";
import {
  checkPart,
  dataStart,
  DEFLATED,
  parseZipDirectory,
  PartCheck,
  tableCrc32,
  type Crc32,
  type PartLimit,
  type PartSource,
  type ReadBudget,
  type ZipDirectory,
  type ZipEntry,
} from "../xlsx/zip-directory";

export {
  checkDeadline,
  partKey,
  ZipDirectory,
  type ReadBudget,
  type ZipEntry,
} from "../xlsx/zip-directory";

/** Read up to `length` bytes at `position` (fewer at the end of the file). */
async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
}

/** List the entries of a zip file from its central directory. */
export async function readZipDirectory(path: string): Promise<ZipDirectory> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    return await parseZipDirectory((position, length) => readAt(handle, position, length), size);
  } finally {
    await handle.close();
  }
}

const nativeCrc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;
// zlib.crc32 came in Node 20.15; the table is the fallback.
const crc32: Crc32 = typeof nativeCrc32 === "function" ? nativeCrc32 : tableCrc32;

/**
 * Stream one entry's uncompressed bytes, refusing at the part's and the
 * workbook's size limits and checking size and CRC-32 at the end. `onRead`
 * hears each compressed chunk's length as it is read from the file.
 */
export async function* readZipEntry(
  path: string,
  entry: ZipEntry,
  budget: ReadBudget,
  partLimit: PartLimit,
  onRead?: (bytes: number) => void
): AsyncGenerator<Buffer> {
  checkPart(entry, budget, partLimit);
  const handle = await open(path, "r");
  let header: Buffer;
  try {
    header = await readAt(handle, entry.localHeaderOffset, 30);
  } finally {
    await handle.close();
  }
  const start = dataStart(entry, header);
  const check = new PartCheck(entry, budget, crc32);
  if (entry.compressedSize > 0) {
    const raw = createReadStream(path, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: 256 * 1024,
    });
    if (onRead) raw.on("data", (chunk) => onRead(chunk.length));
    // Larger chunks than zlib's 16 KB: each chunk costs a round trip through the event loop.
    const inflate =
      entry.method === DEFLATED ? zlib.createInflateRaw({ chunkSize: 128 * 1024 }) : undefined;
    const source = inflate ? raw.pipe(inflate) : raw;
    if (inflate) raw.on("error", (error) => inflate.destroy(error));
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        check.chunk(chunk);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ReadError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code && code.startsWith("Z_")) damaged({ kind: "inflate", part: entry.name });
      throw error;
    } finally {
      // Closes the file when the reader stops early (an error, or a sheet it did not need).
      raw.destroy();
      inflate?.destroy();
    }
  }
  check.end();
}

/** The parts of a zip file on disk, for the shared workbook reader. */
export async function fileParts(
  path: string,
  onRead?: (bytes: number) => void
): Promise<PartSource> {
  const directory = await readZipDirectory(path);
  return {
    directory,
    read: (entry, budget, partLimit) => readZipEntry(path, entry, budget, partLimit, onRead),
  };
}
