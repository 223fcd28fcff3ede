/** Figures read back from AID's messages keep what the message showed. */
import { readFileSync } from "node:fs";
import { displayedFigure } from "../../src/core/displayed";
import { AID_VERSION } from "../../src/core/version";

test.each([
  ["53.0%", 0.53, "0.0%"],
  ["110.2%", 1.102, "0.0%"],
  ["-1.3%", -0.013, "0.0%"],
  ["1,234.50", 1234.5, "#,##0.00"],
  ["12,000", 12000, "#,##0"],
  ["-800", -800, "0"],
  ["141.36", 141.36, "0.00"],
  ["100%", 1, "0%"],
])("%s is %d shown with %s", (text, value, format) => {
  expect(displayedFigure(text)).toEqual({ value, format });
});

test.each(["待定", "=0.53", "53.0 %", "1,23", "", "#N/A", "1e5", "+86 138"])(
  "%s is not a figure",
  (text) => {
    expect(displayedFigure(text)).toBeNull();
  }
);

test("AID_VERSION is package.json's version", () => {
  const pkg = JSON.parse(readFileSync(`${__dirname}/../../package.json`, "utf8")) as {
    version: string;
  };
  expect(AID_VERSION).toBe(pkg.version);
});
