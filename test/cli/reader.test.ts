/**
 * The .xlsx reader on the cases no producer installed here writes, each in a
 * minimal hand-built package (./hand-built.ts): escapes, CDATA, phonetic runs,
 * empty values, part names and targets, UTF-16, zip64, rows out of order,
 * references past XFD1048576, and damage, which is exit 2 with its reason,
 * never exit 0 "no project table found".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSheets, type SheetRow } from "../../src/cli/xlsx";
import {
  bookParts,
  cell,
  row,
  sharedStrings,
  sheetXml,
  tableRows,
  TABLE,
  zipWith,
  type ZipOptions,
} from "./hand-built";
import {
  lines,
  parseReport,
  ruleCells,
  runCli,
  STACK_LINE,
  useTempDir,
  writeText,
} from "./helpers";

const tmp = useTempDir();

/** Write a package to a temporary .xlsx; returns its path. */
function write(
  parts: Record<string, string | Buffer>,
  options: ZipOptions = {},
  name = "book.xlsx"
) {
  return writeText(join(tmp(), name), zipWith(parts, options));
}

/** Check a package; its status, findings as rule@cell and stderr. */
async function check(parts: Record<string, string | Buffer>, options: ZipOptions = {}) {
  const file = write(parts, options);
  const run = await runCli(["--json", file]);
  const report = parseReport(run.stdout);
  const sheet = report.files[0].sheets[0];
  return { run, file, report, findings: sheet ? ruleCells(sheet.issues) : null };
}

/** Every row the reader hands on from the first sheet of a package. */
async function rowsOf(parts: Record<string, string | Buffer>, options: ZipOptions = {}) {
  const [sheet] = await readSheets(write(parts, options));
  const out: SheetRow[] = [];
  for await (const r of sheet.rows()) out.push(r);
  return out;
}

/** Exit 2, one line on stderr naming the file and matching the reason, no stack trace, not "no table". */
async function expectRefused(
  parts: Record<string, string | Buffer>,
  reason: RegExp,
  options: ZipOptions = {}
): Promise<string> {
  const file = write(parts, options);
  const run = await runCli([file]);
  expect(run.status).toBe(2);
  expect(run.stderr).not.toMatch(STACK_LINE);
  const out = lines(run.stderr);
  expect(out).toHaveLength(1);
  expect(out[0]).toContain(file);
  expect(out[0]).toMatch(reason);
  expect(run.stdout).not.toContain("没有找到项目表");
  return out[0];
}

