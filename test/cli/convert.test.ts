/**
 * Files officers have that are not .xlsx: .xlsm/.xltx/.xltm are read as they
 * are; .xls, .et, .ods and .csv are converted with LibreOffice when there is
 * one, and without it each is listed with the exact command to convert it.
 * A stand-in soffice (a shell script) tests the plumbing on any machine; the
 * real LibreOffice is used when it is installed.
 */
import { chmodSync, copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findSoffice } from "../../src/cli/convert";
import {
  CLEAN,
  lines,
  parseReport,
  REPO,
  ruleCells,
  runCli,
  STACK_LINE,
  useTempDir,
} from "./helpers";

const tmp = useTempDir();
const PRODUCERS = join(REPO, "test", "fixtures", "producers");

/** A stand-in soffice that "converts" any file by copying this workbook into --outdir. */
function fakeSoffice(workbook: string | null): string {
  const script = join(tmp(), "fake-soffice");
  const body =
    workbook === null
      ? "exit 1"
      : `out=""; prev=""; last=""
for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; last="$a"; done
mkdir -p "$out"; name=$(basename "$last"); cp "${workbook}" "$out/\${name%.*}.xlsx"`;
  writeFileSync(script, `#!/bin/sh\n${body}\n`);
  chmodSync(script, 0o755);
  return script;
}

describe("the same container under other names", () => {
  test.each([["xlsm"], ["xltx"], ["xltm"]])(
    ".%s is read as .xlsx, alone and in a folder",
    async (ext) => {
      const dir = join(tmp(), "batch");
      mkdirSync(dir);
      const file = join(dir, `book.${ext}`);
      copyFileSync(join(PRODUCERS, "libreoffice.xlsx"), file);
      for (const argv of [[file], [dir]]) {
        const run = await runCli(["--json", ...argv]);
        expect(run.status).toBe(1);
        expect(ruleCells(parseReport(run.stdout).files[0].sheets[0].issues)).toEqual([
          "rate-mismatch@E4",
        ]);
      }
    }
  );
});

describe("without LibreOffice", () => {
  test("a folder lists each .xls, .et, .ods and .csv with the command to convert it; the .xlsx is checked; exit 2", async () => {
    const dir = join(tmp(), "县报表");
    mkdirSync(dir);
    copyFileSync(CLEAN, join(dir, "a.xlsx"));
    for (const name of ["b.xls", "c.et", "d.ods", "e.csv"]) writeFileSync(join(dir, name), "x");
    writeFileSync(join(dir, "说明.txt"), "not a spreadsheet");
    const run = await runCli(["--json", dir], { env: {} });
    expect(run.status).toBe(2);
    const report = parseReport(run.stdout);
    expect(report.files.map((f) => [f.file.slice(dir.length + 1), f.error ?? "checked"])).toEqual([
      ["a.xlsx", "checked"],
      ["b.xls", "needs-conversion"],
      ["c.et", "needs-conversion"],
      ["d.ods", "needs-conversion"],
      ["e.csv", "needs-conversion"],
    ]);
    const out = lines(run.stderr);
    expect(out).toHaveLength(4);
    expect(out[0]).toContain(join(dir, "b.xls"));
    expect(out[0]).toContain("安装 LibreOffice 后 aid-check 会自动转换");
    expect(out[0]).toMatch(/soffice --headless --convert-to xlsx --outdir "[^"]+" ".*b\.xls"$/);
    expect(report.files[1].command).toMatch(/^soffice --headless --convert-to xlsx --outdir /);
  });

  test("--soffice naming a program that does not exist is one line, exit 2", async () => {
    const run = await runCli(["--soffice", join(tmp(), "no-soffice"), CLEAN]);
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([
      `aid-check：--soffice 指定的「${join(tmp(), "no-soffice")}」不存在或不可执行`,
    ]);
  });
});

describe("with a soffice (a stand-in script)", () => {
  test("the converted workbook is checked under the original name and said to be converted", async () => {
    const xls = join(tmp(), "项目表.xls");
    writeFileSync(xls, "an old workbook");
    const soffice = fakeSoffice(join(PRODUCERS, "libreoffice.xlsx"));
    const json = await runCli(["--json", "--soffice", soffice, xls]);
    expect(json.status).toBe(1);
    const file = parseReport(json.stdout).files[0];
    expect(file).toMatchObject({ file: xls, converted: true });
    expect(ruleCells(parseReport(json.stdout).files[0].sheets[0].issues)).toEqual([
      "rate-mismatch@E4",
    ]);
    const human = await runCli(["--soffice", soffice, xls]);
    expect(lines(human.stdout).slice(0, 2)).toEqual([
      xls,
      "  已用 LibreOffice 转换为 .xlsx 后核对",
    ]);
  });

  test("soffice found on PATH is used without --soffice", async () => {
    const bin = join(tmp(), "bin");
    mkdirSync(bin);
    copyFileSync(fakeSoffice(join(PRODUCERS, "gnumeric.xlsx")), join(bin, "soffice"));
    chmodSync(join(bin, "soffice"), 0o755);
    const ods = join(tmp(), "t.ods");
    writeFileSync(ods, "x");
    const run = await runCli(["--json", ods], { env: { PATH: bin } });
    expect(run.status).toBe(1);
    expect(findSoffice(undefined, { PATH: bin })).toBe(join(bin, "soffice"));
  });

  test("a conversion that produces nothing is one line saying LibreOffice could not convert it, exit 2", async () => {
    const et = join(tmp(), "t.et");
    writeFileSync(et, "x");
    const run = await runCli(["--soffice", fakeSoffice(null), et]);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain(`LibreOffice 无法把「${et}」转换为 .xlsx`);
  });
});

const realSoffice = findSoffice(undefined, process.env);

(realSoffice ? describe : describe.skip)("with LibreOffice installed", () => {
  test("an .xls and a UTF-8 .csv are converted and checked like the .xlsx they become", async () => {
    const dir = join(tmp(), "converted");
    mkdirSync(dir);
    copyFileSync(join(PRODUCERS, "libreoffice.xls"), join(dir, "a.xls"));
    writeFileSync(
      join(dir, "b.csv"),
      "支援方,受援方,试点项目,完工项目,项目完工率\n江苏,伊犁州直,4,1,25%\n辽宁,塔城地区,10,6,50%\n河南,哈密地区,6,3,50%\n合计,,20,10,50%\n"
    );
    const run = await runCli(["--json", "--soffice", realSoffice as string, dir]);
    expect(run.stderr).toBe("");
    const report = parseReport(run.stdout);
    expect(report.files.map((f) => ruleCells(f.sheets[0].issues))).toEqual([
      ["rate-mismatch@E4"],
      ["rate-mismatch@E3"],
    ]);
  }, 180_000);

  test("an .xls named .xlsx is converted too, and said to be", async () => {
    const run = await runCli([
      "--json",
      "--soffice",
      realSoffice as string,
      join(PRODUCERS, "xls-named.xlsx"),
    ]);
    expect(run.stderr).toBe("");
    const file = parseReport(run.stdout).files[0];
    expect(file.converted).toBe(true);
    expect(ruleCells(parseReport(run.stdout).files[0].sheets[0].issues)).toEqual([
      "rate-mismatch@E4",
    ]);
  }, 180_000);
});
