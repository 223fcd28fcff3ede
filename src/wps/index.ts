/**
 * Everything the pane asks of WPS 表格, as one object of the same type as
 * src/excel's excelHost: the pane runs unchanged on either. This folder is the
 * only code that speaks WPS's object model (see ./om.ts for how it differs from Excel's).
 */
import type { ExcelHost } from "../excel";
import { followPaneShown, followSheets } from "./events";
import { later } from "../excel/later";
import { selectCell } from "./navigate";
import { listSheets, readHead, readSheet } from "./read";
import { readSelection } from "./selection";

export const wpsHost: ExcelHost = {
  listSheets,
  readHead,
  readSheet,
  readSelection,
  selectCell,
  // Loaded when first used (see ../excel/later.ts): none of these is needed to read and validate a sheet.
  writeReport: later(() => import("./report").then((m) => m.writeReport)),
  highlight: later(() => import("./highlight").then((m) => m.highlight)),
  clearHighlights: later(() => import("./highlight").then((m) => m.clearHighlights)),
  insertShares: later(() => import("./summaries").then((m) => m.insertShares)),
  insertPairingTable: later(() => import("./summaries").then((m) => m.insertPairingTable)),
  followSheets,
  followPaneShown,
};
