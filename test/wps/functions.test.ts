/**
 * The AID functions' WPS entry points, with WPS-shaped arguments: scalars, rows,
 * flat lists, Range objects, omitted arguments and VBA error numbers give what the
 * Excel entry points give for the same cells.
 */
import * as excel from "../../src/functions/functions";
import { fromWps, toWps, WPS_FUNCTIONS } from "../../src/wps/functions";

const { RATE, SHARE, QUOTA, PAIRED, SUPPORTERS, NORMALIZE, CATEGORY } = WPS_FUNCTIONS;

test("a scalar argument gives a scalar result, as the cell shows it", () => {
  expect(RATE(10, 8)).toBe(0.8);
  expect(QUOTA(5000)).toBe(50);
  expect(PAIRED("浙江", "温宿县")).toBe(true);
  expect(CATEGORY("房建")).toBe("房屋建设");
  expect(NORMALIZE("农一师")).toBe("新疆生产建设兵团第一师");
});

test("ranges as rows, flat lists or Range objects give the Excel results", () => {
  const amounts = [[300], [100]];
  expect(SHARE(amounts)).toEqual(toWps(excel.share(amounts)));
  expect(SHARE([300, 100])).toEqual([[0.75], [0.25]]);
  const range = { Value2: [[300], [100]], Rows: { Count: 2 }, Columns: { Count: 1 } };
  expect(SHARE(range)).toEqual([[0.75], [0.25]]);
});

test("an omitted or empty optional argument is left out; errors show as their text", () => {
  expect(SHARE([[300], [100]], undefined)).toEqual([[0.75], [0.25]]);
  expect(QUOTA(5000, null)).toBe(50);
  expect(RATE(0, 8)).toBe("#DIV/0!");
  // A cell holding #N/A arrives as VBA's error number and stays that error.
  expect(RATE(-2146826246, 8)).toBe("#N/A");
  expect(CATEGORY("不存在的类别")).toBe("#N/A");
});

test("a one-cell recipient spills its supporters down a column", () => {
  expect(SUPPORTERS("温宿县")).toBe("浙江省");
  expect(fromWps(undefined)).toBeNull();
  expect(fromWps([[1, undefined]])).toEqual([[1, ""]]);
});
