/**
 * A file that is no workbook is refused for the same reason in the workbench as by aid-check:
 * both go through the shared byte sniffing (src/xlsx/sniff-bytes.ts), one from the file, one
 * from the bytes the workbench holds.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ReadError } from "../../src/cli/problems";
import { sniffFile } from "../../src/cli/sniff";
import { memoryParts } from "../../src/xlsx/memory-zip";

const PRODUCERS = join(__dirname, "..", "fixtures", "producers");

/** The problem code a promise rejects with ("none" when it resolves). */
async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "none";
  } catch (error) {
    if (error instanceof ReadError) return error.problem.code;
    throw error;
  }
}

const dir = mkdtempSync(join(tmpdir(), "aid-refusals-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const written = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

test.each([
  ["LibreOffice's .xls named .xlsx", join(PRODUCERS, "xls-named.xlsx"), "legacy-excel"],
  [
    "a password-protected workbook (Apache POI)",
    join(PRODUCERS, "poi", "protect.xlsx"),
    "encrypted",
  ],
  [
    "a CSV named .xlsx",
    written("csv.xlsx", Buffer.from("支援方,受援方\n上海,莎车县\n")),
    "text-file",
  ],
  ["an empty file", written("empty.xlsx", new Uint8Array(0)), "empty"],
  [
    "binary that is no zip",
    written("noise.xlsx", Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8])),
    "not-zip",
  ],
  ["a real workbook", join(PRODUCERS, "libreoffice.xlsx"), "none"],
])("%s: the same reason in both", async (_label, path, code) => {
  const cli = await codeOf(sniffFile(path));
  const workbench = await codeOf(memoryParts(new Uint8Array(readFileSync(path))));
  expect([cli, workbench]).toEqual([code, code]);
});
