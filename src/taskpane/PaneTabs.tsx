/**
 * The pane's tab strip, drawn like Fluent's small TabList and behaving as it does (the
 * WAI-ARIA tabs pattern): role tablist and tab with aria-selected, one Tab stop on the
 * selected tab, ←/→ (and Home/End) move between tabs, Enter, Space or a click selects.
 * Not Fluent's TabList itself: that one brings tabster, Fluent's focus manager, which
 * nothing else in the pane's first paint needs (some 20 KB of gzip JavaScript).
 */
import * as React from "react";
import {
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";

/** One tab: its value, its label and the test id the tests and the benchmark find it by. */
export interface PaneTab<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly testId: string;
}

const useStyles = makeStyles({
  list: { display: "flex", columnGap: tokens.spacingHorizontalXXS },
  tab: {
    position: "relative",
    display: "inline-flex",
    alignItems: "center",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    ":hover": { color: tokens.colorNeutralForeground2Hover },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    "::after": {
      content: '""',
      position: "absolute",
      bottom: 0,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
    },
    // Fluent's focus ring, shown for keyboard focus only, as on its own tabs and buttons.
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

/** Draw the tab strip; `onSelect` hears the value of the tab the user selects. */
export function PaneTabs<T extends string>({
  tabs,
  selected,
  onSelect,
}: {
  readonly tabs: readonly PaneTab<T>[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
}): React.ReactElement {
  const styles = useStyles();
  const buttons = React.useRef<(HTMLButtonElement | null)[]>([]);
  /** Move focus along the strip with the arrow keys, Home and End, as in any tab list. */
  const onKeyDown = (e: React.KeyboardEvent, at: number) => {
    const last = tabs.length - 1;
    const to =
      e.key === "ArrowRight"
        ? at === last
          ? 0
          : at + 1
        : e.key === "ArrowLeft"
          ? at === 0
            ? last
            : at - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? last
              : undefined;
    if (to === undefined) return;
    e.preventDefault();
    buttons.current[to]?.focus();
  };
  return (
    <div role="tablist" aria-orientation="horizontal" className={styles.list}>
      {tabs.map((tab, i) => (
        <button
          key={tab.value}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          role="tab"
          aria-selected={tab.value === selected}
          tabIndex={tab.value === selected ? 0 : -1}
          data-testid={tab.testId}
          className={mergeClasses(styles.tab, tab.value === selected && styles.selected)}
          onClick={() => onSelect(tab.value)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
