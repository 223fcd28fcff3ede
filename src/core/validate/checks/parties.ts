/**
 * The row's supporter and recipient, looked up once for every check that reads
 * them: the names check wants the pair's verdict, the duplicate check the two
 * parties' ids. A sheet repeats a few dozen pairs, so each distinct pair of cells
 * is one entry, found by supporter then recipient, and a row asks for it once
 * however many checks need it.
 */
import type { CellValue } from "../../cells";
import type { PairVerdict } from "../../pairing";
import { cleanText } from "../../text";
import type { Row } from "./check";

/** One distinct pair of supporter and recipient cells on a sheet. */
export interface PartyPair {
  readonly supporter: CellValue;
  readonly recipient: CellValue;
  /** Ids of the two names cleaned, the same for the same name however it is typed. */
  readonly supporterId: number;
  readonly recipientId: number;
  /** The pair's verdict against the programme, once a check has asked for it. */
  verdict: PairVerdict | undefined;
}

// Pairs kept per sheet; a sheet of more distinct pairs (no real one has) looks the rest up each time.
const MAX_PAIRS = 20_000;

export class Parties {
  private readonly pairs = new Map<CellValue, Map<CellValue, PartyPair>>();
  private readonly ids = new Map<string, number>();
  private kept = 0;
  // Sheets list a supporter's projects together: its recipients are most often the row before's.
  private lastSupporter: CellValue = undefined;
  private lastRecipients: Map<CellValue, PartyPair> | undefined;
  // The pair of the row asked for last, so the second check to ask gets it at once.
  private rowIndex = -1;
  private rowPair: PartyPair | undefined;

  /** `supporter` and `recipient` are the columns, undefined where the sheet has none. */
  constructor(
    private readonly supporter: number | undefined,
    private readonly recipient: number | undefined
  ) {}

  /** The pair on this row (a missing column reads as a blank cell). */
  of(row: Row): PartyPair {
    if (row.index === this.rowIndex && this.rowPair) return this.rowPair;
    const s = this.supporter === undefined ? undefined : row.values[this.supporter];
    const r = this.recipient === undefined ? undefined : row.values[this.recipient];
    const pair = this.pair(s, r);
    this.rowIndex = row.index;
    this.rowPair = pair;
    return pair;
  }

  /** The entry for these two cells. */
  pair(supporter: CellValue, recipient: CellValue): PartyPair {
    let recipients = supporter === this.lastSupporter ? this.lastRecipients : undefined;
    if (!recipients) {
      recipients = this.pairs.get(supporter);
      if (!recipients) {
        recipients = new Map();
        if (this.kept < MAX_PAIRS) this.pairs.set(supporter, recipients);
      }
      this.lastSupporter = supporter;
      this.lastRecipients = recipients;
    }
    let pair = recipients.get(recipient);
    if (!pair) {
      pair = {
        supporter,
        recipient,
        supporterId: this.idOf(supporter),
        recipientId: this.idOf(recipient),
        verdict: undefined,
      };
      if (this.kept < MAX_PAIRS) {
        recipients.set(recipient, pair);
        this.kept++;
      }
    }
    return pair;
  }

  private idOf(value: CellValue): number {
    const name = cleanText(String(value ?? ""));
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(name, id);
    }
    return id;
  }
}
