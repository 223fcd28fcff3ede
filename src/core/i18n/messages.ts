/**
 * The message catalogue's shape. Each entry is a small function so that word
 * order can differ between languages.
 */
import type { Problem, Quantity } from "../problems";
import type { Role } from "../validate/roles";
import type { Facts, RuleId } from "../validate/rules";

export interface Messages {
  readonly quantity: Record<Quantity, string>;
  /** Join a list of names the way the language does (、 or , ). */
  readonly list: (names: readonly string[]) => string;
  readonly problem: (p: Problem) => string;
  /** What a column holds, as a header would say it. */
  readonly role: Record<Role, string>;
  /** A short title per rule, for summaries and filters. */
  readonly rule: Record<RuleId, string>;
  /** The message of a finding; `cell` is its A1 address. */
  readonly finding: (cell: string, facts: Facts) => string;
}