describe("text", () => {
  test("_x000D_ in an inline string is a carriage return, folded away with the line break: 黑龙江 pairs with 阿勒泰地区", async () => {
    const rows = tableRows().replace(
      /<row r="5">.*?<\/row>/,
      `<row r="5"><c r="A5" t="inlineStr"><is><t>黑_x000D_\n龙江</t></is></c>${cell("B5", "阿勒泰地区")}${cell("C5", 6)}${cell("D5", 3)}${cell("E5", 0.5)}</row>`
    );
    const { findings } = await check(bookParts(sheetXml(rows)));
    expect(findings).toEqual(["rate-mismatch@E4"]);
    const read = await rowsOf(bookParts(sheetXml(rows)));
    expect(read[4].values[0]).toBe("黑\r\n龙江");
  });

  test("shared strings: escapes decoded, rich-text runs joined, phonetic runs (rPh) left out, CDATA read as text", async () => {
    const strings = sharedStrings([
      "<t>江_x005F_x0041_苏</t>",
      "<r><t>伊犁</t></r><r><t>州直</t></r>",
      '<t>辽宁</t><rPh sb="0" eb="2"><t>りょうねい</t></rPh>',
      "<t><![CDATA[塔城<地区>]]></t>",
    ]);
    const sheet = sheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`
    );
    const [r] = await rowsOf(bookParts(sheet, { sharedStrings: strings }));
    expect(r.values).toEqual(["江_x0041_苏", "伊犁州直", "辽宁", "塔城<地区>"]);
  });

  test('inline strings: phonetic runs left out, CDATA read, t="str" formula results decoded', async () => {
    const sheet = sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>辽宁</t><rPh sb="0" eb="2"><t>りょうねい</t></rPh></is></c>` +
        `<c r="B1" t="inlineStr"><is><t><![CDATA[A&B]]></t></is></c>` +
        `<c r="C1" t="str"><f>"x"</f><v>a_x000A_b</v></c></row>`
    );
    const [r] = await rowsOf(bookParts(sheet));
    expect(r.values).toEqual(["辽宁", "A&B", "a\nb"]);
  });

  test("an empty <v/> is an empty cell, not shared string 0 and not a zero", async () => {
    const strings = sharedStrings(["<t>江苏</t>"]);
    const sheet = sheetXml(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v/></c><c r="C1"><v></v></c><c r="D1"><v>7</v></c></row>`
    );
    const [r] = await rowsOf(bookParts(sheet, { sharedStrings: strings }));
    expect(r.values).toEqual(["江苏", "", "", 7]);
  });

  test('t="d" ISO dates are serial numbers (1900 and 1904 date systems)', async () => {
    const sheet = sheetXml(
      `<row r="1"><c r="A1" t="d"><v>2010-05-01T00:00:00</v></c><c r="B1" t="d"><v>2010-05-01T12:00:00</v></c><c r="C1" t="d"><v>not a date</v></c></row>`
    );
    const [r1900] = await rowsOf(bookParts(sheet));
    expect(r1900.values).toEqual([40299, 40299.5, "not a date"]);
    const [r1904] = await rowsOf(bookParts(sheet, { workbookPr: '<workbookPr date1904="1"/>' }));
    expect(r1904.values[0]).toBe(40299 - 1462);
  });
});

describe("parts and relationships", () => {
  test("part names are matched case-insensitively, as Excel does", async () => {
    const parts = bookParts();
    const renamed: Record<string, string | Buffer> = {};
    for (const [name, body] of Object.entries(parts))
      renamed[
        name
          .replace("xl/worksheets/sheet1.xml", "XL/Worksheets/Sheet1.XML")
          .replace("xl/workbook.xml", "xl/Workbook.xml")
      ] = body;
    expect((await check(renamed)).findings).toEqual(["rate-mismatch@E4"]);
  });

  test("percent-encoded and absolute relationship targets are resolved", async () => {
    const encoded = "%E5%AE%8C%E5%B7%A5";
    for (const [target, stored] of [
      [`worksheets/${encoded}.xml`, "xl/worksheets/完工.xml"],
      [`/xl/worksheets/${encoded}.xml`, "xl/worksheets/完工.xml"],
      // OPC stores a non-ASCII part name percent-encoded in the zip.
      ["worksheets/完工.xml", `xl/worksheets/${encoded}.xml`],
    ]) {
      const parts = bookParts();
      parts[stored] = parts["xl/worksheets/sheet1.xml"];
      delete parts["xl/worksheets/sheet1.xml"];
      parts["xl/_rels/workbook.xml.rels"] = String(parts["xl/_rels/workbook.xml.rels"]).replace(
        'Target="worksheets/sheet1.xml"',
        `Target="${target}"`
      );
      expect((await check(parts)).findings).toEqual(["rate-mismatch@E4"]);
    }
  });

  test.each([
    [
      "UTF-16LE with a byte-order mark",
      (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    ],
    [
      "UTF-16BE with a byte-order mark",
      (text: string) =>
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]),
    ],
    ["UTF-16LE without a byte-order mark", (text: string) => Buffer.from(text, "utf16le")],
    [
      "UTF-8 with a byte-order mark",
      (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ],
  ])("a sheet and workbook part in %s are read", async (_label, encode) => {
    const parts = bookParts();
    for (const name of ["xl/worksheets/sheet1.xml", "xl/workbook.xml"])
      parts[name] = encode(String(parts[name]).replace('encoding="UTF-8"', 'encoding="UTF-16"'));
    expect((await check(parts)).findings).toEqual(["rate-mismatch@E4"]);
  });

  test("a zip64 archive is read", async () => {
    expect((await check(bookParts(), { zip64: true })).findings).toEqual(["rate-mismatch@E4"]);
    expect((await check(bookParts(), { zip64: true, deflate: true })).findings).toEqual([
      "rate-mismatch@E4",
    ]);
  });

  test("chart sheets are skipped, not taken for missing worksheets", async () => {
    const parts = bookParts();
    parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace(
      "</sheets>",
      '<sheet name="图表" sheetId="2" r:id="rId9"/></sheets>'
    );
    parts["xl/_rels/workbook.xml.rels"] = String(parts["xl/_rels/workbook.xml.rels"]).replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'
    );
    expect((await check(parts)).findings).toEqual(["rate-mismatch@E4"]);
  });
});

describe("rows", () => {
  test("rows out of order keep their own row numbers", async () => {
    const rows = TABLE.map((values, i) => row(i + 1, values));
    const shuffled = [rows[0], rows[1], rows[4], rows[2], rows[3], rows[5]].join("");
    const { findings } = await check(bookParts(sheetXml(shuffled)));
    expect(findings).toEqual(["rate-mismatch@E4"]);
  });

  test("cells out of order within a row keep their own columns", async () => {
    const rows = tableRows().replace(
      /<row r="4">(.*?)<\/row>/,
      (_m, cells: string) =>
        `<row r="4">${cells.split("</c>").filter(Boolean).reverse().join("</c>")}</c></row>`
    );
    expect((await check(bookParts(sheetXml(rows)))).findings).toEqual(["rate-mismatch@E4"]);
  });

  test("rows and cells without r attributes follow the one before", async () => {
    const rows = TABLE.map(
      (values) => `<row>${values.map((v) => cell("", v).replace(' r=""', "")).join("")}</row>`
    ).join("");
    expect((await check(bookParts(sheetXml(rows)))).findings).toEqual(["rate-mismatch@E4"]);
  });

  test("a gap of empty rows keeps the rows after it in place", async () => {
    const rows = TABLE.map((values, i) => row(i < 2 ? i + 1 : i + 1001, values)).join("");
    const { findings } = await check(bookParts(sheetXml(rows)));
    // The gap ends the table at row 2; what matters is that nothing lands on the wrong row.
    for (const f of findings ?? [])
      expect(Number(f.replace(/^.*@[A-Z]+/, ""))).not.toBeLessThan(1000);
  });

  test("100,000 empty formatted rows after the data are not handed on", async () => {
    let empty = "";
    for (let r = 7; r <= 100_006; r++) empty += `<row r="${r}"><c r="A${r}" s="0"/></row>`;
    const read = await rowsOf(bookParts(sheetXml(tableRows() + empty)), { deflate: true });
    expect(read.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  test("a row number twice is damage", async () => {
    await expectRefused(
      bookParts(sheetXml(tableRows() + row(3, ["江苏"]))),
      /已损坏：.*第 3 行在文件中出现了两次/
    );
  });

  test.each([
    [
      "a row past 1,048,576",
      `<row r="1048577">${cell("A1048577", 1)}</row>`,
      /1048577.*超出 Excel 的范围/,
    ],
    ["a column past XFD", `<row r="7">${cell("XFE7", 1)}</row>`, /XFE7.*超出 Excel 的范围/],
    [
      "a cell reference past row 1,048,576",
      `<row r="7">${cell("A99999999", 1)}</row>`,
      /A99999999.*超出 Excel 的范围/,
    ],
    [
      "a column reference of ten letters",
      `<row r="7">${cell("ABCDEFGHIJ7", 1)}</row>`,
      /ABCDEFGHIJ7/,
    ],
  ])("%s is exit 2 naming the reference", async (_label, extra, reason) => {
    await expectRefused(bookParts(sheetXml(tableRows() + extra)), reason);
  });

  test("an invalid row number is damage", async () => {
    await expectRefused(
      bookParts(sheetXml(`<row r="-3">${cell("A1", 1)}</row>`)),
      /无效的行号「-3」/
    );
  });
});

describe("damaged workbooks never pass", () => {
  test("a flipped byte in a stored part fails its CRC-32, naming the part", async () => {
    const file = write(bookParts());
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from("辽宁"));
    bytes[at + 1] ^= 0x01;
    const flipped = writeText(join(tmp(), "flipped.xlsx"), bytes);
    const run = await runCli([flipped]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/已损坏：部件 xl\/worksheets\/sheet1\.xml 的校验和（CRC-32）不符/);
    const en = await runCli(["--lang", "en", flipped]);
    expect(en.stderr).toMatch(
      /damaged: the CRC-32 of part xl\/worksheets\/sheet1\.xml does not match/
    );
  });

  test("a part whose inflated size differs from its directory entry is damage", async () => {
    await expectRefused(bookParts(), /解压后的大小与目录记录不符/, {
      deflate: true,
      declaredSize: { "xl/worksheets/sheet1.xml": 100 },
    });
  });

  test("a missing sheet part is exit 2 naming it", async () => {
    const parts = bookParts();
    delete parts["xl/worksheets/sheet1.xml"];
    await expectRefused(parts, /缺少工作簿引用的部件 xl\/worksheets\/sheet1\.xml/);
  });

  test("missing workbook relationships are exit 2 naming them", async () => {
    const parts = bookParts();
    delete parts["xl/_rels/workbook.xml.rels"];
    await expectRefused(parts, /缺少工作簿引用的部件 xl\/_rels\/workbook\.xml\.rels/);
  });

  test("a shared-string table the workbook names but the zip lacks is exit 2", async () => {
    const parts = bookParts(sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'), {
      sharedStrings: sharedStrings(["<t>x</t>"]),
    });
    delete parts["xl/sharedStrings.xml"];
    await expectRefused(parts, /缺少工作簿引用的部件 xl\/sharedStrings\.xml/);
  });

  test("a shared-string index past the table is exit 2 naming the cell", async () => {
    const parts = bookParts(sheetXml('<row r="1"><c r="A1" t="s"><v>5</v></c></row>'), {
      sharedStrings: sharedStrings(["<t>x</t>"]),
    });
    await expectRefused(parts, /单元格 A1 引用了不存在的共享字符串（序号 5）/);
  });

  test("a workbook with no sheets is exit 2", async () => {
    const parts = bookParts();
    parts["xl/workbook.xml"] = String(parts["xl/workbook.xml"]).replace(
      /<sheets>.*<\/sheets>/,
      "<sheets/>"
    );
    await expectRefused(parts, /工作簿中没有任何工作表/);
  });

  test("malformed XML in a sheet is exit 2 naming the part", async () => {
    await expectRefused(
      bookParts(sheetXml(tableRows()).replace("</sheetData>", "")),
      /xl\/worksheets\/sheet1\.xml 的 XML 格式错误/
    );
  });

  test("a .docx renamed .xlsx says it is a Word document, not damage", async () => {
    const line = await expectRefused(
      {
        "[Content_Types].xml": "<Types/>",
        "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
        "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
      },
      /Word 文档（\.docx）/
    );
    expect(line).not.toContain("损坏");
  });

  test("a .pptx renamed .xlsx says it is a presentation", async () => {
    await expectRefused(
      { "ppt/presentation.xml": "<p:presentation/>" },
      /PowerPoint 演示文稿（\.pptx）/
    );
  });

  test("an encrypted zip entry says the file is password-protected", async () => {
    const file = write(bookParts());
    const bytes = readFileSync(file);
    // Set the encryption flag on every central directory entry.
    for (
      let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
      at >= 0;
      at = bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]), at + 4)
    )
      bytes[at + 8] |= 1;
    const run = await runCli([writeText(join(tmp(), "locked.xlsx"), bytes)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/设有打开密码/);
  });

  test.each([
    ["a CSV", "支援方,受援方\n上海,莎车县\n", /文本文件/],
    ["a web page", "<html><table><tr><td>上海</td></tr></table></html>", /文本文件/],
    ["an empty file", "", /文件是空的/],
    [
      "random bytes",
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10, 0x80, 0x81]),
      /既不是 zip 压缩包/,
    ],
  ])("%s named .xlsx says what it is, not damage", async (_label, body, reason) => {
    const file = writeText(join(tmp(), "x.xlsx"), body);
    const run = await runCli([file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toContain("损坏");
  });
});

describe("JSON of an unreadable file", () => {
  test("gives the problem code, its facts and the message", async () => {
    const parts = bookParts();
    delete parts["xl/worksheets/sheet1.xml"];
    const { run, file } = await check(parts);
    const entry = parseReport(run.stdout).files[0];
    expect(entry).toMatchObject({
      file,
      error: "damaged",
      problem: {
        code: "damaged",
        damage: { kind: "missing-part", part: "xl/worksheets/sheet1.xml" },
      },
      sheets: [],
    });
    expect(entry.message).toContain("缺少工作簿引用的部件 xl/worksheets/sheet1.xml");
  });
});
