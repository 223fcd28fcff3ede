/**
 * AID's current engine over the real-table corpus: each table becomes an office-style workbook
 * (scripts/make-real-workbooks.mjs) and goes through aid-check's own reader and validator. A table
 * passes when AID reports exactly the faults the corpus records — an error for every figure that is
 * wrong, a rounding warning for every total or rate only rounding explains, a pairing error for every
 * wrong pair, and one programme-not-covered warning on a table of a programme AID does not ship —
 * and no other error. Tables AID does not read right yet are `test.failing`, so the
 * day issue 9's engine work makes AID right they start failing and must be moved to `test`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { checkFile, type FileReport } from "../../src/cli/check";
import { corpusFiles, readEntry, type CellRef, type Check, type RealTable } from "./corpus";

interface Layout {
  readonly file: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly headerRows: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly string[];
}

const REPO = resolve(__dirname, "..", "..");
const entries: RealTable[] = corpusFiles().map(readEntry);

/** Tables whose faults AID does not report right today, each with what it gets wrong. */
const FINDINGS_NOT_YET: Readonly<Record<string, string>> = {};

/** Tables AID does not fully read today (no table found, or a checked column or 合计 row not seen). */
const READING_NOT_YET: Readonly<Record<string, string>> = {};

let dir = "";
let layout: Record<string, Layout> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "aid-real-"));
  execFileSync(process.execPath, [join(REPO, "scripts", "make-real-workbooks.mjs"), dir], {
    stdio: "pipe",
  });
  layout = JSON.parse(readFileSync(join(dir, "layout.json"), "utf8"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function address(id: string, [row, column]: CellRef): string {
  const place = layout[id];
  return `${place.columns[column]}${place.firstRow + row}`;
}

/** The finding a recorded verdict calls for, as rule@cell; null when AID has no rule for it. */
function findingFor(entry: RealTable, check: Check): string | null {
  const cell = address(entry.id, check.cell);
  if (check.verdict === "wrong") {
    const rule =
      check.kind === "sum"
        ? "total-mismatch"
        : check.kind === "rate"
          ? "rate-mismatch"
          : "share-mismatch";
    return `${rule}@${cell}`;
  }
  if (check.verdict === "rounding" && check.kind !== "share")
    return `${check.kind === "sum" ? "total" : "rate"}-rounding@${cell}`;
  return null;
}

/** The errors and rounding warnings the corpus says a right reading of this table gives. */
function expectedFindings(entry: RealTable): string[] {
  const out = entry.checks.map((c) => findingFor(entry, c)).filter((f): f is string => f !== null);
  for (const fault of entry.otherFaults)
    out.push(
      `${fault.kind === "pairing" ? "pairing-mismatch" : "unknown-place"}@${address(entry.id, fault.cell)}`
    );
  if (entry.notCovered)
    out.push(`programme-not-covered@${address(entry.id, entry.notCovered.cell)}`);
  return out.sort();
}

const reports = new Map<string, Promise<FileReport>>();

/** Run aid-check's engine over the table's workbook (once per table; both tests share it). */
function aidReport(entry: RealTable): Promise<FileReport> {
  let report = reports.get(entry.id);
  if (!report) {
    report = checkFile(join(dir, layout[entry.id].file), { locale: "zh-CN" });
    reports.set(entry.id, report);
  }
  return report.then((r) => {
    expect(r.error).toBeUndefined();
    return r;
  });
}

/** AID's errors, rounding warnings and notes that a table's programme is not covered. */
function aidFindings(report: FileReport): string[] {
  return report.sheets
    .flatMap((s) => s.issues)
    .filter(
      (f) =>
        f.severity === "error" || /-rounding$/.test(f.rule) || f.rule === "programme-not-covered"
    )
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}

/** Every cell a check reads or states. */
function checkedCells(check: Check): CellRef[] {
  return check.kind === "sum"
    ? [check.cell, ...check.parts]
    : [check.cell, ...check.num, ...check.den];
}

/**
 * What a right reading of the table must see: the number columns its checks use, the row its
 * totals are stated in, and the columns that name supporters or recipients (支援…, 受援…, 帮扶…, …省市).
 */
function neededReading(entry: RealTable): { columns: string[]; totalRow: number | null } {
  const place = layout[entry.id];
  const columns = new Set<string>();
  for (const check of entry.checks)
    for (const [, c] of checkedCells(check)) columns.add(place.columns[c]);
  entry.table.header.forEach((cells) =>
    cells.forEach((text, c) => {
      if (text && /支援|受援|帮扶|幫扶|省市$/.test(text)) columns.add(place.columns[c]);
    })
  );
  const sums = entry.checks.filter((c) => c.kind === "sum");
  const totalRow = sums.length ? place.firstRow + sums[0].cell[0] : null;
  return { columns: [...columns].sort(), totalRow };
}

/** What AID read: the columns it gave a role and the row it took for 合计. */
function aidReading(report: FileReport): { columns: string[]; totalRow: number | null } {
  const sheet = report.sheets[0];
  if (!sheet) return { columns: [], totalRow: null };
  return { columns: Object.values(sheet.table.columns).sort(), totalRow: sheet.table.totalRow };
}

describe("AID today on the real tables", () => {
  for (const entry of entries) {
    const findings = `${entry.id}: exactly the recorded faults, no other error`;
    const runFindings = async () =>
      expect(aidFindings(await aidReport(entry))).toEqual(expectedFindings(entry));
    if (FINDINGS_NOT_YET[entry.id]) test.failing(findings, runFindings);
    else test(findings, runFindings);

    const reading = `${entry.id}: reads every checked column and the 合计 row`;
    const runReading = async () => {
      const needed = neededReading(entry);
      const read = aidReading(await aidReport(entry));
      expect({
        columns: needed.columns.filter((c) => read.columns.includes(c)),
        totalRow: needed.totalRow === null ? null : read.totalRow,
      }).toEqual(needed);
    };
    if (READING_NOT_YET[entry.id]) test.failing(reading, runReading);
    else test(reading, runReading);
  }
});

/**
 * What a printed cell should look like in the workbook: its text, or its number and shown
 * decimals (a cell printed with its own % sign, under a header without one, holds a fraction).
 */
function cellAsTyped(text: string, kind: string, headerSaysPercent: boolean): unknown {
  if (text === "") return null;
  if (kind === "label" || kind === "text") return text;
  const clean = text.replace(/[,，]/g, "");
  const digits = clean.replace(/%$/, "");
  const dot = digits.indexOf(".");
  const decimals = dot < 0 ? 0 : digits.length - dot - 1;
  const fraction = kind === "percent" && clean.endsWith("%") && !headerSaysPercent;
  return { value: fraction ? Number(digits) / 100 : Number(digits), decimals };
}

/** What a worksheet cell holds, in the same terms. */
function cellAsRead(cell: ExcelJS.Cell): unknown {
  if (cell.value === null || cell.value === undefined) return null;
  if (typeof cell.value === "string") return cell.value;
  const fmt = cell.numFmt ?? "";
  const dot = fmt.indexOf(".");
  return { value: cell.value, decimals: dot < 0 ? 0 : fmt.replace(/%$/, "").length - dot - 1 };
}

describe("the generated workbooks hold the tables as printed", () => {
  test.each(entries.map((e) => [e.id, e] as const))(
    "%s: title, unit line, header, every cell with its printed decimals, notes",
    async (_id, entry) => {
      const place = layout[entry.id];
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, place.file));
      const ws = wb.getWorksheet(place.sheet);
      if (!ws) throw new Error(`no sheet ${place.sheet}`);
      expect(ws.getCell(1, 1).value).toBe(entry.table.caption);
      if (entry.table.unit)
        expect(ws.getCell(2, entry.table.columns.length).value).toBe(`单位：${entry.table.unit}`);
      entry.table.header.forEach((cells, h) =>
        cells.forEach((text, c) => {
          if (text !== null) expect(ws.getCell(place.headerRow + h, c + 1).value).toBe(text);
        })
      );
      const percentHeader = entry.table.columns.map((_, c) =>
        entry.table.header.some((cells) => (cells[c] ?? "").includes("%"))
      );
      const typed = entry.table.rows.map((cells) =>
        cells.map((text, c) => cellAsTyped(text, entry.table.columns[c], percentHeader[c]))
      );
      const read = entry.table.rows.map((cells, r) =>
        cells.map((_, c) => cellAsRead(ws.getCell(place.firstRow + r, c + 1)))
      );
      expect(read).toEqual(typed);
      expect(place.lastRow - place.firstRow + 1).toBe(entry.table.rows.length);
      const below: unknown[] = [];
      for (let r = place.lastRow + 1; r <= ws.rowCount; r++) below.push(ws.getCell(r, 1).value);
      for (const note of entry.table.notes) expect(below).toContain(`注：${note}`);
    }
  );
});
