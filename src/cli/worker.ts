/**
 * A worker thread of aid-check's pool (pool.ts): it checks one file at a time,
 * as the main thread asks, with the same checkFile as a run without workers,
 * and posts back the rows it read (for the progress bar) and the file's report.
 */
import { parentPort, workerData } from "node:worker_threads";
import { whenFoldingReady } from "../core/places";
import { checkFile, type FileReport } from "./check";
import type { ToMain, ToWorker, WorkerCheckOptions } from "./pool";

const port = parentPort;
if (port) {
  const options = (workerData as { options: WorkerCheckOptions }).options;
  // Traditional characters fold through opencc-js, which loads on its own: ready only once it has.
  void whenFoldingReady().then(() => {
    port.postMessage({ type: "ready" } satisfies ToMain);
    port.on("message", (message: ToWorker) => void check(message));
  });

  const check = async ({ index, file }: ToWorker): Promise<void> => {
    let report: FileReport;
    try {
      report = await checkFile(file, {
        ...options,
        onRows: (rows) => port.postMessage({ type: "rows", index, rows } satisfies ToMain),
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
