/**
 * Empty cells as some Excel builds pass them (Excel on Windows among them): as 0.
 * A 0 cannot be told from a typed 0, so the name functions read 0 as an empty cell
 * (no place or category is called 0), and the figure functions keep 0 as a figure,
 * with the function help saying what it gives.
 */
import {
  category,
  normalize,
  paired,
  rate,
  recipients,
  share,
  supporters,
} from "../../src/functions/functions";

function expectError(cell: unknown, code: string): void {
  expect(cell).toBeInstanceOf(CustomFunctions.Error);
  expect((cell as CustomFunctions.Error).code).toBe(code);
}

describe("name functions read 0 as an empty cell", () => {
  test("a blank row passed as zeros gives an empty cell in AID.PAIRED, not #N/A for '0'", () => {
    expect(paired([["浙江"], [0], [0]], [["阿克苏市"], [0], [""]])).toEqual([[true], [""], [""]]);
  });

  test("AID.NORMALIZE and AID.CATEGORY give an empty cell for 0", () => {
    expect(normalize([["库车县"], [0]])).toEqual([["库车市"], [""]]);
    expect(category([["房建"], [0]])).toEqual([["房屋建设"], [""]]);
  });

  test("AID.SUPPORTERS and AID.RECIPIENTS give an empty cell for 0", () => {
    expect(supporters([[0]])).toEqual([[""]]);
    expect(recipients([[0]])).toEqual([[""]]);
    expect(supporters([["昌吉州"], [0]])).toEqual([["福建省、山西省"], [""]]);
  });

  test("other numbers are still read as names and reported unknown", () => {
    const cell = normalize([[12]])[0][0];
    expectError(cell, "#N/A");
    expect((cell as CustomFunctions.Error).message).toContain("12");
  });
});

describe("figure functions keep 0 as a figure, as their help says", () => {
  test("AID.RATE: planned 0 (an empty planned cell in those builds) gives #DIV/0!", () => {
    expectError(rate([[0]], [[0]])[0][0], "#DIV/0!");
    expect(rate([[10]], [[0]])).toEqual([[0]]);
  });

  test("AID.SHARE: a total of 0 (an empty total cell in those builds) gives #DIV/0!; left out it is the sum", () => {
    for (const row of share([[1], [3]], [[0]])) expectError(row[0], "#DIV/0!");
    expect(share([[1], [3]], null as unknown as undefined)).toEqual([[0.25], [0.75]]);
  });
});
