/**
 * Coercion and broadcasting for every AID function, in one place.
 *
 * Excel passes matrix arguments as rows of values: numbers, strings, booleans,
 * null or '' for empty cells (or 0, see below), error objects for cells holding
 * errors (the metadata sets allowErrorForDataTypeAny), and, because the metadata
 * also sets allowCustomDataForDataTypeAny, Excel data-type values as objects
 * ({ type: "FormattedNumber", basicValue: 0.286, numberFormat: "0.0%" }, entities,
 * images …). Each value is read once here, through its basicValue, so the core only
 * ever sees plain cell values. Arguments are broadcast the way Excel broadcasts
 * arrays: a 1-row or 1-column argument repeats along the other argument's size;
 * positions one argument does not reach give #N/A.
 *
 * Empty cells: Microsoft documents only that an omitted optional argument arrives
 * as null (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options,
 * "Optional parameters"); what an empty referenced cell becomes is not documented.
 * Microsoft's issue tracker records it arriving as 0 in Excel on Windows where Excel
 * on the web passes null (OfficeDev/office-js#4702), as 0 in ranges (#5262) and in
 * repeating matrix arguments on the web (#1951); that 0 cannot be told from a typed
 * 0. So the function help says what a 0 means where it matters, and the name
 * functions read 0 as an empty cell.
 */
import { isBlank, type CellValue } from "../core/cells";
import { messages, type Locale } from "../core/i18n";
import { isProblem, type Outcome, type Problem } from "../core/problems";
import { findProgramme, type PairingTable } from "../core/programmes";
import { officeLocale } from "../excel/display-language";

/** An argument as the custom-functions runtime hands it over. */
export type Arg = unknown[][] | null | undefined;
export type Result = unknown[][];

/** A runtime value as read for the core: a cell value, or the Problem of a data type with nothing to compute with. */
export type Reading = CellValue | Problem;

// The runtime's ErrorCode enum object exists only inside Excel; its values are these strings.
const ERROR_CODES: Record<string, CustomFunctions.ErrorCode> = Object.fromEntries(
  ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"].map((code) => [
    code,
    code as CustomFunctions.ErrorCode,
  ])
);

// Excel.ErrorCellValue.errorType → the code a cell shows, for error objects that carry no code.
const ERROR_TYPES: Record<string, string> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  Name: "#NAME?",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Num: "#NUM!",
  Python: "#PYTHON!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Unknown: "#UNKNOWN!",
  Value: "#VALUE!",
};

interface RuntimeObject {
  readonly type?: unknown;
  readonly basicValue?: unknown;
  readonly code?: unknown;
  readonly errorType?: unknown;
  readonly text?: unknown;
}

/**
 * Read one runtime value for the core: empty → '', an error → its code such as
 * '#DIV/0!', a data-type value → its basicValue (a formatted number its number,
 * a String/Boolean/Double value its value). An entity, image or array whose basic
 * value is only #VALUE! gives a data-type Problem naming what the cell shows.
 */
export function readArgument(value: unknown): Reading {
  // Plain numbers are by far the most common argument; they skip every other test.
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return readObject(value as RuntimeObject);
  return String(value);
}

/** Read an object argument: an error (CustomFunctions.Error or Excel.ErrorCellValue) or an Excel.CellValue data type. */
function readObject(value: RuntimeObject): Reading {
  const { type, basicValue } = value;
  if (typeof value.code === "string" && value.code.startsWith("#")) return value.code;
  if (type === "Error" || (type === undefined && value.errorType !== undefined)) {
    if (typeof basicValue === "string" && basicValue.startsWith("#")) return basicValue;
    const code = typeof value.errorType === "string" ? ERROR_TYPES[value.errorType] : undefined;
    return code ?? "#VALUE!";
  }
  if (type === "Empty") return "";
  if (typeof basicValue === "number" || typeof basicValue === "boolean") return basicValue;
  if (typeof basicValue === "string" && (type === "String" || !basicValue.startsWith("#")))
    return basicValue;
  // An entity's basic value is #VALUE!: what it stands for lives in its fields, not in one value.
  const shown = typeof value.text === "string" && value.text.trim() ? value.text : undefined;
  return { problem: "data-type", text: shown ?? (typeof type === "string" ? type : "?") };
}

/** Tell whether a reading is a Problem rather than a cell value. */
function isReadProblem(reading: Reading): reading is Problem {
  return typeof reading === "object" && reading !== null;
}

/** Read 0 as an empty cell, for arguments that are names: no place or category is called 0, but an empty cell can arrive as 0. */
export function zeroAsBlank(cell: CellValue | undefined): CellValue | undefined {
  return cell === 0 ? "" : cell;
}

