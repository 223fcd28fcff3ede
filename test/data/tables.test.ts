import { PLACES } from "../../src/data/places";
import { XINJIANG_2010 } from "../../src/data/xinjiang-2010";
import { WENCHUAN_2008 } from "../../src/data/wenchuan-2008";
import { XINJIANG_UNIVERSITIES_2006 } from "../../src/data/xinjiang-universities-2006";
import type { PairingTable, PairRecord, PlaceRecord } from "../../src/data/types";
import { resolvePlace, type Resolution } from "../../src/core/places";
import xinjiangRef from "../fixtures/reference/xinjiang-2010.json";
import wenchuanRef from "../fixtures/reference/wenchuan-2008.json";
import universitiesRef from "../fixtures/reference/xinjiang-universities-2006.json";

const BY_NAME = new Map<string, PlaceRecord>(PLACES.map((p) => [p.name, p]));
const TABLES: PairingTable[] = [XINJIANG_2010, WENCHUAN_2008, XINJIANG_UNIVERSITIES_2006];

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];
const kindOf = (name: string) => BY_NAME.get(name)?.kind;

/** Every ancestor of a place, nearest first. */
function ancestors(name: string): string[] {
  const chain: string[] = [];
  let current = BY_NAME.get(name)?.parent;
  while (current && !chain.includes(current)) {
    chain.push(current);
    current = BY_NAME.get(current)?.parent;
  }
  return chain;
}

function readings(resolution: Resolution): string[] {
  if (resolution.kind === "found") return [resolution.place.name];
  if (resolution.kind === "ambiguous") return resolution.places.map((p) => p.name);
  return [];
}

describe("xinjiang-2010 matches the counts the document states", () => {
  const pairs = XINJIANG_2010.pairs;
  const recipients = distinct(pairs.map((p) => p.recipient));

  test("19 distinct supporters (表1 title: 19省市)", () => {
    expect(distinct(pairs.map((p) => p.supporter))).toHaveLength(19);
    expect(XINJIANG_2010.stated.supporters).toBe(19);
  });

  test("12 prefecture headings", () => {
    expect(distinct(pairs.map((p) => p.group))).toHaveLength(12);
    expect(XINJIANG_2010.stated.prefectureHeadings).toBe(12);
  });

  test("94 pairs, each recipient once", () => {
    expect(pairs).toHaveLength(94);
    expect(recipients).toHaveLength(94);
    expect(XINJIANG_2010.stated.pairs).toBe(94);
  });

  test("82 county-level local units and 12 兵团 divisions", () => {
    const local = recipients.filter((r) =>
      ["county", "county-city", "district"].includes(kindOf(r) ?? "")
    );
    const divisions = recipients.filter((r) => kindOf(r) === "division");
    expect(local).toHaveLength(82);
    expect(divisions).toHaveLength(12);
    expect(local.length + divisions.length).toBe(pairs.length);
    expect(XINJIANG_2010.stated.countyLevelUnits).toBe(82);
    expect(XINJIANG_2010.stated.divisions).toBe(12);
  });

  test("the counts agree with the reference transcription", () => {
    expect(distinct(pairs.map((p) => p.supporter))).toHaveLength(
      xinjiangRef.counts.distinctSupporters
    );
    expect(pairs).toHaveLength(xinjiangRef.counts.pairsTotal);
    expect(xinjiangRef.counts.corpsDivisions).toBe(12);
    expect(xinjiangRef.counts["countyLevelLocalUnits(county+city)"]).toBe(82);
  });

  test("every local unit sits under its prefecture heading", () => {
    for (const pair of pairs) {
      if (kindOf(pair.recipient) === "division") continue;
      expect({
        recipient: pair.recipient,
        inGroup: ancestors(pair.recipient).includes(pair.group ?? ""),
      }).toEqual({
        recipient: pair.recipient,
        inGroup: true,
      });
    }
  });
});

