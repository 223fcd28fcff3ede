/**
 * The shape of the real-table corpus in test/fixtures/real/: tables of 对口支援 figures copied
 * exactly as a public page printed them, with a recomputation of every total, rate and share
 * they state. corpus.test.ts checks each recorded verdict against exact decimal arithmetic.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the corpus files live. */
export const CORPUS_DIR = resolve(__dirname, "..", "fixtures", "real");

/** What a stated figure turned out to be, recomputed from the table's own displayed numbers. */
export type Verdict = "exact" | "rounding" | "wrong";

/**
 * How a column's cells are read:
 * - label: names (支援方, 受援方, 类别, 地区) — text;
 * - text: other text (备注, 项目类型);
 * - count: whole numbers that are exact (项目数, 人数);
 * - amount: money or quantities shown to some decimals, each standing for anything within
 *   half a unit of its last digit;
 * - percent: a rate or share in percent (the cell may carry a trailing %).
 */
export type ColumnKind = "label" | "text" | "count" | "amount" | "percent";

/** A cell of the published table: [row index in `rows`, column index], both 0-based. */
export type CellRef = readonly [row: number, column: number];

/** A stated total: the target cell should equal the sum of the part cells. */
export interface SumCheck {
  readonly kind: "sum";
  readonly cell: CellRef;
  readonly parts: readonly CellRef[];
  readonly verdict: Verdict;
  /** The sum of the displayed parts, written out exactly. */
  readonly expected: string;
  readonly note?: string;
}

/** A stated rate or share: the target should be num ÷ den (× 100 when `percent`). */
export interface RatioCheck {
  readonly kind: "rate" | "share";
  readonly cell: CellRef;
  /** Cells added up for the numerator. */
  readonly num: readonly CellRef[];
  /** Cells added up for the denominator (a share's denominator may include its numerator). */
  readonly den: readonly CellRef[];
  readonly percent: boolean;
  readonly verdict: Verdict;
  /** num ÷ den from the displayed figures, rounded half away from zero to two more decimals than stated. */
  readonly expected: string;
  readonly note?: string;
}

export type Check = SumCheck | RatioCheck;

/** A fault that is not arithmetic: a pairing that is not the official one, a misnamed unit. */
export interface OtherFault {
  readonly cell: CellRef;
  readonly kind: "pairing" | "name";
  readonly note: string;
}

/** The table itself, exactly as published (or laid out from prose, see `form`). */
export interface PublishedTable {
  /** The table's caption as printed, or a caption composed from the page headline. */
  readonly caption: string;
  /** The unit the page gives for the table's amounts (万元, 亿元), or null when it names units per column. */
  readonly unit: string | null;
  /**
   * Header rows (one or two), each as long as a data row. In a two-row header, null in the
   * first row means "merged with the cell to the left", in the second "merged with the cell above".
   */
  readonly header: readonly (readonly (string | null)[])[];
  readonly columns: readonly ColumnKind[];
  /** Data, 合计 and 小计 rows; cells as printed ("" for a blank cell). */
  readonly rows: readonly (readonly string[])[];
  /** Indices of rows that are 合计/小计/总计 rows. */
  readonly totals: readonly number[];
  /** Notes printed with the table (注, 资料来源). */
  readonly notes: readonly string[];
}

/** One corpus entry: a published table, where it comes from, and what its figures are worth. */
export interface RealTable {
  /** Short id, the file name without .json. */
  readonly id: string;
  /** The page's address as the search tool gave it (for the seed: its path under ../shared/seed/). */
  readonly url: string;
  /** The page title as the search tool gave it; null when the tool gave none (the pages corpus gives none). */
  readonly title: string | null;
  /** The headline as it stands in the stored page text, when there is one. */
  readonly headline: string | null;
  readonly publisher: string | null;
  /** The date as the page gives it; null when it gives none (then `dateNote` says why). */
  readonly date: string | null;
  readonly dateNote?: string;
  /**
   * The programme: one AID ships (xinjiang-2010, wenchuan-2008, xinjiang-universities-2006) or
   * one it does not (aid-tibet, aid-qinghai, three-gorges, east-west, west-universities for 教育部's
   * 对口支援西部地区高等学校计划 and its later university teams; bingtuan is xinjiang-2010).
   */
  readonly programme: string;
  /** table: printed as a table; prose: figures laid out per unit in running text (≥ 3 rows of one shape). */
  readonly form: "table" | "prose";
  /** How the table was read from the page: what was composed (header words, units) and what was left out. */
  readonly reading: string;
  /** The words of the stored page the table comes from, verbatim (an excerpt, never the whole page). */
  readonly excerpt: string;
  readonly table: PublishedTable;
  readonly checks: readonly Check[];
  readonly otherFaults: readonly OtherFault[];
  /**
   * For a table of a programme AID does not ship whose names AID reads: the cell where AID says
   * once that the programme is not covered (the first name outside its programmes), and why.
   */
  readonly notCovered?: { readonly cell: CellRef; readonly note: string };
}

/** Every corpus file name, sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort();
}

/** Parse one corpus file (no validation; corpus.test.ts checks the fields). */
export function readEntry(file: string): RealTable {
  return JSON.parse(readFileSync(join(CORPUS_DIR, file), "utf8")) as RealTable;
}
