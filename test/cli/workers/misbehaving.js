/**
 * A stand-in for aid-check's worker (src/cli/worker.ts) that speaks its protocol but misbehaves on
 * purpose, by the file's name: "exit" ends the thread, "throw" throws outside any handler, "oom" runs
 * out of heap; any other file gets a report with no sheets. The pool must turn each fault into that
 * file's "could not check" entry and go on with the rest.
 */
/* global setImmediate */
const { parentPort } = require("node:worker_threads");

parentPort.postMessage({ type: "ready" });
parentPort.on("message", ({ index, file }) => {
  if (file.includes("exit")) process.exit(7);
  if (file.includes("throw"))
    setImmediate(() => {
      throw new Error("parser blew up");
    });
  else if (file.includes("oom")) {
    const hoard = [];
    for (;;) hoard.push(new Array(1e5).fill(index));
  } else parentPort.postMessage({ type: "done", index, report: { file, sheets: [] } });
});
