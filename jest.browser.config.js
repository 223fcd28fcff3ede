/**
 * The browser tests (test/browser): the built workbench (dist/workbench.html) in headless
 * Chromium through playwright-core. They need a built dist/ (`npm run build`; the
 * `test:browser` script builds first) and Chromium at /usr/bin/chromium (or AID_CHROMIUM).
 * The global setup serves dist/ on 127.0.0.1 with scripts/serve.mjs.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  globalSetup: "<rootDir>/test/browser/global-setup.mjs",
  globalTeardown: "<rootDir>/test/browser/global-teardown.mjs",
  // A browser, a page load and a validation per test: slow machines and CI need room.
  testTimeout: 120_000,
};
