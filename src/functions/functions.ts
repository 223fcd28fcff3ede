/**
 * The AID custom functions. Each is one line over the core; ./lift.ts does the
 * coercion, broadcasting and Excel errors. The JSDoc below is the English
 * metadata (dist/functions.json is generated from it); the Chinese metadata comes
 * from ./locales/zh-CN.json. Ids carry the AID prefix so none equals a built-in
 * Excel function: users type =AID.RATE, Excel knows the function by the id AIDRATE.
 */
import {
  normalizeNames,
  pairedIn,
  recipientsIn,
  standardCategory,
  supportersIn,
} from "../core/cell-functions";
import { quota as quotaOf, rate as rateOf, shares } from "../core/figures";
import { isGiven, lift, liftList, liftWhole, withProgramme } from "./lift";

/**
 * Divide done by planned: 开工率, 完工率 or 到位率 as a fraction (format the cell as %).
 * @customfunction AIDRATE RATE
 * @param planned Planned count or amount: a cell or a range.
 * @param done Started, completed or arrived count or amount: one cell or a range of the same shape.
 * @returns done ÷ planned for each cell.
 */
export function rate(planned: any[][], done: any[][]): any[][] {
  return lift([planned, done], rateOf);
}

/**
 * Divide each amount by the total: each category's share.
 * @customfunction AIDSHARE SHARE
 * @param amounts Amounts or counts: a cell or a range.
 * @param [total] Total to divide by; the sum of the amounts when left out or empty.
 * @returns Each amount's share of the total, same shape as the amounts.
 */
export function share(amounts: any[][], total?: any[][]): any[][] {
  return isGiven(total)
    ? lift([amounts, total], (a, t) => shares([[a]], t)[0][0])
    : liftWhole(amounts, shares);
}

/**
 * Compute the minimum yearly support: revenue × ratio (篇8: at least 1% of last year's local revenue).
 * @customfunction AIDQUOTA QUOTA
 * @param revenue Last year's local fiscal revenue: a cell or a range.
 * @param [ratio] Ratio to apply; 1% when left out.
 * @returns revenue × ratio for each cell.
 */
export function quota(revenue: any[][], ratio?: any[][]): any[][] {
  return lift([revenue, ratio], quotaOf);
}

/**
 * Tell whether a supporter is paired with a recipient in the official table.
 * @customfunction AIDPAIRED PAIRED
 * @param supporter Supporting province or city (several may share a cell: 吉林、黑龙江).
 * @param recipient Recipient county, prefecture, 兵团 division or school.
 * @param [programme] xinjiang-2010 (default), wenchuan-2008 or xinjiang-universities-2006, or their Chinese names.
 * @returns TRUE or FALSE for each pair.
 */
export function paired(supporter: any[][], recipient: any[][], programme?: string): any[][] {
  return withProgramme(programme, (table) =>
    lift([supporter, recipient], (s, r) => pairedIn(table, s, r))
  );
}

/**
 * List the official supporters of a recipient.
 * @customfunction AIDSUPPORTERS SUPPORTERS
 * @param recipient Recipient: one cell spills a column; a range gives the names joined in each cell.
 * @param [programme] xinjiang-2010 (default), wenchuan-2008 or xinjiang-universities-2006, or their Chinese names.
 * @returns Official names of the supporters.
 */
export function supporters(recipient: any[][], programme?: string): any[][] {
  return withProgramme(programme, (table) =>
    liftList(recipient, (cell) => supportersIn(table, cell))
  );
}

/**
 * List the official recipients of a supporter.
 * @customfunction AIDRECIPIENTS RECIPIENTS
 * @param supporter Supporter: one cell spills a column; a range gives the names joined in each cell.
 * @param [programme] xinjiang-2010 (default), wenchuan-2008 or xinjiang-universities-2006, or their Chinese names.
 * @returns Official current names of the recipients.
 */
export function recipients(supporter: any[][], programme?: string): any[][] {
  return withProgramme(programme, (table) =>
    liftList(supporter, (cell) => recipientsIn(table, cell))
  );
}

/**
 * Give the official current name of a place (农一师 and 第一师 give the same answer).
 * @customfunction AIDNORMALIZE NORMALIZE
 * @param name Place names as typed: a cell or a range.
 * @returns The official names, same shape as the input.
 */
export function normalize(name: any[][]): any[][] {
  return lift([name], normalizeNames);
}

/**
 * Give the standard project category for what was typed (房建 → 房屋建设, 其他 → 其它).
 * @customfunction AIDCATEGORY CATEGORY
 * @param text Category as typed: a cell or a range.
 * @returns The standard category names, same shape as the input.
 */
export function category(text: any[][]): any[][] {
  return lift([text], standardCategory);
}
