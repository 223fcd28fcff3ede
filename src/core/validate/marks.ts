/**
 * What Highlight marks on a sheet, decided once for every host (Excel, WPS): each
 * cell a finding names, with the most severe of its findings (an error outranks a
 * warning) and one line a finding for its note; and the first copy of a duplicate
 * row too, which no finding names but which is as much a copy as the later ones.
 * The hosts only turn a severity into a colour.
 */
import { columnIndex } from "../address";
import { firstCopyCell } from "./checks/duplicates";
import type { Finding, Severity } from "./rules";

export interface CellMark {
  severity: Severity;
  /** One line a finding, in the findings' order, each once. */
  readonly lines: string[];
}

const ADDRESS = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;
const LAST_COLUMN = 16_383; // XFD
const LAST_ROW = 1_048_576;

/** Tell whether text is one cell's address on a sheet (A1 to XFD1048576). */
export function isCellAddress(text: string): boolean {
  const m = ADDRESS.exec(text);
  return m !== null && columnIndex(m[1]) <= LAST_COLUMN && Number(m[2]) <= LAST_ROW;
}

/** The message without the cell address it starts with ("H5：到位率…" → "到位率…"): the cell has its own column. */
export function withoutAddress(f: Finding): string {
  const m = /^([A-Z]{1,3}\d+)\s*[：:]\s*/.exec(f.message);
  return m && m[1] === f.cell ? f.message.slice(m[0].length) : f.message;
}

/** Work out each cell's mark: its severity and its note's lines; cells that are no sheet address are left out. */
export function cellMarks(findings: readonly Finding[]): Map<string, CellMark> {
  const out = new Map<string, CellMark>();
  const mark = (cell: string, severity: Severity, line: string) => {
    if (!isCellAddress(cell)) return;
    const entry = out.get(cell);
    if (!entry) out.set(cell, { severity, lines: [line] });
    else {
      if (severity === "error") entry.severity = "error";
      if (!entry.lines.includes(line)) entry.lines.push(line);
    }
  };
  for (const f of findings) {
    mark(f.cell, f.severity, withoutAddress(f));
    const first = firstCopyCell(f);
    // The later copy's message names its own cell and the first row: it reads right on either.
    if (first) mark(first, f.severity, f.message);
  }
  return out;
}
