/**
 * Workbook helpers every test kit shares: a deep snapshot of everything a user could see
 * in a workbook model, to tell whether AID changed anything it should have left alone.
 */
import type { WorkbookModel } from "../../src/workbench/model";

/** A formatting entry without empty parts, or undefined when nothing is left ({} is "no format"). */
function normalFormat(format: object): object | undefined {
  const kept = Object.entries(format).filter(([, v]) => v !== undefined);
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
}

/** A deep copy of everything a user could see or the pane could have changed in the workbook. */
export function snapshot(model: WorkbookModel): unknown {
  return {
    sheets: model.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((row) => [...row]),
      formats: s.formats.map((row) => [...row]),
      formulas: [...s.formulas].sort(),
      cellFormats: [...s.cellFormats]
        .map(([key, f]) => [key, normalFormat(f)] as const)
        .filter(([, f]) => f !== undefined)
        .map(([key, f]) => [key, JSON.parse(JSON.stringify(f))])
        .sort(),
      hyperlinks: [...s.hyperlinks].map(([key, link]) => [key, { ...link }]).sort(),
      comments: [...s.comments].map(([key, c]) => [key, { ...c, replies: [...c.replies] }]).sort(),
      tables: s.tables.map((t) => ({ ...t })),
      charts: s.charts.map((c) => JSON.parse(JSON.stringify(c))),
      merges: s.merges.map((m) => ({ ...m })),
      columnWidths: [...s.columnWidths],
    })),
    settings: [...model.settings].map(([key, value]) => [key, JSON.parse(JSON.stringify(value))]),
    activeSheet: model.activeSheet,
    selection: model.selection ? { ...model.selection } : null,
  };
}
