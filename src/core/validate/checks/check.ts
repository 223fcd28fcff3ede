/**
 * What every rule family implements. The driver reads each row's figures once,
 * then hands the row to the checks its sheet can use; a family that needs
 * columns the sheet lacks builds no check at all, so it costs nothing per row.
 */
import type { CellValue } from "../../cells";
import type { Locale } from "../../i18n";
import type { PairingTable } from "../../programmes";
import { COUNT, PERCENT, type FigureColumn, type Plan } from "../plan";
import { AMOUNT_ROLES, COUNT_ROLES, RATE_ROLES, type Role } from "../roles";
import { atPrecision } from "../rounding";
import type { Facts, RuleId } from "../rules";
import type { Parties } from "./parties";

type Formats = readonly (string | undefined | null)[] | undefined;

/** One sheet row as pushed: its values, number formats and 0-based index among the pushed rows. */
export interface Row {
  readonly values: readonly CellValue[];
  readonly formats: Formats;
  readonly index: number;
}

export type TotalKind = "total" | "subtotal";

/** The current row's figures, one slot per figure column; reused from row to row. */
export class RowFigures {
  readonly value: Float64Array;
  readonly half: Float64Array;
  readonly decimals: Int8Array;
  readonly present: Uint8Array;

  constructor(size: number) {
    this.value = new Float64Array(size);
    this.half = new Float64Array(size);
    this.decimals = new Int8Array(size);
    this.present = new Uint8Array(size);
  }

  /** The figure in `slot` as shown. */
  text(slot: number): string {
    return atPrecision(this.value[slot], this.decimals[slot]);
  }
}

/** Report a finding at a cell (row index among pushed rows, column index in the pushed grid). */
export type Emit = (
  index: number,
  column: number,
  role: Role | undefined,
  facts: Facts,
  expected?: string,
  actual?: string
) => void;

/**
 * How a finding names its columns: by their roles, and a column no role names by
 * a stand-in role that no other column of the finding uses, with the header's
 * words in `names`.
 */
export class Naming {
  private readonly names: Partial<Record<Role, string>> = {};
  private readonly taken = new Set<Role>();
  private used = false;

  /** Name the finding's columns (every figure column it mentions), so stand-ins avoid their roles. */
  constructor(...columns: readonly FigureColumn[]) {
    for (const f of columns) if (f.role !== undefined) this.taken.add(f.role);
  }

  /** The role to put in the facts for this column. */
  role(f: FigureColumn, preferred: Role): Role {
    if (f.role !== undefined) return f.role;
    const role = [preferred, ...STAND_INS].find((r) => !this.taken.has(r)) ?? preferred;
    this.taken.add(role);
    this.names[role] = f.header;
    this.used = true;
    return role;
  }

  /** `{ names }` when some column needed a stand-in, else nothing. */
  extra(): { names?: Partial<Record<Role, string>> } {
    return this.used ? { names: this.names } : {};
  }
}

// The figure roles, in ROLES' order: the ones a column without a role of its own can stand in as.
const STAND_INS: readonly Role[] = [...COUNT_ROLES, ...AMOUNT_ROLES, ...RATE_ROLES, "share"];

/** The stand-in role for a column of this kind. */
export function standIn(f: FigureColumn, as: "part" | "whole" = "whole"): Role {
  if (f.kind === PERCENT) return f.measure.kind === "share" ? "share" : "completionRate";
  if (f.kind === COUNT) return as === "part" ? "completedCount" : "plannedCount";
  return as === "part" ? "arrivedFunds" : "plannedFunds";
}

/** What a check may read about its sheet. */
export interface Sheet {
  readonly plan: Plan;
  readonly figures: RowFigures;
  /** The row's supporter and recipient, looked up once for the checks that read them. */
  readonly parties: Parties;
  readonly table: PairingTable;
  readonly locale: Locale;
  /** 0-based sheet position of the first pushed cell. */
  readonly origin: { readonly row: number; readonly column: number };
  readonly emit: Emit;
  /** Index of the last 合计 row seen so far, or null. */
  lastTotalIndex(): number | null;
}

/** One family's state on one sheet. */
export interface Check {
  /** A data row, after its figures are read. */
  data?(row: Row): void;
  /** A 合计 or 小计 row, after its figures are read. */
  total?(row: Row, kind: TotalKind): void;
  /** The sheet has ended. */
  finish?(): void;
}

/** A rule family: the rules it reports and how it builds its check for a sheet. */
export interface CheckFamily {
  readonly name: string;
  readonly rules: readonly RuleId[];
  /** The family's check for this sheet, or null when the sheet lacks the columns it needs. */
  create(sheet: Sheet): Check | null;
}
