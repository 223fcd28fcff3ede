/**
 * The row's supporter and recipient as the names and duplicate checks share them:
 * one entry per distinct pair of cells, party ids that agree however a name is
 * typed, and the same answers past the number of pairs it keeps.
 */
import { Parties } from "../../src/core/validate/checks/parties";
import type { CellValue } from "../../src/core/cells";

function row(index: number, ...values: CellValue[]) {
  return { values, formats: undefined, index };
}

describe("Parties", () => {
  test("the same two cells are one entry, whichever row they are on", () => {
    const parties = new Parties(0, 1);
    const first = parties.of(row(0, "上海", "莎车县"));
    expect(parties.of(row(1, "山东", "疏勒县"))).not.toBe(first);
    expect(parties.of(row(2, "上海", "莎车县"))).toBe(first);
    expect(parties.pair("上海", "莎车县")).toBe(first);
    expect(first).toMatchObject({ supporter: "上海", recipient: "莎车县", verdict: undefined });
  });

  test("a row asked for twice gives the row's pair, and the next row its own", () => {
    const parties = new Parties(0, 1);
    const r = { values: ["上海", "莎车县"] as CellValue[], formats: undefined, index: 0 };
    const a = parties.of(r);
    expect(parties.of(r)).toBe(a);
    // The engine reuses one row object: a new index is a new row, even with the same object.
    r.values = ["山东", "疏勒县"];
    r.index = 1;
    expect(parties.of(r)).toMatchObject({ supporter: "山东", recipient: "疏勒县" });
  });

  test("a name typed with spaces, a line break or full-width letters has its clean form's id", () => {
    const parties = new Parties(0, 1);
    const clean = parties.of(row(0, "上海", "莎车县"));
    const typed = parties.of(row(1, "上 海", "莎车\n县"));
    expect(typed).not.toBe(clean);
    expect(typed.supporterId).toBe(clean.supporterId);
    expect(typed.recipientId).toBe(clean.recipientId);
    expect(parties.of(row(2, "ＡＢ", "x")).supporterId).toBe(
      parties.of(row(3, "AB", "y")).supporterId
    );
    expect(parties.of(row(4, "上海", "泽普县")).recipientId).not.toBe(clean.recipientId);
  });

  test("a sheet without a recipient column reads every recipient as blank", () => {
    const parties = new Parties(0, undefined);
    const a = parties.of(row(0, "上海", "莎车县"));
    const b = parties.of(row(1, "上海", "泽普县"));
    expect(b).toBe(a);
    expect(a.recipient).toBeUndefined();
  });

  test("past the pairs it keeps, a pair gets the same ids again, and the kept ones stay", () => {
    const parties = new Parties(0, 1);
    const kept = parties.of(row(0, "上海", "莎车县"));
    for (let i = 0; i < 20_005; i++) parties.of(row(i + 1, `支援${i}`, `受援${i}`));
    const late = parties.of(row(30_000, "支援20003", "受援20003"));
    const again = parties.of(row(30_001, "支援20003", "受援20003"));
    expect(again.supporterId).toBe(late.supporterId);
    expect(again.recipientId).toBe(late.recipientId);
    expect(parties.of(row(30_002, "上海", "莎车县"))).toBe(kept);
  });
});
