/**
 * The custom-functions metadata as the build makes it, without webpack:
 * custom-functions-metadata reads the JSDoc of src/functions/functions.ts (what
 * custom-functions-metadata-plugin does), then scripts/functions-metadata.cjs
 * finishes it and writes the zh-CN translation (what FunctionsMetadataLocalesPlugin does).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import * as functionsModule from "../../src/functions/functions";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string; dimensionality?: string };
}

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

type Dictionary = Record<
  string,
  { description: string; parameters: Record<string, { name: string; description: string }> }
>;

interface GenerateResult {
  metadataJson: string;
  associate: { functionName: string; id: string }[];
  errors: string[];
}

const ROOT = path.join(__dirname, "..", "..");
const SOURCE = "src/functions/functions.ts";

const { generateCustomFunctionsMetadata } = require("custom-functions-metadata") as {
  generateCustomFunctionsMetadata: (
    input: string,
    wantConsoleOutput?: boolean
  ) => Promise<GenerateResult>;
};
const { finish, localize, dictionaryFor } = require(
  path.join(ROOT, "scripts", "functions-metadata.cjs")
) as {
  finish: (metadata: unknown) => Metadata;
  localize: (metadata: Metadata, dictionary: Dictionary, locale: string) => Metadata;
  dictionaryFor: (locale: string) => Dictionary;
};

const EXPECTED = [
  ["AIDRATE", "RATE", "rate"],
  ["AIDSHARE", "SHARE", "share"],
  ["AIDQUOTA", "QUOTA", "quota"],
  ["AIDPAIRED", "PAIRED", "paired"],
  ["AIDSUPPORTERS", "SUPPORTERS", "supporters"],
  ["AIDRECIPIENTS", "RECIPIENTS", "recipients"],
  ["AIDNORMALIZE", "NORMALIZE", "normalize"],
  ["AIDCATEGORY", "CATEGORY", "category"],
] as const;

// Ids must not collide with Excel's own functions: Excel matches ids, not the =AID.x names.
const EXCEL_BUILTINS = [
  "RATE",
  "SUM",
  "NORMALIZE",
  "STANDARDIZE",
  "NORM.DIST",
  "COUNT",
  "AVERAGE",
  "INDEX",
  "MATCH",
  "TEXT",
  "VALUE",
  "PMT",
  "NPV",
  "IRR",
];

const OPTIONAL = new Set(["total", "ratio", "programme"]);
const CHINESE = /[\u3400-\u9fff]/;

let generated: GenerateResult;
let english: Metadata;
let chinese: Metadata;
let dictionary: Dictionary;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const byId = (metadata: Metadata, id: string) => {
  const fn = metadata.functions.find((f) => f.id === id);
  if (!fn) throw new Error(`no function ${id}`);
  return fn;
};

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(path.join(ROOT, SOURCE), true);
  english = finish(JSON.parse(generated.metadataJson));
  dictionary = dictionaryFor("zh-CN");
  chinese = localize(english, dictionary, "zh-CN");
}, 60_000);

describe("generated English metadata", () => {
  test("generates without errors", () => {
    expect(generated.errors).toEqual([]);
    expect(generated.metadataJson.length).toBeGreaterThan(0);
  });

  test("has exactly the eight AID functions with prefixed ids and plain names", () => {
    expect(english.functions.map((f) => [f.id, f.name])).toEqual(
      EXPECTED.map(([id, name]) => [id, name])
    );
  });

  test("every function of functions.ts is associated with its id", () => {
    expect(generated.associate.map((a) => [a.functionName, a.id])).toEqual(
      EXPECTED.map(([id, , fn]) => [fn, id])
    );
    const exported = Object.entries(functionsModule)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    expect(exported).toEqual(EXPECTED.map(([, , fn]) => fn).sort());
  });

  test("no id equals a built-in Excel function name or its own display name", () => {
    for (const fn of english.functions) {
      expect(fn.id.startsWith("AID")).toBe(true);
      expect(fn.id).not.toBe(fn.name);
      expect(EXCEL_BUILTINS).not.toContain(fn.id.toUpperCase());
    }
  });

  test("every range-capable parameter is a matrix; programme is a scalar string", () => {
    for (const fn of english.functions)
      for (const p of fn.parameters) {
        if (p.name === "programme") {
          expect(p.dimensionality ?? "scalar").toBe("scalar");
          expect(p.type).toBe("string");
        } else {
          expect([fn.id, p.name, p.dimensionality]).toEqual([fn.id, p.name, "matrix"]);
          expect([fn.id, p.name, p.type]).toEqual([fn.id, p.name, "any"]);
        }
      }
  });

  test("every result is a matrix", () => {
    for (const fn of english.functions)
      expect([fn.id, fn.result?.dimensionality]).toEqual([fn.id, "matrix"]);
  });

  test("total, ratio and programme are optional, everything else required", () => {
    for (const fn of english.functions)
      for (const p of fn.parameters)
        expect([fn.id, p.name, p.optional === true]).toEqual([fn.id, p.name, OPTIONAL.has(p.name)]);
    expect(byId(english, "AIDSHARE").parameters.map((p) => p.name)).toEqual(["amounts", "total"]);
    expect(byId(english, "AIDQUOTA").parameters.map((p) => p.name)).toEqual(["revenue", "ratio"]);
    expect(byId(english, "AIDPAIRED").parameters.map((p) => p.name)).toEqual([
      "supporter",
      "recipient",
      "programme",
    ]);
  });

  test("allowErrorForDataTypeAny is true so one error cell does not blank a whole range", () => {
    expect(english.allowErrorForDataTypeAny).toBe(true);
    expect(chinese.allowErrorForDataTypeAny).toBe(true);
  });

  test("allowCustomDataForDataTypeAny is set by finish(), not left to the generator's default", () => {
    // Data-type cells then arrive as Excel.CellValue objects, which lift.ts reads through basicValue.
    const generatorOutput = JSON.parse(generated.metadataJson) as Metadata;
    delete generatorOutput.allowCustomDataForDataTypeAny;
    expect(finish(generatorOutput).allowCustomDataForDataTypeAny).toBe(true);
    expect(english.allowCustomDataForDataTypeAny).toBe(true);
    expect(chinese.allowCustomDataForDataTypeAny).toBe(true);
  });

  test("every function and parameter has a description", () => {
    for (const fn of english.functions) {
      expect([fn.id, (fn.description ?? "").trim().length > 10]).toEqual([fn.id, true]);
      for (const p of fn.parameters)
        expect([fn.id, p.name, (p.description ?? "").trim().length > 0]).toEqual([
          fn.id,
          p.name,
          true,
        ]);
    }
  });

  test("every exported function in functions.ts has a JSDoc description and @customfunction tag", () => {
    const file = path.join(ROOT, SOURCE);
    const source = ts.createSourceFile(
      file,
      fs.readFileSync(file, "utf8"),
      ts.ScriptTarget.Latest,
      true
    );
    const found: string[] = [];
    source.forEachChild((node) => {
      if (!ts.isFunctionDeclaration(node) || !node.name) return;
      const exported = node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) return;
      found.push(node.name.text);
      const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
      expect([node.name.text, docs.length > 0]).toEqual([node.name.text, true]);
      const doc = docs[docs.length - 1];
      const text = ts.getTextOfJSDocComment(doc.comment) ?? "";
      expect([node.name.text, text.trim().length > 10]).toEqual([node.name.text, true]);
      const tags = (doc.tags ?? []).map((t) => t.tagName.text);
      expect([node.name.text, tags.includes("customfunction")]).toEqual([node.name.text, true]);
    });
    expect(found.sort()).toEqual(EXPECTED.map(([, , fn]) => fn).sort());
  });
});

describe("zh-CN metadata", () => {
  test("has the same ids and names in the same order", () => {
    expect(chinese.functions.map((f) => [f.id, f.name])).toEqual(
      english.functions.map((f) => [f.id, f.name])
    );
  });

  test("has the same parameter count, order, types, dimensionality and optionality", () => {
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        id: f.id,
        result: f.result,
        parameters: f.parameters.map((p) => [p.type, p.dimensionality, p.optional === true]),
      }));
    expect(shape(chinese)).toEqual(shape(english));
  });

  test("every description is translated into Chinese", () => {
    for (const fn of chinese.functions) {
      const en = byId(english, fn.id);
      expect([fn.id, fn.description]).not.toEqual([fn.id, en.description]);
      expect([fn.id, fn.description]).toEqual([fn.id, expect.stringMatching(CHINESE)]);
    }
  });

  test("every parameter description and name is translated into Chinese", () => {
    for (const fn of chinese.functions) {
      const en = byId(english, fn.id);
      fn.parameters.forEach((p, i) => {
        const where = `${fn.id} ${en.parameters[i].name}`;
        expect([where, p.description]).not.toEqual([where, en.parameters[i].description]);
        expect([where, p.description]).toEqual([where, expect.stringMatching(CHINESE)]);
        expect([where, p.name]).toEqual([where, expect.stringMatching(CHINESE)]);
      });
    }
  });

  test("the dictionary has exactly the generated ids and parameters", () => {
    expect(Object.keys(dictionary).sort()).toEqual(english.functions.map((f) => f.id).sort());
    for (const fn of english.functions)
      expect(Object.keys(dictionary[fn.id].parameters).sort()).toEqual(
        fn.parameters.map((p) => p.name).sort()
      );
  });
});

describe("the help says what a 0 means (some Excel builds pass an empty cell as 0)", () => {
  const parameter = (metadata: Metadata, id: string, index: number) =>
    byId(metadata, id).parameters[index].description ?? "";

  test.each([
    ["AIDRATE", 0, "#DIV/0!"],
    ["AIDSHARE", 1, "#DIV/0!"],
    ["AIDQUOTA", 1, "1%"],
  ] as const)(
    "%s parameter %i says what 0 gives (%s) in English and Chinese",
    (id, index, result) => {
      for (const metadata of [english, chinese]) {
        const text = parameter(metadata, id, index);
        expect([id, text]).toEqual([id, expect.stringMatching(/\b0\b/)]);
        expect([id, text]).toEqual([id, expect.stringContaining(result)]);
      }
      expect(parameter(english, id, index)).toMatch(/empty/);
      expect(parameter(chinese, id, index)).toMatch(/空/);
    }
  );

  test.each([
    ["AIDPAIRED", 0],
    ["AIDPAIRED", 1],
    ["AIDSUPPORTERS", 0],
    ["AIDRECIPIENTS", 0],
    ["AIDNORMALIZE", 0],
    ["AIDCATEGORY", 0],
  ] as const)("%s parameter %i says 0 counts as an empty cell", (id, index) => {
    expect(parameter(english, id, index)).toContain("0 counts as an empty cell");
    expect(parameter(chinese, id, index)).toContain("0 视为空单元格");
  });
});

describe("localize fails the build loudly", () => {
  test("when the dictionary lacks a function", () => {
    const broken = clone(dictionary);
    delete broken.AIDSHARE;
    expect(() => localize(english, broken, "zh-CN")).toThrow(/AIDSHARE/);
  });

  test("when the dictionary lacks a parameter", () => {
    const broken = clone(dictionary);
    delete broken.AIDPAIRED.parameters.programme;
    expect(() => localize(english, broken, "zh-CN")).toThrow(/AIDPAIRED.*programme/);
  });

  test("when the dictionary has an id the functions do not", () => {
    const broken = clone(dictionary);
    broken.AIDSUM = clone(broken.AIDRATE);
    expect(() => localize(english, broken, "zh-CN")).toThrow(/AIDSUM/);
  });
});
