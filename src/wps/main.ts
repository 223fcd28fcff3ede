/**
 * The WPS add-in's page script (main.js): WPS opens the add-in's page, then reads
 * ribbon.xml and calls the callbacks it names on `window.ribbon`. The button opens
 * the AID pane (taskpane.html beside this script) in a WPS task pane, created once and
 * shown again on later clicks; the AID functions are put under `window.AID` for the
 * AID namespace of manifest.xml. Not yet bundled by `npm run build` (see README).
 */
import { ensureErrorClass, WPS_FUNCTIONS } from "./functions";
import { wpsGlobal } from "./om";

const PANE_ID_KEY = "AID.taskpane";

/** Open the pane, or show it again where it was created before. */
export function openPane(): void {
  const w = wpsGlobal();
  if (!w) return;
  const known = Number(w.PluginStorage.getItem(PANE_ID_KEY));
  const existing = Number.isInteger(known) && known > 0 ? w.GetTaskPane(known) : null;
  if (existing) {
    existing.Visible = true;
    return;
  }
  const pane = w.CreateTaskPane(
    new URL("taskpane.html", document.baseURI).href,
    "AID 对口支援核对"
  );
  w.PluginStorage.setItem(PANE_ID_KEY, pane.ID);
  pane.Visible = true;
}

/** The callbacks ribbon.xml names. */
export const ribbon = {
  OnAddinLoad: (): boolean => true,
  OnAction: (control: { Id?: string }): boolean => {
    if (control?.Id === "aidOpenPane") openPane();
    return true;
  },
  GetImage: (): string => "assets/icon-32.png",
};

ensureErrorClass();
Object.assign(window, { ribbon, AID: WPS_FUNCTIONS });
