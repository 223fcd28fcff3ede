/**
 * Lazy stand-ins for Fluent's two barrels in jest, mapped in jest.config.js.
 *
 * In the browser webpack keeps only what the pane imports; jest has no tree shaking and
 * loads a barrel whole: @fluentui/react-components requires every Fluent package, and
 * @fluentui/react-icons some 60 chunks holding every icon, about half of each pane test
 * file's set-up time. These stand-ins hand out the very same exports, each loaded the
 * first time something reads it: a component from its own package (read off the real
 * barrel's source), an icon from its own module (@fluentui/react-icons/svg/<name>), and
 * anything they cannot place from the real barrel, so nothing is ever missing.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The module `id` resolves to, loaded by path (so jest's mapping back to these stand-ins is not applied). */
function load(id: string): Record<string | symbol, unknown> {
  return require(require.resolve(id)) as Record<string | symbol, unknown>;
}

/** A module object whose every export is `find(name)`, looked up once, when first read. */
function lazyModule(
  find: (name: string) => unknown,
  has: (name: string) => boolean
): Record<string, unknown> {
  const found = new Map<string, unknown>();
  return new Proxy({} as Record<string, unknown>, {
    get(_target, name) {
      if (name === "__esModule") return true;
      if (typeof name !== "string" || name === "then" || name === "default") return undefined;
      if (!found.has(name)) found.set(name, find(name));
      return found.get(name);
    },
    has: (_target, name) => typeof name === "string" && has(name),
  });
}

/** @fluentui/react-components, each export loaded from the package the real barrel takes it from. */
export function lazyComponents(): Record<string, unknown> {
  const barrel = join(
    dirname(require.resolve("@fluentui/react-components/package.json")),
    "lib-commonjs/index.cjs"
  );
  const source = readFileSync(barrel, "utf8");
  const packages = new Map<string, string>();
  for (const m of source.matchAll(/const (_\w+) = require\("([^"]+)"\);/g))
    packages.set(m[1], m[2]);
  const exported = new Map<string, { from: string; name: string }>();
  for (const m of source.matchAll(/get (\w+) \(\) \{\s*return (_\w+)\.(\w+);/g)) {
    const from = packages.get(m[2]);
    if (from) exported.set(m[1], { from, name: m[3] });
  }
  let whole: Record<string | symbol, unknown> | undefined;
  return lazyModule(
    (name) => {
      const at = exported.get(name);
      if (at) return load(at.from)[at.name];
      whole ??= require(barrel) as Record<string | symbol, unknown>;
      return whole[name];
    },
    (name) => exported.has(name)
  );
}

/** @fluentui/react-icons, each icon loaded from its own module, the helpers from theirs. */
export function lazyIcons(): Record<string, unknown> {
  const lib = join(dirname(require.resolve("@fluentui/react-icons/svg/chevron-down")), "../..");
  const helpers: Record<string, unknown> = {};
  for (const file of [
    "utils/wrapIcon.cjs",
    "utils/bundleIcon.cjs",
    "utils/createFluentIcon.cjs",
    "utils/useIconState.cjs",
    "utils/constants.cjs",
    "contexts/index.cjs",
  ])
    Object.assign(helpers, require(join(lib, file)));
  let whole: Record<string | symbol, unknown> | undefined;
  return lazyModule(
    (name) => {
      if (name in helpers) return helpers[name];
      const icon = /^([A-Z][A-Za-z0-9]*?)(\d+)?(Regular|Filled|Color|Light)$/.exec(name);
      if (icon) {
        const file = icon[1]
          .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
          .replace(/([A-Za-z])(\d)/g, "$1-$2")
          .toLowerCase();
        try {
          const atom = require(join(lib, "atoms/svg", `${file}.cjs`)) as Record<string, unknown>;
          if (name in atom) return atom[name];
        } catch {
          // Not its own module under that name: the whole barrel has it.
        }
      }
      whole ??= load(join(lib, "index.cjs"));
      return whole[name];
    },
    () => true
  );
}
