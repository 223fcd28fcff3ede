/**
 * Place names: from what people type to the official unit.
 *
 * Every name, former name and alias of ../data/places.ts is indexed, together
 * with the forms derived by dropping an administrative suffix (莎车县 → 莎车,
 * 巴音郭楞蒙古自治州 → 巴音郭楞, 浙江省 → 浙江). A form that belongs to several
 * units (喀什: 喀什地区 and 喀什市) is ambiguous and is reported as such, never
 * guessed. Look-ups match whole forms only, so 一师 never matches inside 十一师.
 *
 * Beside these hand-kept records, the prefecture- and county-level units of the
 * supporter provinces and of Xinjiang come from the division codes
 * (../data/divisions.ts). Their forms never take a form a hand-kept record owns,
 * so 吉林 stays the province while 吉林市 is the city inside it. Names officers
 * write beyond these (一师十团, 岳普湖县和麦盖提县, 阿克苏地区八县一市, 山東) are
 * read only when the plain look-up fails, so the common case stays one hash look-up.
 */
import { CORPS_FARMS } from "../data/corps-farms";
import { DIVISION_LINES, DIVISIONS_SOURCE } from "../data/divisions";
import { NEW_UNITS, type NewUnit } from "../data/new-units";
import { PLACES } from "../data/places";
import type { PlaceKind, PlaceRecord } from "../data/types";
import { fold, foldingLoaded } from "./fold";
import { cleanText, editDistance, splitNames } from "./text";
import { isBlank, type CellValue } from "./cells";

export type { PlaceRecord } from "../data/types";

/** How a found name was read when it is not simply one of the unit's names. */
export type ReadingNote =
  /** A county set up after the shipped division codes, read as its prefecture. */
  | { readonly kind: "new-unit"; readonly unit: string; readonly announced: string }
  /** A 兵团 团场, read as its division. */
  | { readonly kind: "farm"; readonly farm: string };

export type Resolution =
  | {
      readonly kind: "found";
      readonly input: string;
      readonly place: PlaceRecord;
      readonly note?: ReadingNote;
    }
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

/** The kind a county-level name's suffix gives (神农架林区 is a county-level forest district, not a 市辖区). */
function countyKind(name: string): PlaceKind {
  if (name.endsWith("林区")) return "county";
  if (name.endsWith("区")) return "district";
  return name.endsWith("市") ? "county-city" : "county";
}

/**
 * Unpack the division codes into place records, leaving out units the hand-kept records already
 * have. A name that occurs more than once (鼓楼区 in 南京, 福州, 徐州 …) is named with its parent in
 * front (南京市鼓楼区) and keeps the bare name as an alias, which is then ambiguous, as it should be.
 */
export function divisionRecords(hand: readonly PlaceRecord[]): PlaceRecord[] {
  const handNames = new Set(hand.map((p) => p.name));
  const raw: { name: string; kind: PlaceKind; parent: string; code: string }[] = [];
  for (const line of DIVISION_LINES) {
    const bar = line.indexOf("|");
    const provinceCode = line.slice(0, 2);
    const province = line.slice(2, bar);
    for (const group of line.slice(bar + 1).split(";")) {
      const colon = group.indexOf(":");
      const cityCode = provinceCode + group.slice(0, 2);
      const prefecture = group.slice(2, colon);
      if (prefecture)
        raw.push({ name: prefecture, kind: "prefecture", parent: province, code: cityCode });
      for (const unit of group.slice(colon + 1).split(",")) {
        if (!unit) continue;
        const name = unit.slice(2);
        raw.push({
          name,
          kind: countyKind(name),
          parent: prefecture || province,
          code: cityCode + unit.slice(0, 2),
        });
      }
    }
  }
  const counts = new Map<string, number>();
  for (const r of raw) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  const finalName = new Map<string, string>(); // code → the record's name
  const out: PlaceRecord[] = [];
  for (const r of raw) {
    if (handNames.has(r.name) && (counts.get(r.name) ?? 0) === 1) {
      finalName.set(r.code, r.name);
      continue;
    }
    const parent = finalName.get(r.code.slice(0, 4)) ?? r.parent;
    const duplicated = (counts.get(r.name) ?? 0) > 1 || handNames.has(r.name);
    const name = duplicated ? parent + r.name : r.name;
    finalName.set(r.code, name);
    const source = `${DIVISIONS_SOURCE}, code ${r.code}`;
    out.push({
      name,
      kind: r.kind,
      parent,
      source,
      code: r.code,
      ...(duplicated ? { aliases: [{ name: r.name, source }] } : {}),
    });
  }
  return out;
}

