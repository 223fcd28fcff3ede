/**
 * What can be wrong with a value a function was given. Core computations return
 * a Problem instead of throwing; each face turns it into its own form (an Excel
 * error for custom functions, a finding for the validator, a line for the CLI).
 */

export type Problem =
  | { readonly problem: "missing"; readonly what: Quantity }
  | { readonly problem: "not-a-number"; readonly what: Quantity; readonly text: string }
  | { readonly problem: "cell-error"; readonly code: string }
  | { readonly problem: "negative"; readonly what: Quantity; readonly value: number }
  | { readonly problem: "division-by-zero"; readonly what: Quantity }
  | {
      readonly problem: "unknown-place";
      readonly name: string;
      readonly suggestions: readonly string[];
    }
  | {
      readonly problem: "ambiguous-place";
      readonly name: string;
      readonly readings: readonly string[];
    }
  | { readonly problem: "not-in-programme"; readonly name: string; readonly programme: string }
  | {
      readonly problem: "unknown-category";
      readonly text: string;
      readonly suggestions: readonly string[];
    }
  | { readonly problem: "unknown-programme"; readonly text: string }
  /** A cell holding an Excel data type (entity, image, array) with no plain value to compute with; `text` is what the cell shows. */
  | { readonly problem: "data-type"; readonly text: string };

/** The quantity a number stands for, so messages can say which one is wrong. */
export type Quantity = "planned" | "done" | "amount" | "total" | "revenue" | "ratio";

export type Outcome<T> = T | Problem;

/** Tell whether an outcome is a Problem. */
export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "problem" in value;
}
