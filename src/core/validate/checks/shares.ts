/**
 * Stated shares against amount ÷ the sum of the listed amounts (`share-mismatch`):
 * each row's share once the sheet has ended and the sum is known, the shares'
 * own sum against 100%, and a total row's share against 100%.
 */
import { isBlank } from "../../cells";
import { giveBack, takeFloat64 } from "../buffers";
import type { FigureColumn } from "../plan";
import { atPrecision, shareAgreement } from "../rounding";
import type { Facts } from "../rules";
import {
  Naming,
  standIn,
  type Check,
  type CheckFamily,
  type Row,
  type RowFigures,
  type Sheet,
} from "./check";

// Rows a chunk of ShareRows holds.
const SHARE_CHUNK = 4096;

/**
 * The rows with a stated share, kept until the sum of the amounts is known: seven numbers a
 * row (index, amount, its half and decimals, the share, its half and decimals) in fixed-size
 * typed-array chunks, so a long sheet never copies what it has already kept.
 */
class ShareRows {
  private readonly chunks: Float64Array[] = [];
  private chunk: Float64Array = new Float64Array(0);
  private at = 0;
  length = 0;

  /**
   * Keep row `index`'s amount and share from the figures' slots. It reads them itself: passed
   * as arguments, the fractions are boxed whenever V8 does not inline this call (48 bytes a row).
   */
  add(index: number, f: RowFigures, amount: number, share: number): void {
    let d = this.chunk;
    let at = this.at;
    if (at === d.length) {
      d = this.chunk = takeFloat64(7 * SHARE_CHUNK);
      this.chunks.push(d);
      at = 0;
    }
    d[at] = index;
    d[at + 1] = f.value[amount];
    d[at + 2] = f.half[amount];
    d[at + 3] = f.decimals[amount];
    d[at + 4] = f.value[share];
    d[at + 5] = f.half[share];
    d[at + 6] = f.decimals[share];
    this.at = at + 7;
    this.length++;
  }

  /** Field `field` of row `i` (0-6, in the order the class comment lists them). */
  get(i: number, field: number): number {
    return this.chunks[(i / SHARE_CHUNK) | 0][7 * (i % SHARE_CHUNK) + field];
  }

  /** Forget every row; the buffers serve the next sheet. */
  release(): void {
    giveBack(this.chunks);
    this.chunks.length = 0;
    this.chunk = new Float64Array(0);
    this.at = 0;
    this.length = 0;
  }
}

class Shares implements Check {
  private readonly rows = new ShareRows();
  private sum = 0;
  private half = 0;
  private decimals = 0;
  private complete = true;

  constructor(
    private readonly sheet: Sheet,
    private readonly share: FigureColumn,
    private readonly amount: FigureColumn
  ) {}

  data(row: Row): void {
    const { share, amount } = this;
    const f = this.sheet.figures;
    const hasAmount = f.present[amount.slot] === 1;
    const hasShare = f.present[share.slot] === 1;
    if (hasAmount) {
      this.sum += f.value[amount.slot];
      this.half += f.half[amount.slot];
      if (f.decimals[amount.slot] > this.decimals) this.decimals = f.decimals[amount.slot];
    }
    if (hasShare && !hasAmount) {
      if (isBlank(row.values[amount.column])) {
        const n = new Naming();
        this.sheet.emit(row.index, amount.column, amount.role, {
          rule: "missing-value",
          role: n.role(amount, standIn(amount)),
          neededFor: "share",
          ...n.extra(),
        });
      }
      return;
    }
    if (hasAmount && !hasShare) this.complete = false;
    if (hasAmount && hasShare) {
      this.rows.add(row.index, f, amount.slot, share.slot);
    }
  }

  /** A total row's share must be 100%. */
  total(row: Row): void {
    const share = this.share;
    const f = this.sheet.figures;
    if (!f.present[share.slot]) return;
    if (Math.abs(f.value[share.slot] - 100) <= f.half[share.slot] + 1e-9) return;
    const expected = atPrecision(100, f.decimals[share.slot]);
    const stated = f.text(share.slot);
    this.sheet.emit(
      row.index,
      share.column,
      "share",
      { rule: "share-mismatch", of: "total", stated, expected },
      expected,
      stated
    );
  }

  /** Check every stated share against amount ÷ the sum of the amounts, then that the shares can add up to 100%. */
  finish(): void {
    this.checkShares();
    this.rows.release();
  }

  private checkShares(): void {
    const { rows, share } = this;
    if (rows.length === 0) return;
    const emit = this.sheet.emit;
    const total = this.sum;
    const totalText = atPrecision(total, this.decimals);
    let statedSum = 0;
    let statedHalf = 0;
    let decimals = 0;
    for (let i = 0; i < rows.length; i++) {
      const amount = rows.get(i, 1);
      const stated = rows.get(i, 4);
      const half = rows.get(i, 5);
      const shown = rows.get(i, 6);
      statedSum += stated;
      statedHalf += half;
      decimals = Math.max(decimals, shown);
      const agreement = shareAgreement(amount, rows.get(i, 2), total, this.half, stated, half);
      if (agreement !== "mismatch") continue;
      const expected = atPrecision(total > 0 ? (amount / total) * 100 : 0, shown);
      const statedText = atPrecision(stated, shown);
      const amountText = atPrecision(amount, rows.get(i, 3));
      const facts: Facts = {
        rule: "share-mismatch",
        of: "row",
        stated: statedText,
        expected,
        amount: amountText,
        total: totalText,
      };
      emit(rows.get(i, 0), share.column, "share", facts, expected, statedText);
    }
    if (!this.complete || Math.abs(statedSum - 100) <= statedHalf + 1e-9) return;
    const at = this.sheet.lastTotalIndex() ?? rows.get(rows.length - 1, 0);
    const sumText = atPrecision(statedSum, decimals);
    const facts: Facts = { rule: "share-mismatch", of: "sum", stated: sumText, expected: "100" };
    emit(at, share.column, "share", facts, "100", sumText);
  }
}

export const shares: CheckFamily = {
  name: "shares",
  rules: ["share-mismatch", "missing-value"],
  create(sheet) {
    const { share, shareAmount } = sheet.plan;
    return share && shareAmount ? new Shares(sheet, share, shareAmount) : null;
  },
};
