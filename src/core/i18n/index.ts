/**
 * Messages in the two languages AID speaks. Chinese is the default; English is
 * used when Office or the command line asks for it. One dictionary per language
 * (./zh-CN.ts, ./en.ts), both complete: the tests check they have the same keys.
 */
import { EN } from "./en";
import { ZH_CN } from "./zh-CN";
import type { Messages } from "./messages";

export type { Messages } from "./messages";
export type Locale = "zh-CN" | "en";

const DICTIONARIES: Record<Locale, Messages> = { "zh-CN": ZH_CN, en: EN };

/** The dictionary for a locale. */
export function messages(locale: Locale): Messages {
  return DICTIONARIES[locale];
}

/** Pick the locale for an Office or system language tag: Chinese for any zh-*, English otherwise. */
export function localeFor(languageTag: string | undefined | null): Locale {
  return !languageTag || /^zh(?:[-_.]|$)/i.test(languageTag) ? "zh-CN" : "en";
}
