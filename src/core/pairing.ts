/**
 * Who supports whom in a programme.
 *
 * A recipient written at a higher level than the table pairs with a supporter
 * when the supporter is paired with any unit inside it (表2 pairs 福建、山西 with
 * 昌吉州). A 兵团 city pairs as its division (师市合一), and a unit set up later
 * from part of a table unit (霍尔果斯市 from 霍城县) pairs as that unit did.
 */
import type { PairingTable, PlaceRecord } from "../data/types";
import { childrenOf, placeByName, resolveCell, type Resolution } from "./places";
import { cleanText } from "./text";
import type { CellValue } from "./cells";

interface ProgrammeIndex {
  /** supporter name → table recipients, in table order. */
  readonly recipientsBySupporter: Map<string, string[]>;
  /** table recipient → supporters, in table order. */
  readonly supportersByRecipient: Map<string, string[]>;
  /** place name → the table recipients it stands for. */
  readonly coverage: Map<string, ReadonlySet<string>>;
}

const indexes = new Map<string, ProgrammeIndex>();

function indexOf(table: PairingTable): ProgrammeIndex {
  let index = indexes.get(table.id);
  if (!index) {
    index = {
      recipientsBySupporter: new Map(),
      supportersByRecipient: new Map(),
      coverage: new Map(),
    };
    for (const pair of table.pairs) {
      pushUnique(index.recipientsBySupporter, pair.supporter, pair.recipient);
      pushUnique(index.supportersByRecipient, pair.recipient, pair.supporter);
    }
    indexes.set(table.id, index);
  }
  return index;
}

