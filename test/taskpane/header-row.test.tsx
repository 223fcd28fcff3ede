/** @jest-environment jsdom */
/**
 * The header row field of the detected table (src/taskpane/TableSetupView.tsx) as a user
 * types in it: a row inside the sheet is applied as typed, a half-typed or out-of-sheet
 * number is left as typed without moving the header, and leaving the field shows the row
 * in use again.
 */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ExcelHost } from "../../src/excel";
import { makePane, PaneContext } from "../../src/taskpane/pane-context";
import { TableSetupView } from "../../src/taskpane/TableSetupView";
import type { TableSetup } from "../../src/taskpane/useTableSetup";

/** The view over a table whose header may sit on rows 1 to 20, holding the row as useTableSetup does. */
function Setup({ applied }: { applied: number[] }): React.ReactElement {
  const [headerRow, setHeaderRow] = React.useState(2);
  const setup: TableSetup = {
    loading: false,
    error: undefined,
    shape: { name: "项目表", origin: { row: 0, column: 0 }, rows: 20, columns: 2 },
    headerRow,
    headerRowRange: { min: 1, max: 20 },
    columns: [
      { index: 0, letter: "A", header: "支援方", role: "supporter" },
      { index: 1, letter: "B", header: "受援方", role: "recipient" },
    ],
    setHeaderRow: (row) => {
      applied.push(row);
      setHeaderRow(row);
    },
    setRole: () => undefined,
    roleColumns: { supporter: "A", recipient: "B" },
    shareColumns: {},
    keys: undefined,
    reload: () => undefined,
  };
  // The view reads only the locale and strings; no host call is made.
  const pane = makePane({} as ExcelHost, "zh-CN");
  return (
    <PaneContext.Provider value={pane}>
      <TableSetupView setup={setup} />
    </PaneContext.Provider>
  );
}

test("a row inside the sheet is applied; a half-typed or outside one waits; leaving shows the row in use", async () => {
  const applied: number[] = [];
  render(<Setup applied={applied} />);
  const field = screen.getByRole("spinbutton", { name: "表头所在行" }) as HTMLInputElement;
  expect(field.value).toBe("2");

  await act(async () => {
    fireEvent.change(field, { target: { value: "5" } });
  });
  expect(applied).toEqual([5]);
  expect(field.value).toBe("5");

  // Cleared to type another number: nothing applied, the field stays empty while focused.
  await act(async () => {
    fireEvent.change(field, { target: { value: "" } });
  });
  expect(field.value).toBe("");
  await act(async () => {
    fireEvent.change(field, { target: { value: "99" } });
  });
  expect(applied).toEqual([5]);
  expect(field.value).toBe("99");

  await act(async () => {
    fireEvent.blur(field);
  });
  expect(field.value).toBe("5");
});
