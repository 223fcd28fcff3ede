/**
 * Traditional → simplified folding (山東 → 山东, 項目類別 → 项目类别) through OpenCC's
 * dictionaries, loaded on their own.
 *
 * The dictionaries are about 52 KB gzip, more than the rest of the core: a dynamic import
 * lets bundlers put them in a chunk of their own, fetched after the pane's and the functions'
 * first scripts instead of inside both; in Node it is an ordinary require. Loading starts
 * when this module loads, so it is ready long before a sheet is read; whoever must not read
 * earlier (aid-check, the pane's first reading of a table) awaits whenFoldingReady().
 * Until then text is returned as it is.
 */
type Converter = (text: string) => string;

let opencc: { Converter(options: { from: string; to: string }): Converter } | undefined;
let loading: Promise<boolean> | undefined;
const converters = new Map<string, Converter>();

/** Load OpenCC's converters; resolves true once text folds (false if they cannot load). */
export function whenFoldingReady(): Promise<boolean> {
  loading ??= import("opencc-js/t2cn").then(
    (module) => {
      opencc = module;
      return true;
    },
    () => false
  );
  return loading;
}
void whenFoldingReady();

/** Tell whether the converters have loaded (before that, fold returns text unchanged). */
export function foldingLoaded(): boolean {
  return opencc !== undefined;
}

/**
 * Fold text to mainland simplified, reading it as "tw" (Taiwan usage, for names) or "t" (traditional
 * characters only, for headers). The text as it is while the dictionaries load.
 */
export function fold(text: string, from: "tw" | "t"): string {
  if (!opencc) return text;
  let convert = converters.get(from);
  if (!convert) {
    convert = opencc.Converter({ from, to: "cn" });
    converters.set(from, convert);
  }
  return convert(text);
}