class PlaceIndex {
  readonly byName = new Map<string, PlaceRecord>();
  readonly children = new Map<string, PlaceRecord[]>();
  private readonly forms = new Map<string, PlaceRecord[]>();
  /** Forms owned by a hand-kept record: generated records never join them. */
  private readonly strong = new Set<string>();
  /** Forms by character, for suggestions: each form once, hand-kept ones first. */
  readonly formList: { readonly key: string; readonly weak: boolean }[] = [];
  private charIndex: Map<string, number[]> | undefined;

  constructor(hand: readonly PlaceRecord[], generated: readonly PlaceRecord[]) {
    const records = [...hand, ...generated];
    for (const record of records) {
      if (this.byName.has(record.name)) throw new Error(`duplicate place ${record.name}`);
      this.byName.set(record.name, record);
    }
    const weak = new Set(generated);
    for (const record of records) {
      if (record.parent) {
        const siblings = this.children.get(record.parent) ?? [];
        siblings.push(record);
        this.children.set(record.parent, siblings);
      }
      const isWeak = weak.has(record);
      const names = [record.name, ...(record.formerNames ?? []).map((n) => n.name)];
      for (const name of names) {
        this.add(name, record, isWeak);
        if (SUFFIXED.has(record.kind))
          for (const form of suffixFreeForms(name)) this.add(form, record, isWeak);
      }
      for (const alias of record.aliases ?? []) {
        this.add(alias.name, record, isWeak);
        if (isWeak) for (const form of suffixFreeForms(alias.name)) this.add(form, record, true);
      }
    }
  }

  private add(form: string, record: PlaceRecord, weak: boolean): void {
    const key = cleanText(form);
    if (weak && this.strong.has(key)) return;
    if (!weak) this.strong.add(key);
    const existing = this.forms.get(key);
    if (!existing) {
      this.forms.set(key, [record]);
      this.formList.push({ key, weak });
    } else if (!existing.includes(record)) existing.push(record);
  }

  lookup(form: string): readonly PlaceRecord[] | undefined {
    return this.forms.get(form);
  }

