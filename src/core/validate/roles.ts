/**
 * Column roles of a project sheet, read from its header text.
 *
 * A header names what a column holds (支援方, 计划资金(亿元), 开工率(%)); the unit in
 * brackets is kept apart. Patterns are tried in order, most specific first, so
 * 开工率 is a rate before it is a 开工 count and 到位资金 is arrived before it is 资金.
 */
import { cleanText } from "../text";
import {
  CATEGORY_WORDS,
  MODE_WORDS,
  PROJECT_WORDS,
  RECIPIENT_WORDS,
  SUPPORTER_WORDS,
} from "./header-words";

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
  // In header-words.ts's order: mode, recipient, supporter.
  ["mode", MODE_WORDS],
  ["recipient", RECIPIENT_WORDS],
  ["supporter", SUPPORTER_WORDS],
  ["category", CATEGORY_WORDS],
  ["plannedFunds", /资金|投资|金额|援助额|援建额/],
  ["plannedCount", /项目数|项目个数|试点项目|计划项目|^项目\(个\)|个数|数量/],
  ["project", PROJECT_WORDS],
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
