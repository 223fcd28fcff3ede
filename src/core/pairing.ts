/**
 * Who supports whom in a programme.
 *
 * A recipient written at a higher level than the table pairs with a supporter
 * when the supporter is paired with any unit inside it (表2 pairs 福建、山西 with
 * 昌吉州). A 兵团 city pairs as its division (师市合一), and a unit set up later
 * from part of a table unit (霍尔果斯市 from 霍城县) pairs as that unit did.
 *
 * A city or district of a supporter province acts for it (苏州 for 江苏, 东莞 for 广东,
 * 宁波 for 浙江): the nearest unit above it that supports in the programme is taken, so
 * a district of 深圳 acts for 深圳, not for 广东. The division codes say which city lies
 * in which province.
 */
import type { PairingTable, PlaceRecord } from "../data/types";
import { childrenOf, parentOf, placeByName, resolveCell, type Resolution } from "./places";
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

/**
 * The supporter a place stands for in this programme: itself when it supports, else the nearest
 * unit above it that does (宁波市 → 浙江省); undefined when no unit above it supports.
 */
export function actingSupporter(table: PairingTable, place: PlaceRecord): PlaceRecord | undefined {
  const supporters = indexOf(table).recipientsBySupporter;
  for (let p: PlaceRecord | undefined = place; p; p = parentOf(p))
    if (supporters.has(p.name)) return p;
  return undefined;
}

/** Tell whether the supporter (or the supporter it acts for) is paired with the recipient (or with a unit inside it) in this programme. */
export function isPaired(
  table: PairingTable,
  supporter: PlaceRecord,
  recipient: PlaceRecord
): boolean {
  const acting = actingSupporter(table, supporter);
  const bySupporter = acting && indexOf(table).recipientsBySupporter.get(acting.name);
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

/** Tell whether a place supports in the programme, itself or through the supporter it lies in. */
export function supportsIn(table: PairingTable, place: PlaceRecord): boolean {
  return actingSupporter(table, place) !== undefined;
}

/** Tell whether a place receives in the programme: a recipient, or a unit a recipient lies in. */
export function receivesIn(table: PairingTable, place: PlaceRecord): boolean {
  return coverageOf(table, place).size > 0;
}

/** Tell whether a place takes part in the programme, as a supporter (or inside one) or as (or above) a recipient. */
export function takesPart(table: PairingTable, place: PlaceRecord): boolean {
  return actingSupporter(table, place) !== undefined || coverageOf(table, place).size > 0;
}

/** A supporter cell's name that passed or failed through the province (or city) it lies in. */
export interface ActingFor {
  /** The unit as written (宁波市). */
  readonly place: PlaceRecord;
  /** The supporter of the programme it acts for (浙江省). */
  readonly supporter: PlaceRecord;
}

export type PairVerdict =
  | { readonly status: "blank" }
  | {
      readonly status: "paired";
      /** Names that passed through the supporter they lie in (宁波 for 浙江), for a note naming it. */
      readonly actingFor?: readonly ActingFor[];
    }
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
      /** Set when the supporter is a unit inside a supporter (宁波市 in 浙江省); the message names that one. */
      readonly actingFor?: ActingFor;
      /** The official recipients of the supporter acted for (or of the supporter itself). */
      readonly officialRecipients: readonly PlaceRecord[];
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
    const acting = actingSupporter(table, supporter);
    return {
      status: "not-paired",
      supporter,
      recipient,
      official: supportersOf(table, recipient),
      ...(acting && acting !== supporter
        ? { actingFor: { place: supporter, supporter: acting } }
        : {}),
      officialRecipients: recipientsOf(table, acting ?? supporter),
    };
  }
  if (rowBest.includes("maybe") || columnBest.includes("maybe")) {
    // Some name has readings that disagree; report the first ambiguous one.
    const supporter = supporters.find((r) => r.kind === "ambiguous");
    const recipient = recipients.find((r) => r.kind === "ambiguous");
    return supporter
      ? { status: "ambiguous", role: "supporter", resolution: supporter }
      : { status: "ambiguous", role: "recipient", resolution: recipient ?? recipients[0] };
  }
  const actingFor: ActingFor[] = [];
  for (const r of supporters)
    if (r.kind === "found") {
      const acting = actingSupporter(table, r.place);
      if (acting && acting !== r.place) actingFor.push({ place: r.place, supporter: acting });
    }
  return actingFor.length > 0 ? { status: "paired", actingFor } : { status: "paired" };
}

/** The note for names that acted for their supporter (宁波市 for 浙江省), in the user's language. */
export function actingForText(acting: readonly ActingFor[], locale: "zh-CN" | "en"): string {
  const each = acting.map(({ place, supporter }) =>
    locale === "zh-CN"
      ? `${place.name}属于${supporter.name}，按${supporter.name}的对口关系核对`
      : `${place.name} lies in ${supporter.name} and is checked as ${supporter.name}`
  );
  return each.join(locale === "zh-CN" ? "；" : "; ");
}

function best(values: readonly Tri[]): Tri {
  return values.includes("yes") ? "yes" : values.includes("maybe") ? "maybe" : "no";
}
