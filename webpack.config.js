/**
 * Builds dist/: taskpane.html (the shared runtime: task pane and custom functions),
 * functions.js, functions.json and functions.zh-CN.json, the manifest and icons,
 * and workbench.html (the pane beside an in-memory workbook) with the sample workbooks.
 * File, entry, chunk and manifest resid share one name per surface (taskpane ↔
 * Taskpane.Url, functions ↔ Functions.Script.Url). A build needs no certificate and
 * no network; only `webpack serve` on Windows/macOS asks office-addin-dev-certs for one.
 *
 * Build options (`npm run build -- --env base=… --env officejs=…`, see README):
 *  - base: the https URL dist/ is published at; dist/manifest.xml points every URL there
 *    (default https://localhost:3000/, the development server manifest.xml names).
 *  - officejs: cdn (default) | 21vianet | local, where taskpane.html loads Office.js from;
 *    local copies the files Excel needs from @microsoft/office-js into dist/office-js/.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { FunctionsMetadataLocalesPlugin } = require("./scripts/functions-metadata.cjs");
const { DEV_BASE, normalizeBase, rebaseManifest } = require("./scripts/manifest-base.cjs");
const { officeJsChoice, officeJsSrc, localCopyPatterns } = require("./scripts/build-officejs.cjs");

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  // Checked before anything is built, so a mistyped option stops the build with its message.
  const base = normalizeBase(env.base === undefined ? DEV_BASE : env.base);
  const officeJs = officeJsChoice(env.officejs);
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      // One webpack runtime for the two scripts taskpane.html loads, so the modules both use
      // (the core and its data) are in the page once, in the pane-shared chunk (see splitChunks).
      functions: { import: "./src/functions/functions.ts", runtime: "pane-runtime" },
      taskpane: { import: "./src/taskpane/taskpane.tsx", runtime: "pane-runtime" },
      // The WPS add-in's page script (dist/wps/main.js); scripts/build-wps.mjs adds the rest of dist/wps/.
      "wps/main": "./src/wps/main.ts",
      // Not part of the add-in: the pane beside an in-memory workbook, for machines without Excel.
      workbench: "./src/workbench/workbench.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // Modules of functions.js that the pane also imports, at once or in a chunk it loads
          // later: loaded once, before either entry, and never fetched again. Of the entries' own
          // files only these two are split: the WPS page script and the workbench stay one file each.
          paneShared: {
            name: "pane-shared",
            chunks: (chunk) =>
              !chunk.canBeInitial() || chunk.name === "functions" || chunk.name === "taskpane",
            test: (module, { chunkGraph }) =>
              [...chunkGraph.getModuleChunksIterable(module)].some((c) => c.name === "functions"),
            minChunks: 2,
            minSize: 0,
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsMetadataLocalesPlugin({ output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { officeJsSrc: officeJsSrc(officeJs) },
        // The shared runtime loads the functions with the pane, so both entries go on the one page,
        // with their webpack runtime and pane-shared chunk (html-webpack-plugin adds both).
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "workbench.html",
        template: "./src/workbench/workbench.html",
        chunks: ["workbench"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rebaseManifest(content.toString("utf8"), base),
          },
          { from: "examples/*.xlsx", to: "examples/[name][ext]" },
          // The workbench runs the pane on Microsoft's own Office.js client (with a fake host behind it),
          // loaded from this build rather than a CDN so it works offline.
          {
            from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
            to: "workbench/excel-web-16.00.js",
            // Already minified by Microsoft: Terser would spend minutes on it for nothing.
            info: { minimized: true },
          },
          ...localCopyPatterns(officeJs),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      // Office only loads add-ins over https; the certificate is made (and trusted) on first use.
      server: env.WEBPACK_SERVE ? { type: "https", options: await httpsOptions() } : undefined,
      port: DEV_PORT,
    },
  };
};
