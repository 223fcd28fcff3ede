/**
 * What Highlight's two fill colours mean, shown next to the Highlight button.
 */
import * as React from "react";
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_COLORS } from "../excel/highlight-words";
import type { Severity } from "../core/validate";
import { listStrings } from "./list-strings";
import { usePane } from "./pane-context";

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyle: "none",
  },
  item: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS },
  swatch: {
    display: "inline-block",
    width: "14px",
    height: "14px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** A swatch and a word per severity, in the colours Highlight fills cells with. */
export function HighlightLegend(): React.ReactElement {
  const { locale } = usePane();
  const words = listStrings(locale);
  const styles = useStyles();
  const severities: readonly Severity[] = ["error", "warning"];
  return (
    <ul className={styles.legend} aria-label={words.legend} data-testid="highlight-legend">
      <li>
        <Caption1>
          {words.legend}
          {locale === "en" ? ":" : "："}
        </Caption1>
      </li>
      {severities.map((s) => (
        <li key={s} className={styles.item} data-severity={s} data-color={HIGHLIGHT_COLORS[s]}>
          <span
            className={styles.swatch}
            style={{ backgroundColor: HIGHLIGHT_COLORS[s] }}
            aria-hidden="true"
          />
          <Caption1>{words.severity[s]}</Caption1>
        </li>
      ))}
    </ul>
  );
}
