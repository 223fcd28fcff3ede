/**
 * Lint with the Office add-in rules (eslint-plugin-office-addins: context.sync,
 * load-before-read and friends) everywhere, .tsx included: the plugin's own
 * recommended block only lists .js/.ts files, and the React pane is .tsx.
 */
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const officeBlock = officeAddins.configs.recommended.find(
  (block) => block.rules?.["office-addins/call-sync-before-read"]
);

// The plugin's block names @typescript-eslint/parser but its import resolves to undefined, so set it here
// (as office-addin-lint's own default config does), with a modern ecmaVersion instead of its ES2015.
const languageOptions = {
  parser: tsParser,
  ecmaVersion: "latest",
  sourceType: "module",
  parserOptions: { ecmaFeatures: { jsx: true } },
};

const NODE_GLOBALS = {
  process: "readonly",
  console: "readonly",
  require: "readonly",
  module: "writable",
  __dirname: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  performance: "readonly",
};

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", "examples/**"] },
  ...officeAddins.configs.react,
  {
    ...officeBlock,
    files: ["**/*.{ts,tsx,js,cjs,mjs}"],
    languageOptions,
    rules: {
      ...officeBlock.rules,
    },
  },
  // TypeScript already reports undefined names, and knows the Office, CustomFunctions and DOM globals.
  { files: ["**/*.{ts,tsx}"], rules: { "no-undef": "off" } },
  { files: ["**/*.{js,cjs,mjs}"], languageOptions: { ...languageOptions, globals: NODE_GLOBALS } },
  { settings: { react: { version: "19" } } },
  { files: ["**/*.tsx"], rules: { "react/react-in-jsx-scope": "off" } },
];
