/**
 * The core is pure domain logic that the functions, the pane and the command line
 * all share: it may not reach for Office, the DOM or Node, nor import the faces.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const ROOTS = ["src/core", "src/data"];
const files = ROOTS.flatMap((root) => sources(join(__dirname, "..", "..", root)));

describe("src/core and src/data stay pure", () => {
  test("there are files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test.each(files.map((f) => [f.slice(f.indexOf("src/"))]))(
    "%s imports only the core and the data",
    (relative) => {
      const text = readFileSync(join(__dirname, "..", "..", relative), "utf8");
      const imports = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]);
      for (const spec of imports) {
        // Relative only: no packages, no node: modules. The one exception is OpenCC's
        // traditional → simplified converter, plain JavaScript with no Office, DOM or Node use.
        if (spec === "opencc-js/t2cn") continue;
        expect(spec).toMatch(/^\.\.?\//);
        expect(spec).not.toMatch(/(excel|taskpane|cli|functions|workbench)\//);
      }
    }
  );

  test.each(files.map((f) => [f.slice(f.indexOf("src/"))]))(
    "%s uses no Office, DOM or Node globals",
    (relative) => {
      const code = readFileSync(join(__dirname, "..", "..", relative), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "")
        .replace(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
      expect(code).not.toMatch(
        /(?<![.\w$])(Office|Excel|CustomFunctions|document|window|process|require|Buffer)\s*[.(]/
      );
    }
  );
});
