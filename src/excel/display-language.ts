/**
 * The language Office shows its UI in, which decides the language of AID's messages.
 */
import { localeFor, type Locale } from "../core/i18n";

/** The locale for messages: Chinese when Office's display language is Chinese or unknown, English otherwise. */
export function officeLocale(): Locale {
  try {
    // Office is a global only inside an Office host; tests and the workbench run without it.
    return localeFor(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
  } catch {
    return "zh-CN";
  }
}
