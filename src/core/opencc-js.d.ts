/**
 * The one entry of opencc-js the core uses, declared for builds that resolve packages the old way
 * (aid-check's CommonJS build ignores the package's `exports`); bundlers read the package's own types.
 */
declare module "opencc-js/t2cn" {
  /** Make a converter between two locales (tw, hk, cn …). */
  export function Converter(options: { from: string; to: string }): (text: string) => string;
}
