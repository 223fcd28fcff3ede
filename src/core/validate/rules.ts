/**
 * The validation rules: stable ids, their severity, and the facts each finding
 * carries. Messages are written from the facts by the i18n dictionaries.
 */
import type { Role } from "./roles";

export type Severity = "error" | "warning";

export const RULES = {
  "missing-value": "error",
  "not-a-number": "error",
  "cell-error": "error",
  "negative-value": "error",
  "exceeds-planned": "error",
  "stage-mismatch": "error",
  "rate-mismatch": "error",
  "rate-rounding": "warning",
  "rate-ambiguous": "warning",
  "total-mismatch": "error",
  "total-rounding": "warning",
  "share-mismatch": "error",
  "unknown-place": "error",
  "pairing-mismatch": "error",
  "ambiguous-place": "warning",
  "programme-not-covered": "warning",
  "unknown-category": "warning",
  "duplicate-row": "warning",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * What a finding says, before it is put into words. Numbers are already formatted as shown.
 * `names` gives the header's own words for a column no fixed role names: the role
 * the facts carry is then a stand-in, and messages say the header instead.
 */
export type Facts = FactsOf & { readonly names?: Partial<Record<Role, string>> };

type FactsOf =
  | { readonly rule: "missing-value"; readonly role: Role; readonly neededFor?: Role }
  | { readonly rule: "not-a-number"; readonly role: Role; readonly text: string }
  | { readonly rule: "cell-error"; readonly code: string }
  | { readonly rule: "negative-value"; readonly role: Role; readonly value: string }
  | {
      readonly rule: "exceeds-planned";
      readonly role: Role;
      readonly value: string;
      readonly plannedRole: Role;
      readonly planned: string;
    }
  | {
      readonly rule: "stage-mismatch";
      readonly role: Role;
      readonly stated: string;
      readonly sum: string;
      /** The stage columns that should add up to it. */
      readonly parts: readonly Role[];
    }
  | {
      readonly rule: "rate-ambiguous";
      readonly role: Role;
      /** Each reading tried, as numerator ÷ denominator in the header's words. */
      readonly readings: readonly string[];
    }
  | {
      readonly rule: "rate-mismatch" | "rate-rounding";
      readonly role: Role;
      readonly stated: string;
      /** null when the denominator is zero. */
      readonly expected: string | null;
      readonly numeratorRole: Role;
      readonly numerator: string;
      readonly denominatorRole: Role;
      readonly denominator: string;
    }
  | {
      readonly rule: "total-mismatch" | "total-rounding";
      readonly role: Role;
      readonly stated: string;
      readonly sum: string;
    }
  | {
      readonly rule: "share-mismatch";
      /** row: one share against its amount; sum: the shares cannot add to 100%; total: the total row's share is not 100%. */
      readonly of: "row" | "sum" | "total";
      readonly stated: string;
      readonly expected: string;
      readonly amount?: string;
      readonly total?: string;
    }
  | {
      readonly rule: "unknown-place";
      readonly role: Role;
      readonly name: string;
      readonly suggestions: readonly string[];
    }
  | {
      readonly rule: "pairing-mismatch";
      readonly supporter: string;
      readonly recipient: string;
      readonly official: readonly string[];
      readonly programme: string;
    }
  | {
      readonly rule: "ambiguous-place";
      readonly name: string;
      readonly readings: readonly string[];
    }
  | {
      /** The sheet belongs to a programme AID does not ship: said once, and its names go unchecked. */
      readonly rule: "programme-not-covered";
      /** The side whose names decided: supporter or recipient. */
      readonly role: Role;
      /** Distinct names of that side judged. */
      readonly judged: number;
      /** How many of them belong to no shipped programme. */
      readonly outside: number;
      /** A few of those names, as written. */
      readonly examples: readonly string[];
      /** The header's word naming a programme AID does not ship (援藏), when one does. */
      readonly word?: string;
      /** The titles of the programmes AID ships. */
      readonly programmes: readonly string[];
    }
  | {
      readonly rule: "unknown-category";
      readonly text: string;
      readonly suggestions: readonly string[];
    }
  | { readonly rule: "duplicate-row"; readonly firstRow: number };

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** A1 address of the cell the finding is about. */
  readonly cell: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** Column letters. */
  readonly column: string;
  readonly role?: Role;
  readonly message: string;
  readonly expected?: string;
  readonly actual?: string;
}
