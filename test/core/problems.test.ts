import { isProblem } from "../../src/core/problems";

describe("isProblem", () => {
  test.each([[{ problem: "missing", what: "planned" }], [{ problem: "cell-error", code: "#N/A" }]])(
    "%j is a problem",
    (value) => {
      expect(isProblem(value)).toBe(true);
    }
  );

  test.each([
    [0.5],
    [""],
    [true],
    [null],
    [undefined],
    [["problem"]],
    [{ name: "莎车县" }],
    ["problem"],
  ])("the answer %j is not a problem", (value) => {
    expect(isProblem(value)).toBe(false);
  });
});
