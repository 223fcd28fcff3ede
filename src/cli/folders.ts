/**
 * Expanding the paths given to aid-check into the workbooks to check. A folder
 * is walked with its subfolders; anything in it that cannot be walked or
 * opened (an unreadable subfolder, a symbolic link to a folder, a file name
 * that is not UTF-8) is listed with the reason instead of stopping the batch,
 * and symbolic links to folders are never followed, so a link loop cannot hang.
 */
import { readdirSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { WORKBOOK_EXTENSION } from "./check";
import { CONVERTIBLE_EXTENSION } from "./convert";

/** Why something in a folder was not checked. */
export type SkipReason =
  | { readonly kind: "unreadable-folder"; readonly errno: string }
  | { readonly kind: "symlink-folder" }
  | { readonly kind: "bad-name" };

export interface Candidate {
  readonly path: string;
  /** Set when the path is listed but will not be checked. */
  readonly skip?: SkipReason;
}

/** True when bytes are valid UTF-8 (a name written in GBK usually is not). */
function isUtf8(bytes: Buffer): boolean {
  return Buffer.from(bytes.toString("utf8"), "utf8").equals(bytes);
}

/** True for a name aid-check reads or converts: a spreadsheet extension, not an Excel lock file (~$). */
function isWorkbookName(name: string): boolean {
  return (
    (WORKBOOK_EXTENSION.test(name) || CONVERTIBLE_EXTENSION.test(name)) && !name.startsWith("~$")
  );
}

/** The entries of a folder, sorted by name, or the reason it cannot be read. */
function listFolder(dir: string): Dirent<Buffer>[] | SkipReason {
  try {
    return readdirSync(dir, { withFileTypes: true, encoding: "buffer" }).sort((a, b) =>
      a.name.toString("utf8").localeCompare(b.name.toString("utf8"))
    );
  } catch (error) {
    return { kind: "unreadable-folder", errno: (error as NodeJS.ErrnoException).code ?? "EIO" };
  }
}

/** Expand folders into the workbooks inside them (subfolders too), in order; files are kept as given. */
export function expandPaths(paths: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const walk = (dir: string): void => {
    const entries = listFolder(dir);
    if (!Array.isArray(entries)) {
      out.push({ path: dir, skip: entries });
      return;
    }
    for (const entry of entries) {
      const name = entry.name.toString("utf8");
      const full = join(dir, name);
      if (!isUtf8(entry.name)) {
        if (isWorkbookName(name) || entry.isDirectory())
          out.push({ path: full, skip: { kind: "bad-name" } });
      } else if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink() && isFolder(full))
        out.push({ path: full, skip: { kind: "symlink-folder" } });
      else if (isWorkbookName(name)) out.push({ path: full });
    }
  };
  for (const path of paths) {
    if (isFolder(path)) walk(path);
    else out.push({ path });
  }
  return out;
}

/** True when the path is a folder (following a link given on the command line). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
