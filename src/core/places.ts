/**
 * Place names: from what people type to the official unit.
 *
 * Every name, former name and alias of ../data/places.ts is indexed, together
 * with the forms derived by dropping an administrative suffix (莎车县 → 莎车,
 * 巴音郭楞蒙古自治州 → 巴音郭楞, 浙江省 → 浙江). A form that belongs to several
 * units (喀什: 喀什地区 and 喀什市) is ambiguous and is reported as such, never
 * guessed. Look-ups match whole forms only, so 一师 never matches inside 十一师.
 */
import { PLACES } from "../data/places";
import type { PlaceKind, PlaceRecord } from "../data/types";
import { cleanText, nearest, splitNames } from "./text";
import { isBlank, type CellValue } from "./cells";

export type { PlaceRecord } from "../data/types";

export type Resolution =
  | { readonly kind: "found"; readonly input: string; readonly place: PlaceRecord }
  | { readonly kind: "ambiguous"; readonly input: string; readonly places: readonly PlaceRecord[] }
  | {
      readonly kind: "unknown";
      readonly input: string;
      readonly suggestions: readonly PlaceRecord[];
    };

// Kinds whose names carry an administrative suffix that people leave out.
const SUFFIXED: ReadonlySet<PlaceKind> = new Set([
  "province",
  "supporter-city",
  "prefecture",
  "county",
  "county-city",
  "district",
  "division-city",
]);
const ETHNIC_AUTONOMY =
  /^(.{2,}?)(?:(?:柯尔克孜|哈萨克|塔吉克|维吾尔|蒙古|锡伯|回|藏|羌|壮)族?)+自治(区|州|县)$/;
const PLAIN_SUFFIX = /^(.{2,}?)(?:自治区|地区|省|市|县|区)$/;

/** Forms of a name without its suffix: 莎车县 → 莎车; 克孜勒苏柯尔克孜自治州 → 克孜勒苏, 克孜勒苏州. */
export function suffixFreeForms(name: string): string[] {
  const ethnic = ETHNIC_AUTONOMY.exec(name);
  if (ethnic) {
    const [, base, level] = ethnic;
    return level === "区" ? [base] : [base, base + level];
  }
  const plain = PLAIN_SUFFIX.exec(name);
  return plain ? [plain[1]] : [];
}

class PlaceIndex {
  readonly byName = new Map<string, PlaceRecord>();
  readonly children = new Map<string, PlaceRecord[]>();
  private readonly forms = new Map<string, PlaceRecord[]>();

  constructor(records: readonly PlaceRecord[]) {
    for (const record of records) {
      if (this.byName.has(record.name)) throw new Error(`duplicate place ${record.name}`);
      this.byName.set(record.name, record);
    }
    for (const record of records) {
      if (record.parent) {
        const siblings = this.children.get(record.parent) ?? [];
        siblings.push(record);
        this.children.set(record.parent, siblings);
      }
      const names = [record.name, ...(record.formerNames ?? []).map((n) => n.name)];
      for (const name of names) {
        this.add(name, record);
        if (SUFFIXED.has(record.kind))
          for (const form of suffixFreeForms(name)) this.add(form, record);
      }
      for (const alias of record.aliases ?? []) this.add(alias.name, record);
    }
  }

  private add(form: string, record: PlaceRecord): void {
    const key = cleanText(form);
    const existing = this.forms.get(key);
    if (!existing) this.forms.set(key, [record]);
    else if (!existing.includes(record)) existing.push(record);
  }

  lookup(form: string): readonly PlaceRecord[] | undefined {
    return this.forms.get(form);
  }

  allForms(): IterableIterator<[string, PlaceRecord[]]> {
    return this.forms.entries();
  }

  /** True when `ancestor` contains `place` (strictly), following parents. */
  contains(ancestor: PlaceRecord, place: PlaceRecord): boolean {
    let current = place.parent ? this.byName.get(place.parent) : undefined;
    while (current) {
      if (current === ancestor) return true;
      current = current.parent ? this.byName.get(current.parent) : undefined;
    }
    return false;
  }
}

export const PLACE_INDEX = new PlaceIndex(PLACES);

/** The place with this exact official name. */
export function placeByName(name: string): PlaceRecord | undefined {
  return PLACE_INDEX.byName.get(name);
}

/** The units directly under a place. */
export function childrenOf(place: PlaceRecord): readonly PlaceRecord[] {
  return PLACE_INDEX.children.get(place.name) ?? [];
}

// Noise around a name: a parenthetical remark ('广东省(主要由深圳市)') and the 团场 of 表1's 兵团 cells.
const PARENTHETICAL = /\([^()]*\)/g;
const FARMS = /(?:及团场|团场)$/;

function candidates(form: string, depth = 0): readonly PlaceRecord[] | undefined {
  const direct = PLACE_INDEX.lookup(form);
  if (direct) return direct;
  if (depth > 3) return undefined;
  if (FARMS.test(form)) {
    const withoutFarms = candidates(form.replace(FARMS, ""), depth + 1);
    if (withoutFarms) return withoutFarms;
  }
  if (form.includes("(")) {
    const withoutRemark = form.replace(PARENTHETICAL, "");
    if (withoutRemark && withoutRemark !== form) return candidates(withoutRemark, depth + 1);
  }
  return withContainerInFront(form, depth);
}

/** Read '四川省汶川县' or '绵阳市安州区' as a unit written after a place that contains it; the longest container wins. */
function withContainerInFront(form: string, depth: number): readonly PlaceRecord[] | undefined {
  for (let cut = form.length - 2; cut >= 2; cut--) {
    const containers = PLACE_INDEX.lookup(form.slice(0, cut));
    if (!containers) continue;
    const inner = candidates(form.slice(cut), depth + 1);
    if (!inner) continue;
    const inside = inner.filter((place) =>
      containers.some((container) => PLACE_INDEX.contains(container, place))
    );
    if (inside.length > 0) return inside;
  }
  return undefined;
}

const cache = new Map<string, Resolution>();
const CACHE_LIMIT = 50_000;

/** Resolve one name as typed to its official unit, or say it is ambiguous or unknown. */
export function resolvePlace(typed: string): Resolution {
  const cached = cache.get(typed);
  if (cached) return cached;
  const form = cleanText(typed);
  const found = candidates(form);
  let resolution: Resolution;
  if (found && found.length === 1) resolution = { kind: "found", input: typed, place: found[0] };
  else if (found) resolution = { kind: "ambiguous", input: typed, places: found };
  else resolution = { kind: "unknown", input: typed, suggestions: suggestPlaces(form) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(typed, resolution);
  return resolution;
}

/** Resolve every name in a cell ('吉林、黑龙江' gives two); a blank cell gives none. */
export function resolveCell(value: CellValue): Resolution[] {
  if (isBlank(value)) return [];
  return typeof value === "string"
    ? splitNames(value).map(resolvePlace)
    : [resolvePlace(String(value))];
}

/** Official names closest to an unknown form, for 'did you mean' messages. */
export function suggestPlaces(form: string, limit = 3): PlaceRecord[] {
  const ranked = nearest(form, PLACE_INDEX.allForms(), ([key]) => key, limit * 3);
  const places: PlaceRecord[] = [];
  for (const [, records] of ranked)
    for (const record of records) if (!places.includes(record)) places.push(record);
  return places.slice(0, limit);
}
