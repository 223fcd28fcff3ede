import {
  DEFAULT_PROGRAMME,
  PROGRAMMES,
  findProgramme,
  programmeById,
} from "../../src/core/programmes";

describe("findProgramme", () => {
  test.each([["xinjiang-2010"], ["wenchuan-2008"], ["xinjiang-universities-2006"]])(
    "finds %s by its id",
    (id) => {
      expect(findProgramme(id)?.id).toBe(id);
    }
  );

  test.each([
    ["汶川", "wenchuan-2008"],
    ["汶川地震灾后恢复重建", "wenchuan-2008"],
    ["一省帮一重灾县", "wenchuan-2008"],
    ["援疆学科建设计划", "xinjiang-universities-2006"],
    ["对口援疆", "xinjiang-2010"],
    ["19省市对口支援新疆", "xinjiang-2010"],
  ])("finds %s by its Chinese name", (name, id) => {
    expect(findProgramme(name)?.id).toBe(id);
  });

  test("finds each programme by its full Chinese and English titles", () => {
    for (const table of PROGRAMMES) {
      expect(findProgramme(table.title["zh-CN"])).toBe(table);
      expect(findProgramme(table.title.en)).toBe(table);
    }
  });

  test.each([[" 汶 川 "], ["WENCHUAN-2008"], ["Wenchuan"], ["汶川\n"]])(
    "ignores case, spaces and line breaks in %j",
    (typed) => {
      expect(findProgramme(typed)?.id).toBe("wenchuan-2008");
    }
  );

  test.each([[""], ["   "], [null], [undefined]])(
    "a blank cell %j means xinjiang-2010",
    (value) => {
      expect(findProgramme(value)?.id).toBe("xinjiang-2010");
      expect(DEFAULT_PROGRAMME).toBe("xinjiang-2010");
    }
  );

  test.each([["西藏"], ["xinjiang-2011"], [2010], [true]])("%j is not a programme", (value) => {
    expect(findProgramme(value)).toBeUndefined();
  });
});

describe("programmeById", () => {
  test("returns the table with that id", () => {
    expect(programmeById("wenchuan-2008").pairs.length).toBeGreaterThan(0);
    expect(programmeById("wenchuan-2008").id).toBe("wenchuan-2008");
  });
});
