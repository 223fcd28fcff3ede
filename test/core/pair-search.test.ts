/**
 * Hints for a pairings search (src/core/pair-search): names near a typo, and the
 * other programmes a place belongs to when it takes no part in the one browsed.
 */
import { searchPairs } from "../../src/core/pairing";
import { searchHints } from "../../src/core/pair-search";
import { programmeById } from "../../src/core/programmes";

const XINJIANG = programmeById("xinjiang-2010");
const WENCHUAN = programmeById("wenchuan-2008");

function hintsFor(table: typeof XINJIANG, query: string) {
  const hints = searchHints(table, query, searchPairs(table, query).length);
  return {
    suggestions: hints.suggestions.map((p) => p.name),
    elsewhere: hints.elsewhere.map((e) => [e.place.name, ...e.programmes]),
  };
}

describe("names near a typo", () => {
  test("阿克淘县 (a wrong character, no pair shown) suggests 阿克陶县 first", () => {
    expect(searchPairs(XINJIANG, "阿克淘县")).toHaveLength(0);
    const { suggestions } = hintsFor(XINJIANG, "阿克淘县");
    expect(suggestions[0]).toBe("阿克陶县");
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });

  test("suggests only places that take part in some programme", () => {
    const { suggestions } = hintsFor(XINJIANG, "阿克淘县");
    for (const name of suggestions)
      expect(
        searchPairs(XINJIANG, name).length + searchPairs(WENCHUAN, name).length
      ).toBeGreaterThan(0);
  });

  test("a text that shows pairs, a known name or an empty search gets no suggestion", () => {
    expect(hintsFor(XINJIANG, "阿克").suggestions).toEqual([]);
    expect(hintsFor(XINJIANG, "阿克陶县").suggestions).toEqual([]);
    expect(hintsFor(XINJIANG, "  ").suggestions).toEqual([]);
  });

  test("a long or hostile text is looked at a few names at a time and still answers", () => {
    const long = Array.from({ length: 200 }, (_, i) => `不存在的地方${i}`).join("、");
    const hints = searchHints(XINJIANG, long, 0);
    expect(hints.suggestions.length).toBeLessThanOrEqual(3);
    expect(searchHints(XINJIANG, "县".repeat(5000), 0).suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe("a place found in another programme", () => {
  test("汶川县 in the Xinjiang table says it is in the Wenchuan one", () => {
    expect(hintsFor(XINJIANG, "汶川县").elsewhere).toEqual([["汶川县", "wenchuan-2008"]]);
    expect(hintsFor(XINJIANG, "汶川").elsewhere).toEqual([["汶川县", "wenchuan-2008"]]);
  });

  test("a place of the programme browsed gets no such hint, nor does a supporter of both", () => {
    expect(hintsFor(WENCHUAN, "汶川县").elsewhere).toEqual([]);
    expect(hintsFor(XINJIANG, "莎车县").elsewhere).toEqual([]);
    // 广东 supports in both programmes.
    expect(hintsFor(XINJIANG, "广东").elsewhere).toEqual([]);
  });

  test("莎车县 in the Wenchuan table says it is in 对口援疆", () => {
    expect(hintsFor(WENCHUAN, "莎车县").elsewhere).toEqual([["莎车县", "xinjiang-2010"]]);
  });
});
