/**
 * Just enough of the zip format to read the parts of an .xlsx: the central
 * directory gives each part's offset, sizes and CRC-32, and a part is streamed
 * from the file through inflate, its size and CRC checked as it goes, so a
 * damaged part never passes and a bomb is stopped at the limit, not in memory.
 * Zip64 archives (over 4 GB or 65,535 entries) are read too.
 */
import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import * as zlib from "node:zlib";
import { damaged, overLimit, ReadError, type ReadLimits } from "./problems";

export interface ZipEntry {
  /** The name as stored, '/'-separated. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** The entries of an archive, found by name as Excel finds them: case-insensitively. */
export class ZipDirectory {
  private readonly byName = new Map<string, ZipEntry>();

  constructor(entries: readonly ZipEntry[]) {
    for (const entry of entries) {
      const key = partKey(entry.name);
      if (!this.byName.has(key)) this.byName.set(key, entry);
    }
  }

  /** The entry of a part name ('xl/workbook.xml', '/xl/Workbook.xml' alike). */
  get(name: string): ZipEntry | undefined {
    return this.byName.get(partKey(name));
  }

  /** Every entry. */
  entries(): IterableIterator<ZipEntry> {
    return this.byName.values();
  }
}

/**
 * A part name folded for look-up: percent-decoded (OPC stores non-ASCII part
 * names percent-encoded, some writers raw), no leading slash, '/' separators,
 * lower case.
 */
export function partKey(name: string): string {
  let decoded = name;
  if (name.indexOf("%") >= 0) {
    try {
      decoded = decodeURIComponent(name);
    } catch {
      decoded = name;
    }
  }
  return decoded.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}

/** What reading one file may still spend, shared by all its parts. */
export interface ReadBudget {
  readonly limits: ReadLimits;
  /** Date.now() after which reading stops. */
  readonly deadline: number;
  /** Inflated bytes read so far from this workbook. */
  bytes: number;
}

/** Stop when the file's time is up. */
export function checkDeadline(budget: ReadBudget, where?: string): void {
  if (Date.now() >= budget.deadline) overLimit(budget.limits, "seconds", where);
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) damaged({ kind: "directory" });
  return buffer;
}

/** Where the central directory is and how many entries it has, from the (zip64) end record. */
async function findDirectory(
  handle: FileHandle,
  size: number
): Promise<{ entries: number; offset: number; length: number }> {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  const tailLength = Math.min(size, 22 + 0xffff);
  const tailStart = size - tailLength;
  const tail = await readAt(handle, tailStart, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadError({ code: "truncated" });
  let entries = tail.readUInt16LE(eocd + 10);
  let length = tail.readUInt32LE(eocd + 12);
  let offset = tail.readUInt32LE(eocd + 16);
  if (entries === 0xffff || length === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = tailStart + eocd - 20;
    const locator = locatorAt >= 0 ? await readAt(handle, locatorAt, 20) : undefined;
    if (!locator || locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE)
      damaged({ kind: "directory" });
    const recordAt = Number(locator.readBigUInt64LE(8));
    if (recordAt + 56 > size) damaged({ kind: "directory" });
    const record = await readAt(handle, recordAt, 56);
    if (record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) damaged({ kind: "directory" });
    entries = Number(record.readBigUInt64LE(32));
    length = Number(record.readBigUInt64LE(40));
    offset = Number(record.readBigUInt64LE(48));
  }
  if (offset + length > size) throw new ReadError({ code: "truncated" });
  // Each entry takes at least 46 bytes, so a count the directory cannot hold is damage, not a loop to run.
  if (entries * 46 > length) damaged({ kind: "directory" });
  return { entries, offset, length };
}

/** Sizes and offset from a zip64 extra field, for those the entry marks 0xffffffff. */
function zip64Values(
  extra: Buffer,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean }
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === ZIP64_EXTRA) {
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + length || q + 8 > extra.length) damaged({ kind: "directory" });
        const value = Number(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (wanted.uncompressed) out.uncompressed = next();
      if (wanted.compressed) out.compressed = next();
      if (wanted.offset) out.offset = next();
      return out;
    }
    p += 4 + length;
  }
  return damaged({ kind: "directory" });
}

