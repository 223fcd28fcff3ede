/**
 * Tell what a file is from its first bytes, before reading it as a zip: an
 * officer's ".xlsx" may be an old .xls, a WPS .et, a password-protected
 * workbook (an OLE container around the encrypted package), a CSV or a web page.
 */
import { open } from "node:fs/promises";
import { ReadError, type ReadProblem } from "./problems";
import { oleProblem, oleStreamsIn, sniffHead } from "../xlsx/sniff-bytes";

/** What an OLE compound file holds, read from the file a megabyte at a time. */
async function oleKind(path: string): Promise<ReadProblem> {
  const handle = await open(path, "r");
  const found = new Set<string>();
  try {
    // A multiple of 128, so every block starts on a directory entry's boundary.
    const chunk = Buffer.alloc(1 << 20);
    for (let position = 0; ; position += chunk.length) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
      oleStreamsIn(chunk.subarray(0, bytesRead), found);
      if (bytesRead < chunk.length) break;
    }
  } finally {
    await handle.close();
  }
  return oleProblem(found);
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
  const kind = sniffHead(head.subarray(0, length));
  if (kind === "zip") return;
  throw new ReadError(kind === "ole" ? await oleKind(path) : kind);
}
