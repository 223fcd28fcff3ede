/**
 * src/wps/om.ts declares the part of WPS's object model AID uses under Kingsoft's
 * names. This file names each of those members against wps-jsapi's declarations
 * (namespace Et): a member Kingsoft does not declare fails `npm run typecheck` (ts-jest
 * only transpiles). At run time it checks that the stand-in offers every one of them,
 * and the conversions between WPS's values and the core's.
 */
/// <reference types="wps-jsapi" />
import { bgrOf, cellValue, errorText, hexOf, mayBeError, valueRows } from "../../src/wps/values";
import { WorkbookModel } from "../../src/workbench/model";
import { makeWps } from "../../src/workbench/wps/standin";

const members = {
  range: [
    "Row",
    "Column",
    "Rows",
    "Columns",
    "Count",
    "Value2",
    "NumberFormat",
    "Text",
    "Interior",
    "Font",
    "Areas",
    "Worksheet",
    "EntireColumn",
    "ColumnWidth",
    "WrapText",
    "Address",
    "Select",
    "Activate",
    "Item",
    "Resize",
    "AutoFit",
  ] satisfies (keyof Et.EtRange)[],
  interior: ["Color", "Pattern", "PatternColor", "ColorIndex"] satisfies (keyof Et.EtInterior)[],
  font: ["Bold"] satisfies (keyof Et.EtFont)[],
  worksheet: [
    "Name",
    "CodeName",
    "Visible",
    "Index",
    "UsedRange",
    "Cells",
    "Hyperlinks",
    "ListObjects",
    "Shapes",
    "PageSetup",
    "Range",
    "Activate",
  ] satisfies (keyof Et.EtWorksheet)[],
  sheets: ["Count", "Item", "Add"] satisfies (keyof Et.EtSheets)[],
  workbook: ["Name", "Worksheets", "ActiveSheet"] satisfies (keyof Et.EtWorkbook)[],
  application: [
    "ActiveWorkbook",
    "ActiveSheet",
    "ActiveWindow",
    "Selection",
  ] satisfies (keyof Et.EtApplication)[],
  window: ["SplitRow", "SplitColumn", "FreezePanes", "ScrollRow"] satisfies (keyof Et.EtWindow)[],
  hyperlinks: ["Add"] satisfies (keyof Et.EtHyperlinks)[],
  listObjects: ["Add"] satisfies (keyof Et.EtListObjects)[],
  listObject: ["Name", "TableStyle"] satisfies (keyof Et.EtListObject)[],
  pageSetup: [
    "Orientation",
    "Zoom",
    "FitToPagesWide",
    "FitToPagesTall",
    "PrintTitleRows",
  ] satisfies (keyof Et.EtPageSetup)[],
};

test("the stand-in offers every member AID uses, under wps-jsapi's names", () => {
  const model = new WorkbookModel();
  model.addSheet("表").setValue(0, 0, 1);
  type Api = { EtApplication(): Record<string, never> };
  const app = (makeWps(model) as unknown as Api).EtApplication() as unknown as Record<string, any>;
  const book = app.ActiveWorkbook;
  const sheet = book.Worksheets.Item(1);
  const range = sheet.Range("A1:B2");
  const objects: Record<keyof typeof members, object> = {
    range,
    interior: range.Interior,
    font: range.Font,
    worksheet: sheet,
    sheets: book.Worksheets,
    workbook: book,
    application: app,
    window: app.ActiveWindow,
    hyperlinks: sheet.Hyperlinks,
    listObjects: sheet.ListObjects,
    listObject: sheet.ListObjects.Add(1, range, undefined, 1),
    pageSetup: sheet.PageSetup,
  };
  const missing = Object.entries(members).flatMap(([kind, names]) =>
    names.filter((n) => !(n in objects[kind as keyof typeof members])).map((n) => `${kind}.${n}`)
  );
  expect(missing).toEqual([]);
});

test("colours go between Office.js's #RRGGBB and ET's BGR integers both ways", () => {
  expect(bgrOf("#FFC7CE")).toBe(0xcec7ff);
  expect(hexOf(0xcec7ff)).toBe("#FFC7CE");
  expect(hexOf(255)).toBe("#FF0000");
  for (const hex of ["#000000", "#FFFFFF", "#00B050", "#0070C0"])
    expect(hexOf(bgrOf(hex))).toBe(hex);
});

test("ET's error values are told from numbers by what the cell shows", () => {
  expect(mayBeError(-2146826281)).toBe(true);
  expect(mayBeError(42)).toBe(false);
  expect(errorText("#DIV/0!")).toBe("#DIV/0!");
  expect(errorText("-2146826281")).toBeNull();
});

test("Value2 of one cell is a scalar, of several rows of values; empty cells read as ''", () => {
  expect(valueRows(5, 1, 1)).toEqual([[5]]);
  expect(
    valueRows(
      [
        [1, undefined],
        [null, "x"],
      ],
      2,
      2
    )
  ).toEqual([
    [1, ""],
    ["", "x"],
  ]);
  expect(valueRows(["a", "b"] as never, 2, 1)).toEqual([["a"], ["b"]]);
  expect(cellValue(undefined)).toBe("");
});
