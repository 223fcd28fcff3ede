/**
 * A small pool of worker threads for checking a folder on every core. Each
 * worker (worker.ts) checks one file at a time with the same checkFile as a
 * run without workers, so the reports are the same; a worker that dies (a
 * crash, out of memory) turns the file it held into that file's "could not
 * check" entry and is replaced, and a worker that cannot start at all leaves
 * its files to be checked in the main thread, never an abort.
 */
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { CheckOptions, FileReport } from "./check";

/** What a worker needs to check files: the options, without the callbacks. */
export type WorkerCheckOptions = Omit<CheckOptions, "onRows" | "onBytes">;

/** A file for a worker to check. */
export interface ToWorker {
  readonly index: number;
  readonly file: string;
}

/** What a worker says: started, rows or bytes read of a file, a file's report. */
export type ToMain =
  | { readonly type: "ready" }
  | { readonly type: "rows"; readonly index: number; readonly rows: number }
  | { readonly type: "bytes"; readonly index: number; readonly bytes: number }
  | { readonly type: "done"; readonly index: number; readonly report: FileReport };

export interface PoolTask {
  /** Where the file stands in the list being checked. */
  readonly index: number;
  readonly file: string;
}

export interface PoolEvents {
  /** A worker took the file. */
  readonly onStart?: (index: number) => void;
  readonly onRows?: (index: number, rows: number) => void;
  readonly onBytes?: (index: number, bytes: number) => void;
  /** A file's report, in the order files finish. */
  readonly onReport: (index: number, report: FileReport) => void;
}

export interface PoolOptions {
  readonly workers: number;
  /** A worker script to run instead of aid-check's own (tests give one that crashes). */
  readonly script?: string;
  readonly resourceLimits?: ResourceLimits;
}

// Below this much work a second thread costs more than it saves: starting a worker loads the core and its
// data again (about a fifth of a second here), while a small project sheet is checked in a few milliseconds.
const PAYS_FILES = 8;
const PAYS_BYTES = 4 * 1024 * 1024;

/**
 * How many workers to check these files with: 1 means in the main thread.
 * `jobs` is --jobs when given; otherwise every core, when the files are enough
 * work to pay for starting the workers.
 */
export function planWorkers(jobs: number | undefined, sizes: readonly number[]): number {
  const files = sizes.length;
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  const cores = availableParallelism();
  const workers = Math.min(cores, files);
  if (workers < 2) return 1;
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  return files >= PAYS_FILES || bytes >= PAYS_BYTES ? workers : 1;
}

// From the TypeScript sources (jest, a development run) there is no worker.js: the worker compiles each
// module as it is required, with the compiler the repository already has. Built, it runs dist's worker.js.
const FROM_SOURCES = `
const { readFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { workerData } = require("node:worker_threads");
const load = createRequire(workerData.entry);
const ts = load("typescript");
load.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
      resolveJsonModule: true,
    },
  });
  module._compile(outputText, filename);
};
load(workerData.entry);
`;

function startWorker(options: WorkerCheckOptions, pool: PoolOptions): Worker {
  const shared = {
    resourceLimits: pool.resourceLimits,
    // A worker's own output (a Node warning) must not land in the report.
    stdout: true,
    stderr: true,
  };
  let worker: Worker;
  if (pool.script) worker = new Worker(pool.script, { ...shared, workerData: { options } });
  else if (__filename.endsWith(".ts"))
    worker = new Worker(FROM_SOURCES, {
      ...shared,
      eval: true,
      workerData: { options, entry: join(__dirname, "worker.ts") },
    });
  else worker = new Worker(join(__dirname, "worker.js"), { ...shared, workerData: { options } });
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

/** The report of a file whose worker stopped while checking it. */
function crashed(file: string, error: unknown, exitCode?: number): FileReport {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY")
    return { file, sheets: [], error: { kind: "crashed", reason: "out-of-memory" } };
  // Not instanceof Error: an error from a worker may come from another realm (jest's, say).
  const message = (error as { message?: unknown } | undefined)?.message;
  const detail =
    typeof message === "string"
      ? message.split("\n")[0]
      : exitCode !== undefined
        ? `exit ${exitCode}`
        : String(error);
  return { file, sheets: [], error: { kind: "crashed", reason: "stopped", detail } };
}

/**
 * Check the files on worker threads, each report given to onReport as its
 * file finishes. Resolves with the files no worker could be started for, to be
 * checked in the main thread (none when the workers started).
 */
export function checkInWorkers(
  tasks: readonly PoolTask[],
  options: WorkerCheckOptions,
  pool: PoolOptions,
  events: PoolEvents
): Promise<PoolTask[]> {
  return new Promise((resolve) => {
    const queue = [...tasks];
    let live = 0;
    // A worker that dies before it is ready would die for every file: no more are started.
    let broken = false;
    const settle = (): void => {
      if (live === 0) resolve(queue.splice(0));
    };
    const launch = (): void => {
      live++;
      let ready = false;
      let ended = false;
      let current: PoolTask | undefined;
      let worker: Worker;
      const end = (): void => {
        if (ended) return;
        ended = true;
        live--;
        void worker.terminate();
      };
      const next = (): void => {
        current = queue.shift();
        if (!current) {
          end();
          settle();
          return;
        }
        events.onStart?.(current.index);
        worker.postMessage({ index: current.index, file: current.file } satisfies ToWorker);
      };
      const fail = (error: unknown, exitCode?: number): void => {
        if (ended) return;
        if (current) events.onReport(current.index, crashed(current.file, error, exitCode));
        else if (!ready) broken = true;
        current = undefined;
        end();
        if (!broken && queue.length > 0) launch();
        settle();
      };
      try {
        worker = startWorker(options, pool);
      } catch {
        live--;
        broken = true;
        return;
      }
      worker.on("message", (message: ToMain) => {
        if (message.type === "ready") {
          ready = true;
          next();
        } else if (message.type === "rows") events.onRows?.(message.index, message.rows);
        else if (message.type === "bytes") events.onBytes?.(message.index, message.bytes);
        else if (current && message.index === current.index) {
          events.onReport(message.index, message.report);
          next();
        }
      });
      worker.on("error", (error) => fail(error));
      worker.on("exit", (code) => fail(undefined, code));
    };
    for (let i = 0; i < Math.min(pool.workers, tasks.length) && !broken; i++) launch();
    settle();
  });
}
