/**
 * Property: whatever happens to the bytes of a workbook, aid-check ends with
 * exit 0, 1 or 2, one line per file it could not read, no stack trace, and
 * never an internal error. The example workbooks are mutated (byte flips,
 * overwritten runs, truncations) from a fixed seed, a few hundred cases per
 * run, checked in-process (./process.test.ts runs a handful through the built
 * launcher, where a crash of node itself would show).
 */
import fc from "fast-check";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lines, parseReport, runCli, STACK_LINE, useTempDir } from "./helpers";
import { EXAMPLES, mutate, mutation, SEED } from "./mutation";

const tmp = useTempDir();

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
