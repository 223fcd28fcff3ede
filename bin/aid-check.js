#!/usr/bin/env node
// Launch aid-check from the build (npm run build writes dist/cli/). Unexpected failures print one line, never a stack trace.
const path = require("path");

const entry = path.join(__dirname, "..", "dist", "cli", "cli", "aid-check.js");
if (!require("fs").existsSync(entry)) {
  process.stderr.write(
    "aid-check：尚未构建，请先运行 npm run build / not built yet: run npm run build first\n"
  );
  process.exit(2);
}
let cli;
try {
  cli = require(entry);
} catch (error) {
  // A dependency missing from node_modules, say: one line, not a stack trace.
  process.stderr.write(
    `aid-check：无法加载 / cannot load: ${error && error.message ? error.message.split("\n")[0] : error}\n`
  );
  process.exit(2);
}

// A reader that goes away (aid-check folder | head) ends the output quietly; a full disk says so once.
let reportedWriteError = false;
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") return;
    if (!reportedWriteError && stream !== process.stderr) {
      reportedWriteError = true;
      process.stderr.write(
        `aid-check：无法写出结果 / cannot write the output: ${error && error.code ? error.code : error}\n`
      );
    }
    process.exitCode = 2;
  });
}

cli
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then(
    (status) => {
      if (process.exitCode !== 2) process.exitCode = status;
    },
    (error) => {
      process.stderr.write(
        `aid-check：内部错误 / internal error: ${error && error.message ? error.message : error}\n`
      );
      process.exitCode = 2;
    }
  );
