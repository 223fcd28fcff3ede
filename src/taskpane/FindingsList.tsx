/**
 * The findings of a check, grouped by severity and then by rule: step through
 * them with 上一个/下一个 (Alt+↑/Alt+↓) as Excel's Error Checking does, set
 * findings aside with 忽略此项, and open only the groups being read.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular } from "@fluentui/react-icons/svg/chevron-down";
import { ChevronRight16Regular } from "@fluentui/react-icons/svg/chevron-right";
import { ErrorCircle16Filled } from "@fluentui/react-icons/svg/error-circle";
import { Warning16Filled } from "@fluentui/react-icons/svg/warning";
import { messages } from "../core/i18n";
import type { Finding, RuleId, Severity } from "../core/validate";
import { listStrings } from "./list-strings";
import { usePane } from "./pane-context";

const useStyles = makeStyles({
  nav: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  groupHeader: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  card: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  current: {
    border: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  // Set apart by a dashed border and a quieter background, not by fading: faded text fails AA contrast.
  ignoredCard: {
    borderTopStyle: "dashed",
    borderRightStyle: "dashed",
    borderBottomStyle: "dashed",
    borderLeftStyle: "dashed",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  finding: {
    flexGrow: 1,
    minWidth: 0,
    display: "block",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    font: "inherit",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  severity: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    marginInlineEnd: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  cell: { fontWeight: tokens.fontWeightSemibold },
  ignoreButton: { flexShrink: 0, margin: tokens.spacingVerticalXXS },
});

/** Above this many findings the groups start closed, so the list stays short and quick to draw. */
export const OPEN_LIMIT = 20;
/** Cards drawn per open group before "show more". */
const PAGE = 200;
const SEVERITIES: readonly Severity[] = ["error", "warning"];

/** The key a finding is ignored by: its sheet, cell and rule. */
export function findingKey(sheet: string, f: Finding): string {
  return `${sheet}!${f.cell}#${f.rule}`;
}

interface Group {
  readonly id: string;
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly findings: Finding[];
}