/** List the entries of a zip file from its central directory. */
export async function readZipDirectory(path: string): Promise<ZipDirectory> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size < 22) throw new ReadError({ code: "truncated" });
    const { entries, offset, length } = await findDirectory(handle, size);
    const directory = await readAt(handle, offset, length);
    const out: ZipEntry[] = [];
    let p = 0;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE)
        damaged({ kind: "directory" });
      const flags = directory.readUInt16LE(p + 8);
      const method = directory.readUInt16LE(p + 10);
      const crc32 = directory.readUInt32LE(p + 16);
      let compressedSize = directory.readUInt32LE(p + 20);
      let uncompressedSize = directory.readUInt32LE(p + 24);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      let localHeaderOffset = directory.readUInt32LE(p + 42);
      const end = p + 46 + nameLength + extraLength + commentLength;
      if (end > directory.length) damaged({ kind: "directory" });
      // OOXML writers store part names as ASCII or UTF-8, with or without the zip's UTF-8 flag.
      const name = directory.toString("utf8", p + 46, p + 46 + nameLength);
      if (
        compressedSize === 0xffffffff ||
        uncompressedSize === 0xffffffff ||
        localHeaderOffset === 0xffffffff
      ) {
        const extra = directory.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
        const big = zip64Values(extra, {
          uncompressed: uncompressedSize === 0xffffffff,
          compressed: compressedSize === 0xffffffff,
          offset: localHeaderOffset === 0xffffffff,
        });
        uncompressedSize = big.uncompressed ?? uncompressedSize;
        compressedSize = big.compressed ?? compressedSize;
        localHeaderOffset = big.offset ?? localHeaderOffset;
      }
      if (localHeaderOffset + 30 + compressedSize > size)
        throw new ReadError({ code: "truncated" });
      out.push({
        name,
        method,
        flags,
        crc32,
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
      });
      p = end;
    }
    return new ZipDirectory(out);
  } finally {
    await handle.close();
  }
}

// ---- CRC-32 -------------------------------------------------------------------------

type Crc32 = (data: Buffer, value: number) => number;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 by table, for Node versions without zlib.crc32 (before 20.15). */
function tableCrc32(data: Buffer, value: number): number {
  let c = (value ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const nativeCrc32 = (zlib as unknown as { crc32?: Crc32 }).crc32;
const crc32: Crc32 = typeof nativeCrc32 === "function" ? nativeCrc32 : tableCrc32;

// ---- reading a part ----------------------------------------------------------------------

/**
 * Stream one entry's uncompressed bytes, refusing at the part's and the
 * workbook's size limits and checking size and CRC-32 at the end.
 */
export async function* readZipEntry(
  path: string,
  entry: ZipEntry,
  budget: ReadBudget,
  partLimit: "sheetPartBytes" | "otherPartBytes"
): AsyncGenerator<Buffer> {
  if (entry.flags & ENCRYPTED_FLAG) throw new ReadError({ code: "encrypted" });
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw new ReadError({
      code: "unsupported",
      what: "compression",
      detail: `${entry.name}: method ${entry.method}`,
    });
  const limits = budget.limits;
  // The declared size refuses a bomb before a byte is inflated; the running count catches a lying one.
  if (entry.uncompressedSize > limits[partLimit]) overLimit(limits, partLimit, entry.name);
  if (budget.bytes + entry.uncompressedSize > limits.workbookBytes)
    overLimit(limits, "workbookBytes", entry.name);
  const handle = await open(path, "r");
  let header: Buffer;
  try {
    header = await readAt(handle, entry.localHeaderOffset, 30);
  } finally {
    await handle.close();
  }
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE)
    damaged({ kind: "local-header", part: entry.name });
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let crc = 0;
  let size = 0;
  if (entry.compressedSize > 0) {
    const raw = createReadStream(path, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: 256 * 1024,
    });
    // Larger chunks than zlib's 16 KB: each chunk costs a round trip through the event loop.
    const inflate =
      entry.method === DEFLATED ? zlib.createInflateRaw({ chunkSize: 128 * 1024 }) : undefined;
    const source = inflate ? raw.pipe(inflate) : raw;
    if (inflate) raw.on("error", (error) => inflate.destroy(error));
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > entry.uncompressedSize) damaged({ kind: "size", part: entry.name });
        budget.bytes += chunk.length;
        crc = crc32(chunk, crc);
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
  if (size !== entry.uncompressedSize) damaged({ kind: "size", part: entry.name });
  if (crc !== entry.crc32) damaged({ kind: "crc", part: entry.name });
}
