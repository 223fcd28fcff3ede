/**
 * Reading .xlsx files for aid-check, row by row, so a large workbook is never
 * held whole: the file is sniffed (./sniff.ts), its zip parts streamed from
 * disk through node:zlib (./zip.ts), and parsed by the reader the workbench
 * shares (../xlsx/workbook-parts.ts), so pane and CLI read a file alike.
 *
 * exceljs's streaming reader was used first; it loses workbook.xml or the shared
 * strings now and then (a race in its entry handling) and drops cached error
 * results of formulas, so a file could pass unchecked.
 */
import { sniffFile } from "./sniff";
import { fileParts } from "./zip";
import { openSheets, type ReadOptions, type SheetRows } from "../xlsx/workbook-parts";

export {
  isoDateSerial,
  RowsOutOfOrder,
  type ReadOptions,
  type SheetRow,
  type SheetRows,
  type Uncalculated,
} from "../xlsx/workbook-parts";

/** How reading a file may be watched: its compressed bytes, as they are read from disk. */
export interface FileReadOptions extends ReadOptions {
  readonly onRead?: (bytes: number) => void;
}

/**
 * The sheets of a workbook, in order; each sheet's rows are streamed when asked
 * for. Refuses with a ReadError saying what the file is when it is not a
 * readable workbook.
 */
export async function readSheets(
  path: string,
  options: FileReadOptions = {}
): Promise<SheetRows[]> {
  await sniffFile(path);
  return openSheets(await fileParts(path, options.onRead), options);
}
