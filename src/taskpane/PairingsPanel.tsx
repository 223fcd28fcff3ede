/**
 * 对口关系 Pairings: browse the official tables, check a selected two-column
 * range of supporter/recipient pairs, insert a programme's table into a sheet.
 */
import * as React from "react";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons/svg/checkmark-circle";
import { DismissCircle16Filled } from "@fluentui/react-icons/svg/dismiss-circle";
import { QuestionCircle16Filled } from "@fluentui/react-icons/svg/question-circle";
import { Warning16Filled } from "@fluentui/react-icons/svg/warning";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import { cellAddress } from "../core/address";
import { messages } from "../core/i18n";
import { checkPairCells, searchPairs } from "../core/pairing";
import { searchHints } from "../core/pair-search";
import { programmeById, PROGRAMMES, type ProgrammeId } from "../core/programmes";
import { pairFinding } from "../core/validate/pair-facts";
import { RULES } from "../core/validate/rules";
import { followStrings } from "./follow-strings";
import { reason, usePane } from "./pane-context";
import type { PairStatus } from "./strings";
import type { Revision, Sheets } from "./useSheets";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scroll: { maxHeight: "320px", overflowY: "auto" },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  // The icon and the word say what a line came to; the colour only repeats it.
  line: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  icon: { flexShrink: 0, marginTop: "2px" },
  word: { fontWeight: tokens.fontWeightSemibold, flexShrink: 0 },
  paired: { color: tokens.colorPaletteGreenForeground1 },
  "not-paired": { color: tokens.colorPaletteRedForeground1 },
  ambiguous: { color: tokens.colorPaletteDarkOrangeForeground1 },
  unchecked: { color: tokens.colorPaletteRedForeground1 },
  hints: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
});

const STATUS_ICON: Readonly<Record<PairStatus, typeof Warning16Filled>> = {
  paired: CheckmarkCircle16Filled,
  "not-paired": DismissCircle16Filled,
  ambiguous: Warning16Filled,
  unchecked: QuestionCircle16Filled,
};

interface CheckLine {
  readonly cell: string;
  /** An ambiguous name is a doubt (a warning), not an error; an unknown or missing name cannot be checked. */
  readonly status: PairStatus;
  readonly text: string;
}

