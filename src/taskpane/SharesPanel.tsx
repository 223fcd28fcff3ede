/**
 * 类别占比 Shares: count, amount and share per category with the total, a check
 * of a stated total, and a summary sheet with a chart on request.
 */
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import type { CellValue } from "../core/cells";
import { summarizeShares, type ShareSummary } from "../core/shares";
import { reason, usePane } from "./pane-context";
import { SheetPicker } from "./SheetPicker";
import type { Sheets } from "./useSheets";
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
  const styles = useStyles();
  const [choice, setChoice] = React.useState<{
    category?: string;
    amount?: string;
    count?: string;
  }>({});
  const [summary, setSummary] = React.useState<ShareSummary | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<{
    intent: "success" | "error" | "warning";
    text: string;
  } | null>(null);

  React.useEffect(() => {
    setChoice({});
    setSummary(null);
  }, [sheets.current, setup.shape]);

  const detected = setup.roleColumns;
  const category = choice.category ?? detected.category;
  const amount = choice.amount ?? detected.plannedFunds ?? detected.arrivedFunds;
  // NONE: count rows rather than read a count column.
  const count = choice.count === NONE ? null : (choice.count ?? detected.plannedCount);

  const compute = async () => {
    const sheet = sheets.current;
    if (!sheet) return;
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
      const outcome = summarizeShares(values, formats, {
        origin: shape.origin,
        locale,
        ...(setup.headerRow !== undefined ? { headerRow: setup.headerRow } : {}),
        ...(category ? { category } : {}),
        ...(amount ? { amount } : {}),
        ...(count !== undefined ? { count } : {}),
      });
      if (!outcome.ok) {
        setSummary(null);
        setNotice({ intent: "error", text: strings.missingColumn(outcome.missing) });
        return;
      }
      setSummary(outcome.summary);
      if (outcome.summary.findings.length > 0)
        setNotice({
          intent: "warning",
          text: outcome.summary.findings.map((f) => f.message).join("\n"),
        });
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e)) });
    } finally {
      setBusy(false);
    }
  };

  const insert = async () => {
    if (!summary) return;
    try {
      setNotice({
        intent: "success",
        text: strings.sharesInserted(await host.insertShares(summary, locale)),
      });
      sheets.refresh();
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e)) });
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
    <section className={styles.panel} aria-label={strings.tabs.shares}>
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
      {summary && (
        <>
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
      <Dropdown
        value={current ? label(current) : (props.none ?? "")}
        selectedOptions={[props.value ?? NONE]}
        onOptionSelect={(_, data) => data.optionValue && props.onPick(data.optionValue)}
      >
        {props.none && <Option value={NONE}>{props.none}</Option>}
        {props.columns
          .filter((c) => c.header)
          .map((c) => (
            <Option key={c.letter} value={c.letter}>
              {label(c)}
            </Option>
          ))}
      </Dropdown>
    </Field>
  );
}
