/**
 * The zip format, as far as reading an .xlsx needs it, without Node: the
 * central directory parsed from bytes got through a "read these bytes at this
 * offset" callback, the checks every part passes (encryption, compression
 * method, declared size against the limits), and a running size and CRC-32
 * check over the inflated chunks. The CLI reads through a file handle and
 * node:zlib (src/cli/zip.ts); the workbench through an ArrayBuffer and fflate
 * (./memory-zip.ts); both end up here, so they refuse and accept the same files.
 * Zip64 archives (over 4 GB or 65,535 entries) are read too.
 */
import { damaged, overLimit, ReadError, type ReadLimits } from "../cli/problems";

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

/** Which size limit a part is held to. */
export type PartLimit = "sheetPartBytes" | "otherPartBytes";

/** Where the parts of one archive come from: its directory, and each part's inflated, checked bytes. */
export interface PartSource {
  readonly directory: ZipDirectory;
  /** Stream one part's inflated bytes, refused at the limits and checked for size and CRC-32 at the end. */
  read(entry: ZipEntry, budget: ReadBudget, partLimit: PartLimit): AsyncIterable<Uint8Array>;
}

/** Read `length` bytes at `position`; fewer back means the file ends there. */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

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
export const STORED = 0;
export const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;

const view = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A 64-bit little-endian size or offset as a number (exact below 2^53, far past any workbook). */
function u64(data: DataView, at: number): number {
  return data.getUint32(at, true) + data.getUint32(at + 4, true) * 0x1_0000_0000;
}

/** Read exactly `length` bytes or call the directory damaged. */
async function readExactly(readAt: ReadAt, position: number, length: number): Promise<Uint8Array> {
  const bytes = await readAt(position, length);
  if (bytes.length !== length) damaged({ kind: "directory" });
  return bytes;
}

/** Where the central directory is and how many entries it has, from the (zip64) end record. */
async function findDirectory(
  readAt: ReadAt,
  size: number
): Promise<{ entries: number; offset: number; length: number }> {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  const tailLength = Math.min(size, 22 + 0xffff);
  const tailStart = size - tailLength;
  const tail = view(await readExactly(readAt, tailStart, tailLength));
  let eocd = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ReadError({ code: "truncated" });
  let entries = tail.getUint16(eocd + 10, true);
  let length = tail.getUint32(eocd + 12, true);
  let offset = tail.getUint32(eocd + 16, true);
  if (entries === 0xffff || length === 0xffffffff || offset === 0xffffffff) {
    const locatorAt = tailStart + eocd - 20;
    const locator = locatorAt >= 0 ? view(await readExactly(readAt, locatorAt, 20)) : undefined;
    if (!locator || locator.getUint32(0, true) !== ZIP64_LOCATOR_SIGNATURE)
      damaged({ kind: "directory" });
    const recordAt = u64(locator, 8);
    if (recordAt + 56 > size) damaged({ kind: "directory" });
    const record = view(await readExactly(readAt, recordAt, 56));
    if (record.getUint32(0, true) !== ZIP64_EOCD_SIGNATURE) damaged({ kind: "directory" });
    entries = u64(record, 32);
    length = u64(record, 40);
    offset = u64(record, 48);
  }
  if (offset + length > size) throw new ReadError({ code: "truncated" });
  // Each entry takes at least 46 bytes, so a count the directory cannot hold is damage, not a loop to run.
  if (entries * 46 > length) damaged({ kind: "directory" });
  return { entries, offset, length };
}

