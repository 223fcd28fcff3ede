/**
 * The real-table corpus: every file is complete, and every recorded verdict on a stated total,
 * rate or share is what exact decimal arithmetic on the table's own displayed numbers gives.
 */
import { corpusFiles, readEntry, type Check, type RealTable } from "./corpus";
import { judge, parseShown } from "./recompute";

const files = corpusFiles();
const entries: RealTable[] = files.map(readEntry);

const KINDS = ["label", "text", "count", "amount", "percent"];
const VERDICTS = ["exact", "rounding", "wrong"];

function describeCheck(entry: RealTable, check: Check): string {
  const [row, column] = check.cell;
  return `${entry.id} ${check.kind} at row ${row} (${entry.table.rows[row]?.[0] ?? "?"}), column ${column}`;
}

describe("the corpus holds real published tables", () => {
  test("at least 25 对口支援 tables from stored public pages, besides the seed's own", () => {
    const fromPages = entries.filter((e) => /^https?:\/\//.test(e.url) && e.programme !== "none");
    expect(fromPages.length).toBeGreaterThanOrEqual(25);
    expect(entries.filter((e) => e.url.includes("shared/seed/")).length).toBeGreaterThanOrEqual(3);
  });

  test.each(files)("%s has every required field, and the table is rectangular", (file) => {
    const e = readEntry(file);
    expect(e.id + ".json").toBe(file);
    expect(typeof e.url).toBe("string");
    expect(e.url.length).toBeGreaterThan(0);
    expect(e.title === null || typeof e.title === "string").toBe(true);
    expect(e.headline === null || typeof e.headline === "string").toBe(true);
    expect(e.publisher === null || typeof e.publisher === "string").toBe(true);
    // A missing date must say why.
    if (e.date === null) expect(e.dateNote).toEqual(expect.any(String));
    else expect(typeof e.date).toBe("string");
    expect(e.programme).toEqual(expect.any(String));
    expect(["table", "prose"]).toContain(e.form);
    expect(e.reading.length).toBeGreaterThan(20);
    expect(e.excerpt.length).toBeGreaterThan(20);
    const t = e.table;
    expect(t.caption.length).toBeGreaterThan(0);
    expect(t.unit === null || typeof t.unit === "string").toBe(true);
    expect(t.header.length === 1 || t.header.length === 2).toBe(true);
    for (const kind of t.columns) expect(KINDS).toContain(kind);
    for (const h of t.header) expect(h.length).toBe(t.columns.length);
    // Header words are not empty where a header cell starts.
    t.header[0].forEach((cell, i) => {
      if (i === 0 || cell !== null) expect((cell ?? "").length).toBeGreaterThan(0);
    });
    expect(t.rows.length).toBeGreaterThanOrEqual(3);
    for (const row of t.rows) expect(row.length).toBe(t.columns.length);
    for (const i of t.totals) expect(t.rows[i]).toBeDefined();
    expect(Array.isArray(t.notes)).toBe(true);
    expect(Array.isArray(e.checks)).toBe(true);
    expect(Array.isArray(e.otherFaults)).toBe(true);
  });

  test.each(files)("%s: every figure and label is printed in the page's own words", (file) => {
    const e = readEntry(file);
    // Numbers in number columns are numbers as printed; and each number appears in the excerpt.
    const squeezed = e.excerpt.replace(/\s+/g, "");
    e.table.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const kind = e.table.columns[c];
        if (cell === "" || (e.table.totals.includes(r) && c === 0)) return;
        if (kind === "count" || kind === "amount" || kind === "percent") {
          expect({ cell, number: parseShown(cell) !== null }).toEqual({ cell, number: true });
          expect({ cell, inExcerpt: squeezed.includes(cell.replace(/%$/, "")) }).toEqual({
            cell,
            inExcerpt: true,
          });
        }
      })
    );
  });
});

describe("the recorded recomputation is right", () => {
  const cases = entries.flatMap((e) => e.checks.map((c) => [describeCheck(e, c), e, c] as const));

  test("the corpus records at least one exact, one rounding and one wrong figure", () => {
    const seen = new Set(cases.map(([, , c]) => c.verdict));
    expect([...seen].sort()).toEqual(["exact", "rounding", "wrong"]);
  });

  test.each(cases)("%s", (_name, entry, check) => {
    expect(VERDICTS).toContain(check.verdict);
    const j = judge(entry, check);
    expect({ verdict: j.verdict, expected: j.expected }).toEqual({
      verdict: check.verdict,
      expected: check.expected,
    });
  });

  test("a wrong or rounding verdict always explains itself in a note", () => {
    for (const [name, , check] of cases)
      if (check.verdict !== "exact")
        expect({ name, note: typeof check.note }).toEqual({ name, note: "string" });
  });
});
