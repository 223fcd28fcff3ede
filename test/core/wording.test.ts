/**
 * The Chinese face speaks Chinese: no string a Chinese-speaking user reads
 * (pane, follow-Excel notes, finding messages and rule titles, aid-check, the
 * report and summary sheets, the function help, the ribbon) shows an internal
 * rule id such as rate-rounding, or an English word other than a name.
 *
 * The allow-list is kept small: product and program names the user sees on
 * screen (Excel, WPS, LibreOffice, Word, PowerPoint, OpenDocument, AID,
 * aid-check and its soffice helper), file-format names that have no Chinese
 * (XML, CSV, JSON, zip, OLE, UTF-8, GBK, CRC-32, MB), and patterns that are
 * names by shape: programme ids (xinjiang-2010), file names (.xlsx, xl/workbook.xml),
 * A1 addresses, Excel error values (#DIV/0!), Excel's TRUE/FALSE, =AID.* formulas,
 * errno codes (EACCES) and aid-check's option flags and their values.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { messages } from "../../src/core/i18n";
import type { Problem } from "../../src/core/problems";
import { RULE_IDS } from "../../src/core/validate";
import type { Facts, RuleId } from "../../src/core/validate/rules";
import { TEXT as SUMMARY_WORKBOOK_TEXT } from "../../src/cli/summary-workbook";
import { cliText } from "../../src/cli/text";
import type { FileError } from "../../src/cli/check";
import type { ReadProblem } from "../../src/cli/problems";
import { TEXT as REPORT_TEXT } from "../../src/excel/report";
import { PAIRING_TEXT, SHARE_TEXT } from "../../src/excel/summaries";
import { followStrings } from "../../src/taskpane/follow-strings";
import { paneStrings } from "../../src/taskpane/strings";

const ROOT = join(__dirname, "..", "..");

/** Names and format words with no Chinese of their own, as a user sees them on screen. */
const ALLOWED_WORDS = new Set([
  "AID",
  "aid-check",
  "soffice",
  "Excel",
  "WPS",
  "LibreOffice",
  "Office",
  "Windows",
  "Word",
  "PowerPoint",
  "OpenDocument",
  "OLE",
  "XML",
  "CSV",
  "JSON",
  "zip",
  "UTF-8",
  "GBK",
  "CRC-32",
  "MB",
  "Ctrl",
  "PATH",
]);

/** Text that is a name by its shape; removed before looking for English words. */
const NAME_SHAPES: readonly RegExp[] = [
  /xinjiang-universities-2006|xinjiang-2010|wenchuan-2008/g, // programme ids, typed as they are
  /[\w/.-]*\.(?:xlsx|xlsm|xltx|xltm|xlsb|xls|et|ods|csv|docx|doc|pptx|ppt|xml)\b/g, // file names
  /=AID\.[A-Z]+\([^)]*\)/g, // formulas in the function help's examples
  /=A2\.名称/g, // a data-type field reference, as Excel writes it
  /#[A-Z/0!?]+/g, // Excel error values
  /\b(?:TRUE|FALSE)\b/g, // what Excel itself shows in a Chinese Excel
  /\bE[A-Z]{2,}\b/g, // errno codes, shown next to their Chinese meaning
  /zh-CN(?:\|| 或 )en/g, // the values --lang takes
  /(?<![A-Za-z0-9])--?[a-z][a-z-]*/g, // aid-check's options
  /\b[A-Z]{1,3}[0-9]+\b/g, // A1 addresses
];

/** Sample values a message is filled with: Chinese names and A1 addresses, so any English left is the message's own. */
const CELL = "E7";

