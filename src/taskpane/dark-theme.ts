/**
 * Fluent's dark theme, in a chunk of its own: the pane loads it only when Office (or the
 * workbench) is dark, so the first paint carries one theme, not two.
 */
export { webDarkTheme } from "@fluentui/react-components";
