import { categoryNames, resolveCategory, resolveMode } from "../../src/core/categories";
import reference from "../fixtures/reference/categories.json";

interface RefCategory {
  readonly name: string;
  readonly sourceText: string;
  readonly synonymsFromPractice?: readonly string[];
}

const categories: { taxonomy: string; category: RefCategory }[] = reference.taxonomies.flatMap(
  (taxonomy) =>
    (taxonomy.categories as readonly RefCategory[]).map((category) => ({
      taxonomy: taxonomy.id,
      category,
    }))
);

function resolvedName(typed: string): string | undefined {
  const resolution = resolveCategory(typed);
  return resolution.kind === "found" ? resolution.name : undefined;
}

describe("resolveCategory: the document's vocabularies", () => {
  test.each(categories.map(({ taxonomy, category }) => [category.name, taxonomy]))(
    "the category name %s (%s) resolves to itself and names its vocabulary",
    (name, taxonomy) => {
      const resolution = resolveCategory(name);
      expect(resolution.kind).toBe("found");
      if (resolution.kind !== "found") return;
      expect(resolution.name).toBe(name);
      expect(resolution.taxonomies).toContain(taxonomy);
    }
  );

  test.each(categories.map(({ category }) => [category.sourceText, category.name]))(
    "the source wording %s resolves to %s",
    (sourceText, name) => {
      expect(resolvedName(sourceText)).toBe(name);
    }
  );

  const synonyms = categories.flatMap(({ category }) =>
    (category.synonymsFromPractice ?? []).map((synonym) => [
      synonym,
      // 教育卫生 is itself a category of the 2010 pilot, so it is never read as a variant of another.
      categories.some((c) => c.category.name === synonym) ? synonym : category.name,
    ])
  );
  test.each(synonyms)("the synonym from practice %s resolves to %s", (synonym, name) => {
    expect(resolvedName(synonym)).toBe(name);
  });

  test("教育卫生 is the 2010 pilot category, not 社会发展", () => {
    expect(resolveCategory("教育卫生")).toMatchObject({
      kind: "found",
      name: "教育卫生",
      taxonomies: ["xinjiang-pilot-2010"],
    });
  });

  test("房屋建设 belongs to both Xinjiang vocabularies", () => {
    const resolution = resolveCategory("房屋建设");
    expect(resolution.kind === "found" && [...resolution.taxonomies].sort()).toEqual([
      "xinjiang-pilot-2010",
      "xinjiang-plan-2011-2015",
    ]);
  });

  test("every standard name is listed once", () => {
    const names = categoryNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(categories.map((c) => c.category.name)));
  });
});

describe("resolveCategory: forms people type", () => {
  test.each([
    ["其他"],
    ["其它"],
    ["其他类"],
    ["其它类"],
    ["其它类项目"],
    ["其他类项目"],
    ["其他项目"],
  ])("%s is 其它", (typed) => {
    expect(resolvedName(typed)).toBe("其它");
  });

  test.each([
    ["房屋建设项目", "房屋建设"],
    ["水利类项目", "水利"],
    ["水利类", "水利"],
    ["水利项目", "水利"],
    ["房建", "房屋建设"],
    ["房 建", "房屋建设"],
    ["社会发展类", "社会发展"],
    ["城镇基础设施类项目", "城镇基础设施"],
    ["教育卫生类", "教育卫生"],
    ["双方协商的其它内容", "双方协商的其他内容"],
  ])("the decorated or variant form %j is %s", (typed, name) => {
    expect(resolvedName(typed)).toBe(name);
  });

  test.each([
    ["基层建设", "基层阵地建设"],
    ["水利工程", "水利"],
    ["城镇住房", "城乡居民住房"],
    ["公共服务", "公共服务设施"],
  ])("unknown text %s suggests %s", (typed, near) => {
    const resolution = resolveCategory(typed);
    expect(resolution.kind).toBe("unknown");
    expect(resolution.kind === "unknown" && resolution.suggestions).toContain(near);
  });

  test("suggestions are standard category names only", () => {
    const resolution = resolveCategory("住房");
    const all = categoryNames();
    expect(
      resolution.kind === "unknown" && resolution.suggestions.every((s) => all.includes(s))
    ).toBe(true);
  });

  test("an aid mode is not a project category", () => {
    expect(resolveCategory("交钥匙").kind).toBe("unknown");
  });
});

