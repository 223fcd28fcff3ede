/**
 * Property: whatever happens to the bytes of a workbook, aid-check ends with
 * exit 0, 1 or 2, one line per file it could not read, no stack trace, and
 * never an internal error. The example workbooks are mutated (byte flips,
 * overwritten runs, truncations) from a fixed seed, a few hundred cases per
 * run, checked in-process; a handful run the built launcher in a child process
 * so a crash of node itself (exit 133, 134, 139) would show.
 */
import fc from "fast-check";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CLEAN,
  lines,
  MISTAKES,
  parseReport,
  PUBLISHED,
  REPO,
  runCli,
  STACK_LINE,
  useTempDir,
} from "./helpers";

const tmp = useTempDir();
const EXAMPLES = [CLEAN, MISTAKES, PUBLISHED].map((path) => readFileSync(path));
const SEED = 20261202;

/** One way of damaging a file. */
type Mutation =
  | { kind: "flip"; at: number[]; xor: number[] }
  | { kind: "overwrite"; at: number; bytes: number[] }
  | { kind: "truncate"; keep: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc
      .array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
        minLength: 1,
        maxLength: 8,
      })
      .map((xs) => xs.map((x) => Math.floor(x * 1e9))),
    xor: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 8, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("overwrite" as const),
    at: fc.nat(),
    bytes: fc.array(fc.constantFrom(0x00, 0xff, 0x3c, 0x50, 0x4b, 0x7f), {
      minLength: 1,
      maxLength: 64,
    }),
  }),
  fc.record({ kind: fc.constant("truncate" as const), keep: fc.nat() })
);

/** Apply a mutation to a copy of the bytes. */
function mutate(original: Buffer, m: Mutation): Buffer {
  if (m.kind === "truncate") return Buffer.from(original.subarray(0, m.keep % original.length));
  const out = Buffer.from(original);
  if (m.kind === "flip") m.at.forEach((at, i) => (out[at % out.length] ^= m.xor[i]));
  else m.bytes.forEach((b, i) => (out[(m.at + i) % out.length] = b));
  return out;
}

test("mutated example workbooks end with exit 0, 1 or 2 and one plain line per unreadable file", async () => {
  const file = join(tmp(), "mutated.xlsx");
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: EXAMPLES.length - 1 }),
      mutation,
      async (which, m) => {
        writeFileSync(file, mutate(EXAMPLES[which], m));
        const run = await runCli(["--json", file]);
        expect([0, 1, 2]).toContain(run.status);
        expect(run.stderr).not.toMatch(STACK_LINE);
        const report = parseReport(run.stdout);
        const error = report.files[0].error;
        expect(error).not.toBe("internal");
        if (run.status === 2) {
          expect(lines(run.stderr)).toHaveLength(1);
          expect(error).toBeDefined();
        } else expect(run.stderr).toBe("");
      }
    ),
    { seed: SEED, numRuns: 400 }
  );
}, 120_000);

describe("in a child process", () => {
  const pkg = () => join(tmp(), "pkg");

  beforeEach(() => {
    // The launcher loads dist/cli next to it: build the CLI into a scratch copy of the package.
    mkdirSync(join(pkg(), "bin"), { recursive: true });
    copyFileSync(join(REPO, "bin", "aid-check.js"), join(pkg(), "bin", "aid-check.js"));
    execFileSync(
      process.execPath,
      [
        join(REPO, "node_modules", "typescript", "bin", "tsc"),
        "-p",
        join(REPO, "tsconfig.cli.json"),
        "--outDir",
        join(pkg(), "dist", "cli"),
      ],
      { stdio: "ignore" }
    );
  }, 120_000);

  test("a handful of mutated workbooks never crash node", () => {
    const cases = fc.sample(fc.tuple(fc.integer({ min: 0, max: EXAMPLES.length - 1 }), mutation), {
      seed: SEED,
      numRuns: 8,
    });
    const files = cases.map(([which, m], i) => {
      const path = join(tmp(), `case-${i}.xlsx`);
      writeFileSync(path, mutate(EXAMPLES[which], m));
      return path;
    });
    const result = spawnSync(process.execPath, [join(pkg(), "bin", "aid-check.js"), ...files], {
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect([0, 1, 2]).toContain(result.status);
    expect(result.signal).toBeNull();
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toMatch(/内部错误|internal error/);
  }, 60_000);
});