/** One sample of every rule's facts, under its rule; the type makes a new rule fail to compile until it has one. */
const FACTS: Readonly<Record<RuleId, readonly Facts[]>> = {
  "missing-value": [
    { rule: "missing-value", role: "arrivedFunds" },
    { rule: "missing-value", role: "plannedFunds", neededFor: "arrivalRate" },
  ],
  "not-a-number": [{ rule: "not-a-number", role: "arrivedFunds", text: "待定" }],
  "cell-error": [{ rule: "cell-error", code: "#DIV/0!" }],
  "negative-value": [{ rule: "negative-value", role: "arrivedFunds", value: "-3" }],
  "exceeds-planned": [
    {
      rule: "exceeds-planned",
      role: "startedCount",
      value: "6",
      plannedRole: "plannedCount",
      planned: "5",
    },
  ],
  "stage-mismatch": [
    {
      rule: "stage-mismatch",
      role: "plannedCount",
      stated: "9",
      sum: "8",
      parts: ["startedCount", "completedCount"],
    },
  ],
  "rate-ambiguous": [
    { rule: "rate-ambiguous", role: "startRate", readings: ["已开工 ÷ 计划", "已完工 ÷ 计划"] },
  ],
  "rate-mismatch": [
    {
      rule: "rate-mismatch",
      role: "startRate",
      stated: "70",
      expected: "60",
      numeratorRole: "startedCount",
      numerator: "3",
      denominatorRole: "plannedCount",
      denominator: "5",
    },
    {
      rule: "rate-mismatch",
      role: "arrivalRate",
      stated: "70",
      expected: null,
      numeratorRole: "arrivedFunds",
      numerator: "3",
      denominatorRole: "plannedFunds",
      denominator: "0",
    },
  ],
  "rate-rounding": [
    {
      rule: "rate-rounding",
      role: "arrivalRate",
      stated: "40.1",
      expected: "40",
      numeratorRole: "arrivedFunds",
      numerator: "1.6",
      denominatorRole: "plannedFunds",
      denominator: "4",
    },
  ],
  "total-mismatch": [{ rule: "total-mismatch", role: "plannedFunds", stated: "100", sum: "90" }],
  "total-rounding": [{ rule: "total-rounding", role: "plannedFunds", stated: "7.8", sum: "7.7" }],
  "share-mismatch": [
    { rule: "share-mismatch", of: "row", stated: "30", expected: "25", amount: "5", total: "20" },
    { rule: "share-mismatch", of: "sum", stated: "98", expected: "100" },
    { rule: "share-mismatch", of: "total", stated: "99", expected: "100" },
  ],
  "unknown-place": [
    { rule: "unknown-place", role: "recipient", name: "阿克陶市", suggestions: ["阿克陶县"] },
    { rule: "unknown-place", role: "supporter", name: "火星", suggestions: [] },
  ],
  "pairing-mismatch": [
    {
      rule: "pairing-mismatch",
      supporter: "北京",
      recipient: "疏附县",
      official: ["广东省"],
      programme: "19省市对口支援新疆（2010年新一轮）",
    },
    {
      rule: "pairing-mismatch",
      supporter: "北京",
      recipient: "成都市",
      official: [],
      programme: "19省市对口支援新疆（2010年新一轮）",
    },
  ],
  "ambiguous-place": [{ rule: "ambiguous-place", name: "喀什", readings: ["喀什地区", "喀什市"] }],
  "programme-not-covered": [
    {
      rule: "programme-not-covered",
      role: "recipient",
      judged: 6,
      outside: 6,
      examples: ["玉树藏族自治州", "果洛藏族自治州", "黄南藏族自治州"],
      programmes: ["19省市对口支援新疆（2010年新一轮）", "汶川地震灾后恢复重建对口支援"],
    },
    {
      rule: "programme-not-covered",
      role: "supporter",
      judged: 6,
      outside: 2,
      examples: ["宝钢集团", "中化集团"],
      word: "援藏",
      programmes: ["19省市对口支援新疆（2010年新一轮）"],
    },
  ],
  "unknown-category": [
    { rule: "unknown-category", text: "基层建设", suggestions: ["基层阵地建设"] },
    { rule: "unknown-category", text: "火箭", suggestions: [] },
  ],
  "duplicate-row": [{ rule: "duplicate-row", firstRow: 4 }],
};

const PROBLEMS: readonly Problem[] = [
  { problem: "missing", what: "planned" },
  { problem: "not-a-number", what: "amount", text: "十二万" },
  { problem: "cell-error", code: "#N/A" },
  { problem: "negative", what: "revenue", value: -3.5 },
  { problem: "division-by-zero", what: "total" },
  { problem: "unknown-place", name: "阿克陶市", suggestions: ["阿克陶县"] },
  { problem: "ambiguous-place", name: "喀什", readings: ["喀什地区", "喀什市"] },
  { problem: "not-in-programme", name: "重庆", programme: "19省市对口支援新疆（2010年新一轮）" },
  { problem: "unknown-category", text: "基层建设", suggestions: [] },
  { problem: "unknown-programme", text: "援藏" },
  { problem: "data-type", text: "北京市" },
];

