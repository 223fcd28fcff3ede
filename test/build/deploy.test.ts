/**
 * A deployment an office can run: the build's base URL (--env base) and Office.js source
 * (--env officejs), as README's "在内网发布 / Publishing on an intranet" section describes.
 * The pure rules first (scripts/manifest-base.cjs, scripts/build-officejs.cjs), then the
 * webpack config's wiring, then (in .ci/run) a real build made with those options.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const OFFICE_JS_PACKAGE = path.join(ROOT, "node_modules", "@microsoft", "office-js");
const CHINESE = /[\u3400-\u9fff]/;
const INTRANET = "https://intranet.example/aid/";

interface CopyPattern {
  from: string;
  to: string;
  info?: { minimized?: boolean };
  transform?: (content: Buffer) => string;
}

const { DEV_BASE, normalizeBase, rebaseManifest, manifestUrls } = require(
  path.join(ROOT, "scripts", "manifest-base.cjs")
) as {
  DEV_BASE: string;
  normalizeBase: (raw: unknown) => string;
  rebaseManifest: (xml: string, base: string) => string;
  manifestUrls: (xml: string) => string[];
};
const { OFFICE_JS, LOCAL_DIR, LOCAL_FILES, officeJsSrc, localCopyPatterns } = require(
  path.join(ROOT, "scripts", "build-officejs.cjs")
) as {
  OFFICE_JS: Record<string, string>;
  LOCAL_DIR: string;
  LOCAL_FILES: string[];
  officeJsSrc: (choice: unknown) => string;
  localCopyPatterns: (choice: unknown) => CopyPattern[];
};

const sourceManifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** The message a function throws, or "" when it does not throw. */
function thrown(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return "";
}

/** The src of every <script> of an HTML page, in order. */
function scriptSources(html: string): string[] {
  return Array.from(
    html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi),
    (m) => m[1] ?? m[2] ?? m[3]
  );
}

describe("--env base", () => {
  test("an https base is kept, with the closing / added when missing", () => {
    expect(normalizeBase("https://intranet.example/aid")).toBe(INTRANET);
    expect(normalizeBase("https://intranet.example/aid/")).toBe(INTRANET);
    expect(normalizeBase(" https://intranet.example/aid/ ")).toBe(INTRANET);
    expect(normalizeBase("https://aid.intranet.example")).toBe("https://aid.intranet.example/");
    expect(normalizeBase("https://intranet.example:8443/office/aid")).toBe(
      "https://intranet.example:8443/office/aid/"
    );
  });

  test("plain http is allowed for this machine only (tests), never for an intranet host", () => {
    expect(normalizeBase("http://localhost:3000")).toBe("http://localhost:3000/");
    expect(normalizeBase("http://127.0.0.1:8080/aid")).toBe("http://127.0.0.1:8080/aid/");
    expect(thrown(() => normalizeBase("http://intranet.example/aid/"))).toMatch(/https/);
  });

  test.each([
    ["no scheme", "intranet.example/aid/"],
    ["another scheme", "ftp://intranet.example/aid/"],
    ["a file path", "file:///srv/aid/"],
    ["a query", "https://intranet.example/aid/?v=2"],
    ["a fragment", "https://intranet.example/aid/#top"],
    ["a user name", "https://admin:secret@intranet.example/aid/"],
    ["an empty value", ""],
    ["--env base without a value", true],
  ])("rejects %s with a message in Chinese and English", (_what, raw) => {
    const message = thrown(() => normalizeBase(raw));
    expect(message).toMatch(CHINESE);
    expect(message).toMatch(/[A-Za-z]{4,} .*[A-Za-z]{4,}/);
    expect(message).toContain("--env base=https://");
    expect(message).not.toMatch(/\n\s+at /); // a message, not a stack
  });

  test("every URL of the manifest moves under the base, and nothing else changes", () => {
    const original = manifestUrls(sourceManifest);
    expect(original.length).toBeGreaterThan(5);
    expect(original.every((url) => url.startsWith(DEV_BASE))).toBe(true);

    const rebased = rebaseManifest(sourceManifest, "https://intranet.example/aid");
    const urls = manifestUrls(rebased);
    expect(urls).toEqual(original.map((url) => INTRANET + url.slice(DEV_BASE.length)));
    expect(rebased.split(INTRANET).join(DEV_BASE)).toBe(sourceManifest);
  });

  test("IconUrl, HighResolutionIconUrl, SupportUrl, SourceLocation and every bt:Url and bt:Image move", () => {
    const rebased = rebaseManifest(sourceManifest, INTRANET);
    const tags = [
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "SourceLocation",
      "bt:Url",
      "bt:Image",
    ];
    for (const tag of tags) {
      const values = Array.from(
        rebased.matchAll(new RegExp(`<${tag}\\b[^>]*\\bDefaultValue="([^"]*)"`, "g")),
        (m) => m[1]
      );
      expect([tag, values.length > 0]).toEqual([tag, true]);
      for (const value of values) expect([tag, value.startsWith(INTRANET)]).toEqual([tag, true]);
    }
    expect(rebased).not.toContain("localhost");
  });

  test("the default base leaves manifest.xml as it is, so sideloading it keeps working", () => {
    expect(rebaseManifest(sourceManifest, DEV_BASE)).toBe(sourceManifest);
  });

  test("a base with & is escaped for XML", () => {
    const rebased = rebaseManifest(sourceManifest, "https://intranet.example/a&b/");
    expect(rebased).toContain('"https://intranet.example/a&amp;b/taskpane.html"');
    expect(manifestUrls(rebased)).toContain("https://intranet.example/a&b/taskpane.html");
  });

  test("a manifest with nothing under the development base is refused, not passed through", () => {
    const once = rebaseManifest(sourceManifest, INTRANET);
    expect(thrown(() => rebaseManifest(once, "https://other.example/"))).toMatch(CHINESE);
  });
});

