/**
 * Choose the sheet to work on.
 */
import * as React from "react";
import { Caption1, Field, Select } from "@fluentui/react-components";
import { followStrings } from "./follow-strings";
import { usePane } from "./pane-context";
import type { Sheets } from "./useSheets";

/**
 * A labelled dropdown of the sheets a user can check (hidden sheets and AID's own
 * left out). It follows the active sheet; when that is one of AID's own sheets it
 * says so rather than quietly checking another one.
 */
export function SheetPicker({ sheets }: { sheets: Sheets }): React.ReactElement {
  const { strings, locale } = usePane();
  const follow = followStrings(locale);
  return (
    <>
      <Field
        label={strings.sheet}
        validationMessage={sheets.error}
        validationState={sheets.error ? "error" : "none"}
      >
        <Select
          value={sheets.current ?? ""}
          onChange={(_, data) => data.value && sheets.choose(data.value)}
        >
          {/* The prompt while no sheet is chosen; not a choice itself. */}
          {!sheets.current && (
            <option value="" disabled>
              {sheets.names.length > 0 ? follow.chooseSheet : strings.noSheet}
            </option>
          )}
          {sheets.names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      {sheets.activeOwn && !sheets.current && (
        <Caption1 role="status" data-testid="active-own">
          {follow.activeIsOwn(sheets.activeOwn)}
        </Caption1>
      )}
    </>
  );
}
