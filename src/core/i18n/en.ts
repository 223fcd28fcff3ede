import { UNKNOWN_ERROR } from "../cells";
import type { Problem } from "../problems";
import type { Role } from "../validate/roles";
import type { Facts } from "../validate/rules";
import type { Messages } from "./messages";

const quantity = {
  planned: "planned figure",
  done: "completed figure",
  amount: "amount",
  total: "total",
  revenue: "revenue",
  ratio: "ratio",
} as const;

const role = {
  supporter: "supporter",
  recipient: "recipient",
  project: "project",
  category: "category",
  mode: "aid mode",
  plannedCount: "planned projects",
  startedCount: "started projects",
  completedCount: "completed projects",
  plannedFunds: "planned funds",
  arrivedFunds: "arrived funds",
  startRate: "start rate",
  completionRate: "completion rate",
  arrivalRate: "arrival rate",
  share: "share",
} as const;

const rule = {
  "missing-value": "Missing value",
  "not-a-number": "Not a number",
  "cell-error": "Error value",
  "negative-value": "Negative value",
  "exceeds-planned": "Exceeds planned",
  "rate-mismatch": "Rate mismatch",
  "rate-rounding": "Rate rounding difference",
  "total-mismatch": "Total mismatch",
  "total-rounding": "Total rounding difference",
  "share-mismatch": "Share mismatch",
  "unknown-place": "Unknown place",
  "pairing-mismatch": "Not an official pair",
  "ambiguous-place": "Ambiguous place",
  "programme-not-covered": "Programme not covered",
  "unknown-category": "Unknown category",
  "stage-mismatch": "Stages do not add up",
  "rate-ambiguous": "Ambiguous rate",
  "duplicate-row": "Duplicate row",
} as const;

const list = (names: readonly string[]) => names.join(", ");
// A name that ends like a university's: the programme not covered is a later university pairing.
const SCHOOL = /(大学|学院|大學|學院)$/;

/** The roles whose English names are plural nouns ("arrived funds are", "started projects exceed"). */
const PLURAL_ROLES: ReadonlySet<Role> = new Set<Role>([
  "plannedCount",
  "startedCount",
  "completedCount",
  "plannedFunds",
  "arrivedFunds",
]);

/** Pick the verb form that agrees with a column's name: a header's own words count as plural when they end in s. */
function agree(f: Facts, r: Role, singular: string, plural: string): string {
  const renamed = f.names?.[r];
  const isPlural = renamed === undefined ? PLURAL_ROLES.has(r) : /s$/i.test(renamed.trim());
  return isPlural ? plural : singular;
}

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
    case "data-type":
      return `The cell holds the data type "${p.text}" (such as a stock, a geography or a picture), not a number or text, so nothing can be computed; refer to one of its fields (such as =A2.Name) or type the value`;
  }
}

