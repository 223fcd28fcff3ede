/**
 * fast-check generators for sheets as Excel hands them over: mixed values, odd
 * strings, error strings, non-finite and huge numbers, plus header words, place
 * names and labels often enough that tables do get detected.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/core/cells";
import { ROLES, type Role, type ValidateOptions } from "../../src/core/validate";
import { columnLetter } from "../../src/core/address";

export const ERROR_STRINGS = [
  "#DIV/0!",
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#ERROR",
];

export const HEADER_WORDS = [
  "支援方",
  "支援省市",
  "受援方",
  "受援地",
  "受援县(市)",
  "项目名称",
  "类别",
  "项目类别",
  "援建方式",
  "计划",
  "项目(个)",
  "资金(亿元)",
  "计划项目",
  "试点项目",
  "项目数(个)",
  "已开工项目",
  "已开工",
  "完工项目",
  "已完工",
  "计划资金(亿元)",
  "计划投资(万元)",
  "援助资金(亿元)",
  "到位资金",
  "已到位资金(亿元)",
  "已完成投资",
  "开工率(%)",
  "完工率(%)",
  "完成率",
  "到位率(%)",
  "占比(%)",
  "比重",
  "备注",
];

export const PLACE_WORDS = [
  "上海",
  "莎车县",
  "喀什",
  "喀什地区",
  "深圳",
  "广东",
  "吉林、黑\n龙江",
  "阿勒泰地区",
  "浙江",
  "阿克苏",
  "阿克陶市",
  "北川县",
  "山东省",
  "安县",
  "中国农业大学",
  "新疆农业大学",
  "伊犁州直",
  "北京、天津、安徽",
  "兵团农三师图木舒克市",
];

export const LABEL_WORDS = [
  "合计",
  "合 计",
  "小计",
  "总计",
  "喀什地区小计",
  "注：数据截至2011年6月",
  "资料来源：自治区发改委",
  "房屋建设",
  "其他",
  "房屋建筑",
  "表3 对口援疆项目开工及资金到位情况",
];

export const NUMERIC_TEXT = [
  "1,234",
  "１２３",
  "50%",
  "28.6%",
  "-3",
  "−2",
  " 12 ",
  "1e400",
  "0.0",
  "1,2,3",
  "%",
  ".",
  "-",
  "+",
  "1e-400",
  "99999999999999999999",
];

export const FORMATS = [
  "General",
  "G/通用格式",
  "0",
  "0.0",
  "0.00",
  "#,##0.00",
  "0%",
  "0.0%",
  "0.000%",
  "@",
  "0.0_);[Red](0.0)",
  '"¥"#,##0.00;-"¥"#,##0.00',
  "0.00E+00",
  "yyyy-mm-dd",
  "",
];

const number: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -1000, max: 100000 }),
  fc.double(),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e300,
    -1e300,
    1e21,
    0,
    -0,
    0.5,
    0.125,
    28.6
  )
);

const oddString: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ minLength: 100, maxLength: 300 }),
  fc.constantFrom(
    "\n",
    " ",
    "　",
    "\u200b",
    "\ufeff",
    "、",
    "，",
    "()",
    "(%)",
    "#",
    "#N/A ",
    "#div/0!"
  )
);

export const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: number, weight: 4 },
  { arbitrary: oddString, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(""), weight: 4 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  { arbitrary: fc.constantFrom(...ERROR_STRINGS), weight: 1 },
  { arbitrary: fc.constantFrom(...HEADER_WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...PLACE_WORDS), weight: 3 },
  { arbitrary: fc.constantFrom(...LABEL_WORDS), weight: 2 },
  { arbitrary: fc.constantFrom(...NUMERIC_TEXT), weight: 2 }
);

const row = (width: number) => fc.array(cell, { minLength: 0, maxLength: width });

/** A header-looking row: several role words side by side, sometimes with gaps. */
const headerRow: fc.Arbitrary<CellValue[]> = fc.array(
  fc.oneof(
    { arbitrary: fc.constantFrom(...HEADER_WORDS), weight: 5 },
    { arbitrary: fc.constant(""), weight: 1 }
  ),
  { minLength: 2, maxLength: 10 }
);

/** Grids up to 30 rows × 10 columns, ragged; about half of them carry a header-like row somewhere in the first rows. */
export const grid: fc.Arbitrary<CellValue[][]> = fc.oneof(
  fc.array(row(10), { minLength: 0, maxLength: 30 }),
  fc
    .tuple(
      fc.array(row(10), { minLength: 0, maxLength: 4 }),
      headerRow,
      fc.option(headerRow, { nil: undefined }),
      fc.array(row(10), { minLength: 0, maxLength: 24 })
    )
    .map(([above, header, second, below]) => [
      ...above,
      header,
      ...(second ? [second] : []),
      ...below,
    ])
);

/** Formats of the grid's shape (or none), drawn from real formats and random strings. */
export function formatsFor(
  values: CellValue[][]
): fc.Arbitrary<(string | undefined)[][] | undefined> {
  const format = fc.oneof(
    { arbitrary: fc.constantFrom(...FORMATS), weight: 5 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 }
  );
  return fc.option(
    fc.tuple(...values.map((r) => fc.array(format, { minLength: r.length, maxLength: r.length }))),
    { nil: undefined }
  );
}

/** Options with an origin and, sometimes, a header row and column roles that lie inside the grid. */
export function optionsFor(values: CellValue[][]): fc.Arbitrary<ValidateOptions> {
  const width = Math.max(1, ...values.map((r) => r.length));
  const height = Math.max(1, values.length);
  return fc
    .record({
      origin: fc.record({
        row: fc.integer({ min: 0, max: 60 }),
        column: fc.integer({ min: 0, max: 30 }),
      }),
      locale: fc.constantFrom("zh-CN" as const, "en" as const),
      programme: fc.option(
        fc.constantFrom(
          "xinjiang-2010" as const,
          "wenchuan-2008" as const,
          "xinjiang-universities-2006" as const
        ),
        { nil: undefined }
      ),
      headerIndex: fc.option(fc.integer({ min: 0, max: height - 1 }), { nil: undefined }),
      columns: fc.option(
        fc.dictionary(
          fc.constantFrom(...ROLES),
          fc.tuple(fc.integer({ min: 0, max: width - 1 }), fc.boolean()),
          { maxKeys: 4 }
        ),
        { nil: undefined }
      ),
    })
    .map(({ origin, locale, programme, headerIndex, columns }) => {
      const options: {
        origin: { row: number; column: number };
        locale: "zh-CN" | "en";
        programme?: ValidateOptions["programme"];
        headerRow?: number;
        columns?: Partial<Record<Role, string | number>>;
      } = { origin, locale };
      if (programme) options.programme = programme;
      if (headerIndex !== undefined) options.headerRow = origin.row + headerIndex + 1;
      if (columns) {
        options.columns = {};
        for (const [role, [c, asLetter]] of Object.entries(columns) as [Role, [number, boolean]][])
          options.columns[role] = asLetter ? columnLetter(origin.column + c) : origin.column + c;
      }
      return options;
    });
}
