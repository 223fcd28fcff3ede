/**
 * Which columns a 类别占比 summary uses, decided once in the core for the pane,
 * the functions and aid-check alike: the category column, the amount to divide
 * and the project count beside it.
 */
import { columnLetter } from "../address";
import type { Layout } from "./layout";
import { fits, type Measure } from "./measures";

export interface ShareColumns {
  /** Column letters; absent when the sheet has no such column. */
  readonly category?: string;
  readonly amount?: string;
  readonly count?: string;
}

/**
 * Choose the columns for category shares: the category column (or, without one,
 * the column naming the rows); as the amount, the column a stated share names
 * (占援疆资金总额), else planned or unstaged funds, aid money first, else arrived
 * funds, else any amount; as the count, the planned projects.
 */
export function shareColumns(layout: Layout, originColumn = 0): ShareColumns {
  const letter = (c: number | undefined) =>
    c === undefined || c < 0 ? undefined : columnLetter(originColumn + c);
  const measures = layout.measures;
  const find = (test: (m: Measure) => boolean): number | undefined => {
    const c = measures.findIndex((m) => m !== undefined && test(m));
    return c < 0 ? undefined : c;
  };
  const category =
    layout.columns.category ?? find((m) => m.kind === "label" || m.kind === "status");
  const whole = measures.find((m) => m?.kind === "share" && m.of)?.of;
  const amount =
    (whole ? find((m) => fits(m, whole) && m.kind === "amount") : undefined) ??
    find((m) => m.kind === "amount" && (m.stage ?? "planned") === "planned" && m.aid === true) ??
    layout.columns.plannedFunds ??
    find((m) => m.kind === "amount" && (m.stage ?? "planned") === "planned") ??
    layout.columns.arrivedFunds ??
    find((m) => m.kind === "amount");
  const count =
    layout.columns.plannedCount ??
    find(
      (m) => m.kind === "count" && m.quantity === "projects" && (m.stage ?? "planned") === "planned"
    );
  const out: { category?: string; amount?: string; count?: string } = {};
  const [cat, amt, cnt] = [letter(category), letter(amount), letter(count)];
  if (cat) out.category = cat;
  if (amt) out.amount = amt;
  if (cnt) out.count = cnt;
  return out;
}