/** The Pairings tab. */
export function PairingsPanel({ sheets }: { sheets: Sheets }): React.ReactElement {
  const { host, locale, strings } = usePane();
  const follow = followStrings(locale);
  const styles = useStyles();
  const [id, setId] = React.useState<ProgrammeId>("xinjiang-2010");
  const [query, setQuery] = React.useState("");
  // The lines with the sheet and range they were read from, and the changes seen on that sheet by then.
  const [result, setResult] = React.useState<{
    lines: readonly CheckLine[];
    sheet: string;
    address: string;
    revision: Revision;
  } | null>(null);
  const checked = result?.lines ?? null;
  const stale = result !== null && sheets.revisionOf(result.sheet).edits !== result.revision.edits;
  const [notice, setNotice] = React.useState<{
    intent: "success" | "error" | "info";
    text: string;
  } | null>(null);
  const table = programmeById(id);
  const pairs = React.useMemo(() => searchPairs(table, query), [table, query]);
  const hints = React.useMemo(
    () => searchHints(table, query, pairs.length),
    [table, query, pairs.length]
  );
  const text = messages(locale);

  const checkSelection = async () => {
    setNotice(null);
    try {
      const selection = await host.readSelection();
      const revision = sheets.revisionOf(selection.sheet);
      if (selection.columns === 1) {
        setResult(null);
        setNotice({ intent: "info", text: strings.selectionOneColumn });
        return;
      }
      const rows = selection.values.filter((row) => row.length >= 2 && row.some((v) => v !== ""));
      if (rows.length === 0) {
        setResult(null);
        setNotice({ intent: "info", text: `${strings.selectionEmpty} ${strings.selectionHint}` });
        return;
      }
      const lines: CheckLine[] = [];
      selection.values.forEach((row, r) => {
        if (row.length < 2 || (row[0] === "" && row[1] === "")) return;
        const verdict = checkPairCells(table, row[0], row[1]);
        // What a verdict means as a finding is the core's decision, the same as in Validate.
        const found = pairFinding(verdict, table, locale, { supporter: row[0], recipient: row[1] });
        const column =
          found?.side === "recipient" ? selection.recipientColumn : selection.origin.column;
        const cell = cellAddress(selection.origin.row + r, column);
        const status: PairStatus =
          found === null
            ? "paired"
            : RULES[found.facts.rule] === "warning"
              ? "ambiguous"
              : found.facts.rule === "pairing-mismatch"
                ? "not-paired"
                : "unchecked";
        lines.push({
          cell,
          status,
          text: found ? text.finding(cell, found.facts) : strings.pairOk(cell),
        });
      });
      setResult({
        lines,
        sheet: selection.sheet,
        address: selection.address.replace(/^.*!/, ""),
        revision,
      });
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e, strings)) });
    }
  };

  const insert = async () => {
    try {
      setNotice({
        intent: "success",
        text: strings.tableInserted(await host.insertPairingTable(table, locale)),
      });
      sheets.refresh();
    } catch (e) {
      setNotice({ intent: "error", text: strings.failed(reason(e, strings)) });
    }
  };

  return (
    <section
      className={styles.panel}
      aria-label={strings.tabs.pairings}
      data-testid="panel-pairings"
    >
      <Field label={strings.programme}>
        <Select value={id} onChange={(_, data) => data.value && setId(data.value as ProgrammeId)}>
          {PROGRAMMES.map((p) => (
            <option key={p.id} value={p.id}>
              {strings.programmes[p.id]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.search}>
        <SearchBox
          value={query}
          placeholder={strings.searchPlaceholder}
          onChange={(_, data) => setQuery(data.value)}
          dismiss={{ "aria-label": strings.clearSearch }}
          data-testid="pair-search"
        />
      </Field>
      <Caption1 role="status">{strings.pairsShown(pairs.length, table.pairs.length)}</Caption1>
      {hints.suggestions.length > 0 && (
        <div className={styles.hints} data-testid="pair-suggestions">
          <Text>{strings.didYouMean}</Text>
          {hints.suggestions.map((place) => (
            <Button
              key={place.name}
              size="small"
              appearance="transparent"
              onClick={() => setQuery(place.name)}
            >
              {place.name}
            </Button>
          ))}
        </div>
      )}
      {hints.elsewhere.map(({ place, programmes }) =>
        programmes.map((other) => (
          <div className={styles.hints} key={`${place.name}-${other}`} data-testid="pair-elsewhere">
            <Text>{strings.inProgramme(place.name, strings.programmes[other])}</Text>
            <Button
              size="small"
              appearance="transparent"
              aria-label={strings.showProgrammeLabel(strings.programmes[other])}
              onClick={() => setId(other)}
            >
              {strings.showProgramme}
            </Button>
          </div>
        ))
      )}
      {/* Focusable, so the table can be scrolled from the keyboard (WCAG 2.1.1). */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={table.title[locale]}>
        <Table size="extra-small" aria-label={table.title[locale]}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.pairHeader.supporter}</TableHeaderCell>
              <TableHeaderCell>{strings.pairHeader.recipient}</TableHeaderCell>
              <TableHeaderCell>{strings.pairHeader.group}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {pairs.map((p, i) => (
              <TableRow key={`${p.supporter}-${p.recipient}-${i}`} data-testid="pair-row">
                <TableCell>{p.supporter}</TableCell>
                <TableCell title={p.asWritten !== p.recipient ? p.asWritten : undefined}>
                  {p.recipient}
                </TableCell>
                <TableCell>{p.group ?? ""}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Caption1>{strings.selectionHint}</Caption1>
      <Button
        appearance="primary"
        onClick={() => void checkSelection()}
        data-testid="check-selection"
      >
        {strings.checkSelection}
      </Button>
      {result && (
        <Text weight="semibold" data-testid="pairs-sheet">
          {follow.selectionOf(result.sheet, result.address)}
        </Text>
      )}
      {result && stale && (
        <Caption1 role="status" data-testid="pairs-stale">
          {follow.pairsStale(result.sheet)}
        </Caption1>
      )}
      {checked && (
        <ul className={styles.list} aria-label={strings.checkSelection}>
          {checked.map((line) => {
            const Icon = STATUS_ICON[line.status];
            return (
              <li
                key={line.cell}
                className={`${styles.line} ${styles[line.status]}`}
                data-testid="pair-check"
                data-ok={line.status === "paired"}
                data-status={line.status}
              >
                <Icon className={styles.icon} aria-hidden="true" />
                <span className={styles.word}>{strings.pairStatus[line.status]}</span>
                <span>{line.text}</span>
              </li>
            );
          })}
        </ul>
      )}
      <Button onClick={() => void insert()}>{strings.insertTable}</Button>
      {notice && (
        <MessageBar intent={notice.intent} role="status">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
