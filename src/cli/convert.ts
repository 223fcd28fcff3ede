/**
 * Files officers have that are not .xlsx (.xls, .et, .ods, .csv, .xlsb) are
 * converted with LibreOffice when it is installed: `soffice --headless
 * --convert-to xlsx` into a temporary folder, with a profile of its own so a
 * LibreOffice the user has open is not disturbed. Without it, the command to
 * run is given instead.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/** Extensions LibreOffice converts to .xlsx for aid-check. */
export const CONVERTIBLE_EXTENSION = /\.(xls|et|ett|ods|csv|xlsb)$/i;

/** How long one conversion may take. */
const CONVERSION_SECONDS = 120;

/** The LibreOffice program: the one given, else soffice or libreoffice on PATH; undefined when there is none. */
export function findSoffice(given: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (given !== undefined) return isExecutable(given) ? given : undefined;
  const names =
    process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter)) {
    if (!dir) continue;
    for (const name of names) if (isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The command a user can run to convert a file by hand. */
export function conversionCommand(file: string): string {
  return `soffice --headless --convert-to xlsx --outdir "${join(tmpdir(), "aid-check")}" "${file}"`;
}

export type Conversion =
  | { readonly ok: true; readonly xlsx: string; readonly cleanup: () => void }
  | { readonly ok: false; readonly detail: string };

/** Convert a file to .xlsx in a fresh temporary folder; the caller removes it with cleanup(). */
export async function convertToXlsx(soffice: string, file: string): Promise<Conversion> {
  const dir = mkdtempSync(join(tmpdir(), "aid-check-convert-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const profile = pathToFileURL(join(dir, "profile")).href;
  // CSV: comma-separated, quoted by ", UTF-8 (76), from line 1.
  const filter = /\.csv$/i.test(file) ? ["--infilter=CSV:44,34,76,1"] : [];
  const args = [
    `-env:UserInstallation=${profile}`,
    "--headless",
    "--norestore",
    ...filter,
    "--convert-to",
    "xlsx",
    "--outdir",
    join(dir, "out"),
    file,
  ];
  const outcome = await new Promise<{ code: number | null; error?: string }>((resolve) => {
    const child = spawn(soffice, args, { stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), CONVERSION_SECONDS * 1000);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, error: error.message });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code });
    });
  });
  let produced: string[] = [];
  try {
    produced = readdirSync(join(dir, "out")).filter((name) => /\.xlsx$/i.test(name));
  } catch {
    produced = [];
  }
  if (produced.length === 0) {
    cleanup();
    return {
      ok: false,
      detail:
        outcome.error ??
        `soffice exit ${outcome.code ?? "killed"}, no .xlsx from ${basename(file)}`,
    };
  }
  return { ok: true, xlsx: join(dir, "out", produced[0]), cleanup };
}