/** Sizes and offset from a zip64 extra field, for those the entry marks 0xffffffff. */
function zip64Values(
  extra: DataView,
  wanted: { uncompressed: boolean; compressed: boolean; offset: boolean }
): { uncompressed?: number; compressed?: number; offset?: number } {
  for (let p = 0; p + 4 <= extra.byteLength;) {
    const id = extra.getUint16(p, true);
    const length = extra.getUint16(p + 2, true);
    if (id === ZIP64_EXTRA) {
      const out: { uncompressed?: number; compressed?: number; offset?: number } = {};
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + length || q + 8 > extra.byteLength) damaged({ kind: "directory" });
        const value = u64(extra, q);
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

/** List the entries of a zip archive of `size` bytes from its central directory. */
export async function parseZipDirectory(readAt: ReadAt, size: number): Promise<ZipDirectory> {
  if (size < 22) throw new ReadError({ code: "truncated" });
  const { entries, offset, length } = await findDirectory(readAt, size);
  const bytes = await readExactly(readAt, offset, length);
  const directory = view(bytes);
  const utf8 = new TextDecoder("utf-8");
  const out: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > directory.byteLength || directory.getUint32(p, true) !== CENTRAL_SIGNATURE)
      damaged({ kind: "directory" });
    const flags = directory.getUint16(p + 8, true);
    const method = directory.getUint16(p + 10, true);
    const crc32 = directory.getUint32(p + 16, true);
    let compressedSize = directory.getUint32(p + 20, true);
    let uncompressedSize = directory.getUint32(p + 24, true);
    const nameLength = directory.getUint16(p + 28, true);
    const extraLength = directory.getUint16(p + 30, true);
    const commentLength = directory.getUint16(p + 32, true);
    let localHeaderOffset = directory.getUint32(p + 42, true);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > directory.byteLength) damaged({ kind: "directory" });
    // OOXML writers store part names as ASCII or UTF-8, with or without the zip's UTF-8 flag.
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (
      compressedSize === 0xffffffff ||
      uncompressedSize === 0xffffffff ||
      localHeaderOffset === 0xffffffff
    ) {
      const extra = view(bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
      const big = zip64Values(extra, {
        uncompressed: uncompressedSize === 0xffffffff,
        compressed: compressedSize === 0xffffffff,
        offset: localHeaderOffset === 0xffffffff,
      });
      uncompressedSize = big.uncompressed ?? uncompressedSize;
      compressedSize = big.compressed ?? compressedSize;
      localHeaderOffset = big.offset ?? localHeaderOffset;
    }
    if (localHeaderOffset + 30 + compressedSize > size) throw new ReadError({ code: "truncated" });
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
}

/**
 * Refuse a part before reading it: encrypted, compressed by a method other
 * than stored or deflate, or declaring a size over the part's or the
 * workbook's limit (a bomb is refused before a byte is inflated; a lying size
 * is caught by PartCheck).
 */
export function checkPart(entry: ZipEntry, budget: ReadBudget, partLimit: PartLimit): void {
  if (entry.flags & ENCRYPTED_FLAG) throw new ReadError({ code: "encrypted" });
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw new ReadError({
      code: "unsupported",
      what: "compression",
      detail: `${entry.name}: method ${entry.method}`,
    });
  const limits = budget.limits;
  if (entry.uncompressedSize > limits[partLimit]) overLimit(limits, partLimit, entry.name);
  if (budget.bytes + entry.uncompressedSize > limits.workbookBytes)
    overLimit(limits, "workbookBytes", entry.name);
}

/** Where a part's compressed data starts, from its local header (30 bytes at localHeaderOffset). */
export function dataStart(entry: ZipEntry, header: Uint8Array): number {
  const local = view(header);
  if (header.length < 30 || local.getUint32(0, true) !== LOCAL_SIGNATURE)
    damaged({ kind: "local-header", part: entry.name });
  return entry.localHeaderOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
}

/** CRC-32 of data continuing from value. */
export type Crc32 = (data: Uint8Array, value: number) => number;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 by table, where no native one is at hand (browsers, Node before 20.15). */
export function tableCrc32(data: Uint8Array, value: number): number {
  let c = (value ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The running checks over a part's inflated chunks: its size, the workbook's, and its CRC-32. */
export class PartCheck {
  private size = 0;
  private crc = 0;

  constructor(
    private readonly entry: ZipEntry,
    private readonly budget: ReadBudget,
    private readonly crc32: Crc32 = tableCrc32
  ) {}

  /** Count one inflated chunk; a part growing past its declared size is damaged. */
  chunk(data: Uint8Array): void {
    this.size += data.length;
    if (this.size > this.entry.uncompressedSize) damaged({ kind: "size", part: this.entry.name });
    this.budget.bytes += data.length;
    this.crc = this.crc32(data, this.crc);
  }

  /** The part has ended: its size and CRC-32 must be those the directory gives. */
  end(): void {
    if (this.size !== this.entry.uncompressedSize) damaged({ kind: "size", part: this.entry.name });
    if (this.crc !== this.entry.crc32) damaged({ kind: "crc", part: this.entry.name });
  }
}
