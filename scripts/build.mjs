/**
 * `npm run build [-- --env base=https://intranet.example/aid/ --env officejs=local]`.
 * Build the add-in with webpack, passing every argument through to it, then aid-check
 * with tsc (which takes none). The build options are checked first, so a bad base or
 * Office.js source stops with one bilingual line instead of a webpack stack trace.
 * `--mode development` replaces the default production mode (build:dev).
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { normalizeBase } = require("./manifest-base.cjs");
const { officeJsChoice } = require("./build-officejs.cjs");

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);

/** The --env key=value pairs among the arguments (both "--env k=v" and "--env=k=v"). */
function envOptions(argv) {
  const env = {};
  for (let i = 0; i < argv.length; i++) {
    let pair;
    if (argv[i] === "--env") pair = argv[++i];
    else if (argv[i].startsWith("--env=")) pair = argv[i].slice("--env=".length);
    else continue;
    if (pair === undefined) continue;
    const at = pair.indexOf("=");
    if (at < 0) env[pair] = true;
    else env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return env;
}

/** Run a command from the package's bin folder; exit with its status when it fails. */
function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const env = envOptions(args);
try {
  if (env.base !== undefined) normalizeBase(env.base);
  officeJsChoice(env.officejs);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

const mode = args.some((a) => a === "--mode" || a.startsWith("--mode="))
  ? []
  : ["--mode", "production"];
run("npx", ["webpack", ...mode, ...args]);
// The WPS add-in beside the Excel one: dist/wps/ (ribbon.xml, manifest.xml, functions.json, the pane).
run("node", ["scripts/build-wps.mjs", ...args]);
run("npx", ["tsc", "-p", "tsconfig.cli.json"]);
