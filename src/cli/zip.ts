/**
 * Just enough of the zip format to read the parts of an .xlsx: the central
 * directory gives each part's offset and size, and a part is streamed from
 * the file through inflate. Zip64 archives (parts over 4 GB) are not read.
 */
import { createReadStream } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { Readable } from "node:stream";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class ZipError extends Error {}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length) throw new ZipError("unexpected end of file");
  return buffer;
}

/** List the entries of a zip file from its central directory. */
export async function readZipDirectory(path: string): Promise<Map<string, ZipEntry>> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size < 22) throw new ZipError("too small to be a zip archive");
    // The end-of-central-directory record sits in the last 22 bytes plus an optional comment of up to 64 KB.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError("no end of central directory: not a zip archive or truncated");
    const entries = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    if (directoryOffset === 0xffffffff || entries === 0xffff)
      throw new ZipError("zip64 archives are not supported");
    if (directoryOffset + directorySize > size)
      throw new ZipError("central directory outside the file: truncated");
    const directory = await readAt(handle, directoryOffset, directorySize);
    const out = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < entries; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE)
        throw new ZipError("damaged central directory");
      const method = directory.readUInt16LE(p + 10);
      const compressedSize = directory.readUInt32LE(p + 20);
      const nameLength = directory.readUInt16LE(p + 28);
      const extraLength = directory.readUInt16LE(p + 30);
      const commentLength = directory.readUInt16LE(p + 32);
      const localHeaderOffset = directory.readUInt32LE(p + 42);
      const name = directory.toString("utf8", p + 46, p + 46 + nameLength);
      out.set(name, { name, method, compressedSize, localHeaderOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
    return out;
  } finally {
    await handle.close();
  }
}

/** Stream one entry's uncompressed bytes. */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  if (entry.method !== STORED && entry.method !== DEFLATED)
    throw new ZipError(`unsupported compression method ${entry.method}`);
  const handle = await open(path, "r");
  let header: Buffer;
  try {
    header = await readAt(handle, entry.localHeaderOffset, 30);
  } finally {
    await handle.close();
  }
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE)
    throw new ZipError(`damaged local header for ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(path, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 256 * 1024,
  });
  if (entry.method === STORED) return raw;
  const inflate = createInflateRaw();
  raw.on("error", (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}
