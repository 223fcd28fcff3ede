/**
 * Highlighting faulty cells, and clearing exactly what was highlighted.
 *
 * Before painting a cell, its own fill is saved in the workbook's settings
 * (so Clear works after the pane was closed or the workbook reopened). Clear
 * puts back each saved fill, but only on cells still showing AID's colour: a
 * fill the user has since changed is theirs and stays.
 */
import type { Finding, Severity } from "../core/validate";
import { excelRun } from "./run";
import { inBlocks } from "./write";

export const HIGHLIGHT_SETTING = "AID.highlights";
/** Excel's own "Bad" and "Neutral" cell-style fills. */
export const HIGHLIGHT_COLORS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

/** One painted cell: its address, its own fill before (null colour = no fill), and the colour AID put on it. */
type Saved = [address: string, color: string | null, pattern: string | null, applied: string];

interface Store {
  readonly version: 1;
  readonly sheets: Record<string, Saved[]>;
}

function emptyStore(): Store {
  return { version: 1, sheets: {} };
}

async function loadStore(context: Excel.RequestContext): Promise<Store> {
  const setting = context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING);
  setting.load("value");
  await context.sync();
  if (setting.isNullObject) return emptyStore();
  const value = setting.value as Store | string;
  const store = typeof value === "string" ? (JSON.parse(value) as Store) : value;
  return store && store.version === 1 ? store : emptyStore();
}

/** Paint the cells of the findings (errors over warnings); resolves with the number of cells painted. */
export async function highlight(sheetName: string, findings: readonly Finding[]): Promise<number> {
  // One colour per cell; an error outranks a warning on the same cell.
  const colors = new Map<string, string>();
  for (const f of findings)
    if (!colors.has(f.cell) || f.severity === "error")
      colors.set(f.cell, HIGHLIGHT_COLORS[f.severity]);
  if (colors.size === 0) return 0;
  return excelRun(async (context) => {
    const store = await loadStore(context);
    const saved = new Map<string, Saved>((store.sheets[sheetName] ?? []).map((s) => [s[0], s]));
    const sheet = context.workbook.worksheets.getItem(sheetName);
    // Read the current fill of every cell to paint, in blocks of one sync each. A cell painted before
    // keeps its saved fill only while it still shows AID's colour; otherwise the user has recoloured
    // it since, and that fill is what Clear must bring back.
    const addresses = [...colors.keys()];
    const ranges: Excel.Range[] = [];
    await inBlocks(
      context,
      addresses,
      () => 120,
      (address) => {
        const range = sheet.getRange(address);
        range.load("format/fill/color, format/fill/pattern");
        ranges.push(range);
      }
    );
    await context.sync();
    addresses.forEach((address, i) => {
      const fill = ranges[i].format.fill;
      const before = saved.get(address);
      if (before && (fill.color ?? "").toUpperCase() === before[3].toUpperCase()) return;
      const none = fill.pattern === "None" || !fill.color;
      saved.set(address, [address, none ? null : fill.color, none ? null : fill.pattern, ""]);
    });
    await inBlocks(
      context,
      [...colors],
      () => 120,
      ([address, color]) => {
        sheet.getRange(address).format.fill.color = color;
        const entry = saved.get(address) as Saved;
        saved.set(address, [entry[0], entry[1], entry[2], color]);
      }
    );
    const sheets = { ...store.sheets, [sheetName]: [...saved.values()] };
    context.workbook.settings.add(HIGHLIGHT_SETTING, JSON.stringify({ version: 1, sheets }));
    await context.sync();
    return colors.size;
  });
}

/** Put back the fills Highlight replaced; resolves with the number of cells restored. */
export async function clearHighlights(): Promise<number> {
  return excelRun(async (context) => {
    const store = await loadStore(context);
    const entries: { sheet: string; saved: Saved; fill: Excel.RangeFill }[] = [];
    const names = Object.keys(store.sheets);
    if (names.length === 0) return 0;
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    sheets.forEach((s) => s.load("name"));
    await context.sync();
    const all = names.flatMap((name, i) =>
      sheets[i].isNullObject ? [] : store.sheets[name].map((saved) => ({ name, i, saved }))
    );
    await inBlocks(
      context,
      all,
      () => 120,
      ({ name, i, saved }) => {
        const fill = sheets[i].getRange(saved[0]).format.fill;
        fill.load("color");
        entries.push({ sheet: name, saved, fill });
      }
    );
    await context.sync();
    let restored = 0;
    await inBlocks(
      context,
      entries,
      () => 120,
      ({ saved, fill }) => {
        if ((fill.color ?? "").toUpperCase() !== saved[3].toUpperCase()) return; // the user changed it since
        if (saved[1] === null) fill.clear();
        else fill.color = saved[1];
        restored++;
      }
    );
    context.workbook.settings.getItemOrNullObject(HIGHLIGHT_SETTING).delete();
    await context.sync();
    return restored;
  });
}
