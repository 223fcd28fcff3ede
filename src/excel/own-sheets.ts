/**
 * The sheets AID added (a report, a share summary, a pairing table), recorded by
 * worksheet id in a workbook setting: ids survive the user renaming a sheet, so
 * AID never takes its own report for a project sheet, while a user's sheet that
 * happens to carry the same name (类别占比) is still theirs.
 */

/** The workbook setting holding the ids, as a JSON array of strings. */
export const OWN_SHEETS_SETTING = "AID.sheets";

/** More ids than this in the setting is not AID's doing: the record is ignored. */
const MAX_IDS = 10_000;

/**
 * Read the ids from the setting's value. A missing, malformed or crafted value
 * (a received workbook may carry anything) gives no ids, never an error: the
 * worst it can do is leave a sheet out of the pane's list.
 */
export function ownSheetIds(value: unknown): string[] {
  let parsed: unknown = value;
  if (typeof value === "string") {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(parsed) || parsed.length > MAX_IDS) return [];
  return parsed.filter((id): id is string => typeof id === "string" && id.length <= 200);
}
