import { localeFor, messages, type Locale } from "../../src/core/i18n";
import type { Problem, Quantity } from "../../src/core/problems";

type Samples = { readonly [K in Problem["problem"]]: readonly Extract<Problem, { problem: K }>[] };

/** At least one Problem of every kind; the type makes a new kind fail to compile until it has a sample. */
const SAMPLES: Samples = {
  missing: [{ problem: "missing", what: "planned" }],
  "not-a-number": [{ problem: "not-a-number", what: "amount", text: "十二万" }],
  "cell-error": [{ problem: "cell-error", code: "#DIV/0!" }],
  negative: [{ problem: "negative", what: "revenue", value: -3.5 }],
  "division-by-zero": [{ problem: "division-by-zero", what: "total" }],
  "unknown-place": [
    { problem: "unknown-place", name: "阿克陶市", suggestions: ["阿克陶县", "阿克苏市"] },
    { problem: "unknown-place", name: "火星县", suggestions: [] },
  ],
  "ambiguous-place": [
    { problem: "ambiguous-place", name: "喀什", readings: ["喀什地区", "喀什市"] },
  ],
  "not-in-programme": [
    { problem: "not-in-programme", name: "重庆", programme: "19省市对口支援新疆（2010年新一轮）" },
  ],
  "unknown-category": [
    { problem: "unknown-category", text: "基层建设", suggestions: ["基层阵地建设"] },
    { problem: "unknown-category", text: "火箭", suggestions: [] },
  ],
  "unknown-programme": [{ problem: "unknown-programme", text: "援藏" }],
  "data-type": [{ problem: "data-type", text: "北京市" }],
};

const PROBLEMS: Problem[] = Object.values(SAMPLES).flat();
const QUANTITIES: Quantity[] = ["planned", "done", "amount", "total", "revenue", "ratio"];
const LOCALES: Locale[] = ["zh-CN", "en"];
const HAN = /[\u4e00-\u9fff]/;

/** The words of a problem a reader needs to see in its message. */
function involved(p: Problem, locale: Locale): string[] {
  switch (p.problem) {
    case "missing":
    case "division-by-zero":
      return [messages(locale).quantity[p.what]];
    case "not-a-number":
      return [messages(locale).quantity[p.what], p.text];
    case "negative":
      return [messages(locale).quantity[p.what], String(p.value)];
    case "cell-error":
      return [p.code];
    case "unknown-place":
      return [p.name, ...p.suggestions];
    case "ambiguous-place":
      return [p.name, ...p.readings];
    case "not-in-programme":
      return [p.name, p.programme];
    case "unknown-category":
      return [p.text, ...p.suggestions];
    case "unknown-programme":
    case "data-type":
      return [p.text];
  }
}

describe("problem messages", () => {
  test.each(LOCALES.flatMap((locale) => PROBLEMS.map((p) => [locale, p.problem, p] as const)))(
    "%s has a message for %s naming what is involved",
    (locale, _kind, p) => {
      const text = messages(locale).problem(p);
      expect(text.trim().length).toBeGreaterThan(0);
      for (const word of involved(p, locale)) expect(text).toContain(word);
    }
  );

  test.each(PROBLEMS.map((p) => [p.problem, p] as const))(
    "the zh-CN message for %s is in Chinese",
    (_kind, p) => {
      expect(messages("zh-CN").problem(p)).toMatch(HAN);
    }
  );

  test("the two languages say different things", () => {
    for (const p of PROBLEMS)
      expect(messages("en").problem(p)).not.toBe(messages("zh-CN").problem(p));
  });

  test("unknown-programme names the programmes that exist", () => {
    for (const locale of LOCALES) {
      const text = messages(locale).problem({ problem: "unknown-programme", text: "援藏" });
      for (const id of ["xinjiang-2010", "wenchuan-2008", "xinjiang-universities-2006"])
        expect(text).toContain(id);
    }
  });
});

describe("quantities and lists", () => {
  test.each(LOCALES.map((l) => [l]))("%s names every quantity, each differently", (locale) => {
    const labels = QUANTITIES.map((q) => messages(locale as Locale).quantity[q]);
    for (const label of labels) expect(label.trim().length).toBeGreaterThan(0);
    expect(new Set(labels).size).toBe(QUANTITIES.length);
  });

  test("zh-CN quantity labels are Chinese", () => {
    for (const q of QUANTITIES) expect(messages("zh-CN").quantity[q]).toMatch(HAN);
  });

  test("both languages have the same quantity keys", () => {
    expect(Object.keys(messages("en").quantity).sort()).toEqual(
      Object.keys(messages("zh-CN").quantity).sort()
    );
  });

  test("lists are joined with 、 in Chinese and commas in English", () => {
    expect(messages("zh-CN").list(["福建省", "山西省"])).toBe("福建省、山西省");
    expect(messages("en").list(["福建省", "山西省"])).toMatch(/^福建省,\s*山西省$/);
  });
});

describe("localeFor", () => {
  test.each([
    ["zh-CN", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-HK", "zh-CN"],
    ["zh", "zh-CN"],
    ["ZH-cn", "zh-CN"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    [undefined, "zh-CN"],
    [null, "zh-CN"],
    ["", "zh-CN"],
  ])("%j gives %s", (tag, locale) => {
    expect(localeFor(tag)).toBe(locale);
  });

  test("a tag that merely starts with the letters zh is not Chinese", () => {
    expect(localeFor("zha")).toBe("en");
  });
});
