/**
 * Everything the pane asks of Excel, as one object, so the pane can be given a
 * fake in component tests and the real thing in Office and in the workbench.
 */
import { clearHighlights, highlight } from "./highlight";
import { selectCell } from "./navigate";
import { listSheets, readHead, readSelection, readSheet } from "./read";
import { writeReport } from "./report";
import { insertPairingTable, insertShares } from "./summaries";

export const excelHost = {
  listSheets,
  readHead,
  readSheet,
  readSelection,
  selectCell,
  writeReport,
  highlight,
  clearHighlights,
  insertShares,
  insertPairingTable,
};

export type ExcelHost = typeof excelHost;
export type { Block, Selection, SheetList, SheetShape } from "./read";
