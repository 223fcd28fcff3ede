/**
 * Finish the custom-functions metadata that custom-functions-metadata-plugin
 * generates from the JSDoc of src/functions/functions.ts:
 *  - set allowErrorForDataTypeAny, which JSDoc cannot express, so a range with one
 *    error cell still gives results for the other cells;
 *  - set allowCustomDataForDataTypeAny on purpose (the generator writes it too, but
 *    AID must not depend on that default): Excel then hands data-type values over
 *    as objects, such as a formatted number with its basicValue or an entity, and
 *    src/functions/lift.ts reads each through its basicValue. Without it, what a
 *    data-type cell turns into is not documented;
 *  - emit functions.<locale>.json beside it from src/functions/locales/<locale>.json
 *    (same ids; descriptions and parameter names and help translated).
 * Used by webpack.config.js and by the metadata tests.
 */
const fs = require("fs");
const path = require("path");

const LOCALES_DIR = path.join(__dirname, "..", "src", "functions", "locales");

/** Add the flags the generator cannot write. */
function finish(metadata) {
  return { ...metadata, allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true };
}

/** Translate metadata with a dictionary; throws naming anything the dictionary lacks. */
function localize(metadata, dictionary, locale) {
  const functions = metadata.functions.map((fn) => {
    const entry = dictionary[fn.id];
    if (!entry) throw new Error(`${locale}: no translation for ${fn.id}`);
    const parameters = fn.parameters.map((p) => {
      const t = entry.parameters && entry.parameters[p.name];
      if (!t) throw new Error(`${locale}: no translation for ${fn.id} parameter ${p.name}`);
      return { ...p, name: t.name, description: t.description };
    });
    return { ...fn, description: entry.description, parameters };
  });
  const extra = Object.keys(dictionary).filter(
    (id) => !metadata.functions.some((fn) => fn.id === id)
  );
  if (extra.length > 0)
    throw new Error(`${locale}: translations for unknown ids ${extra.join(", ")}`);
  return { ...metadata, functions };
}

/** The locales that have a dictionary, e.g. ["zh-CN"]. */
function locales() {
  return fs
    .readdirSync(LOCALES_DIR)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length));
}

function dictionaryFor(locale) {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, `${locale}.json`), "utf8"));
}

/** Webpack plugin: rewrite functions.json and add one file per locale. */
class FunctionsMetadataLocalesPlugin {
  constructor(options = {}) {
    this.output = options.output || "functions.json";
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsMetadataLocalesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "FunctionsMetadataLocalesPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset(this.output);
          if (!asset) return; // the generator reported its own error
          try {
            const metadata = finish(JSON.parse(asset.source.source().toString()));
            compilation.updateAsset(
              this.output,
              new sources.RawSource(JSON.stringify(metadata, null, 2))
            );
            for (const locale of locales()) {
              const localized = localize(metadata, dictionaryFor(locale), locale);
              const name = this.output.replace(/\.json$/, `.${locale}.json`);
              compilation.emitAsset(
                name,
                new sources.RawSource(JSON.stringify(localized, null, 2))
              );
            }
          } catch (error) {
            compilation.errors.push(new WebpackError(String(error.message || error)));
          }
        }
      );
    });
  }
}

module.exports = { finish, localize, locales, dictionaryFor, FunctionsMetadataLocalesPlugin };
