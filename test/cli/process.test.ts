/**
 * aid-check as a process, through the built launcher: a crash of node itself
 * (exit 133, 134, 139) shows only here, and so do the ends of its output — a
 * reader that closes the pipe (aid-check folder | head) and a full disk.
 * The CLI is built once into a scratch copy of the package.
 */
import fc from "fast-check";
import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MISTAKES, REPO, STACK_LINE } from "./helpers";
import { EXAMPLES, mutate, mutation, SEED } from "./mutation";

let scratch = "";
const launcher = () => join(scratch, "pkg", "bin", "aid-check.js");

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "aid-check-process-"));
  mkdirSync(join(scratch, "pkg", "bin"), { recursive: true });
  copyFileSync(join(REPO, "bin", "aid-check.js"), launcher());
  // The build's own dependencies (saxes) come from the repository.
  symlinkSync(join(REPO, "node_modules"), join(scratch, "pkg", "node_modules"));
  // tsc still writes the files when another part of the tree fails to type-check; the launcher is what matters.
  spawnSync(
    process.execPath,
    [
      join(REPO, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      join(REPO, "tsconfig.cli.json"),
      "--outDir",
      join(scratch, "pkg", "dist", "cli"),
    ],
    { stdio: "ignore" }
  );
  if (!existsSync(join(scratch, "pkg", "dist", "cli", "cli", "aid-check.js")))
    throw new Error("the CLI did not build");
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

test("a handful of mutated workbooks never crash node", () => {
  const cases = fc.sample(fc.tuple(fc.integer({ min: 0, max: EXAMPLES.length - 1 }), mutation), {
    seed: SEED,
    numRuns: 8,
  });
  const files = cases.map(([which, m], i) => {
    const path = join(scratch, `case-${i}.xlsx`);
    writeFileSync(path, mutate(EXAMPLES[which], m));
    return path;
  });
  const result = spawnSync(process.execPath, [launcher(), ...files], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });
  expect([0, 1, 2]).toContain(result.status);
  expect(result.signal).toBeNull();
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toMatch(/内部错误|internal error|尚未构建|无法加载/);
  // Each file is checked: one report line or one refusal line per file.
  expect(result.stdout + result.stderr).toContain("case-7.xlsx");
}, 60_000);

test("a reader that closes the pipe early ends aid-check quietly with its exit status", async () => {
  const dir = join(scratch, "many");
  mkdirSync(dir, { recursive: true });
  // Enough reports (about 2.5 KB each) to overflow a 64 KB pipe.
  for (let i = 0; i < 40; i++)
    copyFileSync(MISTAKES, join(dir, `m${String(i).padStart(2, "0")}.xlsx`));
  const child = spawn(process.execPath, [launcher(), dir], {
    env: { PATH: process.env.PATH ?? "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(status).toBe(1);
  expect(stderr).toBe("");
}, 60_000);

(existsSync("/dev/full") ? test : test.skip)(
  "a full disk is one line on stderr and exit 2",
  () => {
    const result = spawnSync(
      "sh",
      ["-c", `"${process.execPath}" "${launcher()}" "${MISTAKES}" > /dev/full`],
      {
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "" },
      }
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      "aid-check：无法写出结果 / cannot write the output: ENOSPC",
    ]);
  },
  60_000
);
