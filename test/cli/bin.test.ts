/**
 * bin/aid-check.js, the launcher npm links as `aid-check`: without a build it
 * says so in one line instead of throwing a stack trace.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { lines, REPO, STACK_LINE, useTempDir } from "./helpers";

const tmp = useTempDir();

test("without dist/cli the launcher prints one clear line and exits 2", () => {
  // A copy of the package with the launcher but no build next to it.
  const pkg = join(tmp(), "aid-excel-addin");
  mkdirSync(join(pkg, "bin"), { recursive: true });
  copyFileSync(join(REPO, "bin", "aid-check.js"), join(pkg, "bin", "aid-check.js"));
  copyFileSync(join(REPO, "package.json"), join(pkg, "package.json"));
  const result = spawnSync(process.execPath, [join(pkg, "bin", "aid-check.js"), "report.xlsx"], {
    cwd: pkg,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).not.toMatch(STACK_LINE);
  const out = lines(result.stderr).filter((l) => l.trim() !== "");
  expect(out).toHaveLength(1);
  expect(out[0]).toMatch(/npm run build/);
});
