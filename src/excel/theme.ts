/**
 * Office's theme, so the pane matches a dark Office.
 */

/** Tell whether Office shows a dark theme (its body background is dark); false outside Office. */
export function officeIsDark(): boolean {
  try {
    const background =
      typeof Office === "undefined" ? undefined : Office.context?.officeTheme?.bodyBackgroundColor;
    if (!background) return false;
    const hex = background.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
  } catch {
    // officeTheme is missing on some hosts (Excel on Mac before 16.x): assume light.
    return false;
  }
}