function pushUnique(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/** The table recipients a place stands for: itself, the units inside it, its division, the unit it was split from. */
function coverageOf(table: PairingTable, place: PlaceRecord): ReadonlySet<string> {
  const index = indexOf(table);
  const known = index.coverage.get(place.name);
  if (known) return known;
  const covered = new Set<string>();
  index.coverage.set(place.name, covered); // guards against cycles while it fills
  if (index.supportersByRecipient.has(place.name)) covered.add(place.name);
  const related = [place.sameBodyAs, place.splitFrom].map((name) =>
    name ? placeByName(name) : undefined
  );
  for (const other of [...related, ...childrenOf(place)]) {
    if (other) for (const name of coverageOf(table, other)) covered.add(name);
  }
  return covered;
}

/** Tell whether the supporter is paired with the recipient (or with a unit inside it) in this programme. */
export function isPaired(
  table: PairingTable,
  supporter: PlaceRecord,
  recipient: PlaceRecord
): boolean {
  const bySupporter = indexOf(table).recipientsBySupporter.get(supporter.name);
  if (!bySupporter) return false;
  for (const name of coverageOf(table, recipient)) if (bySupporter.includes(name)) return true;
  return false;
}

/** The official supporters of a recipient, in table order. */
export function supportersOf(table: PairingTable, recipient: PlaceRecord): PlaceRecord[] {
  const covered = coverageOf(table, recipient);
  const names: string[] = [];
  for (const pair of table.pairs)
    if (covered.has(pair.recipient) && !names.includes(pair.supporter)) names.push(pair.supporter);
  return names.map((name) => placeByName(name)).filter((p): p is PlaceRecord => p !== undefined);
}

/** The official recipients of a supporter, in table order. */
export function recipientsOf(table: PairingTable, supporter: PlaceRecord): PlaceRecord[] {
  const names = indexOf(table).recipientsBySupporter.get(supporter.name) ?? [];
  return names.map((name) => placeByName(name)).filter((p): p is PlaceRecord => p !== undefined);
}

/** The table's pairs that involve a place: as the supporter, or with a recipient it stands for (itself or a unit inside it). */
export function pairsFor(table: PairingTable, place: PlaceRecord): PairingTable["pairs"][number][] {
  const covered = coverageOf(table, place);
  return table.pairs.filter((pair) => pair.supporter === place.name || covered.has(pair.recipient));
}

/** Pairs matching a search: every pair a recognised place takes part in, or whose names contain the text. */
export function searchPairs(table: PairingTable, query: string): PairingTable["pairs"] {
  const text = cleanText(query);
  if (!text) return table.pairs;
  const places = resolveCell(query).flatMap((r) =>
    r.kind === "found" ? [r.place] : r.kind === "ambiguous" ? r.places : []
  );
  const matched = new Set(places.flatMap((place) => pairsFor(table, place)));
  return table.pairs.filter(
    (p) =>
      matched.has(p) ||
      p.supporter.includes(text) ||
      p.recipient.includes(text) ||
      p.asWritten.includes(text) ||
      (p.group ?? "").includes(text)
  );
}

/** Tell whether a place takes part in the programme, as a supporter or as (or above) a recipient. */
export function takesPart(table: PairingTable, place: PlaceRecord): boolean {
  return indexOf(table).recipientsBySupporter.has(place.name) || coverageOf(table, place).size > 0;
}

export type PairVerdict =
  | { readonly status: "blank" }
  | { readonly status: "paired" }
  | {
      readonly status: "unknown";
      readonly role: "supporter" | "recipient";
      readonly resolution: Resolution;
    }
  | {
      readonly status: "not-paired";
      readonly supporter: PlaceRecord;
      readonly recipient: PlaceRecord;
      readonly official: readonly PlaceRecord[];
    }
  | {
      readonly status: "ambiguous";
      readonly resolution: Resolution;
      readonly role: "supporter" | "recipient";
    };

type Tri = "yes" | "no" | "maybe";

function readings(resolution: Resolution): readonly PlaceRecord[] {
  return resolution.kind === "found"
    ? [resolution.place]
    : resolution.kind === "ambiguous"
      ? resolution.places
      : [];
}

/** Paired under every reading (yes), under none (no) or under some (maybe). */
function pairedUnderReadings(
  table: PairingTable,
  supporter: Resolution,
  recipient: Resolution
): Tri {
  let some = false;
  let all = true;
  for (const s of readings(supporter))
    for (const r of readings(recipient)) {
      if (isPaired(table, s, r)) some = true;
      else all = false;
    }
  return all ? "yes" : some ? "maybe" : "no";
}

/**
 * Check a supporter cell against a recipient cell. Cells may list several names
 * ('吉林、黑龙江'): every supporter must be paired with one of the recipients and
 * every recipient with one of the supporters. A name with several readings passes
 * when the pairing holds under every reading.
 */
export function checkPairCells(
  table: PairingTable,
  supporterCell: CellValue,
  recipientCell: CellValue
): PairVerdict {
  const supporters = resolveCell(supporterCell);
  const recipients = resolveCell(recipientCell);
  if (supporters.length === 0 || recipients.length === 0) return { status: "blank" };
  const unknownSupporter = supporters.find((r) => r.kind === "unknown");
  if (unknownSupporter)
    return { status: "unknown", role: "supporter", resolution: unknownSupporter };
  const unknownRecipient = recipients.find((r) => r.kind === "unknown");
  if (unknownRecipient)
    return { status: "unknown", role: "recipient", resolution: unknownRecipient };

  const grid = supporters.map((s) => recipients.map((r) => pairedUnderReadings(table, s, r)));
  const rowBest = grid.map((row) => best(row));
  const columnBest = recipients.map((_, j) => best(grid.map((row) => row[j])));

  const lonelySupporter = rowBest.indexOf("no");
  const lonelyRecipient = columnBest.indexOf("no");
  if (lonelySupporter >= 0 || lonelyRecipient >= 0) {
    const supporter = readings(supporters[Math.max(lonelySupporter, 0)])[0];
    const recipient = readings(recipients[lonelySupporter >= 0 ? 0 : lonelyRecipient])[0];
    return { status: "not-paired", supporter, recipient, official: supportersOf(table, recipient) };
  }
  if (rowBest.includes("maybe") || columnBest.includes("maybe")) {
    // Some name has readings that disagree; report the first ambiguous one.
    const supporter = supporters.find((r) => r.kind === "ambiguous");
    const recipient = recipients.find((r) => r.kind === "ambiguous");
    return supporter
      ? { status: "ambiguous", role: "supporter", resolution: supporter }
      : { status: "ambiguous", role: "recipient", resolution: recipient ?? recipients[0] };
  }
  return { status: "paired" };
}

function best(values: readonly Tri[]): Tri {
  return values.includes("yes") ? "yes" : values.includes("maybe") ? "maybe" : "no";
}
