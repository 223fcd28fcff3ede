/**
 * County-level units set up after the division codes AID ships (src/data/divisions.ts, 2023-06-30).
 * AID knows no pairing for them yet, so a name of one stands for its prefecture, with a warning that
 * it was read so (never an unknown-place error). Each entry keeps the announcement it comes from.
 */

export interface NewUnit {
  readonly name: string;
  /** The prefecture-level unit it is under (a name in src/data/places.ts). */
  readonly prefecture: string;
  /** Date announced, as the source gives it. */
  readonly announced: string;
  readonly source: string;
}

export const NEW_UNITS: readonly NewUnit[] = [
  {
    name: "和安县",
    prefecture: "和田地区",
    announced: "2024-12-27",
    source:
      "ishare.ifeng.com (总台记者 崔宁): 据新疆维吾尔自治区人民政府12月27日发布 … 设立和安县 … 和安县由和田地区管辖",
  },
  {
    name: "和康县",
    prefecture: "和田地区",
    announced: "2024-12-27",
    source:
      "ishare.ifeng.com (总台记者 崔宁): 据新疆维吾尔自治区人民政府12月27日发布 … 设立和康县 … 和康县由和田地区管辖",
  },
];
