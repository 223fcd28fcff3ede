/**
 * Hints for a search of a pairing table, for when the text typed leads nowhere in the
 * programme being browsed: the official names nearest a typo (阿克淘县 → 阿克陶县), and the
 * other programmes a named place takes part in when it takes none in this one (汶川县 is in
 * the Wenchuan table, not the Xinjiang one).
 *
 * The work per search is bounded: at most MAX_NAMES names of the text are looked at, each
 * with the places look-up's own bounded suggestions, so a long or odd text costs no more
 * than a few short ones.
 */
import type { PairingTable, PlaceRecord, ProgrammeId } from "../data/types";
import { takesPart } from "./pairing";
import { resolveCell, suggestPlaces } from "./places";
import { PROGRAMMES } from "./programmes";
import { cleanText, splitNames } from "./text";

/** A place named in the search that takes no part in the programme browsed, and the ones it does. */
export interface ElsewhereHint {
  readonly place: PlaceRecord;
  readonly programmes: readonly ProgrammeId[];
}

export interface SearchHints {
  /** Official names close to a name the search does not know, those of this programme first. */
  readonly suggestions: readonly PlaceRecord[];
  /** Named places found in other programmes only. */
  readonly elsewhere: readonly ElsewhereHint[];
}

// Names of one search looked at, suggestions offered, and candidates ranked per unknown name.
const MAX_NAMES = 5;
const MAX_SUGGESTIONS = 3;
const CANDIDATES = 12;

const NONE: SearchHints = { suggestions: [], elsewhere: [] };

/** The other programmes a place takes part in, in the order AID lists them. */
function programmesOf(place: PlaceRecord, except: PairingTable): ProgrammeId[] {
  return PROGRAMMES.filter((t) => t.id !== except.id && takesPart(t, place)).map((t) => t.id);
}

/**
 * Work out what to tell a user whose search of `table` shows `shown` pairs: names near an
 * unknown one (only when nothing is shown: a text that matches pairs needs no correction),
 * and places that belong to other programmes only.
 */
export function searchHints(table: PairingTable, query: string, shown: number): SearchHints {
  if (!cleanText(query)) return NONE;
  const suggestions: PlaceRecord[] = [];
  const elsewhere: ElsewhereHint[] = [];
  const names = splitNames(query).slice(0, MAX_NAMES);
  for (const resolution of names.flatMap((name) => resolveCell(name)).slice(0, MAX_NAMES)) {
    if (resolution.kind === "unknown") {
      if (shown > 0) continue;
      // A suggestion helps only if it leads to pairs: this programme's places first, then the others'.
      const ranked = suggestPlaces(cleanText(resolution.input), CANDIDATES)
        .map((place, order) => ({
          place,
          order,
          rank: takesPart(table, place) ? 0 : programmesOf(place, table).length > 0 ? 1 : 2,
        }))
        .filter((c) => c.rank < 2)
        .sort((a, b) => a.rank - b.rank || a.order - b.order);
      for (const { place } of ranked)
        if (!suggestions.includes(place) && suggestions.length < MAX_SUGGESTIONS)
          suggestions.push(place);
      continue;
    }
    const places = resolution.kind === "found" ? [resolution.place] : resolution.places;
    for (const place of places) {
      if (takesPart(table, place) || elsewhere.some((e) => e.place === place)) continue;
      const programmes = programmesOf(place, table);
      if (programmes.length > 0) elsewhere.push({ place, programmes });
    }
  }
  return { suggestions, elsewhere };
}
