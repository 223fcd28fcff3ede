/**
 * Everything the pane asks of Excel, as one object, so the pane can be given a
 * fake in component tests and the real thing in Office and in the workbench.
 */
import { followPaneShown, followSheets } from "./events";
import { later } from "./later";
import { selectCell } from "./navigate";
import { listSheets, readHead, readSheet } from "./read";
import { readSelection } from "./selection";

export const excelHost = {
  listSheets,
  readHead,
  readSheet,
  readSelection,
  selectCell,
  // Loaded when first used (see ./later.ts): none of these is needed to read and validate a sheet.
  writeReport: later(() => import("./report").then((m) => m.writeReport)),
  highlight: later(() => import("./highlight").then((m) => m.highlight)),
  clearHighlights: later(() => import("./highlight").then((m) => m.clearHighlights)),
  insertShares: later(() => import("./summaries").then((m) => m.insertShares)),
  insertPairingTable: later(() => import("./summaries").then((m) => m.insertPairingTable)),
  followSheets,
  followPaneShown,
};

export type ExcelHost = typeof excelHost;
export type { Block, SheetList, SheetShape } from "./read";
export type { Selection } from "./selection";
export type { SheetEvent, Unfollow } from "./events";
