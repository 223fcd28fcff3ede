/**
 * 校验 Validate: check the chosen sheet, list the findings by severity, go to a
 * finding's cell, and write a report or highlight the cells.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import { messages, type Locale } from "../core/i18n";
import { clearedNotesMessage, notesMessage } from "../excel/highlight-words";
import type { ProgrammeId } from "../core/programmes";
import type { ValidationReport } from "../core/validate";
import { RULE_IDS, type Finding, type RuleId } from "../core/validate/rules";
import type { CellValue } from "../core/cells";
import { findingKey, FindingsList } from "./FindingsList";
import { followStrings } from "./follow-strings";
import { HighlightLegend } from "./HighlightLegend";
import { listStrings } from "./list-strings";
import { reason, usePane } from "./pane-context";
import { SheetPicker } from "./SheetPicker";
import { HEAD_ROWS, tableKeys, type TableKeys } from "./table-keys";
import { TableSetupView } from "./TableSetupView";
import type { Revision, Sheets } from "./useSheets";
import type { TableSetup } from "./useTableSetup";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Badges keep their words on one line; the summary wraps below them in a narrow pane.
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  summaryText: { flexBasis: "100%" },
});

const AUTO = "auto";

/** The checking code (validator, place names, pairing tables), loaded when first needed. */
function checking(): Promise<typeof import("./checking")> {
  return import("./checking");
}

/**
 * A finished check remembers the table it was made on (its keys) and the changes
 * seen on its sheet by then (its revision), so the pane can tell when it went out
 * of date. What a finance officer expects after changing the sheet:
 * - rows or columns inserted or deleted (or the table's range or header changed):
 *   the addresses may now point at other cells, so the results are kept on screen
 *   for reading but lead nowhere: no going to a cell, no report, no highlight,
 *   until they validate again (one click). Re-validating by itself while they are
 *   still inserting rows would redo a large sheet on every burst of changes.
 * - values edited: the addresses still hold, so going to a cell still works (they
 *   are fixing the findings one by one); a report or highlight would record
 *   verdicts that may no longer be true, so those wait for a new check.
 * Before anything reaches a cell, the table is read again and compared (events
 * arrive late and in bursts, so they alone cannot be trusted to have arrived).
 */
type Status =
  | { kind: "idle" }
  | { kind: "running"; done: number; total: number }
  | {
      kind: "done";
      report: ValidationReport;
      sheet: string;
      keys: TableKeys;
      revision: Revision;
      /** A fresh reading found the table moved. */
      invalid: boolean;
    };

