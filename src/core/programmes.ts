/**
 * The three pairing programmes AID checks against, how users name them, and whether a sheet's
 * names belong to them at all.
 */
import { WENCHUAN_2008 } from "../data/wenchuan-2008";
import { XINJIANG_2010 } from "../data/xinjiang-2010";
import { XINJIANG_UNIVERSITIES_2006 } from "../data/xinjiang-universities-2006";
import type { PairingTable, ProgrammeId } from "../data/types";
import { takesPart } from "./pairing";
import { resolveCell } from "./places";
import { cleanText } from "./text";
import { isBlank, type CellValue } from "./cells";

export type { PairingTable, ProgrammeId } from "../data/types";

export const PROGRAMMES: readonly PairingTable[] = [
  XINJIANG_2010,
  WENCHUAN_2008,
  XINJIANG_UNIVERSITIES_2006,
];
export const DEFAULT_PROGRAMME: ProgrammeId = "xinjiang-2010";

const byForm = new Map<string, PairingTable>();
for (const table of PROGRAMMES) {
  for (const form of [table.id, table.title["zh-CN"], table.title.en, ...table.alsoKnownAs]) {
    byForm.set(cleanText(form).toLowerCase(), table);
  }
}

/** The table with this id. */
export function programmeById(id: ProgrammeId): PairingTable {
  const table = PROGRAMMES.find((t) => t.id === id);
  if (!table) throw new Error(`unknown programme id ${id}`);
  return table;
}

/** Find a programme by its id or one of its Chinese or English names; a blank cell means the default. */
export function findProgramme(value: CellValue): PairingTable | undefined {
  if (isBlank(value)) return programmeById(DEFAULT_PROGRAMME);
  return byForm.get(cleanText(String(value)).toLowerCase());
}

/** How far a sheet's names belong to the programmes AID ships. */
export interface ProgrammeCoverage {
  /** False when most of the names judged belong to no shipped programme. */
  readonly covered: boolean;
  /** Which names were judged: the recipients when the sheet has any, else the supporters. */
  readonly judged: "recipients" | "supporters" | "none";
  /** Distinct names judged. */
  readonly names: number;
  /** Distinct judged names that belong to no shipped programme, in sheet order. */
  readonly outside: readonly string[];
  /** The programmes AID ships, for the message that names them. */
  readonly programmes: readonly PairingTable[];
}

// Fewer distinct names than this never make a sheet "not covered": one or two odd names are typos.
const MIN_NAMES_FOR_VERDICT = 3;
// Only this many distinct names are judged: enough to see what a sheet is about, bounded on any sheet.
const MAX_NAMES_JUDGED = 200;

/** Tell whether a cell's names all belong to some shipped programme (any reading of an ambiguous one). */
function belongs(value: CellValue): boolean {
  const resolutions = resolveCell(value);
  return resolutions.every((r) => {
    const places = r.kind === "found" ? [r.place] : r.kind === "ambiguous" ? r.places : [];
    return places.some((place) => PROGRAMMES.some((table) => takesPart(table, place)));
  });
}

function distinctNames(values: Iterable<CellValue> | undefined): string[] {
  const seen = new Set<string>();
  if (values)
    for (const value of values) {
      if (isBlank(value)) continue;
      seen.add(String(value));
      if (seen.size >= MAX_NAMES_JUDGED) break;
    }
  return [...seen];
}

/**
 * Judge whether a sheet's pairs belong to a programme AID ships. The recipients decide, since the
 * same provinces support in every programme (援藏, 援青, 三峡 and 东西部协作 included): when most of
 * them belong to no shipped programme, the sheet is of a programme AID does not cover, and one note
 * saying so (programmeCoverageText) replaces an unknown-place error on every row.
 */
export function programmeCoverage(names: {
  readonly supporters?: Iterable<CellValue>;
  readonly recipients?: Iterable<CellValue>;
}): ProgrammeCoverage {
  const recipients = distinctNames(names.recipients);
  const judged = recipients.length > 0 ? "recipients" : "supporters";
  const list = recipients.length > 0 ? recipients : distinctNames(names.supporters);
  const outside = list.filter((name) => !belongs(name));
  return {
    covered: list.length < MIN_NAMES_FOR_VERDICT || outside.length * 2 <= list.length,
    judged: list.length === 0 ? "none" : judged,
    names: list.length,
    outside,
    programmes: PROGRAMMES,
  };
}

/** The one note for a sheet whose programme AID does not ship, naming the ones it does. */
export function programmeCoverageText(coverage: ProgrammeCoverage, locale: "zh-CN" | "en"): string {
  const examples = coverage.outside.slice(0, 3);
  const shipped = coverage.programmes.map((t) => t.title[locale]);
  if (locale === "zh-CN") {
    const who = coverage.judged === "supporters" ? "支援方" : "受援方";
    return `本表的${coverage.outside.length}个${who}（如「${examples.join("」「")}」）不在 AID 内置的任何对口关系表中：本表所属的对口支援计划（例如援藏、援青、三峡、东西部协作）未收录，因此未逐行核对对口关系。已收录的计划：${shipped.join("；")}。`;
  }
  const who = coverage.judged === "supporters" ? "supporters" : "recipients";
  return `${coverage.outside.length} of this sheet's ${who} (such as ${examples.join(", ")}) are in none of AID's pairing tables: the sheet belongs to a programme AID does not ship (aid to Tibet or Qinghai, the Three Gorges, east–west cooperation …), so its pairs were not checked row by row. AID ships: ${shipped.join("; ")}.`;
}