function finding(cell: string, f: Facts): string {
  // A column no role names is called by its header's words.
  const roles = f.names ? { ...role, ...f.names } : role;
  switch (f.rule) {
    case "missing-value":
      return f.neededFor
        ? `${cell}: the ${roles[f.role]} ${agree(f, f.role, "is", "are")} missing, so the ${roles[f.neededFor]} cannot be checked`
        : `${cell}: the ${roles[f.role]} ${agree(f, f.role, "is", "are")} missing`;
    case "not-a-number":
      return `${cell}: "${f.text}" is not a number (${roles[f.role]})`;
    case "cell-error":
      return f.code === UNKNOWN_ERROR
        ? `${cell}: the cell's formula gives an error`
        : `${cell}: the cell holds the error ${f.code}`;
    case "negative-value":
      return `${cell}: the ${roles[f.role]} ${agree(f, f.role, "is", "are")} negative (${f.value})`;
    case "exceeds-planned":
      return `${cell}: ${roles[f.role]} ${f.value} ${agree(f, f.role, "exceeds", "exceed")} ${roles[f.plannedRole]} ${f.planned}`;
    case "stage-mismatch":
      return `${cell}: the ${roles[f.role]} ${agree(f, f.role, "reads", "read")} ${f.stated}, but ${f.parts.map((p) => roles[p]).join(" + ")} gives ${f.sum}`;
    case "rate-ambiguous":
      return `${cell}: cannot tell which two columns the ${roles[f.role]} divides; tried ${list(f.readings)}; set them in the task pane`;
    case "rate-mismatch":
      return f.expected === null
        ? `${cell}: the ${roles[f.role]} reads ${f.stated}%, but the ${roles[f.denominatorRole]} is 0`
        : `${cell}: the ${roles[f.role]} reads ${f.stated}%, but ${roles[f.numeratorRole]} ${f.numerator} ÷ ${roles[f.denominatorRole]} ${f.denominator} gives ${f.expected}%`;
    case "rate-rounding":
      return `${cell}: the ${roles[f.role]} reads ${f.stated}%, but ${roles[f.numeratorRole]} ${f.numerator} ÷ ${roles[f.denominatorRole]} ${f.denominator} gives ${f.expected}%; the difference is a rounding difference: ${f.stated}% is reachable only from the unrounded figures`;
    case "total-mismatch":
      return `${cell}: the ${roles[f.role]} total reads ${f.stated}, but the rows above add up to ${f.sum}`;
    case "total-rounding":
      return `${cell}: the ${roles[f.role]} total reads ${f.stated}, but the rows above add up to ${f.sum}; the difference is a rounding difference, explained only by the rounding of the rows`;
    case "share-mismatch":
      if (f.of === "sum")
        return `${cell}: the shares add up to ${f.stated}%, which cannot make 100% at their shown precision`;
      if (f.of === "total")
        return `${cell}: the total row's share reads ${f.stated}%; it should be ${f.expected}%`;
      return `${cell}: the share reads ${f.stated}%, but ${f.amount} ÷ the rows' total ${f.total} gives ${f.expected}%`;
    case "unknown-place":
      return f.suggestions.length > 0
        ? `${cell}: unknown ${roles[f.role]} "${f.name}"; did you mean ${list(f.suggestions)}?`
        : `${cell}: unknown ${roles[f.role]} "${f.name}"`;
    case "pairing-mismatch":
      return f.official.length > 0
        ? `${cell}: ${f.supporter} and ${f.recipient} are not paired in ${f.programme}; ${f.recipient} is supported by ${list(f.official)}`
        : `${cell}: ${f.recipient} is not a recipient in ${f.programme}, so it is not paired with ${f.supporter}`;
    case "ambiguous-place":
      return `${cell}: "${f.name}" can mean ${list(f.readings)}, and the pairing differs between them; write the full name`;
    case "programme-not-covered": {
      const side = f.judged === 1 ? roles[f.role] : `${roles[f.role]}s`;
      const names = f.examples.map((n) => `"${n}"`).join(", ");
      const are = f.outside === 1 ? "is" : "are";
      const outside = f.word
        ? `${cell}: the header says "${f.word}", a programme AID does not ship, and ${f.outside} of the sheet's ${f.judged} ${side} (such as ${names}) ${are} in none of AID's programmes`
        : `${cell}: ${f.outside} of the sheet's ${f.judged} ${side} (such as ${names}) ${are} in none of the programmes AID ships, so the sheet belongs to a programme AID does not cover (${SCHOOL.test(f.examples[0] ?? "") ? "such as a later university pairing of the Ministry of Education" : "such as aid to Tibet or Qinghai, the Three Gorges, east–west cooperation"})`;
      return `${outside}; its place names and pairs were not checked row by row (no unknown place or unofficial pair is reported). AID ships: ${f.programmes.join("; ")}.`;
    }
    case "unknown-category":
      return f.suggestions.length > 0
        ? `${cell}: unknown project category "${f.text}"; nearest: ${list(f.suggestions)}`
        : `${cell}: unknown project category "${f.text}"`;
    case "duplicate-row":
      return `${cell}: repeats row ${f.firstRow} (same project, supporter and recipient)`;
  }
}

export const EN: Messages = { quantity, list, problem, role, rule, finding };
