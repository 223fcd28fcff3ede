/**
 * What every part of the pane needs: the Excel host, the locale and its strings.
 */
import { createContext, useContext } from "react";
import type { Locale } from "../core/i18n";
import type { ExcelHost } from "../excel";
import { paneStrings, type PaneStrings } from "./strings";

export interface Pane {
  readonly host: ExcelHost;
  readonly locale: Locale;
  readonly strings: PaneStrings;
}

export const PaneContext = createContext<Pane | null>(null);

/** The pane's host, locale and strings. */
export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside the pane");
  return pane;
}

/** Build the context value for a host and locale. */
export function makePane(host: ExcelHost, locale: Locale): Pane {
  return { host, locale, strings: paneStrings(locale) };
}

/** A short, user-facing reason from whatever a host call threw. */
export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
