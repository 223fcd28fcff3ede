/**
 * Which host the pane runs on, decided once at start: inside Office (Office.js
 * answered with a host) the Excel host; inside WPS 表格 (its add-in page has the
 * `wps` global) the WPS host; elsewhere (a plain browser) the Excel host, as before.
 * The pane itself is the same on both. The WPS host's code loads only inside WPS, so
 * Excel's first paint does not carry it.
 */
import type { Locale } from "../core/i18n";
import { localeFor } from "../core/i18n";
import { excelHost, type ExcelHost } from "../excel";
import { officeLocale } from "../excel/display-language";
import { officeIsDark } from "../excel/theme";
import { wpsGlobal } from "../wps/om";

export interface HostChoice {
  readonly kind: "excel" | "wps";
  readonly host: ExcelHost;
  readonly locale: Locale;
  readonly dark: boolean;
}

/** Tell whether Office.js is running inside an Office host (Office.onReady gave it a host). */
function insideOffice(): boolean {
  try {
    return typeof Office !== "undefined" && Boolean(Office.context?.host);
  } catch {
    return false;
  }
}

/** Pick the host, and the language and theme to show the pane in. */
export async function chooseHost(): Promise<HostChoice> {
  if (!insideOffice() && wpsGlobal()) {
    const { wpsHost } = await import("../wps");
    // WPS's pane is a Chromium page: its language is the one WPS runs in (Chinese unless set otherwise).
    return {
      kind: "wps",
      host: wpsHost,
      locale: localeFor(typeof navigator === "undefined" ? undefined : navigator.language),
      dark: false,
    };
  }
  return { kind: "excel", host: excelHost, locale: officeLocale(), dark: officeIsDark() };
}
