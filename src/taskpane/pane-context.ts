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

/**
 * Tell whether an error is a part of the pane's own code that did not arrive: webpack names it
 * ChunkLoadError, and its message ("Loading chunk 123 failed. (error: https://…)") is English
 * and says nothing an officer can act on.
 */
export function isLoadFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error.name === "ChunkLoadError" || /^Loading (CSS )?chunk \S+ failed/.test(error.message))
  );
}

/** A short, user-facing reason from whatever a host call threw, in the pane's language when AID can say it. */
export function reason(error: unknown, strings: PaneStrings): string {
  if (isLoadFailure(error)) return strings.loadFailed;
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
