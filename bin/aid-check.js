#!/usr/bin/env node
// Launch aid-check from the build (npm run build writes dist/cli/). Unexpected failures print one line, never a stack trace.
const path = require("path");

let cli;
try {
  cli = require(path.join(__dirname, "..", "dist", "cli", "cli", "aid-check.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write(
      "aid-check：尚未构建，请先运行 npm run build / not built yet: run npm run build first\n"
    );
    process.exit(2);
  }
  throw error;
}

cli
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })
  .then(
    (status) => {
      process.exitCode = status;
    },
    (error) => {
      process.stderr.write(
        `aid-check：内部错误 / internal error: ${error && error.message ? error.message : error}\n`
      );
      process.exitCode = 2;
    }
  );