describe("wenchuan-2008 matches the counts the document states", () => {
  const pairs = WENCHUAN_2008.pairs;

  test("20 numbered source lines", () => {
    expect(distinct(pairs.map((p) => p.source.line))).toHaveLength(20);
    expect(distinct(pairs.map((p) => p.source.text))).toHaveLength(20);
    expect(WENCHUAN_2008.stated.lines).toBe(20);
  });

  test("19 supporters, not counting the 深圳市 of line 19", () => {
    // The supporter a line names first: '19.广东省(主要由深圳市)——…' names 广东省.
    const lineSupporters = distinct(
      pairs.map((p) =>
        p.source.text
          .split("——")[0]
          .replace(/^\d+\./, "")
          .replace(/\(.*\)$/, "")
      )
    );
    expect(lineSupporters).toHaveLength(19);
    expect(WENCHUAN_2008.stated.supporters).toBe(19);
    expect(lineSupporters.sort()).toEqual([...wenchuanRef.counts.supporters].sort());
    const extra = distinct(pairs.map((p) => p.supporter)).filter(
      (s) => !lineSupporters.includes(s)
    );
    expect(extra).toEqual(["深圳市"]);
  });

  test("深圳市 appears only on line 19, for 甘肃", () => {
    const shenzhen = pairs.filter((p) => p.supporter === "深圳市");
    expect(shenzhen.map((p) => [p.source.line, p.recipient])).toEqual([
      [441, "甘肃省受灾严重地区"],
    ]);
  });

  test("18 Sichuan recipients and the 2 disaster areas of 甘肃 and 陕西", () => {
    const recipients = distinct(pairs.map((p) => p.recipient));
    const sichuan = recipients.filter((r) => ancestors(r).includes("四川省"));
    const areas = recipients.filter((r) => kindOf(r) === "disaster-area");
    expect(sichuan).toHaveLength(18);
    expect(areas.sort()).toEqual(["甘肃省受灾严重地区", "陕西省受灾严重地区"]);
    expect(sichuan.length + areas.length).toBe(recipients.length);
    expect(WENCHUAN_2008.stated.sichuanCounties).toBe(18);
    expect(WENCHUAN_2008.stated.otherRecipients).toBe(2);
  });

  test("广东省 appears twice: 汶川县 and 甘肃", () => {
    const guangdong = pairs.filter((p) => p.supporter === "广东省");
    expect(guangdong.map((p) => p.recipient)).toEqual(["汶川县", "甘肃省受灾严重地区"]);
  });
});

describe("xinjiang-universities-2006 matches the document", () => {
  const pairs = XINJIANG_UNIVERSITIES_2006.pairs;

  test.each([["新疆农业大学"], ["新疆医科大学"]])(
    "%s has five supporting universities",
    (recipient) => {
      const supporters = distinct(
        pairs.filter((p) => p.recipient === recipient).map((p) => p.supporter)
      );
      expect(supporters).toHaveLength(5);
      expect(XINJIANG_UNIVERSITIES_2006.stated[recipient]).toBe(5);
    }
  );

  test("ten pairs, no university on both sides", () => {
    expect(pairs).toHaveLength(10);
    const supporters = new Set(pairs.map((p) => p.supporter));
    expect(pairs.some((p) => supporters.has(p.recipient))).toBe(false);
  });

  test("every pair of the reference is in the table, with its source line and text", () => {
    for (const ref of universitiesRef.pairs) {
      const ours = pairs.find(
        (p) => p.supporter === ref.supporter && p.recipient === ref.recipient
      );
      expect(ours).toBeDefined();
      expect(ref.sourceLines).toContain(ours?.source.line);
      expect(ours?.source.text).toContain(ref.sourceText);
    }
  });
});

describe("places are consistent", () => {
  test("names are unique", () => {
    expect(BY_NAME.size).toBe(PLACES.length);
  });

  test("every parent, sameBodyAs and splitFrom refers to an existing place", () => {
    const dangling = PLACES.flatMap((p) =>
      (["parent", "sameBodyAs", "splitFrom"] as const)
        .filter((field) => p[field] !== undefined && !BY_NAME.has(p[field] as string))
        .map((field) => `${p.name}.${field} = ${p[field]}`)
    );
    expect(dangling).toEqual([]);
  });

  test("no place is its own ancestor", () => {
    for (const p of PLACES) expect(ancestors(p.name)).not.toContain(p.name);
  });

  test("every place says where it comes from", () => {
    const unsourced = PLACES.filter((p) => p.source.trim().length === 0).map((p) => p.name);
    expect(unsourced).toEqual([]);
  });

  test("a sameBodyAs city points at a division", () => {
    for (const p of PLACES.filter((q) => q.sameBodyAs))
      expect(kindOf(p.sameBodyAs as string)).toBe("division");
  });
});

describe("every pair refers to known places and keeps its source", () => {
  const all: [string, PairRecord][] = TABLES.flatMap((t) =>
    t.pairs.map((p) => [t.id, p] as [string, PairRecord])
  );

  test.each(TABLES.map((t) => [t.id, t]))(
    "%s: supporters and recipients exist in PLACES",
    (_id, table) => {
      const missing = (table as PairingTable).pairs
        .flatMap((p) => [p.supporter, p.recipient])
        .filter((name) => !BY_NAME.has(name));
      expect(missing).toEqual([]);
    }
  );

  test("every pair keeps a source line number and the text of that line", () => {
    for (const [id, pair] of all) {
      expect({ id, line: Number.isInteger(pair.source.line) && pair.source.line > 0 }).toEqual({
        id,
        line: true,
      });
      expect(pair.source.text.trim().length).toBeGreaterThan(0);
    }
  });

  test("the source text of a 表1 or Wenchuan pair contains the recipient as written", () => {
    for (const table of [XINJIANG_2010, WENCHUAN_2008])
      for (const pair of table.pairs) expect(pair.source.text).toContain(pair.asWritten);
  });

  test("the source text of a university pair names the supporting university", () => {
    // The source calls the recipient 我校 ('our university'), so only the supporter is named.
    for (const pair of XINJIANG_UNIVERSITIES_2006.pairs)
      expect(pair.source.text).toContain(pair.supporter);
  });

  test("no pair is listed twice in a table", () => {
    for (const table of TABLES) {
      const keys = table.pairs.map((p) => `${p.supporter}→${p.recipient}`);
      expect(distinct(keys)).toHaveLength(keys.length);
    }
  });
});

