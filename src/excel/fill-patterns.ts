/**
 * Excel's cell fill patterns (Excel.FillPattern, RangeFill.pattern, ExcelApi 1.9)
 * other than None: what Highlight saves and Clear puts back, and what the fake
 * host accepts.
 */
export const FILL_PATTERNS: ReadonlySet<string> = new Set([
  "Solid",
  "Gray50",
  "Gray75",
  "Gray25",
  "Horizontal",
  "Vertical",
  "Down",
  "Up",
  "Checker",
  "SemiGray75",
  "LightHorizontal",
  "LightVertical",
  "LightDown",
  "LightUp",
  "Grid",
  "CrissCross",
  "Gray16",
  "Gray8",
  "LinearGradient",
  "RectangularGradient",
]);