// The core hands out the same Problem object for every cell with the same memoised
// verdict, so its Excel error (and message) is made once per display language.
const madeErrors = new WeakMap<Problem, { locale: Locale; error: CustomFunctions.Error }>();

/** Make the Excel error for a Problem; custom text only shows on #VALUE! and #N/A, so only those carry one. */
export function toExcelError(problem: Problem): CustomFunctions.Error {
  const locale = officeLocale();
  const made = madeErrors.get(problem);
  if (made && made.locale === locale) return made.error;
  const error = excelErrorFor(problem, locale);
  madeErrors.set(problem, { locale, error });
  return error;
}

/** Build the Excel error for a Problem in a display language. */
function excelErrorFor(problem: Problem, locale: Locale): CustomFunctions.Error {
  const message = () => messages(locale).problem(problem);
  switch (problem.problem) {
    case "division-by-zero":
      return new CustomFunctions.Error(ERROR_CODES["#DIV/0!"]);
    case "negative":
      return new CustomFunctions.Error(ERROR_CODES["#NUM!"]);
    case "cell-error": {
      // #NAME? and #REF! cannot be returned by a custom function; they become #VALUE! with the reason.
      const code = ERROR_CODES[problem.code];
      if (code === ERROR_CODES["#VALUE!"] || code === ERROR_CODES["#N/A"])
        return new CustomFunctions.Error(code, message());
      return code
        ? new CustomFunctions.Error(code)
        : new CustomFunctions.Error(ERROR_CODES["#VALUE!"], message());
    }
    case "unknown-place":
    case "ambiguous-place":
    case "not-in-programme":
    case "unknown-category":
      return new CustomFunctions.Error(ERROR_CODES["#N/A"], message());
    default:
      return new CustomFunctions.Error(ERROR_CODES["#VALUE!"], message());
  }
}

/** Turn a core outcome into what the cell shows. */
export function toExcel(outcome: Outcome<unknown>): unknown {
  return isProblem(outcome) ? toExcelError(outcome) : outcome;
}

/** Measure a range argument: its rows and its widest row. */
function shapeOf(arg: unknown[][]): [rows: number, columns: number] {
  let columns = 0;
  for (let i = 0; i < arg.length; i++) if (arg[i].length > columns) columns = arg[i].length;
  return [arg.length, columns];
}

/** Tell whether an optional argument was given with something in it (an empty referenced cell counts as left out). */
export function isGiven(arg: Arg): arg is unknown[][] {
  return (
    Array.isArray(arg) &&
    arg.some((row) =>
      row.some((v) => {
        const reading = readArgument(v);
        return isReadProblem(reading) || !isBlank(reading);
      })
    )
  );
}

/** One argument ready for broadcasting: its rows and its shape (a height or width of 1 repeats). */
interface Operand {
  readonly rows: unknown[][];
  readonly height: number;
  readonly width: number;
}

/** Prepare an argument for broadcasting; undefined when it was left out. */
function operandOf(arg: Arg): Operand | undefined {
  if (!Array.isArray(arg) || arg.length === 0) return undefined;
  const [height, width] = shapeOf(arg);
  return { rows: arg, height, width };
}

/** What `lift` applies to each cell: the cell of each argument (undefined for one left out) and the context. */
export type CellFunction<C> = (
  x: CellValue | undefined,
  y: CellValue | undefined,
  context: C
) => Outcome<unknown>;

/**
 * Apply `f` cell by cell over one or two Excel-broadcast arguments; a missing
 * optional argument stays undefined. `context` (a programme, say) is handed to `f`
 * so callers can pass one module-level `f` instead of a new closure per call: the
 * JIT then keeps the loop optimised for every AID function at once.
 */
export function lift<C = undefined>(
  args: readonly [Arg] | readonly [Arg, Arg],
  f: CellFunction<C>,
  context?: C
): Result {
  const a = operandOf(args[0]);
  const b = args.length > 1 ? operandOf(args[1]) : undefined;
  const rows = Math.max(1, a?.height ?? 1, b?.height ?? 1);
  const columns = Math.max(1, a?.width ?? 1, b?.width ?? 1);
  return liftTwo(a, b, rows, columns, f, context as C);
}

/**
 * The loop of `lift`. It stays small so the JIT keeps it optimised whatever mix of
 * numbers, text, blanks and errors a column holds; a one-column result (the usual
 * spill) is built row by row with no inner loop.
 */
