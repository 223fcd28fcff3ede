/**
 * Everything the pane asks of Excel, as one object, so the pane can be given a
 * fake in component tests and the real thing in Office and in the workbench.
 */
import { followPaneShown, followSheets } from "./events";
import { clearHighlights, highlight } from "./highlight";
import { selectCell } from "./navigate";
import { listSheets, readHead, readSheet } from "./read";
import { writeReport } from "./report";
import { readSelection } from "./selection";
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
  followSheets,
  followPaneShown,
};

export type ExcelHost = typeof excelHost;
export type { Block, SheetList, SheetShape } from "./read";
export type { Selection } from "./selection";
export type { SheetEvent, Unfollow } from "./events";
