/**
 * Cell-level answers behind the AID functions on names: one cell in, one value
 * or a Problem out. The functions layer only adds Excel's shapes and errors.
 *
 * Verdicts on text cells are memoised per distinct text (a 10,000-row sheet
 * repeats a few hundred names), in bounded memos so hostile input cannot grow
 * memory. Outcomes are immutable, so a kept one can be handed out again.
 */
import type { PairingTable, PlaceRecord } from "../data/types";
import { isBlank, isErrorValue, type CellValue } from "./cells";
import { resolveCategory } from "./categories";
import { checkPairCells, recipientsOf, supportersOf } from "./pairing";
import { resolveCell, type Resolution } from "./places";
import { BoundedMemo, BoundedPairMemo } from "./memo";
import type { Outcome, Problem } from "./problems";

// Room for every name of a large workbook several times over; keys beyond the length are never kept.
// One pair memo per programme, so a verdict never leaks from one table to another.
const PAIR_VERDICTS = new Map<string, BoundedPairMemo<Outcome<boolean | "">>>();
const PAIR_LIMIT = 20_000;

/** The pair memo of a programme. */
function pairMemo(table: PairingTable): BoundedPairMemo<Outcome<boolean | "">> {
  let memo = PAIR_VERDICTS.get(table.id);
  if (!memo) {
    memo = new BoundedPairMemo(PAIR_LIMIT, 200);
    PAIR_VERDICTS.set(table.id, memo);
  }
  return memo;
}
const NORMALIZED = new BoundedMemo<Outcome<string>>(20_000, 200);
const CATEGORIES = new BoundedMemo<Outcome<string>>(5_000, 200);

/** Forget every memoised verdict (for tests and after the data changes). */
export function clearNameMemos(): void {
  PAIR_VERDICTS.clear();
  NORMALIZED.clear();
  CATEGORIES.clear();
}

/** How many verdicts each memo keeps, to show they stay bounded. */
export function nameMemoSizes(): { pairs: number; names: number; categories: number } {
  let pairs = 0;
  for (const memo of PAIR_VERDICTS.values()) pairs += memo.size;
  return { pairs, names: NORMALIZED.size, categories: CATEGORIES.size };
}

/** The Problem for a name that is not exactly one known place, or undefined when it is. */
export function placeProblem(resolution: Resolution): Problem | undefined {
  switch (resolution.kind) {
    case "found":
      return undefined;
    case "ambiguous":
      return {
        problem: "ambiguous-place",
        name: resolution.input,
        readings: resolution.places.map((p) => p.name),
      };
    case "unknown":
      return {
        problem: "unknown-place",
        name: resolution.input,
        suggestions: resolution.suggestions.map((p) => p.name),
      };
  }
}

function errorIn(value: CellValue): Problem | undefined {
  return isErrorValue(value) ? { problem: "cell-error", code: String(value) } : undefined;
}

/** TRUE when the supporter cell is paired with the recipient cell in the programme; '' when either is blank. */
export function pairedIn(
  table: PairingTable,
  supporter: CellValue,
  recipient: CellValue
): Outcome<boolean | ""> {
  if (typeof supporter === "string" && typeof recipient === "string")
    return pairMemo(table).get(supporter, recipient, () =>
      pairVerdict(table, supporter, recipient)
    );
  return pairVerdict(table, supporter, recipient);
}

/** Work out the pairing verdict for two cells (what pairedIn memoises). */
function pairVerdict(
  table: PairingTable,
  supporter: CellValue,
  recipient: CellValue
): Outcome<boolean | ""> {
  const error = errorIn(supporter) ?? errorIn(recipient);
  if (error) return error;
  const verdict = checkPairCells(table, supporter, recipient);
  switch (verdict.status) {
    case "blank":
      return "";
    case "paired":
      return true;
    case "not-paired":
      return false;
    case "unknown":
    case "ambiguous":
      return placeProblem(verdict.resolution) ?? false;
  }
}

/**
 * Official names on the other side of the table for every name in a cell. A name
 * with several readings is answered when all readings give the same list.
 */
function counterparts(
  table: PairingTable,
  cell: CellValue,
  side: (table: PairingTable, place: PlaceRecord) => PlaceRecord[]
): Outcome<string[]> {
  const error = errorIn(cell);
  if (error) return error;
  const names: string[] = [];
  for (const resolution of resolveCell(cell)) {
    if (resolution.kind === "unknown") return placeProblem(resolution) as Problem;
    const readings = resolution.kind === "found" ? [resolution.place] : resolution.places;
    const lists = readings.map((place) => side(table, place).map((p) => p.name));
    if (lists.some((list) => list.join() !== lists[0].join()))
      return placeProblem(resolution) as Problem;
    if (lists[0].length === 0)
      return {
        problem: "not-in-programme",
        name: resolution.input,
        programme: table.title["zh-CN"],
      };
    for (const name of lists[0]) if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The official supporters of the recipient(s) in a cell. */
export function supportersIn(table: PairingTable, recipient: CellValue): Outcome<string[]> {
  return counterparts(table, recipient, supportersOf);
}

/** The official recipients of the supporter(s) in a cell. */
export function recipientsIn(table: PairingTable, supporter: CellValue): Outcome<string[]> {
  return counterparts(table, supporter, recipientsOf);
}

/** The official current name of every place in a cell, joined with 、; '' for a blank cell. */
export function normalizeNames(cell: CellValue): Outcome<string> {
  return typeof cell === "string"
    ? NORMALIZED.get(cell, () => officialNames(cell))
    : officialNames(cell);
}

/** Work out the official names in a cell (what normalizeNames memoises). */
function officialNames(cell: CellValue): Outcome<string> {
  const error = errorIn(cell);
  if (error) return error;
  const names: string[] = [];
  for (const resolution of resolveCell(cell)) {
    const problem = placeProblem(resolution);
    if (problem) return problem;
    if (resolution.kind === "found") names.push(resolution.place.name);
  }
  return names.join("、");
}

/** The standard category name for a cell; '' for a blank cell. */
export function standardCategory(cell: CellValue): Outcome<string> {
  return typeof cell === "string" ? CATEGORIES.get(cell, () => categoryOf(cell)) : categoryOf(cell);
}

/** Work out the standard category of a cell (what standardCategory memoises). */
function categoryOf(cell: CellValue): Outcome<string> {
  const error = errorIn(cell);
  if (error) return error;
  if (isBlank(cell)) return "";
  const resolution = resolveCategory(String(cell));
  return resolution.kind === "found"
    ? resolution.name
    : { problem: "unknown-category", text: resolution.input, suggestions: resolution.suggestions };
}