/** The Validate tab. */
export function ValidatePanel({
  sheets,
  setup,
}: {
  sheets: Sheets;
  setup: TableSetup;
}): React.ReactElement {
  const { host, locale, strings } = usePane();
  const follow = followStrings(locale);
  const styles = useStyles();
  const [programme, setProgramme] = React.useState<ProgrammeId | typeof AUTO>(AUTO);
  const [status, setStatus] = React.useState<Status>({ kind: "idle" });
  const [notice, setNotice] = React.useState<{
    intent: "success" | "error" | "warning";
    text: string;
  } | null>(null);
  const [rule, setRule] = React.useState<RuleId | "all">("all");
  const rules = messages(locale).rule;
  const words = listStrings(locale);
  // Findings set aside with 忽略此项, for this session (by sheet, cell and rule).
  const [ignored, setIgnored] = React.useState<ReadonlySet<string>>(new Set());
  const setAside = (sheet: string, f: Finding, ignore: boolean) =>
    setIgnored((old) => {
      const next = new Set(old);
      if (ignore) next.add(findingKey(sheet, f));
      else next.delete(findingKey(sheet, f));
      return next;
    });

  React.useEffect(() => setStatus({ kind: "idle" }), [sheets.current]);
  // Fetched once the pane is up, so that 核对 does not wait for it.
  React.useEffect(() => void checking().catch(() => undefined), []);

  const run = async () => {
    const sheet = sheets.current;
    const keys = setup.keys;
    if (!sheet || !setup.shape || !keys) return;
    const revision = sheets.revisionOf(sheet);
    setNotice(null);
    setStatus({ kind: "running", done: 0, total: setup.shape.rows });
    try {
      const { Validator } = await checking();
      const validator = new Validator({
        locale,
        origin: setup.shape.origin,
        ...(programme === AUTO ? {} : { programme }),
        ...(setup.headerRow !== undefined
          ? { headerRow: setup.headerRow, columns: setup.roleColumns, columnsOnly: true }
          : {}),
      });
      // The first rows as read now, to compare with the table the user set up.
      const top: CellValue[][] = [];
      const shape = await host.readSheet(
        sheet,
        (block) =>
          block.values.forEach((row, i) => {
            if (top.length < HEAD_ROWS) top.push(row);
            validator.push(row, block.formats[i]);
          }),
        (done, total) => setStatus({ kind: "running", done, total })
      );
      if (!shape) {
        setStatus({ kind: "idle" });
        setNotice({ intent: "error", text: strings.emptySheet });
        return;
      }
      const now = tableKeys(shape, top);
      if (now.layout !== keys.layout) {
        // The rows down to the header moved between reading the header and validating: checking with a
        // header row and columns the user has not seen would put findings on the wrong cells. Read it again.
        // Rows added or removed below the header change nothing the user set up: those are simply checked.
        setStatus({ kind: "idle" });
        setup.reload();
        setNotice({ intent: "warning", text: follow.layoutChanged(sheet) });
        return;
      }
      setStatus({
        kind: "done",
        report: validator.finish(),
        sheet,
        keys: now,
        revision,
        invalid: false,
      });
      setRule("all");
    } catch (e) {
      setStatus({ kind: "idle" });
      setNotice({ intent: "error", text: strings.failed(reason(e, strings)) });
    }
  };

  const act = async (action: () => Promise<string>) => {
    try {
      setNotice({ intent: "success", text: await action() });
      sheets.refresh(); // a report adds a sheet
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e, strings)) });
    }
  };

  const done = status.kind === "done" ? status : null;
  const seen = sheets.revisionOf(done?.sheet);
  const moved =
    done !== null &&
    (done.invalid ||
      seen.moves !== done.revision.moves ||
      (setup.keys !== undefined &&
        setup.shape?.name === done.sheet &&
        setup.keys.extent !== done.keys.extent));
  const edited = done !== null && !moved && seen.edits !== done.revision.edits;

  /**
   * Read the table again and go on only if it is still the one the findings were made on;
   * `unchangedValues` also asks that no value changed since (for what records verdicts).
   */
  const verified = async (unchangedValues: boolean): Promise<boolean> => {
    if (!done) return false;
    if (moved) {
      setNotice({ intent: "warning", text: follow.moved(done.sheet) });
      return false;
    }
    if (unchangedValues && edited) {
      setNotice({ intent: "warning", text: follow.edited(done.sheet) });
      return false;
    }
    const fresh = await host.readHead(done.sheet, HEAD_ROWS);
    if (!fresh || tableKeys(fresh.shape, fresh.block.values).extent !== done.keys.extent) {
      setStatus({ ...done, invalid: true });
      setup.reload();
      setNotice({ intent: "warning", text: follow.moved(done.sheet) });
      return false;
    }
    return true;
  };

  const goTo = async (sheet: string, cell: string) => {
    try {
      if (await verified(false)) await host.selectCell(sheet, cell);
    } catch {
      // The sheet may have been deleted or renamed since: nothing to go to.
    }
  };

  /** Act on the findings (a report, a highlight): only while they are true of the sheet as it is. */
  const actOnFindings = async (action: () => Promise<string>) => {
    try {
      if (await verified(true)) await act(action);
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e, strings)) });
    }
  };

  const report = status.kind === "done" ? status.report : null;
  const checkedSheet = status.kind === "done" ? status.sheet : "";
  const listed = React.useMemo(
    () => (report ? report.findings.filter((f) => rule === "all" || f.rule === rule) : []),
    [report, rule]
  );
  const isIgnored = (f: Finding) => ignored.has(findingKey(checkedSheet, f));
  const findings = listed.filter((f) => !isIgnored(f));
  const setAsideNow = listed.filter(isIgnored);
  const remaining = report?.findings.filter((f) => !isIgnored(f)) ?? [];
  const errorsLeft = remaining.filter((f) => f.severity === "error").length;
  const warningsLeft = remaining.length - errorsLeft;
  const ignoredTotal = (report?.findings.length ?? 0) - remaining.length;
  /**
   * Write the report of every finding, or (a rule filter on) of the filtered ones only; its header then
   * says how many of all it lists. Ignored findings go in their own part either way.
   */
  const writeReport = (onlyFiltered: boolean) =>
    actOnFindings(async () => {
      if (!report || status.kind !== "done") return "";
      const filtered = onlyFiltered && rule !== "all";
      const listedNow = filtered ? findings : remaining;
      const setAside = filtered ? setAsideNow : report.findings.filter(isIgnored);
      const programme = (await checking()).programmeById(report.programme).title[locale];
      return strings.reportWritten(
        await host.writeReport(status.sheet, listedNow, locale, {
          ...(setAside.length > 0 ? { ignored: setAside } : {}),
          programme,
          ...(filtered ? { filter: rules[rule as RuleId], filteredFrom: remaining.length } : {}),
          columns: {
            supporter: report.table?.columns.supporter,
            recipient: report.table?.columns.recipient,
            project: report.table?.columns.project,
          },
        })
      );
    });
  const detected = report?.programmeDetected ? strings.programmes[report.programme] : "";
  // The programmes as the pane names them (the same ids as the core's list, in its order).
  const programmes = Object.keys(strings.programmes) as ProgrammeId[];

  return (
    <section className={styles.panel} aria-label={strings.tabs.validate}>
      <SheetPicker sheets={sheets} />
      {setup.error && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.failed(setup.error)}</MessageBarBody>
        </MessageBar>
      )}
      <TableSetupView setup={setup} />
      {setup.shape && setup.headerRow === undefined && <Caption1>{strings.noTable}</Caption1>}
      {!setup.shape && !setup.loading && !setup.error && sheets.current && (
        <Caption1 role="status">{strings.emptySheet}</Caption1>
      )}
      <Field label={strings.programme}>
        <Select
          value={programme}
          onChange={(_, data) => setProgramme((data.value as ProgrammeId | typeof AUTO) || AUTO)}
        >
          <option value={AUTO}>{strings.auto(detected)}</option>
          {programmes.map((id) => (
            <option key={id} value={id}>
              {strings.programmes[id]}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        data-testid="validate"
        disabled={!setup.shape || status.kind === "running" || setup.loading}
        onClick={() => void run()}
      >
        {status.kind === "running" ? strings.validating : strings.validate}
      </Button>
      {status.kind === "running" && (
        <Field
          validationMessage={strings.readingRows(status.done, status.total)}
          validationState="none"
        >
          <ProgressBar value={status.total > 0 ? status.done / status.total : undefined} />
        </Field>
      )}
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {report && status.kind === "done" && (
        <>
          <Text weight="semibold" data-testid="checked-sheet">
            {follow.checked(status.sheet, strings.programmes[report.programme] ?? report.programme)}
          </Text>
          {(moved || edited) && (
            <MessageBar
              intent="warning"
              data-testid="stale"
              data-stale={moved ? "moved" : "edited"}
            >
              <MessageBarBody>
                {moved ? follow.moved(status.sheet) : follow.edited(status.sheet)}
              </MessageBarBody>
              <MessageBarActions>
                <Button
                  size="small"
                  data-testid="revalidate"
                  disabled={setup.loading || sheets.current !== status.sheet}
                  onClick={() => void run()}
                >
                  {follow.revalidate}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <div className={styles.counts} role="status" data-testid="summary">
            {/* A zero count is neutral, not red or yellow. */}
            <Badge
              className={styles.badge}
              appearance={errorsLeft > 0 ? "filled" : "outline"}
              color={errorsLeft > 0 ? "danger" : "informative"}
              data-testid="errors-badge"
              data-tone={errorsLeft > 0 ? "danger" : "neutral"}
            >
              {strings.errors} {errorsLeft}
            </Badge>
            <Badge
              className={styles.badge}
              appearance={warningsLeft > 0 ? "filled" : "outline"}
              color={warningsLeft > 0 ? "warning" : "informative"}
              data-testid="warnings-badge"
              data-tone={warningsLeft > 0 ? "warning" : "neutral"}
            >
              {strings.warnings} {warningsLeft}
            </Badge>
            <Text className={styles.summaryText}>
              {report.table === null
                ? strings.noTable
                : report.findings.length === 0
                  ? strings.clean
                  : strings.summary(errorsLeft, warningsLeft)}
              {ignoredTotal > 0 ? words.ignoredNote(ignoredTotal) : ""}
            </Text>
          </div>
          {report.findings.length > 0 && (
            <>
              <Field label={strings.filter}>
                <Select
                  value={rule}
                  onChange={(_, data) => setRule((data.value as RuleId | "all") || "all")}
                >
                  <option value="all">{strings.allRules}</option>
                  {RULE_IDS.filter((id) => report.summary.byRule[id] || id === rule).map((id) => (
                    <option key={id} value={id}>
                      {`${rules[id]} (${report.summary.byRule[id] ?? 0})`}
                    </option>
                  ))}
                </Select>
              </Field>
              <div className={styles.actions}>
                {rule === "all" ? (
                  <Button onClick={() => void writeReport(false)}>{strings.writeReport}</Button>
                ) : (
                  <>
                    <Button onClick={() => void writeReport(false)}>
                      {strings.writeAllReport}
                    </Button>
                    <Button onClick={() => void writeReport(true)}>
                      {strings.writeFilteredReport(findings.length)}
                    </Button>
                  </>
                )}
                <Button
                  onClick={() =>
                    void actOnFindings(async () => {
                      // The comments' outcome (added, kept beside someone's, unsupported) is said after the count.
                      let notes = "";
                      const cells = await host.highlight(status.sheet, findings, {
                        onNotes: (outcome) => (notes = notesMessage(outcome, locale)),
                      });
                      return withNotes(strings.highlighted(cells), notes, locale);
                    })
                  }
                >
                  {strings.highlight}
                </Button>
                <Button
                  onClick={() =>
                    void act(async () => {
                      const result = await host.clearHighlights();
                      const notes = clearedNotesMessage(result, locale);
                      return withNotes(strings.cleared(result), notes, locale);
                    })
                  }
                >
                  {strings.clearHighlights}
                </Button>
              </div>
              <HighlightLegend />
              <FindingsList
                sheet={status.sheet}
                findings={listed}
                ignored={ignored}
                onIgnore={(f) => setAside(status.sheet, f, true)}
                onRestore={(f) => setAside(status.sheet, f, false)}
                onSelect={(cell) => void goTo(status.sheet, cell)}
                outdated={moved}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A result message with what became of the comments after it (English puts a space between sentences). */
function withNotes(message: string, notes: string, locale: Locale): string {
  if (!notes) return message;
  return locale === "en" ? `${message} ${notes}` : message + notes;
}
