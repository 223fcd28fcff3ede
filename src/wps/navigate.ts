/**
 * Taking the user to a cell in WPS.
 */
import { sheetNamed } from "./sheets";

/** Activate the sheet and select the cell (a finding's address such as D7). */
export async function selectCell(sheet: string, address: string): Promise<void> {
  const ws = sheetNamed(sheet);
  // Select works only on the active sheet (as in Excel's VBA): activate first.
  ws.Activate();
  ws.Range(address).Select();
}
