/** The workbench grid shows cells roughly as Excel would for the formats AID writes. */
import { display } from "../../src/workbench/Grid";

test("a date-time cell (the report's 生成时间) shows as a date and time, not a serial number", () => {
  // 2026-12-02 17:05 as Excel's serial day count.
  const serial = Date.UTC(2026, 11, 2, 17, 5) / 86_400_000 + 25_569;
  expect(display(serial, "yyyy-mm-dd hh:mm")).toBe("2026-12-02 17:05");
  expect(display(serial, "yyyy-mm-dd")).toBe("2026-12-02");
});

test("percentages and grouped amounts keep their decimals", () => {
  expect(display(0.53, "0.0%")).toBe("53.0%");
  expect(display(12000, "#,##0")).toBe("12,000");
  expect(display(141.36, "0.00")).toBe("141.36");
});
