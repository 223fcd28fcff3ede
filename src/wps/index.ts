/**
 * Everything the pane asks of WPS 表格, as one object of the same type as
 * src/excel's excelHost: the pane runs unchanged on either. This folder is the
 * only code that speaks WPS's object model (see ./om.ts for how it differs from Excel's).
 */
import type { ExcelHost } from "../excel";
import { followPaneShown, followSheets } from "./events";
import { clearHighlights, highlight } from "./highlight";
import { selectCell } from "./navigate";
import { listSheets, readHead, readSheet } from "./read";
import { writeReport } from "./report";
import { readSelection } from "./selection";
import { insertPairingTable, insertShares } from "./summaries";

export const wpsHost: ExcelHost = {
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
