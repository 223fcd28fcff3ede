/**
 * Choose the sheet to work on.
 */
import * as React from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { usePane } from "./pane-context";
import type { Sheets } from "./useSheets";

/** A labelled dropdown of the workbook's sheets. */
export function SheetPicker({ sheets }: { sheets: Sheets }): React.ReactElement {
  const { strings } = usePane();
  return (
    <Field
      label={strings.sheet}
      validationMessage={sheets.error}
      validationState={sheets.error ? "error" : "none"}
    >
      <Dropdown
        value={sheets.current ?? ""}
        selectedOptions={sheets.current ? [sheets.current] : []}
        onOptionSelect={(_, data) => data.optionValue && sheets.choose(data.optionValue)}
        placeholder={strings.noSheet}
      >
        {sheets.names.map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
