/**
 * Checking the files of a run: one after another in this thread, or on a pool
 * of worker threads when there is enough work. Either way the reports come
 * back in the order the files were listed, so the output, the exit status, the
 * JSON and the summary workbook do not depend on how they were checked.
 */
import { statSync } from "node:fs";
import { checkFile, type FileReport } from "./check";
import type { Candidate } from "./folders";
import {
  checkInWorkers,
  planWorkers,
  type PoolOptions,
  type PoolTask,
  type WorkerCheckOptions,
} from "./pool";

export interface BatchEvents {
  /** A file is being read. */
  readonly onStart?: (index: number) => void;
  readonly onRows?: (index: number, rows: number) => void;
  /** Compressed bytes of a file read from disk so far (added up by the caller). */
  readonly onBytes?: (index: number, bytes: number) => void;
  /** A file is finished (in the order files finish). */
  readonly onDone?: (index: number) => void;
  /** A file's report, in the order the files are listed. */
  readonly onReport?: (index: number, report: FileReport) => void;
}

export interface BatchOptions {
  /** --jobs, when given. */
  readonly jobs?: number;
  /** The files' sizes, in order (0 for one not checked), when the caller has them. */
  readonly sizes?: readonly number[];
  /** Pool settings other than the number of workers (tests give a worker that crashes). */
  readonly pool?: Omit<PoolOptions, "workers">;
}

/** Size in bytes of each file to check (0 for one skipped or unreadable), for planning and progress. */
export function fileSizes(files: readonly Candidate[]): number[] {
  return files.map(({ path, skip }) => {
    if (skip) return 0;
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  });
}

/** Check every file; resolves with the reports in the files' order. */
export async function checkBatch(
  files: readonly Candidate[],
  options: WorkerCheckOptions,
  batch: BatchOptions,
  events: BatchEvents
): Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array(files.length);
  let next = 0;
  // Reports are handed on in the files' order, each as soon as those before it are in.
  const settle = (index: number, report: FileReport): void => {
    reports[index] = report;
    events.onDone?.(index);
    while (next < files.length && reports[next] !== undefined) {
      events.onReport?.(next, reports[next] as FileReport);
      next++;
    }
  };
  const inThread = async (index: number, file: string): Promise<void> => {
    events.onStart?.(index);
    const report = await checkFile(file, {
      ...options,
      onRows: (rows) => events.onRows?.(index, rows),
      onBytes: (bytes) => events.onBytes?.(index, bytes),
    });
    settle(index, report);
  };

  const tasks: PoolTask[] = [];
  files.forEach(({ path, skip }, index) => {
    if (!skip) tasks.push({ index, file: path });
  });
  const sizes = batch.sizes ?? fileSizes(files);
  const workers = planWorkers(
    batch.jobs,
    tasks.map((t) => sizes[t.index] ?? 0)
  );
  const skipped = (index: number): void => {
    const { path, skip } = files[index];
    if (skip) settle(index, { file: path, sheets: [], error: { kind: "skipped", reason: skip } });
  };
  if (workers < 2) {
    for (let index = 0; index < files.length; index++) {
      if (files[index].skip) skipped(index);
      else await inThread(index, files[index].path);
    }
  } else {
    for (let index = 0; index < files.length; index++) skipped(index);
    const left = await checkInWorkers(
      tasks,
      options,
      { ...batch.pool, workers },
      {
        onStart: events.onStart,
        onRows: events.onRows,
        onBytes: events.onBytes,
        onReport: settle,
      }
    );
    // No worker could start (a build without worker.js, say): the rest are checked here.
    for (const task of left) await inThread(task.index, task.file);
  }
  return reports as FileReport[];
}
