/**
 * The workbench and aid-check read every producer's workbook alike (issue 10): each .xlsx/.xlsm
 * under test/fixtures/producers/ goes through the CLI's path (src/cli/xlsx.ts, the file streamed
 * from disk through node:zlib) and through the workbench's (src/workbench/load-xlsx.ts over the
 * bytes in memory, fflate); both must list the same sheets in the same order and state and hold
 * the same cells with the same values, number formats and bold, or refuse for the same reason.
 * The sample workbooks in examples/ (written by exceljs, the ones the workbench opens at start)
 * are read both ways too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CellValue } from "../../src/core/cells";
import { ReadError, type ReadProblem } from "../../src/cli/problems";
import { readSheets, RowsOutOfOrder, type SheetRow, type SheetRows } from "../../src/cli/xlsx";
import { loadXlsx } from "../../src/workbench/load-xlsx";

const ROOT = join(__dirname, "..", "..");
const PRODUCERS = join(ROOT, "test", "fixtures", "producers");
const EXAMPLES = join(ROOT, "examples");

/** Every workbook file under dir and its subfolders, sorted, relative to the repository. */
function workbooks(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...workbooks(path));
    else if (/\.xls[xm]$/i.test(entry.name)) out.push(relative(ROOT, path));
  }
  return out.sort();
}

/** One non-empty cell as the user sees it: its value, its number format (General left out), bold. */
interface Cell {
  readonly value: CellValue;
  readonly format?: string;
  readonly bold?: true;
}

/** A sheet as both paths give it: name, state, and its non-empty cells by 0-based "row,column". */
interface Reading {
  readonly name: string;
  readonly state: string;
  readonly cells: Record<string, Cell>;
}

/** What a reading gives: the sheets, or the reason the file was refused. */
type Outcome = { readonly sheets: Reading[] } | { readonly refused: ReadProblem };

/** A cell record, with the format left out when General or unset and bold only when set. */
function cell(value: CellValue, format: string | undefined, bold: boolean): Cell {
  return {
    value,
    ...(format !== undefined && format !== "General" ? { format } : {}),
    ...(bold ? { bold: true as const } : {}),
  };
}

/** A sheet's rows as aid-check reads them: streamed, or gathered and sorted when written out of order. */
async function cliRows(sheet: SheetRows): Promise<SheetRow[]> {
  const read = async (sorted: boolean) => {
    const rows: SheetRow[] = [];
    for await (const row of sheet.rows(sorted)) rows.push(row);
    return rows;
  };
  try {
    return await read(false);
  } catch (error) {
    if (!(error instanceof RowsOutOfOrder)) throw error;
    return read(true);
  }
}

/** A reading's outcome: its sheets, or the ReadError's problem. */
async function outcome(work: () => Promise<Reading[]>): Promise<Outcome> {
  try {
    return { sheets: await work() };
  } catch (error) {
    if (error instanceof ReadError) return { refused: error.problem };
    throw error;
  }
}

/** The file through aid-check's reader. */
async function throughCli(path: string): Promise<Reading[]> {
  const out: Reading[] = [];
  for (const sheet of await readSheets(path)) {
    const cells: Record<string, Cell> = {};
    for (const row of await cliRows(sheet))
      row.values.forEach((value, c) => {
        if (value === "") return;
        cells[`${row.row - 1},${c}`] = cell(value, row.formats[c], row.bold?.[c] === true);
      });
    out.push({ name: sheet.name, state: sheet.state, cells });
  }
  return out;
}

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** The file's bytes through the workbench's loader, as a user opening it there gets them. */
async function throughWorkbench(path: string): Promise<Reading[]> {
  const bytes = readFileSync(path);
  const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const model = await loadXlsx(data as ArrayBuffer);
  return model.sheets.map((sheet) => {
    const cells: Record<string, Cell> = {};
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === "" || value === null || value === undefined) return;
        cells[`${r},${c}`] = cell(
          value,
          sheet.format(r, c),
          sheet.cellFormats.get(`${r},${c}`)?.bold === true
        );
      })
    );
    return { name: sheet.name, state: STATE[sheet.visibility], cells };
  });
}

const FILES = [...workbooks(PRODUCERS), ...workbooks(EXAMPLES)];

test("the fixtures include every producer's workbooks and the examples", () => {
  // A guard against the walk finding nothing (a moved folder would pass every case below vacuously).
  expect(FILES).toEqual(
    expect.arrayContaining([
      "test/fixtures/producers/libreoffice.xlsx",
      "test/fixtures/producers/gnumeric.xlsx",
      "test/fixtures/producers/poi/SampleSS.strict.xlsx",
      "test/fixtures/producers/libreoffice-layout.xlsm",
      "examples/mistakes.xlsx",
    ])
  );
});

test.each(FILES)("%s: the workbench reads what aid-check reads", async (name) => {
  const path = join(ROOT, name);
  const cli = await outcome(() => throughCli(path));
  const workbench = await outcome(() => throughWorkbench(path));
  // A file both refuse is refused for the same reason, in the same words.
  expect(workbench).toEqual(cli);
  if ("sheets" in cli) expect(cli.sheets.length).toBeGreaterThan(0);
});
