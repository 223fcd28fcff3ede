/**
 * A worker thread of aid-check's pool (pool.ts): it checks one file at a time,
 * as the main thread asks, with the same checkFile as a run without workers,
 * and posts back the rows and bytes it read (for the progress bar) and the file's report.
 */
import { parentPort, workerData } from "node:worker_threads";
import { whenFoldingReady } from "../core/places";
import { checkFile, type FileReport } from "./check";
import type { ToMain, ToWorker, WorkerCheckOptions } from "./pool";

const port = parentPort;
const BYTES_PER_MESSAGE = 64 * 1024;
if (port) {
  const options = (workerData as { options: WorkerCheckOptions }).options;
  // Traditional characters fold through opencc-js, which loads on its own: ready only once it has.
  void whenFoldingReady().then(() => {
    port.postMessage({ type: "ready" } satisfies ToMain);
    port.on("message", (message: ToWorker) => void check(message));
  });

  const check = async ({ index, file }: ToWorker): Promise<void> => {
    let report: FileReport;
    // Bytes come a disk read (64 KB) at a time: told at most once per 64 KB, whatever size the reads come in.
    let unsent = 0;
    const onBytes = (bytes: number): void => {
      unsent += bytes;
      if (unsent < BYTES_PER_MESSAGE) return;
      port.postMessage({ type: "bytes", index, bytes: unsent } satisfies ToMain);
      unsent = 0;
    };
    try {
      report = await checkFile(file, {
        ...options,
        onRows: (rows) => port.postMessage({ type: "rows", index, rows } satisfies ToMain),
        onBytes,
      });
    } catch (error) {
      // checkFile says what was wrong rather than throwing; anything else is aid-check's own fault.
      report = {
        file,
        sheets: [],
        error: { kind: "internal", detail: error instanceof Error ? error.message : String(error) },
      };
    }
    port.postMessage({ type: "done", index, report } satisfies ToMain);
  };
}
