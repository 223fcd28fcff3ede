/**
 * Following Excel: the sheet the user activates, cells that change on any sheet,
 * and the pane being shown again in the shared runtime.
 *
 * Platform behaviour the pane has to live with (from the Office.js documentation;
 * still to be seen in real Excel):
 * - onActivated does not fire for the sheet that is active when the handler is
 *   added: the pane reads the active sheet with listSheets when it opens.
 * - onChanged fires for the add-in's own writes too (AID's report and summary
 *   sheets, written in blocks). `triggerSource` (ExcelApi 1.14) could tell them
 *   apart but is missing from older builds, so nothing here relies on it; the
 *   pane filters by sheet instead (AID writes values only to sheets it added;
 *   Highlight changes fills, which raise onFormatChanged, not onChanged).
 * - Events arrive in bursts: a paste, a fill-down or a deleted block of rows can
 *   give many onChanged calls in a row, and they arrive after the change, in
 *   their own tasks. Listeners must be cheap and coalesce their re-reads.
 * - Handlers are added inside a batch and must be removed through the same
 *   request context: Excel.run(result.context, …).
 * - In the shared runtime the pane's code keeps running while the pane is hidden;
 *   Office.addin.onVisibilityModeChanged (SharedRuntime 1.1) says when it is shown
 *   again, and the pane re-reads what it shows then.
 */
import { excelRun } from "./run";

/** What happened in the workbook, by worksheet id (ids stay when a sheet is renamed). */
export type SheetEvent =
  | { readonly kind: "activated"; readonly sheetId: string }
  | {
      readonly kind: "changed";
      readonly sheetId: string;
      /** The changed area, as Excel gives it (D7, A3:H3, 5:5 …). */
      readonly address: string;
      /** True when cells moved: rows or columns (or cells) inserted or deleted, or a change Excel could not name. */
      readonly moved: boolean;
    };

/** Stops following; safe to call more than once. */
export type Unfollow = () => Promise<void>;

/** Tell the listener whenever a sheet is activated or a sheet's cells change (ExcelApi 1.7 and 1.9). */
export async function followSheets(listener: (event: SheetEvent) => void): Promise<Unfollow> {
  const handlers = await excelRun(async (context) => {
    const sheets = context.workbook.worksheets;
    const activated = sheets.onActivated.add(async (args) => {
      listener({ kind: "activated", sheetId: args.worksheetId });
    });
    const changed = sheets.onChanged.add(async (args) => {
      listener({
        kind: "changed",
        sheetId: args.worksheetId,
        address: args.address,
        moved: args.changeType !== "RangeEdited",
      });
    });
    await context.sync();
    return [activated, changed];
  });
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    // Office.js removes a handler only through the context it was added in.
    await Excel.run(handlers[0].context, async (context) => {
      for (const handler of handlers) handler.remove();
      await context.sync();
    });
  };
}

/**
 * Tell the listener whenever the pane is shown again (the user closed it and
 * opened it while the shared runtime kept running). Where Office.addin is missing
 * (no shared runtime, no Office) this does nothing.
 */
export async function followPaneShown(listener: () => void): Promise<Unfollow> {
  const none: Unfollow = async () => undefined;
  try {
    const addin = typeof Office === "undefined" ? undefined : Office.addin;
    if (!addin || typeof addin.onVisibilityModeChanged !== "function") return none;
    const remove = await addin.onVisibilityModeChanged((message) => {
      if (message.visibilityMode === "Taskpane") listener();
    });
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      await remove();
    };
  } catch {
    // Hosts without SharedRuntime 1.1 refuse the registration: the pane then re-reads on events only.
    return none;
  }
}