/** Group findings by severity, then by rule in the order each rule first appears on the sheet. */
function groupsOf(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const severity of SEVERITIES)
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const id = `${severity}:${f.rule}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { id, severity, rule: f.rule, findings: [] }));
      group.findings.push(f);
    }
  return [...groups.values()];
}

/** The severity as icon and word, so it reads without colour. */
export function SeverityMark({ severity }: { severity: Severity }): React.ReactElement {
  const { locale } = usePane();
  const styles = useStyles();
  const Icon = severity === "error" ? ErrorCircle16Filled : Warning16Filled;
  return (
    <span className={`${styles.severity} ${styles[severity]}`}>
      <Icon aria-hidden="true" />
      <span>{listStrings(locale).severity[severity]}</span>
    </span>
  );
}

/** Whether a key press belongs to a control that uses Alt+arrows itself (lists, text boxes). */
function ownsAltArrows(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest(
      'input, textarea, select, [role="combobox"], [role="listbox"], [role="spinbutton"]'
    ) !== null
  );
}

/** The findings list with its stepping and ignore controls. */
export function FindingsList({
  sheet,
  findings,
  ignored,
  onIgnore,
  onRestore,
  onSelect,
  outdated,
}: {
  sheet: string;
  /** The findings the filter lets through, ignored ones included. */
  findings: readonly Finding[];
  ignored: ReadonlySet<string>;
  onIgnore: (f: Finding) => void;
  onRestore: (f: Finding) => void;
  onSelect: (cell: string) => void;
  outdated: boolean;
}): React.ReactElement {
  const { locale, strings } = usePane();
  const words = listStrings(locale);
  const rules = messages(locale).rule;
  const styles = useStyles();
  const [showIgnored, setShowIgnored] = React.useState(false);
  const [current, setCurrent] = React.useState<string | null>(null);
  const [open, setOpen] = React.useState<Record<string, boolean>>({});
  const [shown, setShown] = React.useState<Record<string, number>>({});
  const root = React.useRef<HTMLDivElement>(null);

  const isIgnored = React.useCallback(
    (f: Finding) => ignored.has(findingKey(sheet, f)),
    [ignored, sheet]
  );
  const active = React.useMemo(() => findings.filter((f) => !isIgnored(f)), [findings, isIgnored]);
  const ignoredCount = findings.length - active.length;
  const listed = showIgnored ? findings : active;
  const groups = React.useMemo(() => groupsOf(listed), [listed]);
  // Stepping follows the list as drawn, skipping what is set aside.
  const order = React.useMemo(
    () => groups.flatMap((g) => g.findings.filter((f) => !isIgnored(f))),
    [groups, isIgnored]
  );
  const openByDefault = active.length <= OPEN_LIMIT;

  // A new check or filter starts the list afresh.
  React.useEffect(() => {
    setCurrent(null);
    setOpen({});
    setShown({});
  }, [findings]);
  React.useEffect(() => {
    if (ignoredCount === 0) setShowIgnored(false);
  }, [ignoredCount]);

  const isOpen = (id: string) => open[id] ?? openByDefault;
  const index = order.findIndex((f) => findingKey(sheet, f) === current);

  const choose = (f: Finding) => {
    const key = findingKey(sheet, f);
    const group = groups.find((g) => g.findings.includes(f));
    if (group) {
      setOpen((o) => ({ ...o, [group.id]: true }));
      const at = group.findings.indexOf(f);
      setShown((s) => ((s[group.id] ?? PAGE) > at ? s : { ...s, [group.id]: at + 1 }));
    }
    setCurrent(key);
    onSelect(f.cell);
  };

  const step = (by: 1 | -1) => {
    if (order.length === 0) return;
    const from = index < 0 ? (by === 1 ? -1 : 0) : index;
    choose(order[(from + by + order.length) % order.length]);
  };
  const stepRef = React.useRef(step);
  stepRef.current = step;

  // Alt+↓ / Alt+↑ anywhere in the Validate tab while it is shown: F8 is Excel's Extend Selection,
  // and the browsers bind Alt+←/→, not Alt+↑/↓ (lists and text boxes keep theirs).
  React.useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
      if (ownsAltArrows(e.target) || root.current?.closest("[hidden]")) return;
      e.preventDefault();
      stepRef.current(e.key === "ArrowDown" ? 1 : -1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // Keep the current card in view as the user steps.
  React.useEffect(() => {
    if (!current || !root.current) return;
    const card = [...root.current.querySelectorAll<HTMLElement>("[data-key]")].find(
      (el) => el.dataset.key === current
    );
    card?.scrollIntoView({ block: "nearest" });
  }, [current, open, shown]);

  return (
    <div ref={root}>
      <div className={styles.nav} role="toolbar" aria-label={words.navLabel}>
        <Button
          size="small"
          data-testid="previous-finding"
          disabled={order.length === 0}
          title={words.previousHint}
          aria-keyshortcuts="Alt+ArrowUp"
          onClick={() => step(-1)}
        >
          {words.previous}
        </Button>
        <Button
          size="small"
          data-testid="next-finding"
          disabled={order.length === 0}
          title={words.nextHint}
          aria-keyshortcuts="Alt+ArrowDown"
          onClick={() => step(1)}
        >
          {words.next}
        </Button>
        <Caption1 aria-live="polite" data-testid="finding-position">
          {index >= 0 ? words.position(index + 1, order.length) : words.notStarted(order.length)}
        </Caption1>
        {ignoredCount > 0 && (
          // A plain Button with aria-pressed, not Fluent's ToggleButton: its styles alone are some
          // 3 KB of the pane's first paint. Pressed, it takes the bordered look.
          <Button
            size="small"
            appearance={showIgnored ? "secondary" : "subtle"}
            aria-pressed={showIgnored}
            data-testid="show-ignored"
            onClick={() => setShowIgnored((s) => !s)}
          >
            {words.ignoredToggle(ignoredCount)}
          </Button>
        )}
      </div>
      {SEVERITIES.map((severity) => {
        const these = groups.filter((g) => g.severity === severity);
        if (these.length === 0) return null;
        const title = severity === "error" ? strings.errors : strings.warnings;
        const count = these.reduce((n, g) => n + g.findings.filter((f) => !isIgnored(f)).length, 0);
        return (
          <section key={severity} aria-label={title}>
            <Text as="h3" weight="semibold" className={styles.heading} block>
              {title} ({count})
            </Text>
            {these.map((group) => {
              const expanded = isOpen(group.id);
              const limit = shown[group.id] ?? PAGE;
              const listId = `findings-${group.id.replace(/[^a-z-]/gi, "-")}`;
              return (
                <div key={group.id}>
                  <button
                    type="button"
                    className={styles.groupHeader}
                    data-testid="finding-group"
                    data-rule={group.rule}
                    data-severity={group.severity}
                    aria-expanded={expanded}
                    aria-controls={expanded ? listId : undefined}
                    onClick={() => setOpen((o) => ({ ...o, [group.id]: !expanded }))}
                  >
                    {expanded ? (
                      <ChevronDown16Regular aria-hidden="true" />
                    ) : (
                      <ChevronRight16Regular aria-hidden="true" />
                    )}
                    <SeverityMark severity={group.severity} />
                    <span>{words.group(rules[group.rule], group.findings.length)}</span>
                  </button>
                  {expanded && (
                    <ul className={styles.list} id={listId}>
                      {group.findings.slice(0, limit).map((f, i) => (
                        <Card
                          key={`${f.cell}-${f.rule}-${i}`}
                          finding={f}
                          keyName={findingKey(sheet, f)}
                          current={findingKey(sheet, f) === current}
                          ignored={isIgnored(f)}
                          outdated={outdated}
                          onChoose={() => choose(f)}
                          onIgnore={() => onIgnore(f)}
                          onRestore={() => onRestore(f)}
                        />
                      ))}
                    </ul>
                  )}
                  {expanded && group.findings.length > limit && (
                    <Button
                      appearance="subtle"
                      onClick={() => setShown((s) => ({ ...s, [group.id]: limit + PAGE }))}
                    >
                      {strings.showMore(Math.min(PAGE, group.findings.length - limit))}
                    </Button>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}

/** Split "B3：…" / "B3: …" into the cell and the rest, so the card names the cell once, in bold. */
function splitCell(cell: string, message: string): [string, string] {
  for (const sep of ["：", ": "])
    if (message.startsWith(cell + sep))
      return [cell + sep, message.slice(cell.length + sep.length)];
  return [`${cell} `, message];
}

/** One finding: severity, rule and message; it takes the user to its cell, or is set aside. */
function Card({
  finding: f,
  keyName,
  current,
  ignored,
  outdated,
  onChoose,
  onIgnore,
  onRestore,
}: {
  finding: Finding;
  keyName: string;
  current: boolean;
  ignored: boolean;
  outdated: boolean;
  onChoose: () => void;
  onIgnore: () => void;
  onRestore: () => void;
}): React.ReactElement {
  const { locale, strings } = usePane();
  const words = listStrings(locale);
  const styles = useStyles();
  const [cell, rest] = splitCell(f.cell, f.message);
  const classes = [styles.card, current ? styles.current : "", ignored ? styles.ignoredCard : ""];
  return (
    <li className={classes.join(" ")} data-key={keyName} data-current={current || undefined}>
      <button
        type="button"
        className={styles.finding}
        data-testid="finding"
        data-cell={f.cell}
        data-severity={f.severity}
        data-rule={f.rule}
        data-ignored={ignored || undefined}
        title={outdated ? undefined : strings.goTo(f.cell)}
        aria-current={current ? "true" : undefined}
        aria-disabled={outdated || undefined}
        data-outdated={outdated || undefined}
        onClick={onChoose}
      >
        <SeverityMark severity={f.severity} />
        <Caption1>
          {messages(locale).rule[f.rule]}
          {ignored ? ` · ${words.ignoredMark}` : ""}
        </Caption1>
        <Text block size={200}>
          <span className={styles.cell}>{cell}</span>
          {rest}
        </Text>
      </button>
      <Button
        size="small"
        appearance="subtle"
        className={styles.ignoreButton}
        data-testid={ignored ? "restore-finding" : "ignore-finding"}
        aria-label={ignored ? words.restoreLabel(f.cell) : words.ignoreLabel(f.cell)}
        onClick={ignored ? onRestore : onIgnore}
      >
        {ignored ? words.restore : words.ignore}
      </Button>
    </li>
  );
}