describe("xinjiang-2010 agrees with the reference transcription", () => {
  test.each(xinjiangRef.pairs.map((r) => [r.sourceLine, r.supporter, r.sourceText, r]))(
    "line %d: %s %s",
    (_line, _supporter, _text, ref) => {
      const onLine = XINJIANG_2010.pairs.filter((p) => p.source.line === ref.sourceLine);
      const ours = onLine[ref.positionInRow - 1];
      expect(ours?.asWritten).toBe(ref.sourceText);
      expect(ours?.source.text.startsWith(`${ref.supporter} `)).toBe(true);
      expect(ours?.supporter).toBe(ref.supporterFullName);
      expect(readings(resolvePlace(ref.supporter))).toEqual([ours?.supporter]);
      expect(readings(resolvePlace(ref.recipient))).toContain(ours?.recipient);
      expect(readings(resolvePlace(ref.recipientPrefecture))).toEqual([ours?.group]);
    }
  );

  test("every line of ours is a line of the reference, with the same number of items", () => {
    const refCount = new Map<number, number>();
    for (const r of xinjiangRef.pairs)
      refCount.set(r.sourceLine, (refCount.get(r.sourceLine) ?? 0) + 1);
    const ourCount = new Map<number, number>();
    for (const p of XINJIANG_2010.pairs)
      ourCount.set(p.source.line, (ourCount.get(p.source.line) ?? 0) + 1);
    expect(ourCount).toEqual(refCount);
  });
});

describe("wenchuan-2008 agrees with the reference transcription", () => {
  test.each(wenchuanRef.pairs.map((r) => [r.listNo, r.sourceText, r]))(
    "no. %d %s",
    (_no, _text, ref) => {
      const ours = WENCHUAN_2008.pairs.filter((p) => p.source.text === ref.sourceText);
      expect(ours.length).toBeGreaterThan(0);
      for (const pair of ours) {
        expect(pair.source.line).toBe(ref.sourceLine);
        expect(pair.source.text.startsWith(`${ref.listNo}.`)).toBe(true);
        expect(readings(resolvePlace(ref.recipient))).toEqual([pair.recipient]);
      }
      expect(ours.map((p) => p.supporter)).toContain(ref.supporter);
    }
  );

  test("the list numbers run 1 to 20 in source-line order", () => {
    const numbers = distinct(WENCHUAN_2008.pairs.map((p) => Number(p.source.text.split(".")[0])));
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const lines = distinct(WENCHUAN_2008.pairs.map((p) => p.source.line));
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });
});

describe("every pair of the reference transcriptions is in our tables", () => {
  function hasPair(table: PairingTable, supporter: string, recipient: string): boolean {
    const s = readings(resolvePlace(supporter));
    const r = readings(resolvePlace(recipient));
    return table.pairs.some((p) => s.includes(p.supporter) && r.includes(p.recipient));
  }

  test.each(xinjiangRef.pairs.map((r) => [r.supporter, r.recipient]))(
    "xinjiang-2010: %s / %s",
    (s, r) => {
      expect(hasPair(XINJIANG_2010, s, r)).toBe(true);
    }
  );

  test.each(wenchuanRef.pairs.map((r) => [r.supporter, r.recipient]))(
    "wenchuan-2008: %s / %s",
    (s, r) => {
      expect(hasPair(WENCHUAN_2008, s, r)).toBe(true);
    }
  );

  test.each(universitiesRef.pairs.map((r) => [r.supporter, r.recipient]))(
    "xinjiang-universities-2006: %s / %s",
    (s, r) => {
      expect(hasPair(XINJIANG_UNIVERSITIES_2006, s, r)).toBe(true);
    }
  );

  test.each([
    ["库车县", "库车市"],
    ["沙湾县", "沙湾市"],
    ["吐鲁番市", "高昌区"],
    ["哈密市", "伊州区"],
    ["兵团农一师阿拉尔市", "新疆生产建设兵团第一师"],
  ])("the renamed 表1 recipient %s is %s in our table", (asWritten, current) => {
    const pair = XINJIANG_2010.pairs.find((p) => p.asWritten.replace(/及?团场$/, "") === asWritten);
    expect(pair?.recipient).toBe(current);
  });

  test.each([
    ["安县", "安州区"],
    ["北川县", "北川羌族自治县"],
  ])("the renamed Wenchuan recipient %s is %s in our table", (asWritten, current) => {
    const pair = WENCHUAN_2008.pairs.find((p) => p.asWritten === `四川省${asWritten}`);
    expect(pair?.recipient).toBe(current);
  });
});