const READ_PROBLEMS: readonly ReadProblem[] = [
  { code: "empty" },
  { code: "text-file" },
  { code: "not-zip" },
  { code: "truncated" },
  { code: "encrypted" },
  { code: "legacy-excel" },
  { code: "other-ole", what: "word" },
  { code: "other-ole", what: "powerpoint" },
  { code: "other-ole", what: "unknown" },
  { code: "other-office", what: "word" },
  { code: "other-office", what: "powerpoint" },
  { code: "opendocument" },
  { code: "xlsb" },
  { code: "no-workbook" },
  { code: "damaged", damage: { kind: "directory" } },
  { code: "damaged", damage: { kind: "crc", part: "xl/worksheets/sheet1.xml" } },
  { code: "damaged", damage: { kind: "xml", part: "xl/workbook.xml", detail: "第 3 行" } },
  { code: "damaged", damage: { kind: "no-sheets" } },
  { code: "damaged", damage: { kind: "row-number", sheet: "项目表", row: "甲" } },
  { code: "damaged", damage: { kind: "duplicate-row", sheet: "项目表", row: 4 } },
  {
    code: "damaged",
    damage: { kind: "shared-string", sheet: "项目表", cell: "B3", index: "12" },
  },
  {
    code: "limit",
    limit: "sheetPartBytes",
    max: 200 * 1024 * 1024,
    where: "xl/worksheets/sheet1.xml",
  },
  { code: "limit", limit: "cellText", max: 100_000 },
  { code: "limit", limit: "seconds", max: 60 },
  { code: "out-of-range", sheet: "项目表", ref: "XFE1" },
  { code: "unsupported", what: "compression", detail: "方式 12" },
  { code: "not-a-file" },
  { code: "io", errno: "EACCES" },
];

const FILE_ERRORS: readonly FileError[] = [
  { kind: "missing" },
  { kind: "not-xlsx" },
  ...READ_PROBLEMS.map((problem) => ({ kind: "unreadable", problem }) as const),
  { kind: "no-sheet", sheet: "项目表" },
  { kind: "skipped", reason: { kind: "symlink-folder" } },
  { kind: "skipped", reason: { kind: "bad-name" } },
  { kind: "skipped", reason: { kind: "unreadable-folder", errno: "EACCES" } },
  { kind: "needs-conversion", command: "soffice --headless --convert-to 表.xls" },
  { kind: "conversion-failed", detail: "退出码 1" },
  { kind: "internal", detail: "内部" },
];

/** Every string a dictionary holds, functions called with Chinese or numeric sample arguments, by key path. */
function entries(value: unknown, path: string): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (typeof value === "number") return [];
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    const samples: unknown[][] =
      fn.length >= 2
        ? [
            ["项目表", "支援方"],
            [3, 5],
          ]
        : [["项目表"], [1], [2]];
    return samples.flatMap((args, i) => entries(fn(...args), `${path}(${i})`));
  }
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => entries(v, `${path}.${k}`));
  return [];
}

/** The pane's dictionaries; cleared takes what Clear highlights reports. */
function paneTexts(): [string, string][] {
  const pane = paneStrings("zh-CN");
  const { cleared, ...rest } = pane;
  return [
    ...entries(rest, "pane"),
    [
      "pane.cleared",
      cleared({
        restored: 3,
        notRestored: [{ sheet: "项目表", cell: "D7" }],
        missingSheets: ["旧表"],
      } as Parameters<typeof cleared>[0]),
    ],
    ...entries(followStrings("zh-CN"), "follow"),
  ];
}

function coreTexts(): [string, string][] {
  const m = messages("zh-CN");
  const findings = RULE_IDS.flatMap((id) =>
    FACTS[id].map((f, i): [string, string] => [`finding.${id}(${i})`, m.finding(CELL, f)])
  );
  return [
    ...entries(m.rule, "rule"),
    ...entries(m.role, "role"),
    ...entries(m.quantity, "quantity"),
    ...PROBLEMS.map((p, i): [string, string] => [`problem.${p.problem}(${i})`, m.problem(p)]),
    ...findings,
  ];
}

function cliTexts(): [string, string][] {
  const t = cliText("zh-CN");
  const table = {
    headerRow: 2,
    firstRow: 3,
    lastRow: 9,
    totalRow: 10,
    columns: {},
    units: {},
  } as unknown as Parameters<typeof t.sheetHeading>[2];
  return [
    ["cli.usage", t.usage],
    ["cli.noInput", t.noInput],
    ["cli.clean", t.clean],
    ["cli.converted", t.converted],
    ["cli.noTables", t.noTables],
    ...entries(t.severity, "cli.severity"),
    ["cli.reportWritten", t.reportWritten("汇总.xlsx")],
    ["cli.reportFailed", t.reportFailed("汇总.xlsx", "EACCES")],
    ["cli.sheetHeading", t.sheetHeading("项目表", "对口援疆", table)],
    ["cli.summary", t.summary(2, 3, 1, 4, 1)],
    ["cli.progress", t.progress(1, 2, 30_000)],
    [
      "cli.notice",
      t.notice({
        kind: "uncalculated-formulas",
        severity: "warning",
        count: 12,
        cells: ["E3", "E4"],
      }),
    ],
    ...[
      "unknown-programme:援藏",
      "bad-lang:法语",
      "missing-value:--sheet",
      "bad-report:汇总.表",
      "bad-soffice:/软件/办公",
      "unknown-option:--某项",
    ].map((code): [string, string] => [`cli.argError(${code})`, t.argError(code)]),
    ...FILE_ERRORS.map((e, i): [string, string] => [
      `cli.fileError.${e.kind}(${i})`,
      t.fileError("表.xlsx", e),
    ]),
  ];
}

