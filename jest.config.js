/** Jest runs the TypeScript sources directly through ts-jest; component tests opt into jsdom per file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // The browser tests need a build and Chromium: `npm run test:browser` (jest.browser.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Fluent's barrels, whose every export jest would load up front, hand out each export when first used.
  moduleNameMapper: {
    "^@fluentui/react-components$": "<rootDir>/test/support/lazy-components.ts",
    "^@fluentui/react-icons$": "<rootDir>/test/support/lazy-icons.ts",
  },
  setupFiles: ["<rootDir>/test/support/custom-functions-global.ts"],
};
