/**
 * Taking the user to a cell.
 */
import { excelRun } from "./run";

/** Activate the sheet and select the cell (a finding's address such as D7). */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await excelRun(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
