/**
 * What a pairing verdict means as a finding: the one mapping from
 * `checkPairCells`'s verdict to a rule and its facts, used by the engine, the
 * pane's pairings check and anyone else who checks a supporter beside a recipient.
 */
import type { CellValue } from "../cells";
import { isBlank } from "../cells";
import type { Locale } from "../i18n";
import type { PairVerdict } from "../pairing";
import type { PairingTable } from "../programmes";
import type { Facts } from "./rules";

export interface PairFinding {
  readonly facts: Facts;
  /** Which of the two cells the finding is about. */
  readonly side: "supporter" | "recipient";
  /** What the cell should say, when there is one answer (the nearest name, the official supporters). */
  readonly expected?: string;
  /** The name as the cell gives it. */
  readonly actual?: string;
}

/**
 * The finding a verdict calls for, or null when the pair is official. A blank
 * verdict is a `missing-value` on the empty side when the two cells are given,
 * and null without them (the engine reports blank names itself, cell by cell).
 */
export function pairFinding(
  verdict: PairVerdict,
  table: PairingTable,
  locale: Locale,
  cells?: { readonly supporter: CellValue; readonly recipient: CellValue }
): PairFinding | null {
  switch (verdict.status) {
    case "paired":
      return null;
    case "blank": {
      if (!cells) return null;
      const side = isBlank(cells.supporter) ? "supporter" : "recipient";
      return { facts: { rule: "missing-value", role: side }, side };
    }
    case "unknown": {
      const res = verdict.resolution;
      const suggestions = res.kind === "unknown" ? res.suggestions.map((p) => p.name) : [];
      return {
        facts: { rule: "unknown-place", role: verdict.role, name: res.input, suggestions },
        side: verdict.role,
        ...(suggestions[0] !== undefined ? { expected: suggestions[0] } : {}),
        actual: res.input,
      };
    }
    case "not-paired": {
      const official = verdict.official.map((p) => p.name);
      return {
        facts: {
          rule: "pairing-mismatch",
          supporter: verdict.supporter.name,
          recipient: verdict.recipient.name,
          official,
          programme: table.title[locale],
        },
        side: "supporter",
        ...(official.length > 0 ? { expected: official.join("、") } : {}),
        actual: verdict.supporter.name,
      };
    }
    case "ambiguous": {
      const res = verdict.resolution;
      const readings = res.kind === "ambiguous" ? res.places.map((p) => p.name) : [];
      return {
        facts: { rule: "ambiguous-place", name: res.input, readings },
        side: verdict.role,
        actual: res.input,
      };
    }
    default:
      return null;
  }
}
