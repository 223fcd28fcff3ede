/**
 * Coercion and broadcasting for every AID function, in one place.
 *
 * Excel passes matrix arguments as rows of values: numbers, strings, booleans,
 * null or '' for empty cells, and (because the metadata sets
 * allowErrorForDataTypeAny) error objects for cells holding errors. Arguments are
 * broadcast the way Excel broadcasts arrays: a 1-row or 1-column argument repeats
 * along the other argument's size; positions one argument does not reach give #N/A.
 */
import { isBlank, type CellValue } from "../core/cells";
import { messages } from "../core/i18n";
import { isProblem, type Outcome, type Problem } from "../core/problems";
import { findProgramme, type PairingTable } from "../core/programmes";
import { officeLocale } from "../excel/display-language";

/** An argument as the custom-functions runtime hands it over. */
export type Arg = unknown[][] | null | undefined;
export type Result = unknown[][];

// The runtime's ErrorCode enum object exists only inside Excel; its values are these strings.
const ERROR_CODES: Record<string, CustomFunctions.ErrorCode> = Object.fromEntries(
  ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"].map((code) => [
    code,
    code as CustomFunctions.ErrorCode,
  ])
);

/** Turn one runtime value into a core cell value: empty → '', an error object → its code such as '#DIV/0!'. */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (typeof value === "object") {
    // Error inputs arrive as objects; which fields they carry differs between hosts, so accept the known ones.
    const error = value as { code?: unknown; errorType?: unknown; basicValue?: unknown };
    for (const field of [error.code, error.basicValue])
      if (typeof field === "string" && field.startsWith("#")) return field;
    if (typeof error.errorType === "string") return "#VALUE!";
  }
  return String(value);
}

/** Make the Excel error for a Problem; custom text only shows on #VALUE! and #N/A, so only those carry one. */
export function toExcelError(problem: Problem): CustomFunctions.Error {
  const message = messages(officeLocale()).problem(problem);
  switch (problem.problem) {
    case "division-by-zero":
      return new CustomFunctions.Error(ERROR_CODES["#DIV/0!"]);
    case "negative":
      return new CustomFunctions.Error(ERROR_CODES["#NUM!"]);
    case "cell-error": {
      // #NAME? and #REF! cannot be returned by a custom function; they become #VALUE! with the reason.
      const code = ERROR_CODES[problem.code];
      if (code === ERROR_CODES["#VALUE!"] || code === ERROR_CODES["#N/A"])
        return new CustomFunctions.Error(code, message);
      return code
        ? new CustomFunctions.Error(code)
        : new CustomFunctions.Error(ERROR_CODES["#VALUE!"], message);
    }
    case "unknown-place":
    case "ambiguous-place":
    case "not-in-programme":
    case "unknown-category":
      return new CustomFunctions.Error(ERROR_CODES["#N/A"], message);
    default:
      return new CustomFunctions.Error(ERROR_CODES["#VALUE!"], message);
  }
}

/** Turn a core outcome into what the cell shows. */
export function toExcel(outcome: Outcome<unknown>): unknown {
  return isProblem(outcome) ? toExcelError(outcome) : outcome;
}

function shapeOf(arg: unknown[][]): [rows: number, columns: number] {
  return [arg.length, arg.reduce((max, row) => Math.max(max, row.length), 0)];
}

/** Tell whether an optional argument was given with something in it (an empty referenced cell counts as left out). */
export function isGiven(arg: Arg): arg is unknown[][] {
  return Array.isArray(arg) && arg.some((row) => row.some((v) => !isBlank(toCellValue(v))));
}

/** Apply `f` cell by cell over Excel-broadcast arguments; missing optional arguments stay undefined. */
export function lift(
  args: readonly Arg[],
  f: (...cells: (CellValue | undefined)[]) => Outcome<unknown>
): Result {
  const present = args.map((arg) => (Array.isArray(arg) && arg.length > 0 ? arg : undefined));
  const shapes = present.map((arg) => (arg ? shapeOf(arg) : ([1, 1] as const)));
  const rows = Math.max(1, ...shapes.map(([r]) => r));
  const columns = Math.max(1, ...shapes.map(([, c]) => c));
  const result: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: unknown[] = [];
    for (let j = 0; j < columns; j++) {
      let outside = false;
      const cells = present.map((arg, k) => {
        if (!arg) return undefined;
        const [r, c] = shapes[k];
        const ii = r === 1 ? 0 : i;
        const jj = c === 1 ? 0 : j;
        if (ii >= r || jj >= c || jj >= arg[ii].length) {
          outside = true;
          return undefined;
        }
        return toCellValue(arg[ii][jj]);
      });
      row.push(outside ? new CustomFunctions.Error(ERROR_CODES["#N/A"]) : toExcel(f(...cells)));
    }
    result.push(row);
  }
  return result;
}

/**
 * Apply a list-valued `f`: one cell in spills its list down a column; a range in
 * gives the same shape with each list joined by 、 so every input keeps its own cell.
 */
export function liftList(arg: Arg, f: (cell: CellValue) => Outcome<string[]>): Result {
  const cells = Array.isArray(arg) && arg.length > 0 ? arg : [[""]];
  const [rows, columns] = shapeOf(cells);
  if (rows === 1 && columns === 1) {
    const outcome = f(toCellValue(cells[0][0]));
    if (isProblem(outcome)) return [[toExcelError(outcome)]];
    return outcome.length > 0 ? outcome.map((name) => [name]) : [[""]];
  }
  return lift([cells], (cell) => {
    const outcome = f(cell as CellValue);
    return isProblem(outcome) ? outcome : outcome.join("、");
  });
}

/** Run `f` with the programme named by the optional argument (default xinjiang-2010), or answer #VALUE! naming it. */
export function withProgramme(programme: unknown, f: (table: PairingTable) => Result): Result {
  const value = toCellValue(Array.isArray(programme) ? programme[0]?.[0] : programme);
  const table = findProgramme(value);
  return table ? f(table) : [[toExcelError({ problem: "unknown-programme", text: String(value) })]];
}

/** Apply `f` to a whole range at once (for results that depend on every cell, such as shares of a sum). */
export function liftWhole(arg: Arg, f: (cells: CellValue[][]) => Outcome<unknown>[][]): Result {
  const cells = (Array.isArray(arg) && arg.length > 0 ? arg : [[""]]).map((row) =>
    row.map(toCellValue)
  );
  return f(cells).map((row) => row.map(toExcel));
}
