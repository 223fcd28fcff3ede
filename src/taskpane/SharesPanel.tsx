/**
 * 类别占比 Shares: count, amount and share per category with the total, a check
 * of a stated total, and a summary sheet with a chart on request.
 */
import * as React from "react";
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CellValue } from "../core/cells";
import { summarizeShares, unreadableNote, type ShareSummary } from "../core/shares";
import { followStrings } from "./follow-strings";
import { reason, usePane } from "./pane-context";
import { SheetPicker } from "./SheetPicker";
import { tableKeys } from "./table-keys";
import type { Revision, Sheets } from "./useSheets";
import type { ColumnSetup, TableSetup } from "./useTableSetup";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  unknown: { color: tokens.colorPaletteDarkOrangeForeground1 },
  total: { fontWeight: tokens.fontWeightSemibold },
});

const NONE = "-";

function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

function formatShare(value: number | null): string {
  return value === null ? "—" : `${(value * 100).toFixed(1)}%`;
}

/** The Shares tab. */
export function SharesPanel({
  sheets,
  setup,
}: {
  sheets: Sheets;
  setup: TableSetup;
}): React.ReactElement {
  const { host, locale, strings } = usePane();
  const follow = followStrings(locale);
  const styles = useStyles();
  const [choice, setChoice] = React.useState<{
    category?: string;
    amount?: string;
    count?: string;
  }>({});
  // The summary with the sheet it was computed from and the changes seen on it by then.
  const [computed, setComputed] = React.useState<{
    summary: ShareSummary;
    sheet: string;
    revision: Revision;
  } | null>(null);
  const summary = computed?.summary ?? null;
  const unreadable = summary ? unreadableNote(summary.unreadable, locale) : null;
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{
    intent: "success" | "error" | "warning";
    text: string;
  } | null>(null);

  // A new sheet, or a table whose header moved: the choices were for another table.
  React.useEffect(() => {
    setChoice({});
    setComputed(null);
  }, [sheets.current, setup.keys?.layout]);
  const stale =
    computed !== null && sheets.revisionOf(computed.sheet).edits !== computed.revision.edits;

  // Which columns to use is the core's decision (the amount a stated share names, aid money first …).
  const detected = setup.shareColumns;
  const category = choice.category ?? detected.category;
  const amount = choice.amount ?? detected.amount;
  // NONE: count rows rather than read a count column.
  const count = choice.count === NONE ? null : (choice.count ?? detected.count);

  const compute = async () => {
    const sheet = sheets.current;
    const keys = setup.keys;
    if (!sheet || !keys) return;
    const revision = sheets.revisionOf(sheet);
    setBusy(true);
    setNotice(null);
    try {
      const values: CellValue[][] = [];
      const formats: string[][] = [];
      const shape = await host.readSheet(sheet, (block) => {
        values.push(...block.values);
        formats.push(...block.formats);
      });
      if (!shape) {
        setNotice({ intent: "error", text: strings.emptySheet });
        return;
      }
      if (tableKeys(shape, values).extent !== keys.extent) {
        // The sheet changed after its header was read: the columns chosen may be other columns now.
        setComputed(null);
        setup.reload();
        setNotice({ intent: "warning", text: follow.layoutChanged(sheet) });
        return;
      }
      const outcome = summarizeShares(values, formats, {
        origin: shape.origin,
        locale,
        ...(setup.headerRow !== undefined ? { headerRow: setup.headerRow } : {}),
        ...(category ? { category } : {}),
        ...(amount ? { amount } : {}),
        ...(count !== undefined ? { count } : {}),
      });
      if (!outcome.ok) {
        setComputed(null);
        setNotice({ intent: "error", text: strings.missingColumn(outcome.missing) });
        return;
      }
      setComputed({ summary: outcome.summary, sheet, revision });
      if (outcome.summary.findings.length > 0)
        setNotice({
          intent: "warning",
          text: outcome.summary.findings.map((f) => f.message).join("\n"),
        });
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e, strings)) });
    } finally {
      setBusy(false);
    }
  };

  const insert = async () => {
    if (!computed) return;
    if (stale) {
      setNotice({ intent: "warning", text: follow.sharesStale(computed.sheet) });
      return;
    }
    const summary = computed.summary;
    try {
      setNotice({
        intent: "success",
        text: strings.sharesInserted(await host.insertShares(summary, locale)),
      });
      sheets.refresh();
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e, strings)) });
    }
  };

  const picker = (
    label: string,
    value: string | undefined,
    pick: (letter: string) => void,
    allowNone: boolean
  ) => (
    <ColumnPicker
      label={label}
      columns={setup.columns}
      value={value}
      onPick={pick}
      none={allowNone ? strings.countRows : undefined}
    />
  );

  return (
    <section className={styles.panel} aria-label={strings.tabs.shares} data-testid="panel-shares">
      <SheetPicker sheets={sheets} />
      {picker(
        strings.categoryColumn,
        category,
        (letter) => setChoice((c) => ({ ...c, category: letter })),
        false
      )}
      {picker(
        strings.amountColumn,
        amount,
        (letter) => setChoice((c) => ({ ...c, amount: letter })),
        false
      )}
      {picker(
        strings.countColumn,
        count ?? undefined,
        (letter) => setChoice((c) => ({ ...c, count: letter })),
        true
      )}
      <Button
        appearance="primary"
        data-testid="compute-shares"
        disabled={!setup.shape || busy}
        onClick={() => void compute()}
      >
        {strings.computeShares}
      </Button>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody style={{ whiteSpace: "pre-line" }}>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {computed && summary && (
        <>
          <Text weight="semibold" data-testid="shares-sheet">
            {follow.sharesOf(computed.sheet)}
          </Text>
          {stale && (
            <MessageBar intent="warning" data-testid="shares-stale">
              <MessageBarBody>{follow.sharesStale(computed.sheet)}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" disabled={busy} onClick={() => void compute()}>
                  {follow.recompute}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          <Table size="small" aria-label={strings.tabs.shares}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.sharesHeader.category}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>
                  {strings.sharesHeader.count}
                </TableHeaderCell>
                <TableHeaderCell className={styles.number}>
                  {strings.sharesHeader.amount}
                  {summary.amountUnit ? `(${summary.amountUnit})` : ""}
                </TableHeaderCell>
                <TableHeaderCell className={styles.number}>
                  {strings.sharesHeader.share}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.lines.map((line) => (
                <TableRow key={line.category} data-testid="share-row" data-category={line.category}>
                  <TableCell
                    className={line.known ? undefined : styles.unknown}
                    title={line.known ? undefined : strings.unknownCategory}
                  >
                    {line.category}
                  </TableCell>
                  <TableCell className={styles.number}>
                    {line.count === null ? "—" : formatNumber(line.count, locale)}
                  </TableCell>
                  <TableCell className={styles.number}>
                    {formatNumber(line.amount, locale)}
                  </TableCell>
                  <TableCell className={styles.number}>{formatShare(line.share)}</TableCell>
                </TableRow>
              ))}
              <TableRow className={styles.total} data-testid="share-total">
                <TableCell>{strings.total}</TableCell>
                <TableCell className={styles.number}>
                  {formatNumber(summary.total.count, locale)}
                </TableCell>
                <TableCell className={styles.number}>
                  {formatNumber(summary.total.amount, locale)}
                </TableCell>
                <TableCell className={styles.number}>
                  {summary.total.amount === 0 ? "—" : "100.0%"}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
          {unreadable && (
            // Amounts like 待定 or #N/A count as projects but not in the amounts: say so, by cell.
            <MessageBar intent="warning" data-testid="shares-unreadable">
              <MessageBarBody>{unreadable}</MessageBarBody>
            </MessageBar>
          )}
          <Button onClick={() => void insert()}>{strings.insertShares}</Button>
        </>
      )}
    </section>
  );
}

/** Pick a column by its letter and header text. */
function ColumnPicker(props: {
  label: string;
  columns: readonly ColumnSetup[];
  value: string | undefined;
  onPick: (letter: string) => void;
  none?: string;
}): React.ReactElement {
  const label = (c: ColumnSetup) => `${c.letter} ${c.header}`.trim();
  const current = props.columns.find((c) => c.letter === props.value);
  return (
    <Field label={props.label}>
      <Select
        value={current ? current.letter : NONE}
        onChange={(_, data) => data.value && props.onPick(data.value)}
      >
        {/* No column yet and no "none" choice: an empty line, not one of the columns. */}
        {(props.none || !current) && (
          <option value={NONE} disabled={!props.none}>
            {props.none ?? ""}
          </option>
        )}
        {props.columns
          .filter((c) => c.header)
          .map((c) => (
            <option key={c.letter} value={c.letter}>
              {label(c)}
            </option>
          ))}
      </Select>
    </Field>
  );
}
