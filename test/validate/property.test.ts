/**
 * Whatever a sheet holds, the engine answers: it never throws, it only points
 * at cells of the grid it was given, in row order, and it leaves the grid alone.
 */
import fc from "fast-check";
import { columnIndex, columnLetter } from "../../src/core/address";
import type { CellValue } from "../../src/core/cells";
import { RULES, validateGrid, type ValidateOptions } from "../../src/core/validate";
import { formatsFor, grid, optionsFor } from "./arbitraries";

const RUNS = 300;

const input = grid.chain((values) =>
  fc.tuple(fc.constant(values), formatsFor(values), optionsFor(values))
);

function checkReport(
  values: CellValue[][],
  formats: (string | undefined)[][] | undefined,
  options: ValidateOptions
): void {
  const valuesBefore = structuredClone(values);
  const formatsBefore = structuredClone(formats);
  const report = validateGrid(values, formats, options);
  const origin = options.origin ?? { row: 0, column: 0 };
  const height = values.length;
  const width = Math.max(0, ...values.map((r) => r.length));

  for (const f of report.findings) {
    // Inside the grid, counted from its origin.
    expect(f.row).toBeGreaterThanOrEqual(origin.row + 1);
    expect(f.row).toBeLessThanOrEqual(origin.row + height);
    const c = columnIndex(f.column);
    expect(c).toBeGreaterThanOrEqual(origin.column);
    expect(c).toBeLessThanOrEqual(origin.column + width - 1);
    expect(f.cell).toBe(`${f.column}${f.row}`);
    expect(f.severity).toBe(RULES[f.rule]);
    expect(typeof f.message).toBe("string");
    expect(f.message).toContain(f.cell);
  }

  // Sorted by row, then column.
  for (let i = 1; i < report.findings.length; i++) {
    const a = report.findings[i - 1];
    const b = report.findings[i];
    const order = a.row - b.row || columnIndex(a.column) - columnIndex(b.column);
    expect(order).toBeLessThanOrEqual(0);
  }

  // The summary counts the findings.
  const errors = report.findings.filter((f) => f.severity === "error").length;
  expect(report.summary.errors).toBe(errors);
  expect(report.summary.warnings).toBe(report.findings.length - errors);
  const counted = Object.values(report.summary.byRule).reduce((s, n) => s + (n ?? 0), 0);
  expect(counted).toBe(report.findings.length);

  // The table, when found on a non-empty grid, lies inside it too.
  if (report.table && height > 0) {
    expect(report.table.headerRow).toBeGreaterThanOrEqual(origin.row + 1);
    expect(report.table.headerRow).toBeLessThanOrEqual(origin.row + height);
    for (const letter of Object.values(report.table.columns)) {
      const c = columnIndex(letter as string);
      expect(c).toBeGreaterThanOrEqual(origin.column);
      expect(c).toBeLessThanOrEqual(origin.column + Math.max(width, 1) - 1);
    }
  }

  // The input is left as it was.
  expect(values).toEqual(valuesBefore);
  expect(formats).toEqual(formatsBefore);
}

describe("validateGrid on arbitrary sheets", () => {
  test("never throws, points only inside the grid, sorts its findings and leaves the input unchanged", () => {
    fc.assert(
      fc.property(input, ([values, formats, options]) => {
        checkReport(values, formats, options);
      }),
      { numRuns: RUNS }
    );
  });

  test("the generators do produce tables and findings (the property is not vacuous)", () => {
    let tables = 0;
    let findings = 0;
    fc.assert(
      fc.property(input, ([values, formats, options]) => {
        const report = validateGrid(values, formats, options);
        if (report.table) tables++;
        findings += report.findings.length;
      }),
      { numRuns: RUNS }
    );
    expect(tables).toBeGreaterThan(RUNS / 10);
    expect(findings).toBeGreaterThan(RUNS);
  });

  test("a table at a random origin reports the same findings, moved by the origin", () => {
    fc.assert(
      fc.property(
        grid,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (values, row, column) => {
          const atA1 = validateGrid(values);
          const moved = validateGrid(values, undefined, { origin: { row, column } });
          expect(moved.findings.map((f) => [f.rule, f.row, f.column])).toEqual(
            atA1.findings.map((f) => [
              f.rule,
              f.row + row,
              columnLetter(columnIndex(f.column) + column),
            ])
          );
        }
      ),
      { numRuns: 150 }
    );
  });
});
