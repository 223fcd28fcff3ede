/**
 * Column roles of a project sheet, read from its header text.
 *
 * A header names what a column holds (支援方, 计划资金(亿元), 开工率(%)); the unit in
 * brackets is kept apart. Patterns are tried in order, most specific first, so
 * 开工率 is a rate before it is a 开工 count and 到位资金 is arrived before it is 资金.
 */
import { cleanText } from "../text";

export type Role =
  | "supporter"
  | "recipient"
  | "project"
  | "category"
  | "mode"
  | "plannedCount"
  | "startedCount"
  | "completedCount"
  | "plannedFunds"
  | "arrivedFunds"
  | "startRate"
  | "completionRate"
  | "arrivalRate"
  | "share";

export const ROLES: readonly Role[] = [
  "supporter",
  "recipient",
  "project",
  "category",
  "mode",
  "plannedCount",
  "startedCount",
  "completedCount",
  "plannedFunds",
  "arrivedFunds",
  "startRate",
  "completionRate",
  "arrivalRate",
  "share",
];

export const COUNT_ROLES: readonly Role[] = ["plannedCount", "startedCount", "completedCount"];
export const AMOUNT_ROLES: readonly Role[] = ["plannedFunds", "arrivedFunds"];
export const RATE_ROLES: readonly Role[] = ["startRate", "completionRate", "arrivalRate"];
export const NAME_ROLES: readonly Role[] = ["supporter", "recipient"];

/** Roles whose cells must be numbers. */
export const NUMERIC_ROLES: readonly Role[] = [
  ...COUNT_ROLES,
  ...AMOUNT_ROLES,
  ...RATE_ROLES,
  "share",
];

/** What each stated rate divides: numerator ÷ denominator. */
export const RATE_PARTS: Readonly<Record<string, readonly [Role, Role]>> = {
  startRate: ["startedCount", "plannedCount"],
  completionRate: ["completedCount", "plannedCount"],
  arrivalRate: ["arrivedFunds", "plannedFunds"],
};

const PATTERNS: readonly (readonly [Role, RegExp])[] = [
  ["startRate", /开工率/],
  ["arrivalRate", /到位率|拨付率|(?:投资|资金)完成率/],
  ["completionRate", /完工率|完成率|竣工率/],
  ["share", /占比|比重|所占比例|占总|构成/],
  ["arrivedFunds", /到位|已完成投资|完成投资|完成资金|已拨付|拨付资金|实际投资/],
  ["startedCount", /开工/],
  ["completedCount", /完工|竣工|建成/],
  // Before the supporter: 援建方式 must not read as 援建方.
  ["mode", /援建方式|建设方式|援助方式|实施方式|方式|模式/],
  // 被帮扶 (东西部扶贫协作's helped side) before 帮扶, its helping side.
  ["recipient", /受援|对口县|援建地|被帮扶地区/],
  [
    "supporter",
    /支援方|支援省|支援市|支援单位|对口支援|援助方|援建方|援疆省|援建省|援助省|^支援|帮扶省市/,
  ],
  ["category", /类别|类型|分类|领域/],
  ["plannedFunds", /资金|投资|金额|援助额|援建额/],
  ["plannedCount", /项目数|项目个数|试点项目|计划项目|^项目\(个\)|个数|数量/],
  ["project", /项目名称|项目内容|建设内容|工程名称|^项目$|^建设项目$/],
];

export interface HeaderReading {
  readonly role: Role | undefined;
  /** The unit written in brackets: 亿元, 万元, %, 个 … */
  readonly unit: string | undefined;
}

// After NFKC full-width brackets are ASCII; the unit is the last bracketed part.
const UNIT = /\(([^()]*)\)\s*$/;

/** Read a header cell: its role (if any) and its unit. */
export function readHeader(text: string): HeaderReading {
  const cleaned = cleanText(text);
  const unitMatch = UNIT.exec(cleaned);
  const unit = unitMatch ? unitMatch[1] : undefined;
  const base = unitMatch ? cleaned.slice(0, unitMatch.index) : cleaned;
  for (const [role, pattern] of PATTERNS) {
    if (pattern.test(base) || (role === "plannedCount" && pattern.test(cleaned)))
      return { role, unit };
  }
  return { role: undefined, unit };
}

/** Tell whether a unit marks values written in percent (28.6 meaning 28.6%). */
export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && /%|％|百分/.test(unit);
}