  /** The index of every form containing each character, built on the first unknown name. */
  formsByChar(): Map<string, number[]> {
    if (!this.charIndex) {
      const index = new Map<string, number[]>();
      this.formList.forEach(({ key }, i) => {
        for (const ch of new Set(key)) {
          const list = index.get(ch);
          if (list) list.push(i);
          else index.set(ch, [i]);
        }
      });
      this.charIndex = index;
    }
    return this.charIndex;
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

let index: PlaceIndex | undefined;

/**
 * Every place AID knows, indexed. Built on first use, not when the module loads: it takes
 * about 15 ms, which the pane would otherwise spend before its first paint, and the custom
 * functions' runtime before any function is called.
 */
export function placeIndex(): PlaceIndex {
  return (index ??= new PlaceIndex(PLACES, divisionRecords(PLACES)));
}

/** The place with this exact official name. */
export function placeByName(name: string): PlaceRecord | undefined {
  return placeIndex().byName.get(name);
}

/** The units directly under a place. */
export function childrenOf(place: PlaceRecord): readonly PlaceRecord[] {
  return placeIndex().children.get(place.name) ?? [];
}

/** The place's administrative parent, if AID knows it. */
export function parentOf(place: PlaceRecord): PlaceRecord | undefined {
  return place.parent ? placeIndex().byName.get(place.parent) : undefined;
}

/** The province (or other top-level unit) a place lies in; the place itself at the top. */
export function provinceOf(place: PlaceRecord): PlaceRecord {
  let current = place;
  for (let parent = parentOf(current); parent; parent = parentOf(current)) current = parent;
  return current;
}

// Noise around a name: a parenthetical remark ('广东省(主要由深圳市)') and the 团场 of 表1's 兵团 cells.
const PARENTHETICAL = /\([^()]*\)/g;
const FARMS = /(?:及团场|团场)$/;

// No place name AID knows is longer than this; a longer text is not worked on character by character.
export const MAX_NAME_LENGTH = 40;

type Found = { readonly places: readonly PlaceRecord[]; readonly note?: ReadingNote };

function candidates(form: string, depth = 0): readonly PlaceRecord[] | undefined {
  return read(form, depth)?.places;
}

/** Read a cleaned form: the plain look-up first, then each way officers write names. */
function read(form: string, depth = 0): Found | undefined {
  const direct = placeIndex().lookup(form);
  if (direct) return { places: direct };
  if (depth > 3 || form.length > MAX_NAME_LENGTH) return undefined;
  if (FARMS.test(form)) {
    const withoutFarms = candidates(form.replace(FARMS, ""), depth + 1);
    if (withoutFarms) return { places: withoutFarms };
  }
  if (form.includes("(")) {
    const withoutRemark = form.replace(PARENTHETICAL, "");
    if (withoutRemark && withoutRemark !== form) return read(withoutRemark, depth + 1);
  }
  return (
    withContainerInFront(form, depth) ??
    newUnit(form, depth) ??
    farm(form, depth) ??
    withCountAfter(form, depth)
  );
}

/** Read '四川省汶川县' or '绵阳市安州区' as a unit written after a place that contains it; the longest container wins. */
function withContainerInFront(form: string, depth: number): Found | undefined {
  for (let cut = form.length - 2; cut >= 2; cut--) {
    const containers = placeIndex().lookup(form.slice(0, cut));
    if (!containers) continue;
    const inner = read(form.slice(cut), depth + 1);
    if (!inner) continue;
    const inside = inner.places.filter((place) =>
      containers.some((container) => placeIndex().contains(container, place))
    );
    if (inside.length > 0) return { places: inside, ...(inner.note ? { note: inner.note } : {}) };
  }
  return undefined;
}

const NEW_UNIT_BY_NAME = new Map<string, NewUnit>(NEW_UNITS.map((u) => [u.name, u]));

/** A county set up after the division codes (和安县), alone or after its prefecture: read as the prefecture. */
function newUnit(form: string, depth: number): Found | undefined {
  for (const [name, unit] of NEW_UNIT_BY_NAME) {
    if (!form.endsWith(name)) continue;
    const prefecture = placeByName(unit.prefecture);
    if (!prefecture) continue;
    const before = form.slice(0, form.length - name.length);
    if (before) {
      const containers = candidates(before, depth + 1);
      const fits = containers?.some(
        (c) => c === prefecture || placeIndex().contains(c, prefecture)
      );
      if (!fits) continue;
    }
    return {
      places: [prefecture],
      note: { kind: "new-unit", unit: name, announced: unit.announced },
    };
  }
  return undefined;
}

const FARM_DIVISION = new Map<number, string>();
for (const group of CORPS_FARMS)
  for (const n of group.farms) FARM_DIVISION.set(n, `新疆生产建设兵团第${group.division}师`);

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  "○": 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A farm number as written: 168, 一六八 (digit by digit), 一百六十八 or 四十一 (with 十 and 百). */
export function farmNumber(text: string): number | undefined {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  if (!/^[〇○零一二三四五六七八九十百]{1,6}$/.test(text)) return undefined;
  if (!/[十百]/.test(text)) {
    let n = 0;
    for (const ch of text) n = n * 10 + DIGITS[ch];
    return n;
  }
  const m =
    /^(?:([一二三四五六七八九])百)?(?:零|〇)?(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/.exec(
      text
    );
  if (!m || (!m[1] && !text.includes("十"))) return undefined;
  const hundreds = m[1] ? DIGITS[m[1]] * 100 : 0;
  const tens = text.includes("十") ? (m[2] ? DIGITS[m[2]] : 1) * 10 : 0;
  return hundreds + tens + (m[3] ? DIGITS[m[3]] : 0);
}

const FARM_FORM = /^(.*?)第?([0-9〇○零一二三四五六七八九十百]{1,6})团场?$/;

/** A 兵团 团场 (一师十团, 农九师168团, 第三师四十一团, 一六八团), read as its division. */
function farm(form: string, depth: number): Found | undefined {
  const m = FARM_FORM.exec(form);
  if (!m) return undefined;
  const n = farmNumber(m[2]);
  if (n === undefined || n === 0) return undefined;
  const listed = FARM_DIVISION.get(n);
  let division: PlaceRecord | undefined;
  if (m[1]) {
    const written = candidates(m[1], depth + 1);
    if (!written || written.length !== 1) return undefined;
    const unit = written[0];
    division =
      unit.kind === "division"
        ? unit
        : unit.kind === "division-city" && unit.sameBodyAs
          ? placeByName(unit.sameBodyAs)
          : undefined;
    // A farm written under another division than the one it belongs to names no unit.
    if (division && listed && listed !== division.name) return undefined;
  } else if (listed) division = placeByName(listed);
  return division ? { places: [division], note: { kind: "farm", farm: form } } : undefined;
}

// 八县一市, 两县, 3个团场: a count of the units a heading stands for, written after it. Farms need
// 个 (3个团场), so 农十三师四十一团 is never read as 农十三师 with a count.
const COUNT_AFTER =
  /^(.{2,}?)(?:[一二两三四五六七八九十\d]{1,3}个?(?:县市|县|市|区)|[一二两三四五六七八九十\d]{1,3}个(?:团场|团))+$/;

/** Read '阿克苏地区八县一市' or '伊犁河谷州直八县二市' as the heading before the count. */
function withCountAfter(form: string, depth: number): Found | undefined {
  const m = COUNT_AFTER.exec(form);
  if (!m) return undefined;
  const base = candidates(m[1], depth + 1);
  return base ? { places: base } : undefined;
}

// Characters outside these are worth a traditional → simplified fold; most names have none.
const NEEDS_NO_FOLD = /^[ -~\u3001\u3002]*$/;
// OpenCC loads on its own (./fold): in its own chunk in the bundles, awaited by aid-check.
export { whenFoldingReady } from "./fold";

/** Fold traditional characters to simplified (山東 → 山东) once the converter is loaded; the text as it is before. */
export function foldTraditional(text: string): string {
  if (NEEDS_NO_FOLD.test(text)) return text;
  return fold(text, "tw");
}

// Resolutions by text as typed: at most CACHE_LIMIT of them (then it starts again from empty), and
// never of a text longer than MAX_NAME_LENGTH, so a sheet of long or all-different names cannot grow it.
const cache = new Map<string, Resolution>();
const CACHE_LIMIT = 50_000;

/** How many resolutions the memo keeps (for tests: long texts are never kept). */
export function placeMemoSize(): number {
  return cache.size;
}

/** Resolve one name as typed to its official unit, or say it is ambiguous or unknown. */
export function resolvePlace(typed: string): Resolution {
  const known = cache.get(typed);
  if (known) return known;
  const resolution = resolveUncached(typed);
  if (typed.length > MAX_NAME_LENGTH) return resolution;
  // An unknown name met before the converter loaded may be traditional: it is worked out again later.
  if (resolution.kind === "unknown" && !foldingLoaded() && !NEEDS_NO_FOLD.test(typed))
    return resolution;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(typed, resolution);
  return resolution;
}

function resolveUncached(typed: string): Resolution {
  const form = cleanText(typed);
  let found = read(form);
  let simplified = form;
  if (!found && form.length <= MAX_NAME_LENGTH) {
    simplified = foldTraditional(form);
    if (simplified !== form) found = read(simplified);
  }
  if (found && found.places.length === 1)
    return {
      kind: "found",
      input: typed,
      place: found.places[0],
      ...(found.note ? { note: found.note } : {}),
    };
  if (found) return { kind: "ambiguous", input: typed, places: found.places };
  return { kind: "unknown", input: typed, suggestions: suggestPlaces(simplified) };
}

// Words that join two names in one cell when no separator is used: 岳普湖县和麦盖提县, 农四师及农七师.
const JOINERS = /[和及与]/g;

/** Split '岳普湖县和麦盖提县' at 和/及/与 where every piece is a known place (和田 and 新和县 stay whole). */
function splitJoined(form: string, depth = 0): Resolution[] | undefined {
  if (depth > 4 || form.length > MAX_NAME_LENGTH) return undefined;
  for (const m of form.matchAll(JOINERS)) {
    const at = m.index ?? 0;
    const left = form.slice(0, at);
    const right = form.slice(at + 1);
    if (left.length < 2 || right.length < 2) continue;
    const first = resolvePlace(left);
    if (first.kind === "unknown") continue;
    const whole = resolvePlace(right);
    if (whole.kind !== "unknown") return [first, whole];
    const rest = splitJoined(right, depth + 1);
    if (rest) return [first, ...rest];
  }
  return undefined;
}

/** Resolve one piece of a cell, splitting it at 和/及/与 only when it is not a name as a whole. */
function resolvePiece(piece: string): Resolution[] {
  const whole = resolvePlace(piece);
  if (whole.kind !== "unknown" || !/[和及与]/.test(piece)) return [whole];
  return splitJoined(piece) ?? [whole];
}

/** Resolve every name in a cell ('吉林、黑龙江' gives two); a blank cell gives none. */
export function resolveCell(value: CellValue): Resolution[] {
  if (isBlank(value)) return [];
  return typeof value === "string"
    ? splitNames(value).flatMap(resolvePiece)
    : [resolvePlace(String(value))];
}

// Suggestions look at the first characters only and score at most this many forms, so a long or
// hostile text costs about as much as a short one.
const SUGGEST_LENGTH = 24;
const SUGGEST_POOL = 80;

/** Official names closest to an unknown form, for 'did you mean' messages. */
export function suggestPlaces(form: string, limit = 3): PlaceRecord[] {
  const typed = form.slice(0, SUGGEST_LENGTH);
  const typedChars = new Set(typed);
  const byChar = placeIndex().formsByChar();
  const shared = new Map<number, number>();
  for (const ch of typedChars)
    for (const i of byChar.get(ch) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  // Keep the forms sharing most characters (hand-kept before generated on a tie), then rank by edit distance.
  const pool = [...shared]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, SUGGEST_POOL)
    .map(([i, count]) => {
      const { key, weak } = placeIndex().formList[i];
      const closeness = (2 * count) / Math.max(1, Math.min(typed.length, key.length));
      // Generated units rank after hand-kept ones at the same closeness: they are rarely meant.
      return { key, score: editDistance(typed, key) - closeness + (weak ? 1 : 0) };
    })
    .sort((a, b) => a.score - b.score);
  const places: PlaceRecord[] = [];
  for (const { key } of pool.slice(0, limit * 3))
    for (const record of placeIndex().lookup(key) ?? [])
      if (!places.includes(record)) places.push(record);
  return places.slice(0, limit);
}