describe("--env officejs", () => {
  test("cdn and 21vianet are Microsoft's documented URLs; local is the copy beside the page", () => {
    expect(officeJsSrc(undefined)).toBe(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
    expect(officeJsSrc("cdn")).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(officeJsSrc("21vianet")).toBe(
      "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js"
    );
    expect(officeJsSrc("local")).toBe(`${LOCAL_DIR}/office.js`);
    expect(Object.keys(OFFICE_JS).sort()).toEqual(["21vianet", "cdn", "local"]);
  });

  test("an unknown source is refused in Chinese and English, naming the choices", () => {
    const message = thrown(() => officeJsSrc("china"));
    expect(message).toMatch(CHINESE);
    expect(message).toMatch(/must be one of/);
    expect(message).toContain("21vianet");
  });

  test("the copy holds the Excel host scripts office.js asks for on the web, Windows and Mac", () => {
    // office.js caps the host's file version with this map and loads excel-<platform>-<version>.js.
    const loader = fs.readFileSync(path.join(OFFICE_JS_PACKAGE, "dist", "office.debug.js"), "utf8");
    const map = /OSF\.HostSpecificFileVersionMap = (\{[\s\S]*?\n\});/.exec(loader);
    expect(map).not.toBeNull();
    const versions = JSON.parse((map as RegExpExecArray)[1]) as Record<
      string,
      Record<string, string>
    >;
    for (const platform of ["web", "win32", "mac"]) {
      const file = `excel-${platform}-${versions.excel[platform]}.js`;
      expect([file, LOCAL_FILES.includes(file)]).toEqual([file, true]);
    }
  });

  test("the copy holds the other files office.js and the Excel host scripts load by name", () => {
    const minified = fs.readFileSync(path.join(OFFICE_JS_PACKAGE, "dist", "office.js"), "utf8");
    for (const name of [
      "office_strings.js",
      "o15apptofilemappingtable.js",
      "telemetry/oteljs_agave.js",
    ])
      expect([name, minified.includes(`"${name}"`)]).toEqual([name, true]);
    for (const host of LOCAL_FILES.filter((f) => f.startsWith("excel-"))) {
      const script = fs.readFileSync(path.join(OFFICE_JS_PACKAGE, "dist", host), "utf8");
      expect([host, script.includes('"ariatelemetry/aria-web-telemetry.js"')]).toEqual([
        host,
        true,
      ]);
    }
    for (const needed of [
      "zh-cn/office_strings.js",
      "en-us/office_strings.js",
      "o15apptofilemappingtable.js",
      "telemetry/oteljs_agave.js",
      "ariatelemetry/aria-web-telemetry.js",
    ])
      expect(LOCAL_FILES).toContain(needed);
  });

  test("the copy is a few MB of Microsoft's files as they are, not the whole package", () => {
    const patterns = localCopyPatterns("local");
    let bytes = 0;
    for (const pattern of patterns) {
      expect([pattern.from, fs.existsSync(pattern.from)]).toEqual([pattern.from, true]);
      expect(pattern.to.startsWith(`${LOCAL_DIR}/`)).toBe(true);
      expect(pattern.info?.minimized).toBe(true); // Terser must leave them alone
      expect(pattern.transform).toBeUndefined();
      bytes += fs.statSync(pattern.from).size;
    }
    expect(patterns.map((p) => p.to)).toContain(`${LOCAL_DIR}/LICENSE.md`);
    expect(bytes).toBeLessThan(10_000_000);
    expect(localCopyPatterns("cdn")).toEqual([]);
    expect(localCopyPatterns("21vianet")).toEqual([]);
  });

  test("taskpane.html takes its Office.js src from the build, with no URL of its own", () => {
    const template = fs.readFileSync(path.join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    expect(template).toMatch(/<script\b[^>]*\bsrc="<%= officeJsSrc %>"/);
    expect(template).not.toContain("appsforoffice");
  });
});

describe("webpack.config.js", () => {
  type Plugin = {
    constructor: { name: string };
    userOptions?: Record<string, unknown>;
    patterns?: CopyPattern[];
  };
  const configFor = async (env: Record<string, unknown>) => {
    const make = require(path.join(ROOT, "webpack.config.js")) as (
      env: Record<string, unknown>,
      options: Record<string, unknown>
    ) => Promise<{ plugins: Plugin[] }>;
    return make(env, { mode: "production" });
  };
  const taskpanePage = (plugins: Plugin[]) =>
    plugins.find(
      (p) =>
        p.constructor.name === "HtmlWebpackPlugin" && p.userOptions?.filename === "taskpane.html"
    );
  const copies = (plugins: Plugin[]) =>
    plugins.find((p) => p.constructor.name === "CopyPlugin")?.patterns ?? [];

  test("passes the Office.js source to taskpane.html and rewrites the copied manifest", async () => {
    const { plugins } = await configFor({
      base: "https://intranet.example/aid",
      officejs: "21vianet",
    });
    expect(taskpanePage(plugins)?.userOptions?.templateParameters).toEqual({
      officeJsSrc: OFFICE_JS["21vianet"],
    });
    const manifest = copies(plugins).find((p) => p.to === "manifest.xml");
    const written = manifest?.transform?.(Buffer.from(sourceManifest)) ?? "";
    expect(manifestUrls(written).every((url) => url.startsWith(INTRANET))).toBe(true);
    expect(copies(plugins).some((p) => p.to.startsWith(`${LOCAL_DIR}/`))).toBe(false);
  });

  test("without options: Microsoft's CDN and the localhost manifest", async () => {
    const { plugins } = await configFor({});
    expect(taskpanePage(plugins)?.userOptions?.templateParameters).toEqual({
      officeJsSrc: OFFICE_JS.cdn,
    });
    const manifest = copies(plugins).find((p) => p.to === "manifest.xml");
    expect(manifest?.transform?.(Buffer.from(sourceManifest))).toBe(sourceManifest);
  });

  test("a bad option stops the build before anything is built", async () => {
    await expect(configFor({ base: "http://intranet.example/" })).rejects.toThrow(CHINESE);
    await expect(configFor({ officejs: "mirror" })).rejects.toThrow(CHINESE);
  });
});

/**
 * A real build, made the way README tells an office to:
 * `npm run build -- --env base=https://intranet.example/aid --env officejs=local --output-path DIR`.
 * A production build takes a minute or more of both cores, too much for every `npm test`, so
 * .ci/run makes it and runs these tests with AID_DEPLOY_DIST=DIR; without it they are skipped.
 */
const BUILT = process.env.AID_DEPLOY_DIST;
(BUILT ? describe : describe.skip)("a build for an intranet (AID_DEPLOY_DIST)", () => {
  const out = BUILT ?? "";

  test("dist/manifest.xml points every URL under the base, at files the build wrote", () => {
    const manifest = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    const urls = manifestUrls(manifest);
    expect(urls).toHaveLength(manifestUrls(sourceManifest).length);
    for (const url of urls) {
      expect(url.startsWith(INTRANET)).toBe(true);
      const file = path.join(out, url.slice(INTRANET.length));
      expect([url, fs.existsSync(file)]).toEqual([url, true]);
    }
  });

  test("taskpane.html loads the local Office.js first, and the copy is byte for byte Microsoft's", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const sources = scriptSources(html);
    expect(sources[0]).toBe(`${LOCAL_DIR}/office.js`);
    expect(html).not.toContain("appsforoffice");
    for (const file of LOCAL_FILES) {
      const copied = fs.readFileSync(path.join(out, LOCAL_DIR, file));
      const original = fs.readFileSync(path.join(OFFICE_JS_PACKAGE, "dist", file));
      expect([file, copied.equals(original)]).toEqual([file, true]);
    }
    const license = fs.readFileSync(path.join(out, LOCAL_DIR, "LICENSE.md"));
    expect(license.equals(fs.readFileSync(path.join(OFFICE_JS_PACKAGE, "LICENSE.md")))).toBe(true);
  });

  test("the copy is only what LOCAL_FILES names, not the whole package", () => {
    const listed = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory()
          ? listed(full)
          : [path.relative(path.join(out, LOCAL_DIR), full)];
      });
    expect(
      listed(path.join(out, LOCAL_DIR))
        .map((f) => f.split(path.sep).join("/"))
        .sort()
    ).toEqual([...LOCAL_FILES, "LICENSE.md"].sort());
  });
});
