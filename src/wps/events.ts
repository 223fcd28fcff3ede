/**
 * Following WPS: the sheet the user activates and cells that change, for the
 * pane's sheet list and its "out of date" notices, as src/excel/events.ts does.
 *
 * WPS has application-wide events through wps.ApiEvent.AddApiEventListener(name,
 * callback) — 'SheetActivate' (sheet) and 'SheetChange' (sheet, range) — and removes
 * them by name only (RemoveApiEventListener(name) takes no callback). So this module
 * registers one callback per event name, hands each event to every listener of the
 * pane, and removes the registration when the last listener stops.
 *
 * SheetChange does not say whether rows or columns moved (Office.js's changeType):
 * a change covering whole rows or whole columns (an inserted or deleted row reads as
 * 5:5, a column as C:C) is taken as a move; anything else as an edit.
 *
 * There is no event for the task pane being shown again; WPS keeps the pane's page
 * alive while it is hidden (CustomTaskpane.Visible), so followPaneShown does nothing.
 */
import type { SheetEvent, Unfollow } from "../excel/events";
import { wpsGlobal, type WpsRange, type WpsWorksheet } from "./om";
import { sheetId } from "./sheets";

type Listener = (event: SheetEvent) => void;

const listeners = new Set<Listener>();
let registered = false;

function tell(event: SheetEvent): void {
  for (const listener of [...listeners]) listener(event);
}

/**
 * Hand an event on in a task of its own, after the WPS calls that raised it: WPS may call
 * back in the middle of AID's own sequence of calls (Worksheets.Add activates the new sheet
 * before AID has recorded it as its own), and Office.js's events, too, arrive after the change.
 */
function later(event: SheetEvent): void {
  setTimeout(() => tell(event), 0);
}

function onActivate(sheet: WpsWorksheet): void {
  later({ kind: "activated", sheetId: sheetId(sheet) });
}

function onChange(sheet: WpsWorksheet, range: WpsRange): void {
  let address = "";
  try {
    address = range.Address(false, false);
  } catch {
    // A range WPS no longer resolves (its rows were deleted): report a move on the sheet.
  }
  const moved =
    address === "" || /^\$?\d+:\$?\d+$/.test(address) || /^\$?[A-Z]+:\$?[A-Z]+$/.test(address);
  later({ kind: "changed", sheetId: sheetId(sheet), address, moved });
}

/** Tell the listener whenever a sheet is activated or a sheet's cells change. */
export async function followSheets(listener: Listener): Promise<Unfollow> {
  const w = wpsGlobal();
  if (!w) return async () => undefined;
  listeners.add(listener);
  if (!registered) {
    w.ApiEvent.AddApiEventListener("SheetActivate", onActivate);
    w.ApiEvent.AddApiEventListener("SheetChange", onChange);
    registered = true;
  }
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    listeners.delete(listener);
    if (listeners.size === 0 && registered) {
      w.ApiEvent.RemoveApiEventListener("SheetActivate");
      w.ApiEvent.RemoveApiEventListener("SheetChange");
      registered = false;
    }
  };
}

/** WPS has no event for the pane being shown again: nothing to follow. */
export async function followPaneShown(listener: () => void): Promise<Unfollow> {
  void listener;
  return async () => undefined;
}
