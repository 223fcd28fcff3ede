/**
 * Every rule family, in the order each row visits them: cell errors, then the
 * figures are read (which every figure check after it uses), then names,
 * categories, stage order, stage partitions, rates, totals, shares and duplicate rows.
 */
import { categories } from "./categories";
import { cells } from "./cells";
import type { CheckFamily } from "./check";
import { duplicates } from "./duplicates";
import { names } from "./names";
import { numbers } from "./numbers";
import { order } from "./order";
import { partitions } from "./partitions";
import { rates } from "./rates";
import { shares } from "./shares";
import { totals } from "./totals";

export const FAMILIES: readonly CheckFamily[] = [
  cells,
  numbers,
  names,
  categories,
  order,
  partitions,
  rates,
  totals,
  shares,
  duplicates,
];