function sheetTexts(): [string, string][] {
  const pairing = PAIRING_TEXT["zh-CN"];
  return [
    ...entries(REPORT_TEXT["zh-CN"], "report"),
    ...entries(SHARE_TEXT["zh-CN"], "shares"),
    ...entries(pairing.header, "pairing.header"),
    ["pairing.line", pairing.line],
    [
      "pairing.sheet",
      pairing.sheet({ title: { "zh-CN": "对口援疆", en: "Xinjiang" } } as Parameters<
        typeof pairing.sheet
      >[0]),
    ],
    ...entries(SUMMARY_WORKBOOK_TEXT["zh-CN"], "summaryWorkbook"),
  ];
}

/** The Chinese function help: each function's description, its arguments' names and help. */
function functionTexts(): [string, string][] {
  const help = JSON.parse(
    readFileSync(join(ROOT, "src/functions/locales/zh-CN.json"), "utf8")
  ) as Record<string, unknown>;
  return entries(help, "functions");
}

/** The ribbon's and add-in's Chinese words in the manifest. */
function manifestTexts(): [string, string][] {
  const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
  return [...xml.matchAll(/Locale="zh-CN" Value="([^"]*)"/g)]
    .filter(([, value]) => !value.startsWith("https://"))
    .map(([, value], i): [string, string] => [`manifest(${i})`, value]);
}

const CHINESE_TEXTS: [string, string][] = [
  ...paneTexts(),
  ...coreTexts(),
  ...cliTexts(),
  ...sheetTexts(),
  ...functionTexts(),
  ...manifestTexts(),
];

/** The English words left in a text once names are taken out. */
function englishWords(text: string): string[] {
  const stripped = NAME_SHAPES.reduce((t, shape) => t.replace(shape, " "), text);
  return (stripped.match(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g) ?? []).filter(
    (w) => !ALLOWED_WORDS.has(w)
  );
}

describe("the Chinese face names no rule id and no English word", () => {
  test("the sample covers every surface (and every rule's message)", () => {
    const surfaces = new Set(CHINESE_TEXTS.map(([key]) => key.split(/[.(]/)[0]));
    expect([...surfaces].sort()).toEqual(
      [
        "cli",
        "finding",
        "follow",
        "functions",
        "manifest",
        "pairing",
        "pane",
        "problem",
        "quantity",
        "report",
        "role",
        "rule",
        "shares",
        "summaryWorkbook",
      ].sort()
    );
    for (const id of RULE_IDS) {
      expect(FACTS[id].length).toBeGreaterThan(0);
      for (const f of FACTS[id]) expect(f.rule).toBe(id);
    }
  });

  test.each(RULE_IDS.map((id) => [id]))("no Chinese string shows the rule id %s", (id) => {
    const shape = new RegExp(`(?<![A-Za-z-])${id}(?![A-Za-z-])`);
    const showing = CHINESE_TEXTS.filter(([, text]) => shape.test(text)).map(([key]) => key);
    expect(showing).toEqual([]);
  });

  test("no Chinese string has an English word outside names", () => {
    const found = CHINESE_TEXTS.map(([key, text]) => ({ key, words: englishWords(text) })).filter(
      (e) => e.words.length > 0
    );
    expect(found).toEqual([]);
  });

  test("the check itself catches an English word and a rule id", () => {
    expect(englishWords("E7：到位资金 is missing")).toEqual(["is", "missing"]);
    expect(englishWords("请在 Excel 中另存为 .xlsx，参见 xinjiang-2010 与 E7")).toEqual([]);
    expect(/(?<![A-Za-z-])rate-rounding(?![A-Za-z-])/.test("比率 rate-rounding")).toBe(true);
  });

  test("the action has one verb: 核对, never 校验 (a checksum, 校验和, is a different word)", () => {
    const using = CHINESE_TEXTS.filter(([, text]) => /校验(?!和)/.test(text)).map(([key]) => key);
    expect(using).toEqual([]);
  });

  test("the programme is 对口支援方案, never 对口支援计划 (which reads like 计划资金)", () => {
    const using = CHINESE_TEXTS.filter(([, text]) => text.includes("对口支援计划")).map(
      ([key]) => key
    );
    expect(using).toEqual([]);
  });
});
