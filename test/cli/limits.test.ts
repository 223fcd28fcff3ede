/**
 * Hostile workbooks are refused with one line giving the limit (exit 2), while
 * streaming, before they exhaust memory or time. The default limits are tested
 * where a file over them is cheap to make; the rest with lowered limits through
 * checkFile, which takes them as an option.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkFile } from "../../src/cli/check";
import { DEFAULT_LIMITS, type ReadLimits } from "../../src/cli/problems";
import { cliText } from "../../src/cli/text";
import {
  bookParts,
  sharedStrings,
  sheetXml,
  tableRows,
  zipWith,
  type ZipOptions,
} from "./hand-built";
import { lines, runCli, STACK_LINE, useTempDir, writeText } from "./helpers";

const tmp = useTempDir();

function write(parts: Record<string, string | Buffer>, options: ZipOptions = {}): string {
  return writeText(join(tmp(), "hostile.xlsx"), zipWith(parts, options));
}

/** Run the CLI on a package: exit 2, one line, no stack trace; returns the line. */
async function refusal(parts: Record<string, string | Buffer>, options: ZipOptions = {}) {
  const file = write(parts, options);
  const run = await runCli([file]);
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(STACK_LINE);
  const out = lines(run.stderr);
  expect(out).toHaveLength(1);
  expect(out[0]).toContain(file);
  return out[0];
}

/** The Chinese message checkFile gives a package under these limits. */
async function refusalWith(
  parts: Record<string, string | Buffer>,
  limits: Partial<ReadLimits>,
  options: ZipOptions = {}
): Promise<string> {
  const file = write(parts, options);
  const report = await checkFile(file, {
    locale: "zh-CN",
    limits: { ...DEFAULT_LIMITS, ...limits },
  });
  expect(report.error?.kind).toBe("unreadable");
  return cliText("zh-CN").fileError(file, report.error ?? { kind: "missing" });
}

describe("default limits", () => {
  test("a sheet part declaring 5 GB inflated is refused before a byte is inflated", async () => {
    const line = await refusal(bookParts(), {
      zip64: true,
      deflate: true,
      declaredSize: { "xl/worksheets/sheet1.xml": 5 * 1024 ** 3 },
    });
    expect(line).toContain("拒绝读取：工作表解压后超过上限 1,024 MB（xl/worksheets/sheet1.xml）");
  });

  test("a cell's text over 100,000 characters is refused, naming the cell", async () => {
    const long = "援".repeat(100_001);
    const rows =
      tableRows() + `<row r="7"><c r="A7" t="inlineStr"><is><t>${long}</t></is></c></row>`;
    const line = await refusal(bookParts(sheetXml(rows)), { deflate: true });
    expect(line).toContain("拒绝读取：单元格文字超过上限 100,000 个字符（完工情况!A7）");
  });

  test("a shared string over 100,000 characters is refused", async () => {
    const line = await refusal(
      bookParts(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
        sharedStrings: sharedStrings([`<t>${"x".repeat(100_001)}</t>`]),
      }),
      { deflate: true }
    );
    expect(line).toContain("单元格文字超过上限 100,000 个字符");
  });

  test("a text node of over 1,000,000 characters outside any cell is refused before the parser holds it", async () => {
    const sheet = sheetXml(tableRows()).replace(
      "</worksheet>",
      `<extLst>${" x".repeat(600_000)}</extLst></worksheet>`
    );
    const line = await refusal(bookParts(sheet), { deflate: true });
    expect(line).toContain(
      "XML 中一段文字或一个标记超过上限 1,000,000 个字符（xl/worksheets/sheet1.xml）"
    );
  });

  test("XML nested deeper than 256 levels is refused", async () => {
    const sheet = sheetXml(tableRows()).replace(
      "</worksheet>",
      `${"<a>".repeat(300)}${"</a>".repeat(300)}</worksheet>`
    );
    const line = await refusal(bookParts(sheet));
    expect(line).toContain("XML 嵌套超过上限 256 层");
  });

  test("in English the line gives the limit too", async () => {
    const file = write(bookParts(), {
      zip64: true,
      declaredSize: { "xl/worksheets/sheet1.xml": 5 * 1024 ** 3 },
    });
    const run = await runCli(["--lang", "en", file]);
    expect(run.stderr).toContain(
      "refused: a worksheet inflates to more than the limit of 1,024 MB"
    );
  });
});

describe("lowered limits", () => {
  test("a sheet that inflates past the part limit is refused while streaming, even when its size lies", async () => {
    const padding = " ".repeat(3 * 1024 * 1024);
    const sheet = sheetXml(tableRows()).replace("<sheetData>", `<sheetData>${padding}`);
    const line = await refusalWith(
      bookParts(sheet),
      { sheetPartBytes: 1024 * 1024 },
      { deflate: true }
    );
    expect(line).toContain("工作表解压后超过上限 1 MB");
    // Declared small, inflating large: stopped at the declared size, as damage.
    const lying = await refusalWith(
      bookParts(sheet),
      {},
      { deflate: true, declaredSize: { "xl/worksheets/sheet1.xml": 1000 } }
    );
    expect(lying).toContain("解压后的大小与目录记录不符");
  });

  test("a workbook whose parts together pass the workbook limit is refused", async () => {
    const line = await refusalWith(bookParts(), { workbookBytes: 1000 }, { deflate: true });
    expect(line).toContain("工作簿解压后合计超过上限 1,000 字节");
  });

  test("a shared-string table over its entry limit is refused", async () => {
    const parts = bookParts(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
      sharedStrings: sharedStrings(new Array(11).fill("<t>x</t>")),
    });
    const line = await refusalWith(parts, { sharedStrings: 10 });
    expect(line).toContain("共享字符串表超过上限 10 条");
  });

  test("rows made wide by values far to the right are refused past the sheet's cell limit", async () => {
    let rows = "";
    for (let r = 1; r <= 20; r++) rows += `<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`;
    const line = await refusalWith(bookParts(sheetXml(rows)), { sheetCells: 100_000 });
    expect(line).toContain(
      "工作表的单元格（每行算到最后一个有值的单元格）超过上限 100,000 个（完工情况!XFD7）"
    );
  });

  test("a file over its time is refused", async () => {
    const line = await refusalWith(bookParts(), { seconds: 0 });
    expect(line).toContain("读取时间超过上限 0 秒");
  });
});

/** Open file descriptors of this process (Linux). */
const openFds = () => readdirSync("/proc/self/fd").length;

(existsSync("/proc/self/fd") ? test : test.skip)(
  "a file refused part-way through a large part leaves no file open",
  async () => {
    // A long cell first, then megabytes of rows that do not compress: the read stops with most of the part unread.
    const long = `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(100_001)}</t></is></c></row>`;
    let noise = "";
    for (let r = 2; noise.length < 4_000_000; r++)
      noise += `<row r="${r}"><c r="A${r}"><v>${Math.sin(r).toString().slice(2)}</v></c></row>`;
    const file = write(bookParts(sheetXml(long + noise)), { deflate: true });
    await runCli([file]);
    const before = openFds();
    for (let i = 0; i < 20; i++) expect((await runCli([file])).status).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(openFds()).toBeLessThanOrEqual(before);
  },
  60_000
);
