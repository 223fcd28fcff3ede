/**
 * Excel data-type values as arguments. The metadata sets allowCustomDataForDataTypeAny,
 * so Excel hands such cells over as Excel.CellValue objects ({ type, basicValue, … },
 * the shapes of @types/office-js): a formatted number, a String/Boolean/Double value,
 * an entity, a linked entity (stocks, geography), a web image, an array. Each is read
 * through its basicValue; one with nothing to compute with is a #VALUE! with a message.
 */
import {
  category,
  normalize,
  paired,
  quota,
  rate,
  share,
  supporters,
} from "../../src/functions/functions";

const CHINESE = /[\u3400-\u9fff]/;

// The shapes Excel sends, as typed by Excel.FormattedNumberCellValue, Excel.DoubleCellValue …
const formattedPercent = (value: number) => ({
  type: "FormattedNumber",
  basicType: "Double",
  basicValue: value,
  numberFormat: "0.0%",
});
const formattedAmount = (value: number) => ({
  type: "Double",
  basicType: "Double",
  basicValue: value,
  numberFormat: "#,##0.00",
});
const text = (value: string) => ({ type: "String", basicType: "String", basicValue: value });
const EMPTY = { type: "Empty", basicType: "Empty", basicValue: "" };
const ENTITY = {
  type: "Entity",
  text: "北京市",
  basicType: "Error",
  basicValue: "#VALUE!",
  properties: {
    名称: { type: "String", basicValue: "北京市" },
    人口: { type: "Double", basicValue: 2189.3 },
  },
};
const GEOGRAPHY = {
  type: "LinkedEntity",
  text: "Zhejiang",
  basicType: "Error",
  basicValue: "#VALUE!",
  id: { entityId: "4d6e0b6e", domainId: "Geography", serviceId: 268, culture: "en-US" },
};
const PICTURE = {
  type: "WebImage",
  address: "https://example.invalid/a.png",
  altText: "",
  basicType: "Error",
  basicValue: "#VALUE!",
};
const ARRAY = {
  type: "Array",
  elements: [[{ type: "Double", basicValue: 1 }]],
  basicType: "Error",
  basicValue: "#VALUE!",
};
const ENTITY_WITHOUT_TEXT = { type: "Entity", properties: {} };

function expectError(cell: unknown, code: string): CustomFunctions.Error {
  expect(cell).toBeInstanceOf(CustomFunctions.Error);
  const error = cell as CustomFunctions.Error;
  expect(error.code).toBe(code);
  return error;
}

/** Assert a cell is #VALUE! with a Chinese message naming each fragment and never "[object Object]". */
function expectDataTypeError(cell: unknown, ...fragments: string[]): void {
  const error = expectError(cell, "#VALUE!");
  const message = String(error.message);
  expect(message).toMatch(CHINESE);
  expect(message).not.toContain("[object Object]");
  expect(message).toContain("数据类型");
  for (const fragment of fragments) expect(message).toContain(fragment);
}

/** Every cell of every result, messages included, as text. */
function everythingShown(result: unknown[][]): string[] {
  return result
    .flat()
    .flatMap((cell) =>
      cell instanceof CustomFunctions.Error
        ? [cell.code, String(cell.message ?? "")]
        : [String(cell)]
    );
}

describe("values with a basicValue are read through it", () => {
  test("formatted numbers are figures for AID.RATE", () => {
    expect(rate([[formattedAmount(40)]], [[formattedAmount(10)]])).toEqual([[0.25]]);
    expect(rate([[formattedPercent(0.5)]], [[formattedPercent(0.25)]])).toEqual([[0.5]]);
  });

  test("a percentage as a formatted number is a ratio for AID.QUOTA", () => {
    const [[value]] = quota([[formattedAmount(1000)]], [[formattedPercent(0.02)]]);
    expect(value).toBeCloseTo(20, 12);
  });

  test("formatted amounts and a formatted total give shares", () => {
    const result = share([[formattedAmount(1)], [formattedAmount(3)]]);
    expect(result).toEqual([[0.25], [0.75]]);
    expect(share([[1], [3]], [[formattedAmount(8)]])).toEqual([[0.125], [0.375]]);
  });

  test("String values are names for AID.PAIRED, AID.NORMALIZE and AID.CATEGORY", () => {
    expect(paired([[text("深圳")]], [[text("喀什市")]])).toEqual([[true]]);
    expect(normalize([[text("库车县")]])).toEqual([["库车市"]]);
    expect(category([[text("房建")]])).toEqual([["房屋建设"]]);
    expect(supporters([[text("昌吉州")]])).toEqual([["福建省"], ["山西省"]]);
  });

  test("a programme given as a String value selects that table", () => {
    const programme = text("汶川") as unknown as string;
    expect(paired([["山东"]], [["北川县"]], programme)).toEqual([[true]]);
  });

  test("an Empty value is an empty cell", () => {
    expect(rate([[EMPTY]], [[EMPTY]])).toEqual([[""]]);
    expect(normalize([[EMPTY]])).toEqual([[""]]);
    expect(share([[1], [3]], [[EMPTY]])).toEqual([[0.25], [0.75]]);
  });

  test("a Boolean value is a boolean, not a number", () => {
    expectError(
      rate([[{ type: "Boolean", basicType: "Boolean", basicValue: true }]], [[1]])[0][0],
      "#VALUE!"
    );
  });

  test("an Error value passes through as its error, with or without a basicValue", () => {
    const divZero = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    expectError(rate([[divZero]], [[5]])[0][0], "#DIV/0!");
    expectError(rate([[{ type: "Error", errorType: "Div0" }]], [[5]])[0][0], "#DIV/0!");
    expectError(normalize([[{ type: "Error", errorType: "NotAvailable" }]])[0][0], "#N/A");
    expectError(paired([[{ type: "Error", errorType: "Num" }]], [["喀什市"]])[0][0], "#NUM!");
  });
});