function liftTwo<C>(
  a: Operand | undefined,
  b: Operand | undefined,
  rows: number,
  columns: number,
  f: CellFunction<C>,
  context: C
): Result {
  const result: unknown[][] = new Array(rows);
  if (columns === 1) {
    for (let i = 0; i < rows; i++) result[i] = [cellResult(a, b, i, 0, f, context)];
    return result;
  }
  for (let i = 0; i < rows; i++) {
    const row: unknown[] = new Array(columns);
    for (let j = 0; j < columns; j++) row[j] = cellResult(a, b, i, j, f, context);
    result[i] = row;
  }
  return result;
}

// Marks a position an argument does not reach (the result there is #N/A).
const OUTSIDE: Problem = { problem: "cell-error", code: "#N/A" };

/** Read an operand at a result position, broadcasting a single row or column; plain numbers and text skip the general reader. */
function readAt(operand: Operand, i: number, j: number): Reading {
  const row = operand.rows[operand.height === 1 ? 0 : i];
  const jj = operand.width === 1 ? 0 : j;
  if (row === undefined || jj >= row.length) return OUTSIDE;
  const value = row[jj];
  return typeof value === "number" || typeof value === "string" ? value : readArgument(value);
}

/** What one result cell shows: #N/A outside an argument, the error of an unreadable argument, or `f`'s outcome. */
function cellResult<C>(
  a: Operand | undefined,
  b: Operand | undefined,
  i: number,
  j: number,
  f: CellFunction<C>,
  context: C
): unknown {
  const x = a === undefined ? undefined : readAt(a, i, j);
  const y = b === undefined ? undefined : readAt(b, i, j);
  if (typeof x === "object" && x !== null) return problemShown(x);
  if (typeof y === "object" && y !== null) return problemShown(y);
  const outcome = f(x, y, context);
  return typeof outcome !== "object" || outcome === null ? outcome : toExcel(outcome);
}

/** The Excel error for a reading that is a Problem; a position outside an argument gives a bare #N/A. */
function problemShown(problem: Problem): CustomFunctions.Error {
  return problem === OUTSIDE
    ? new CustomFunctions.Error(ERROR_CODES["#N/A"])
    : toExcelError(problem);
}

/**
 * Apply a list-valued `f`: one cell in spills its list down a column; a range in
 * gives the same shape with each list joined by 、 so every input keeps its own cell.
 */
export function liftList(arg: Arg, f: (cell: CellValue) => Outcome<string[]>): Result {
  const cells = Array.isArray(arg) && arg.length > 0 ? arg : [[""]];
  const [rows, columns] = shapeOf(cells);
  if (rows === 1 && columns === 1) {
    const reading = readArgument(cells[0][0]);
    const outcome = isReadProblem(reading) ? reading : f(reading);
    if (isProblem(outcome)) return [[toExcelError(outcome)]];
    return outcome.length > 0 ? outcome.map((name) => [name]) : [[""]];
  }
  return lift([cells], joinedList, f);
}

/** Give one cell's list joined by 、 (for a range argument of liftList). */
function joinedList(
  cell: CellValue | undefined,
  _unused: CellValue | undefined,
  f: (cell: CellValue) => Outcome<string[]>
): Outcome<string> {
  const outcome = f(cell);
  return isProblem(outcome) ? outcome : outcome.join("、");
}

/** Run `f` with the programme named by the optional argument (default xinjiang-2010), or answer #VALUE! naming it. */
export function withProgramme(programme: unknown, f: (table: PairingTable) => Result): Result {
  const reading = readArgument(Array.isArray(programme) ? programme[0]?.[0] : programme);
  if (isReadProblem(reading)) return [[toExcelError(reading)]];
  const table = findProgramme(reading);
  return table
    ? f(table)
    : [[toExcelError({ problem: "unknown-programme", text: String(reading) })]];
}

/**
 * Apply `f` to a whole range at once (for results that depend on every cell, such
 * as shares of a sum). A data type with nothing to compute with spoils every result,
 * as an unreadable amount does: its own cell says why, the others repeat it.
 */
export function liftWhole(arg: Arg, f: (cells: CellValue[][]) => Outcome<unknown>[][]): Result {
  const readings = (Array.isArray(arg) && arg.length > 0 ? arg : [[""]]).map((row) =>
    row.map(readArgument)
  );
  const first = readings.flat().find(isReadProblem);
  if (first)
    return readings.map((row) =>
      row.map((reading) => toExcelError(isReadProblem(reading) ? reading : first))
    );
  return f(readings as CellValue[][]).map((row) => row.map(toExcel));
}
