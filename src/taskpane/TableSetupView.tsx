/**
 * The detected table, open to correction: the header row and each column's role.
 */
import * as React from "react";
import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { messages } from "../core/i18n";
import { ROLES, type Role } from "../core/validate/roles";
import { listStrings } from "./list-strings";
import { usePane } from "./pane-context";
import type { TableSetup } from "./useTableSetup";

const useStyles = makeStyles({
  columns: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  details: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

const NONE = "-";

/**
 * The header row as a number field (a native number input: arrows and typing, role
 * spinbutton). A row out of the sheet or half typed is kept as typed and not applied;
 * leaving the field shows the row in use again. Fluent's SpinButton did the same at some
 * 2 KB more of the pane's first paint.
 */
function HeaderRowInput({ setup }: { setup: TableSetup }): React.ReactElement {
  const [draft, setDraft] = React.useState<string | undefined>(undefined);
  const range = setup.headerRowRange;
  const current = setup.headerRow === undefined ? "" : String(setup.headerRow);
  return (
    <Input
      type="number"
      inputMode="numeric"
      min={range?.min}
      max={range?.max}
      step={1}
      value={draft ?? current}
      onChange={(_, data) => {
        setDraft(data.value);
        const value = Number(data.value);
        if (data.value.trim() !== "" && Number.isInteger(value) && range)
          if (value >= range.min && value <= range.max) setup.setHeaderRow(value);
      }}
      onBlur={() => setDraft(undefined)}
    />
  );
}

/** Show the header row and column roles with controls to correct them. */
export function TableSetupView({ setup }: { setup: TableSetup }): React.ReactElement | null {
  const { strings, locale } = usePane();
  const styles = useStyles();
  const roleNames = messages(locale).role;
  if (!setup.shape) return null;
  const labelled = setup.columns.filter((c) => c.header || c.role);
  return (
    <details className={styles.details} open={setup.headerRow === undefined}>
      <summary className={styles.summary}>
        {listStrings(locale).headerSummary(
          setup.headerRow,
          Object.keys(setup.roleColumns).length,
          labelled.length
        )}
      </summary>
      <Field label={strings.headerRow}>
        <HeaderRowInput setup={setup} />
      </Field>
      <div className={styles.columns} role="group" aria-label={strings.columns}>
        {labelled.map((column) => {
          const label = strings.columnRole(column.letter, column.header);
          return (
            <Field key={column.index} label={label} size="small">
              <Select
                size="small"
                value={column.role ?? NONE}
                onChange={(_, data) =>
                  setup.setRole(
                    column.index,
                    data.value === NONE ? undefined : (data.value as Role)
                  )
                }
              >
                <option value={NONE}>{strings.noRole}</option>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {roleNames[role]}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </details>
  );
}
