/**
 * Project categories: from what people type to the standard category name.
 *
 * Category names of the three vocabularies come first; the document's own
 * wording ('房屋建设项目') next; forms from practice ('房建', '其他') last, so a
 * name that is itself a category (教育卫生 of the 2010 pilot) is never read as a
 * variant of another.
 */
import { AID_MODES, TAXONOMIES, type Taxonomy } from "../data/categories";
import { cleanText, nearest } from "./text";

export type { CategoryRecord, Taxonomy } from "../data/categories";

export type CategoryResolution =
  | {
      readonly kind: "found";
      readonly input: string;
      readonly name: string;
      readonly taxonomies: readonly string[];
      /** The standard names of a compound category (城乡住房及城镇基础设施), each part once; absent for one category. */
      readonly parts?: readonly string[];
    }
  | { readonly kind: "unknown"; readonly input: string; readonly suggestions: readonly string[] };

interface Entry {
  readonly name: string;
  readonly rank: number;
  readonly taxonomies: string[];
}

// Words that decorate a category without changing it: 房屋建设项目, 其他类, 水利类项目, 文化教育援疆项目.
// They are taken off one at a time from the end, so any order of them goes. 工程 is not one of them:
// 水利工程 names works, not the 水利 category.
const DECORATION = /(?:项目|类|援疆)$/;
// A category text longer than this is no category name; it is not worked on character by character.
const MAX_CATEGORY_LENGTH = 60;

/** The entry for a text, taking decorating words off its end until one is found. */
function lookupDecorated(index: Map<string, Entry>, form: string): Entry | undefined {
  let text = form;
  for (let i = 0; i < 4; i++) {
    const entry = index.get(text);
    if (entry) return entry;
    const bare = text.replace(DECORATION, "");
    if (bare === text || bare.length < 2) return undefined;
    text = bare;
  }
  return index.get(text);
}

// Words that join two categories in one label: 城乡住房及城镇基础设施项目, 教育和卫生, 水利、交通.
// Only tried when the whole label is no category, so 保障和改善民生 and 物资与人员支持 stay whole.
const JOINER = /及|和|与|、|&|＆|\+/;
// More parts than this make a list, not a category label.
const MAX_PARTS = 4;

/** The entries of a label made of known categories joined by 及, 和, 与, 、, & or +; undefined when any part is unknown. */
function lookupCompound(index: Map<string, Entry>, form: string): Entry[] | undefined {
  // A decoration at the end of the whole label (城乡住房及城镇基础设施项目) ends its last part,
  // and lookupDecorated takes it off there as it does from each part.
  const pieces = form.split(JOINER);
  if (pieces.length < 2 || pieces.length > MAX_PARTS) return undefined;
  const entries: Entry[] = [];
  for (const piece of pieces) {
    const entry = piece.length >= 2 ? lookupDecorated(index, piece) : undefined;
    if (!entry) return undefined;
    if (!entries.some((e) => e.name === entry.name)) entries.push(entry);
  }
  return entries;
}

function buildIndex(taxonomies: readonly Taxonomy[]): Map<string, Entry> {
  const index = new Map<string, Entry>();
  const add = (form: string, name: string, rank: number, taxonomy: string) => {
    const key = cleanText(form);
    const entry = index.get(key);
    if (!entry || rank < entry.rank) index.set(key, { name, rank, taxonomies: [taxonomy] });
    else if (entry.name === name && !entry.taxonomies.includes(taxonomy))
      entry.taxonomies.push(taxonomy);
  };
  for (const taxonomy of taxonomies) {
    for (const category of taxonomy.categories) {
      add(category.name, category.name, 0, taxonomy.id);
      add(category.sourceText, category.name, 1, taxonomy.id);
      for (const variant of category.variants ?? []) add(variant, category.name, 2, taxonomy.id);
    }
  }
  return index;
}

const CATEGORY_INDEX = buildIndex(TAXONOMIES);
const MODE_INDEX = buildIndex([
  {
    id: "modes",
    title: { "zh-CN": "援建方式", en: "aid modes" },
    source: "",
    categories: AID_MODES,
  },
]);

function resolveIn(
  index: Map<string, Entry>,
  typed: string,
  compounds: boolean
): CategoryResolution {
  const form = cleanText(typed);
  const entry = form.length <= MAX_CATEGORY_LENGTH ? lookupDecorated(index, form) : undefined;
  if (entry) return { kind: "found", input: typed, name: entry.name, taxonomies: entry.taxonomies };
  const parts =
    compounds && form.length <= MAX_CATEGORY_LENGTH ? lookupCompound(index, form) : undefined;
  if (parts) {
    // One name for the same compound however it is written, so category shares add its rows up together.
    if (parts.length === 1)
      return { kind: "found", input: typed, name: parts[0].name, taxonomies: parts[0].taxonomies };
    const taxonomies: string[] = [];
    for (const p of parts)
      for (const t of p.taxonomies) if (!taxonomies.includes(t)) taxonomies.push(t);
    return {
      kind: "found",
      input: typed,
      name: parts.map((p) => p.name).join("及"),
      taxonomies,
      parts: parts.map((p) => p.name),
    };
  }
  const names = new Set<string>();
  for (const [key, e] of index) if (e.rank === 0) names.add(key);
  return {
    kind: "unknown",
    input: typed,
    suggestions: nearest(form.slice(0, MAX_CATEGORY_LENGTH), names, (n) => n),
  };
}

/** The standard category for what was typed, or the nearest names when there is none. */
export function resolveCategory(typed: string): CategoryResolution {
  return resolveIn(CATEGORY_INDEX, typed, true);
}

/** The standard aid mode (交钥匙, 交支票, 共建) for what was typed. */
export function resolveMode(typed: string): CategoryResolution {
  // A project is built one way: 交钥匙和交支票 is no mode.
  return resolveIn(MODE_INDEX, typed, false);
}

/** Every standard category name, each once, in vocabulary order. */
export function categoryNames(): string[] {
  const names: string[] = [];
  for (const taxonomy of TAXONOMIES)
    for (const c of taxonomy.categories) if (!names.includes(c.name)) names.push(c.name);
  return names;
}
