/**
 * The three pairing programmes AID checks against, and how users name them.
 */
import { WENCHUAN_2008 } from "../data/wenchuan-2008";
import { XINJIANG_2010 } from "../data/xinjiang-2010";
import { XINJIANG_UNIVERSITIES_2006 } from "../data/xinjiang-universities-2006";
import type { PairingTable, ProgrammeId } from "../data/types";
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
