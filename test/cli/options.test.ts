/**
 * aid-check's options: --sheet, --programme, --lang, --help, and what happens
 * without arguments.
 */
import { join } from "node:path";
import { messages } from "../../src/core/i18n";
import {
  CLEAN,
  lines,
  MISTAKES,
  parseReport,
  PUBLISHED,
  ruleCells,
  runCli,
  sheetOf,
  STACK_LINE,
  useTempDir,
  writeWorkbook,
} from "./helpers";

const tmp = useTempDir();

/** A project list for the Wenchuan reconstruction pairing (一省帮一重灾县), all official pairs. */
async function wenchuanWorkbook(): Promise<string> {
  return writeWorkbook(join(tmp(), "汶川项目.xlsx"), [
    {
      name: "灾后重建",
      title: "汶川地震灾后恢复重建对口支援项目表",
      header: ["支援省市", "受援县(市)", "项目名称", "计划资金(万元)", "已到位资金(万元)"],
      rows: [
        ["山东省", "北川县", "北川中学", 5000, 3000],
        ["广东省", "汶川县", "汶川县人民医院", 8000, 8000],
        ["浙江省", "青川县", "青川县乡村道路", 3000, 1000],
        ["江苏省", "绵竹市", "绵竹市实验学校", 4000, 2000],
      ],
    },
  ]);
}

/** The one-line message of a usage or input error: exactly one non-empty line, no stack. */
function expectOneLine(stderr: string): string {
  expect(stderr).not.toMatch(STACK_LINE);
  const out = lines(stderr).filter((l) => l.trim() !== "");
  expect(out).toHaveLength(1);
  return out[0];
}