describe("data types with nothing to compute with", () => {
  test("an entity gives #VALUE! naming what the cell shows", () => {
    expectDataTypeError(normalize([[ENTITY]])[0][0], "北京市");
    expectDataTypeError(rate([[ENTITY]], [[5]])[0][0], "北京市");
    expectDataTypeError(rate([[10]], [[ENTITY]])[0][0], "北京市");
  });

  test("a linked entity (geography, stocks) gives #VALUE! naming it", () => {
    expectDataTypeError(paired([[GEOGRAPHY]], [["阿克苏市"]])[0][0], "Zhejiang");
    expectDataTypeError(category([[GEOGRAPHY]])[0][0], "Zhejiang");
  });

  test("a picture, an array or an entity without text gives #VALUE! naming its type", () => {
    expectDataTypeError(normalize([[PICTURE]])[0][0], "WebImage");
    expectDataTypeError(normalize([[ARRAY]])[0][0], "Array");
    expectDataTypeError(normalize([[ENTITY_WITHOUT_TEXT]])[0][0], "Entity");
  });

  test("an entity in a range spoils only its own cell", () => {
    const result = rate([[10], [ENTITY], [40]], [[5], [5], [10]]);
    expect(result[0][0]).toBeCloseTo(0.5, 12);
    expectDataTypeError(result[1][0], "北京市");
    expect(result[2][0]).toBeCloseTo(0.25, 12);
    expect(normalize([["库车县"], [GEOGRAPHY]])[0][0]).toBe("库车市");
  });

  test("an entity among AID.SHARE's amounts makes every share an error, its own naming it", () => {
    const result = share([[1], [ENTITY], [3]]);
    for (const row of result) expectError(row[0], "#VALUE!");
    expectDataTypeError(result[1][0], "北京市");
  });

  test("an entity as AID.SHARE's total or AID.QUOTA's ratio is #VALUE!, not 'left out'", () => {
    for (const row of share([[1], [3]], [[ENTITY]])) expectDataTypeError(row[0], "北京市");
    expectDataTypeError(quota([[1000]], [[ENTITY]])[0][0], "北京市");
  });

  test("an entity as the one cell of AID.SUPPORTERS or as the programme is #VALUE!", () => {
    expectDataTypeError(supporters([[ENTITY]])[0][0], "北京市");
    expectDataTypeError(paired([["山东"]], [["北川县"]], ENTITY as unknown as string)[0][0]);
  });

  test("no result or message of any function ever shows [object Object]", () => {
    const shapes: unknown[] = [ENTITY, GEOGRAPHY, PICTURE, ARRAY, ENTITY_WITHOUT_TEXT, {}];
    for (const shape of shapes) {
      const results = [
        rate([[shape]], [[1]]),
        rate([[1]], [[shape]]),
        share([[shape], [1]]),
        share([[1]], [[shape]]),
        quota([[shape]]),
        paired([[shape]], [["喀什市"]]),
        supporters([[shape]]),
        normalize([[shape]]),
        category([[shape]]),
      ];
      for (const result of results)
        for (const shown of everythingShown(result)) expect(shown).not.toContain("[object Object]");
    }
  });
});

describe("the data-type message follows Office's display language", () => {
  const holder = globalThis as unknown as { Office?: unknown };
  afterEach(() => {
    delete holder.Office;
  });

  test("with en-US it is English and names the entity", () => {
    holder.Office = { context: { displayLanguage: "en-US" } };
    const error = expectError(normalize([[GEOGRAPHY]])[0][0], "#VALUE!");
    expect(error.message).toContain("Zhejiang");
    expect(error.message).toMatch(/data type/);
    expect(error.message).not.toMatch(CHINESE);
  });
});
