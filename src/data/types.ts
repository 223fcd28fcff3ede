/**
 * Shapes of the shipped reference data. Every entry says where it comes from:
 * the seed document (`000_affa1a3daf27bfa6.txt`, cited by section and line) or
 * the reference transcriptions of renamings and short forms, with their confidence.
 */

export type ProgrammeId = "xinjiang-2010" | "wenchuan-2008" | "xinjiang-universities-2006";

export type PlaceKind =
  | "province" // 省、自治区、直辖市
  | "supporter-city" // a city that supports in its own name (深圳市)
  | "prefecture" // 地区、自治州、地级市
  | "prefecture-group" // 伊犁州直: the counties directly under 伊犁州, a heading of 表1
  | "county" // 县、自治县
  | "county-city" // 县级市
  | "district" // 市辖区
  | "corps" // 新疆生产建设兵团
  | "division" // 兵团师 with its 团场
  | "division-city" // 兵团 city run together with its division (师市合一)
  | "disaster-area" // 甘肃省、陕西省受灾严重地区 of the Wenchuan list
  | "university";

/** How sure the fact is; only the first three are used for matching. */
export type Confidence = "in-source-document" | "source-found" | "code-corpus" | "from-memory";

export interface NameRecord {
  readonly name: string;
  /** Year the name stopped being current, for former names. */
  readonly until?: number;
  readonly source: string;
}

export interface PlaceRecord {
  /** Current official name; also the key other records refer to. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** Administrative parent (a key of another record). */
  readonly parent?: string;
  /** Names the unit had before; they are matched like the current name. */
  readonly formerNames?: readonly NameRecord[];
  /** Short or colloquial forms people type. */
  readonly aliases?: readonly NameRecord[];
  /** 师市合一: the city and its division are one body, so they pair alike. */
  readonly sameBodyAs?: string;
  /** Created after the tables from part of this unit, whose pairings it inherits. */
  readonly splitFrom?: string;
  readonly source: string;
  readonly note?: string;
  /** The national statistics bureau's division code, for units taken from the division codes. */
  readonly code?: string;
}

export interface PairRecord {
  readonly supporter: string;
  readonly recipient: string;
  /** The table heading the pair sits under (表1's prefecture rows). */
  readonly group?: string;
  /** The recipient exactly as the source writes it. */
  readonly asWritten: string;
  readonly source: { readonly line: number; readonly text: string };
  readonly note?: string;
}

export interface PairingTable {
  readonly id: ProgrammeId;
  readonly title: { readonly "zh-CN": string; readonly en: string };
  /** Other names users write for the programme (matched after cleanText). */
  readonly alsoKnownAs: readonly string[];
  readonly source: string;
  /** Counts the document itself states, for the data tests. */
  readonly stated: Readonly<Record<string, number>>;
  readonly pairs: readonly PairRecord[];
}
