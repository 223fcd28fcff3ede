import type { Problem } from "../problems";
import type { Messages } from "./messages";

const quantity = {
  planned: "planned figure",
  done: "completed figure",
  amount: "amount",
  total: "total",
  revenue: "revenue",
  ratio: "ratio",
} as const;

const list = (names: readonly string[]) => names.join(", ");

function problem(p: Problem): string {
  switch (p.problem) {
    case "missing":
      return `The ${quantity[p.what]} is missing`;
    case "not-a-number":
      return `The ${quantity[p.what]} "${p.text}" is not a number`;
    case "cell-error":
      return `A referenced cell holds the error ${p.code}`;
    case "negative":
      return `The ${quantity[p.what]} cannot be negative (${p.value})`;
    case "division-by-zero":
      return `The ${quantity[p.what]} is 0, so nothing can be divided by it`;
    case "unknown-place":
      return p.suggestions.length > 0
        ? `Unknown place "${p.name}"; did you mean ${list(p.suggestions)}?`
        : `Unknown place "${p.name}"`;
    case "ambiguous-place":
      return `"${p.name}" can mean ${list(p.readings)}; write the full name`;
    case "not-in-programme":
      return `"${p.name}" is not in the pairing table of ${p.programme}`;
    case "unknown-category":
      return p.suggestions.length > 0
        ? `Unknown project category "${p.text}"; did you mean ${list(p.suggestions)}?`
        : `Unknown project category "${p.text}"`;
    case "unknown-programme":
      return `Unknown programme "${p.text}"; use xinjiang-2010, wenchuan-2008 or xinjiang-universities-2006`;
  }
}

export const EN: Messages = { quantity, list, problem };
