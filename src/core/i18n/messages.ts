/**
 * The message catalogue's shape. Each entry is a small function so that word
 * order can differ between languages.
 */
import type { Problem, Quantity } from "../problems";

export interface Messages {
  readonly quantity: Record<Quantity, string>;
  /** Join a list of names the way the language does (、 or , ). */
  readonly list: (names: readonly string[]) => string;
  readonly problem: (p: Problem) => string;
}
