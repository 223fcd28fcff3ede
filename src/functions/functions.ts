/**
 * The AID custom functions. Each is one line over the core; ./lift.ts does the
 * coercion, broadcasting and Excel errors. The JSDoc below is the English
 * metadata (dist/functions.json is generated from it); the Chinese metadata comes
 * from ./locales/zh-CN.json. Ids carry the AID prefix so none equals a built-in
 * Excel function: users type =AID.RATE, Excel knows the function by the id AIDRATE.
 *
 * Some Excel builds pass an empty referenced cell as 0 (see ./lift.ts), so the
 * help of each argument where a 0 changes the answer says what it does.
 */
import {
  normalizeNames,
  pairedIn,
  recipientsIn,
  standardCategory,
  supportersIn,
} from "../core/cell-functions";
import type { CellValue } from "../core/cells";
import { quota as quotaOf, rate as rateOf, shares } from "../core/figures";
import type { PairingTable } from "../core/programmes";
import { isGiven, lift, liftList, liftWhole, withProgramme, zeroAsBlank } from "./lift";

// The cell functions below live at module level (not as closures made per call) so
// lift's loop sees the same few functions on every call and stays optimised.

/** Give one amount's share of an explicit total. */
const shareOfTotal = (amount: CellValue, total: CellValue) => shares([[amount]], total)[0][0];

/** Tell whether one supporter cell is paired with one recipient cell. */
const pairedCell = (supporter: CellValue, recipient: CellValue, table: PairingTable) =>
  pairedIn(table, zeroAsBlank(supporter), zeroAsBlank(recipient));

/** Give the official names in one cell. */
const normalizedCell = (cell: CellValue) => normalizeNames(zeroAsBlank(cell));

/** Give the standard category of one cell. */
const categoryCell = (cell: CellValue) => standardCategory(zeroAsBlank(cell));

/**
 * Divide done by planned: the start, completion or arrival rate as a fraction (format the cell as %). Example: =AID.RATE(10,8) returns 0.8, shown as 80% in a percentage cell.
 * @customfunction AIDRATE RATE
 * @param planned Planned count or amount: a cell or a range. Planned 0 gives #DIV/0!; some Excel builds (Excel on Windows among them) pass an empty cell as 0, so an empty planned cell gives #DIV/0! there.
 * @param done Started, completed or arrived count or amount: one cell or a range of the same shape. An empty cell can arrive as 0 and then gives a rate of 0.
 * @returns done ÷ planned for each cell.
 */
export function rate(planned: any[][], done: any[][]): any[][] {
  return lift([planned, done], rateOf);
}

/**
 * Divide each amount by the total: each category's share, same shape as the amounts. Example: =AID.SHARE(C2:C5) returns each of C2:C5 as a share of their sum.
 * @customfunction AIDSHARE SHARE
 * @param amounts Amounts or counts: a cell or a range. An empty cell can arrive as 0 and then gives a share of 0.
 * @param [total] Total to divide by; the sum of the amounts when left out or empty. A total of 0 gives #DIV/0!; some Excel builds pass an empty total cell as 0, so leave the argument out to divide by the sum.
 * @returns Each amount's share of the total, same shape as the amounts.
 */
export function share(amounts: any[][], total?: any[][]): any[][] {
  return isGiven(total) ? lift([amounts, total], shareOfTotal) : liftWhole(amounts, shares);
}

/**
 * Compute a supporter's minimum yearly support in kind: last year's local fiscal revenue × ratio. The default 1% is the Wenchuan rule (汶川地震灾后恢复重建对口支援方案, the Wenchuan earthquake reconstruction pairing plan: at least 1% of the supporter's local fiscal revenue of the year before); give the ratio when another programme's rule applies. Example: =AID.QUOTA(5000) returns 50.
 * @customfunction AIDQUOTA QUOTA
 * @param revenue Last year's local fiscal revenue: a cell or a range. An empty cell can arrive as 0 and then gives 0.
 * @param [ratio] Ratio to apply; the Wenchuan rule's 1% when left out. A ratio of 0 gives 0; some Excel builds pass an empty ratio cell as 0, so leave the argument out for 1%.
 * @returns revenue × ratio for each cell.
 */
export function quota(revenue: any[][], ratio?: any[][]): any[][] {
  return lift([revenue, ratio], quotaOf);
}

/**
 * Tell whether a supporter is paired with a recipient in the official table: TRUE or FALSE. Example: =AID.PAIRED("浙江","温宿县") returns TRUE.
 * @customfunction AIDPAIRED PAIRED
 * @param supporter Supporting province or city (several may share a cell: 吉林、黑龙江). 0 counts as an empty cell.
 * @param recipient Recipient county, prefecture, 兵团 division or school. 0 counts as an empty cell.
 * @param [programme] xinjiang-2010 (default), wenchuan-2008 or xinjiang-universities-2006, or their Chinese names.
 * @returns TRUE or FALSE for each pair.
 */
export function paired(supporter: any[][], recipient: any[][], programme?: string): any[][] {
  return withProgramme(programme, (table) => lift([supporter, recipient], pairedCell, table));
}

/**
 * List the official supporters of a recipient. Example: =AID.SUPPORTERS("温宿县") returns 浙江省.
 * @customfunction AIDSUPPORTERS SUPPORTERS
 * @param recipient Recipient: one cell spills a column; a range gives the names joined in each cell. 0 counts as an empty cell.
 * @param [programme] xinjiang-2010 (default), wenchuan-2008 or xinjiang-universities-2006, or their Chinese names.
 * @returns Official names of the supporters.
 */
export function supporters(recipient: any[][], programme?: string): any[][] {
  return withProgramme(programme, (table) =>
    liftList(recipient, (cell) => supportersIn(table, zeroAsBlank(cell)))
  );
}

/**
 * List the official recipients of a supporter, by their current names. Example: =AID.RECIPIENTS("浙江") spills the recipients 浙江省 supports.
 * @customfunction AIDRECIPIENTS RECIPIENTS
 * @param supporter Supporter: one cell spills a column; a range gives the names joined in each cell. 0 counts as an empty cell.
 * @param [programme] xinjiang-2010 (default), wenchuan-2008 or xinjiang-universities-2006, or their Chinese names.
 * @returns Official current names of the recipients.
 */
export function recipients(supporter: any[][], programme?: string): any[][] {
  return withProgramme(programme, (table) =>
    liftList(supporter, (cell) => recipientsIn(table, zeroAsBlank(cell)))
  );
}

/**
 * Give the official current name of a place, same shape as the input. Example: =AID.NORMALIZE("农一师") returns 新疆生产建设兵团第一师 (and so does 第一师).
 * @customfunction AIDNORMALIZE NORMALIZE
 * @param name Place names as typed: a cell or a range. 0 counts as an empty cell.
 * @returns The official names, same shape as the input.
 */
export function normalize(name: any[][]): any[][] {
  return lift([name], normalizedCell);
}

/**
 * Give the standard project category for what was typed, same shape as the input. Example: =AID.CATEGORY("房建") returns 房屋建设 (and 其他 returns 其它).
 * @customfunction AIDCATEGORY CATEGORY
 * @param text Category as typed: a cell or a range. 0 counts as an empty cell.
 * @returns The standard category names, same shape as the input.
 */
export function category(text: any[][]): any[][] {
  return lift([text], categoryCell);
}