describe("--sheet", () => {
  test("checks only the named sheet", async () => {
    const run = await runCli(["--json", "--sheet", "进度汇总", MISTAKES]);
    expect(run.status).toBe(1);
    const report = parseReport(run.stdout);
    expect(report.files[0].sheets.map((s) => s.sheet)).toEqual(["进度汇总"]);
    expect(ruleCells(sheetOf(report, "进度汇总").issues)).toEqual([
      "rate-mismatch@E4",
      "exceeds-planned@D6",
      "rate-rounding@H9",
      "total-mismatch@C15",
      "total-rounding@F15",
    ]);
    expect(report.summary).toEqual({ errors: 3, warnings: 2, files: 1 });
  });

  test("the exit status follows the named sheet only: 表2 of the published tables is clean", async () => {
    const run = await runCli(["--sheet", "表2", PUBLISHED]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("表2");
    expect(run.stdout).not.toContain("规划项目类别");
    expect(run.stdout).not.toContain("total-mismatch");
  });

  test("--sheet=NAME works too", async () => {
    const report = parseReport((await runCli(["--json", "--sheet=类别占比", MISTAKES])).stdout);
    expect(report.files[0].sheets.map((s) => s.sheet)).toEqual(["类别占比"]);
  });

  test("an unknown sheet name is exit 2 with one line naming the sheet and the file", async () => {
    const run = await runCli(["--sheet", "表9", PUBLISHED]);
    expect(run.status).toBe(2);
    const line = expectOneLine(run.stderr);
    expect(line).toContain("表9");
    expect(line).toContain(PUBLISHED);
  });
});

describe("--programme", () => {
  test("without it the programme is detected from the place names", async () => {
    const file = await wenchuanWorkbook();
    const run = await runCli(["--json", file]);
    expect(run.status).toBe(0);
    expect(sheetOf(parseReport(run.stdout), "灾后重建").programme).toBe("wenchuan-2008");
  });

  test("by id: --programme xinjiang-2010 checks a Wenchuan list against the Xinjiang pairs", async () => {
    const file = await wenchuanWorkbook();
    const run = await runCli(["--json", "--programme", "xinjiang-2010", file]);
    expect(run.status).toBe(1);
    const sheet = sheetOf(parseReport(run.stdout), "灾后重建");
    expect(sheet.programme).toBe("xinjiang-2010");
    expect(sheet.issues.length).toBeGreaterThanOrEqual(4);
    expect(sheet.issues.every((f) => f.severity === "error")).toBe(true);
    expect(new Set(sheet.issues.map((f) => f.row))).toEqual(new Set([3, 4, 5, 6]));
  });

  test("by id: --programme wenchuan-2008 checks the Xinjiang sample against the Wenchuan pairs", async () => {
    const run = await runCli(["--json", "--programme", "wenchuan-2008", CLEAN]);
    expect(run.status).toBe(1);
    const report = parseReport(run.stdout);
    for (const sheet of report.files[0].sheets) expect(sheet.programme).toBe("wenchuan-2008");
    expect(sheetOf(report, "项目表").issues.some((f) => f.rule === "pairing-mismatch")).toBe(true);
  });

  test("by Chinese name: --programme 汶川 is the Wenchuan programme", async () => {
    const file = await wenchuanWorkbook();
    const byName = await runCli(["--json", "--programme", "汶川", CLEAN]);
    const byId = await runCli(["--json", "--programme", "wenchuan-2008", CLEAN]);
    expect(byName.status).toBe(1);
    expect(byName.stdout).toBe(byId.stdout);
    const own = await runCli(["--json", "--programme", "汶川", file]);
    expect(own.status).toBe(0);
    expect(sheetOf(parseReport(own.stdout), "灾后重建")).toMatchObject({
      programme: "wenchuan-2008",
      issues: [],
    });
  });

  test("the human report names the programme each sheet was checked against", async () => {
    const run = await runCli(["--programme", "汶川", CLEAN]);
    expect(run.stdout).toContain("汶川");
    expect(run.stdout).not.toContain("19省市对口支援新疆");
  });

  test("an unknown programme is exit 2 with one line naming it, and nothing is checked", async () => {
    const run = await runCli(["--programme", "火星援建", CLEAN]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(expectOneLine(run.stderr)).toContain("火星援建");
  });

  test("an unknown programme is exit 2 in --json mode too", async () => {
    const run = await runCli(["--json", "--programme", "mars-2030", CLEAN]);
    expect(run.status).toBe(2);
    expect(expectOneLine(run.stderr)).toContain("mars-2030");
  });
});

describe("--lang", () => {
  test("--lang en gives English findings and an English summary", async () => {
    const run = await runCli(["--lang", "en", MISTAKES]);
    expect(run.status).toBe(1);
    const report = parseReport((await runCli(["--json", "--lang", "en", MISTAKES])).stdout);
    const english = messages("en").rule as Record<string, string>;
    for (const sheet of report.files[0].sheets)
      for (const f of sheet.issues) {
        const line = lines(run.stdout).find((l) => l.includes(f.message));
        expect(line).toBeDefined();
        expect(line).toContain(f.cell);
        expect(line === undefined || line.includes(f.rule) || line.includes(english[f.rule])).toBe(
          true
        );
      }
    const summary = lines(run.stdout).pop() ?? "";
    expect(summary).toMatch(/14 errors/);
    expect(summary).toMatch(/6 warnings/);
    for (const word of ["汇总：", "工作表「", "个错误", "个警告", "写为", "应为"])
      expect(run.stdout).not.toContain(word);
  });

  test("--json --lang en writes the messages in English", async () => {
    const zh = parseReport((await runCli(["--json", MISTAKES])).stdout);
    const en = parseReport((await runCli(["--json", "--lang", "en", MISTAKES])).stdout);
    const zhRate = sheetOf(zh, "项目表").issues.find((f) => f.cell === "I9");
    const enRate = sheetOf(en, "项目表").issues.find((f) => f.cell === "I9");
    expect(enRate?.message).not.toBe(zhRate?.message);
    expect(enRate?.message).toMatch(/arrival rate/i);
    expect(enRate?.message).not.toMatch(/到位率|写为|应为/);
    // Rules, cells and figures do not depend on the language.
    expect(en.files[0].sheets.map((s) => ruleCells(s.issues))).toEqual(
      zh.files[0].sheets.map((s) => ruleCells(s.issues))
    );
  });

  test("input errors are in English with --lang en", async () => {
    const missing = join(tmp(), "nowhere.xlsx");
    const run = await runCli(["--lang", "en", missing]);
    expect(run.status).toBe(2);
    const line = expectOneLine(run.stderr);
    expect(line).toContain(missing);
    expect(line).toMatch(/no such file|not found|does not exist/i);
  });

  test("Chinese is the default: findings and summary in Chinese without --lang", async () => {
    const run = await runCli([MISTAKES]);
    expect(lines(run.stdout).pop()).toMatch(/^汇总/);
    expect(run.stdout).toContain("不是数字");
  });

  test("Chinese stays the default when the system language is English", async () => {
    const run = await runCli([MISTAKES], { env: { LANG: "en_US.UTF-8" } });
    expect(run.status).toBe(1);
    expect(lines(run.stdout).pop()).toMatch(/^汇总/);
  });

  test("--lang zh-CN gives Chinese whatever the system language", async () => {
    const run = await runCli(["--lang", "zh-CN", MISTAKES], { env: { LANG: "en_US.UTF-8" } });
    expect(lines(run.stdout).pop()).toMatch(/^汇总/);
  });

  test("an unsupported language is exit 2 with one line", async () => {
    const run = await runCli(["--lang", "fr", CLEAN]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(expectOneLine(run.stderr)).toContain("fr");
  });
});

describe("--help and no arguments", () => {
  test("--help exits 0 and prints the usage in Chinese", async () => {
    const run = await runCli(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^用法/);
    for (const option of ["--json", "--programme", "--sheet", "--lang"])
      expect(run.stdout).toContain(option);
  });

  test("--help --lang en prints the usage in English", async () => {
    for (const argv of [
      ["--help", "--lang", "en"],
      ["--lang", "en", "-h"],
    ]) {
      const run = await runCli(argv);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Usage: aid-check/);
      expect(run.stdout).not.toContain("用法");
      for (const option of ["--json", "--programme", "--sheet", "--lang"])
        expect(run.stdout).toContain(option);
    }
  });

  test("--help checks nothing even when files are given", async () => {
    const run = await runCli(["--help", MISTAKES]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("pairing-mismatch");
  });

  test("no arguments is exit 2 with a one-line message on stderr", async () => {
    const run = await runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(expectOneLine(run.stderr)).toMatch(/aid-check/);
  });

  test("no file among the options is exit 2 too", async () => {
    const run = await runCli(["--json", "--lang", "en"]);
    expect(run.status).toBe(2);
    expect(expectOneLine(run.stderr)).toMatch(/xlsx|file/i);
  });

  test("an unknown option is exit 2 with one line naming it", async () => {
    const run = await runCli(["--colour", CLEAN]);
    expect(run.status).toBe(2);
    expect(expectOneLine(run.stderr)).toContain("--colour");
  });
});
