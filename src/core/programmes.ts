/**
 * The three pairing programmes AID checks against, how users name them, and whether a sheet's
 * names belong to them at all.
 */
import { WENCHUAN_2008 } from "../data/wenchuan-2008";
import { XINJIANG_2010 } from "../data/xinjiang-2010";
import { XINJIANG_UNIVERSITIES_2006 } from "../data/xinjiang-universities-2006";
import type { PairingTable, ProgrammeId } from "../data/types";
import { receivesIn, supportsIn } from "./pairing";
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
  /** False when the sheet's names say it belongs to a programme AID does not ship. */
  readonly covered: boolean;
  /**
   * Which names were judged: the side that made the sheet not covered, else the recipients when
   * the sheet has any, else the supporters.
   */
  readonly judged: "recipients" | "supporters" | "none";
  /** Distinct names judged. */
  readonly names: number;
  /** Distinct judged names that belong to no shipped programme, in sheet order. */
  readonly outside: readonly string[];
  /** The header's word naming a programme AID does not ship (援藏, 三峡 …), when one does. */
  readonly word?: string;
  /** The programmes AID ships, for the message that names them. */
  readonly programmes: readonly PairingTable[];
}

// Fewer distinct names than this never make a side "not covered": one or two odd names are typos.
const MIN_NAMES_FOR_VERDICT = 3;
// Only this many distinct names are judged: enough to see what a sheet is about, bounded on any sheet.
const MAX_NAMES_JUDGED = 200;
// Words in a header that name a programme AID does not ship, simplified and traditional.
const UNSHIPPED_PROGRAMME = /援藏|援青|三峡|三峽|东西部|東西部|扶贫协作|扶貧協作|对口合作|對口合作/;

type Side = "recipients" | "supporters";

/**
 * Tell whether a cell's names all belong to some shipped programme on their side (any reading of an
 * ambiguous one): a recipient must receive in it (a district of 重庆 does not, though 重庆 supports
 * in the Wenchuan table), a supporter support in it.
 */
function belongs(value: CellValue, side: Side): boolean {
  const takesPartAs = side === "recipients" ? receivesIn : supportsIn;
  const resolutions = resolveCell(value);
  return resolutions.every((r) => {
    const places = r.kind === "found" ? [r.place] : r.kind === "ambiguous" ? r.places : [];
    return places.some((place) => PROGRAMMES.some((table) => takesPartAs(table, place)));
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

/** The first word of the headers that names a programme AID does not ship, if any. */
export function unshippedProgrammeWord(headers: Iterable<string>): string | undefined {
  for (const header of headers) {
    const match = UNSHIPPED_PROGRAMME.exec(header);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * Judge whether a sheet's pairs belong to a programme AID ships. A side (recipients first, then
 * supporters) of three or more distinct names most of which belong to no shipped programme makes
 * the sheet not covered: its recipients are those of 援藏, 援青, 三峡 or 东西部协作, or its
 * supporters are universities or companies outside AID's lists. A header naming such a programme
 * (援藏项目) makes it not covered as soon as one name is outside. Then one warning
 * (`programme-not-covered`) replaces an unknown-place or pairing-mismatch on every row.
 */
export function programmeCoverage(names: {
  readonly supporters?: Iterable<CellValue>;
  readonly recipients?: Iterable<CellValue>;
  /** The header's words (or a title's), searched for a programme AID does not ship. */
  readonly headers?: Iterable<string>;
}): ProgrammeCoverage {
  const sides = (
    [
      ["recipients", distinctNames(names.recipients)],
      ["supporters", distinctNames(names.supporters)],
    ] as const
  ).map(([side, list]) => ({ side, list, outside: list.filter((name) => !belongs(name, side)) }));
  const word = names.headers ? unshippedProgrammeWord(names.headers) : undefined;
  const decided =
    sides.find(
      (s) => s.list.length >= MIN_NAMES_FOR_VERDICT && s.outside.length * 2 > s.list.length
    ) ?? (word ? sides.find((s) => s.outside.length > 0) : undefined);
  const shown = decided ?? sides.find((s) => s.list.length > 0);
  return {
    covered: decided === undefined,
    judged: shown ? shown.side : "none",
    names: shown ? shown.list.length : 0,
    outside: shown ? shown.outside : [],
    ...(decided && word ? { word } : {}),
    programmes: PROGRAMMES,
  };
}