describe("resolveMode", () => {
  test.each(reference.modes.values.map((m) => [m.name]))("%s is an aid mode", (name) => {
    expect(resolveMode(name)).toMatchObject({ kind: "found", name });
  });

  test.each([
    ["交钥匙项目", "交钥匙"],
    ["交 钥匙", "交钥匙"],
    ["共建项目", "共建"],
  ])("%s is %s", (typed, name) => {
    expect(resolveMode(typed)).toMatchObject({ kind: "found", name });
  });

  test("a near miss suggests the mode", () => {
    const resolution = resolveMode("钥匙");
    expect(resolution.kind).toBe("unknown");
    expect(resolution.kind === "unknown" && resolution.suggestions).toContain("交钥匙");
  });

  test("two modes joined are no mode: a project is built one way", () => {
    expect(resolveMode("交钥匙和交支票").kind).toBe("unknown");
  });

  test("a project category is not an aid mode", () => {
    expect(resolveMode("房建").kind).toBe("unknown");
  });
});

describe("the current national 援疆 categories (issue 9)", () => {
  test.each([
    ["智力支援类", "智力支援"],
    ["智力支援类项目", "智力支援"],
    ["智力支援", "智力支援"],
    ["产业支援促进就业类", "产业支援促进就业"],
    ["产业支援类", "产业支援促进就业"],
    ["产业支援促进就业援疆", "产业支援促进就业"],
    ["保障和改善民生类", "保障和改善民生"],
    ["保障和改善民生类项目", "保障和改善民生"],
    ["促进各民族交往交流交融类", "交往交流交融"],
    ["交往交流交融类项目", "交往交流交融"],
    ["文化教育支援类", "文化教育"],
    ["文化教育援疆项目", "文化教育"],
    ["文化教育", "文化教育"],
  ])("%s is %s", (typed, name) => {
    expect(resolveCategory(typed)).toMatchObject({
      kind: "found",
      name,
      taxonomies: ["xinjiang-national-2022"],
    });
  });

  test("a suffix does not make a known category unknown, in any order", () => {
    expect(resolvedName("城镇基础设施项目")).toBe("城镇基础设施");
    expect(resolvedName("文化教育援疆类项目")).toBe("文化教育");
    expect(resolvedName("房屋建设援疆项目")).toBe("房屋建设");
  });

  test("the seed's vocabularies keep their own names beside the national ones", () => {
    expect(resolvedName("产业发展")).toBe("产业发展");
    expect(resolvedName("人才培训")).toBe("人才培训");
  });

  test("城乡住房, as 阿坝州 publishes its housing reconstruction, is 城乡居民住房", () => {
    expect(resolveCategory("城乡住房")).toMatchObject({
      kind: "found",
      name: "城乡居民住房",
      taxonomies: ["wenchuan-2008-content"],
    });
  });

  test("城乡住房及城镇基础设施项目 is two known categories, not an unknown one", () => {
    const resolution = resolveCategory("城乡住房及城镇基础设施项目");
    expect(resolution).toMatchObject({
      kind: "found",
      name: "城乡居民住房及城镇基础设施",
      parts: ["城乡居民住房", "城镇基础设施"],
    });
    expect(resolution.kind === "found" && [...resolution.taxonomies].sort()).toEqual([
      "wenchuan-2008-content",
      "xinjiang-pilot-2010",
    ]);
    // Written without the suffix, with another joiner or with each part decorated: the same category.
    for (const typed of [
      "城乡住房及城镇基础设施",
      "城乡住房和城镇基础设施类",
      "城乡住房、城镇基础设施项目",
    ])
      expect(resolvedName(typed)).toBe("城乡居民住房及城镇基础设施");
  });

  test.each([
    ["房屋建设项目及社会发展项目", "房屋建设及社会发展"],
    ["教育卫生和水利", "教育卫生及水利"],
    ["房建及住房建设", "房屋建设"],
  ])("the compound %s is %s", (typed, name) => {
    expect(resolvedName(typed)).toBe(name);
  });

  test.each([["水利和交通"], ["水利及"], ["及水利"], ["房建、社会发展、水利、教育卫生、产业发展"]])(
    "%s is no compound of known categories",
    (typed) => {
      expect(resolveCategory(typed).kind).toBe("unknown");
    }
  );

  test("a category whose own name holds 和 or 与 stays one category", () => {
    const resolution = resolveCategory("保障和改善民生类项目");
    expect(resolution).toMatchObject({ kind: "found", name: "保障和改善民生" });
    expect(resolution).not.toHaveProperty("parts");
    expect(resolvedName("物资与人员支持")).toBe("物资与人员支持");
    expect(resolvedName("规划设计与咨询服务项目")).toBe("规划设计与咨询服务");
  });

  test("a very long text is unknown without being worked on character by character", () => {
    expect(resolveCategory("项目".repeat(5000)).kind).toBe("unknown");
  });
});
