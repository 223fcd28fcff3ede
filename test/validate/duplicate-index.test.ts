/**
 * The index behind `duplicate-row`: each later copy of a project (name, supporter,
 * recipient) names the first row, in row order, however many copies there are;
 * and its buffers, reused by the next sheet, never carry one sheet's rows into another.
 */
import { validateGrid } from "../../src/core/validate";
import { DuplicateIndex } from "../../src/core/validate/duplicates";

function repeatsOf(index: DuplicateIndex): [number, number][] {
  const out: [number, number][] = [];
  index.repeats((row, first) => out.push([row, first]));
  return out;
}

describe("DuplicateIndex", () => {
  test("every later copy names the first row, in the order the rows came", () => {
    const index = new DuplicateIndex();
    const a = index.intern("北京");
    const b = index.intern("上海");
    index.add("学校", a, 0, 10);
    index.add("医院", a, 0, 11);
    index.add("学校", b, 0, 12); // another supporter: another project
    index.add("学校", a, 1, 13); // another recipient: another project
    index.add("医院", a, 0, 14);
    index.add("学校", a, 0, 15);
    index.add("学校", a, 0, 16);
    expect(repeatsOf(index)).toEqual([
      [14, 11],
      [15, 10],
      [16, 10],
    ]);
  });

  test("a project listed many times, among thousands of others, is found each time", () => {
    const index = new DuplicateIndex();
    const expected: [number, number][] = [];
    for (let row = 0; row < 5000; row++) {
      if (row % 250 === 7) {
        index.add("重复项目", 0, 0, row);
        if (row !== 7) expected.push([row, 7]);
      } else index.add(`项目${row}`, row % 3, row % 5, row);
    }
    expect(repeatsOf(index)).toEqual(expected);
  });

  test("a name as typed is the same project as its clean form, with spaces, line breaks or full-width digits", () => {
    const index = new DuplicateIndex();
    index.addTyped("和田县第一中学", 0, 0, 1);
    index.addTyped("和田县 第一中学", 0, 0, 2);
    index.addTyped("和田县\n第一中学", 0, 0, 3);
    index.addTyped("项目１２", 0, 0, 4);
    index.add("项目12", 0, 0, 5);
    index.addTyped("和田县第二中学", 0, 0, 6);
    expect(repeatsOf(index)).toEqual([
      [2, 1],
      [3, 1],
      [5, 4],
    ]);
  });

  test("a typed name that is clean already is the same project as one added clean", () => {
    const index = new DuplicateIndex();
    // Rows 0-999 and 2000-2999 added clean, 1000-1999 as typed: row r repeats row r % 1000, so
    // a typed row repeats a clean one only if both kinds of add agree on the key.
    for (let row = 0; row < 3000; row++) {
      if (Math.floor(row / 1000) % 2 === 0) index.add(`项目${row % 1000}`, 0, 0, row);
      else index.addTyped(`项目${row % 1000}`, 0, 0, row);
    }
    expect(repeatsOf(index)).toEqual(
      Array.from({ length: 2000 }, (_, i) => [i + 1000, (i + 1000) % 1000] as [number, number])
    );
  });

  test("interning gives one number per name", () => {
    const index = new DuplicateIndex();
    expect(index.intern("北京")).toBe(index.intern("北京"));
    expect(index.intern("北京")).not.toBe(index.intern("天津"));
  });
});

describe("buffers reused from sheet to sheet", () => {
  const header = ["支援方", "受援方", "项目名称", "计划资金(万元)", "占比(%)"];
  function sheet(rows: number, repeatAt: number | null): (string | number)[][] {
    const out: (string | number)[][] = [header];
    for (let i = 0; i < rows; i++)
      out.push(["北京", "和田地区", `项目${repeatAt !== null && i === repeatAt ? 0 : i}`, 100, 0]);
    for (const row of out.slice(1)) row[4] = 100 / rows;
    return out;
  }

  test("a long sheet's duplicates and shares do not reach the next sheet", () => {
    const first = validateGrid(sheet(9000, 8000));
    expect(first.findings.filter((f) => f.rule === "duplicate-row")).toHaveLength(1);
    const second = validateGrid(sheet(9000, null));
    expect(second.findings.filter((f) => f.rule === "duplicate-row")).toHaveLength(0);
    expect(second.findings.filter((f) => f.rule === "share-mismatch")).toHaveLength(0);
    // The same sheet again gives the same report.
    expect(validateGrid(sheet(9000, 8000)).findings).toEqual(first.findings);
  });
});
