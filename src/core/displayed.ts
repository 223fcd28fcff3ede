/**
 * Figures as AID's messages show them ("53.0%", "1,234.50", "-800") read back
 * into a number and the number format that shows it the same way, so a report
 * can hold real numbers (no "number stored as text" triangles) that still read
 * exactly as the message does.
 */

const FIGURE = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%?)$/;

/** A displayed figure as { value, format }, or null when the text is not one (待定, =0.53, 53.0 %). */
export function displayedFigure(text: string): { value: number; format: string } | null {
  const m = FIGURE.exec(text.trim());
  if (!m) return null;
  const [, sign, whole, decimals = "", percent] = m;
  const grouped = whole.includes(",");
  const digits = `${sign}${whole.replace(/,/g, "")}${decimals ? `.${decimals}` : ""}`;
  const number = Number(digits);
  if (!Number.isFinite(number)) return null;
  // Dividing the decimal string's number by 100 can leave binary noise (0.53 → 0.005300000000000001 ×100);
  // rounding to the digits shown removes it.
  const value = percent ? Number((number / 100).toFixed(decimals.length + 2)) : number;
  const base = (grouped ? "#,##0" : "0") + (decimals ? `.${"0".repeat(decimals.length)}` : "");
  return { value, format: percent ? `${base}%` : base };
}
