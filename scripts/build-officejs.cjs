/**
 * Where the task pane loads Office.js from, chosen at build time with `--env officejs=…`:
 *
 *  - cdn (default): Microsoft's Office.js CDN, as "Referencing the Office JavaScript API
 *    library" documents (https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 *  - 21vianet: the CDN for Office 365 operated by 21Vianet in China, the URL the same page
 *    gives under "CDN references for other Microsoft 365 environments".
 *  - local: a copy served from dist/office-js/, for an intranet without internet access.
 *    The same page says local references are appropriate for internal scenarios (the CDN is
 *    required only for add-ins published to AppSource), and the license of the
 *    @microsoft/office-js package lets an organisation use copies in apps it develops for
 *    its internal business purposes. The files come from node_modules at build time and are
 *    never committed.
 *
 * office.js is only a loader: it looks at the <script> tag it came from and fetches, from
 * the same folder, the host's script (excel-<platform>-<version>.js, version capped by its
 * HostSpecificFileVersionMap), <locale>/office_strings.js (falling back to en-us), and
 * o15apptofilemappingtable.js when no host information is passed (Office 2013, or a plain
 * browser); its telemetry loads telemetry/oteljs_agave.js and the Excel host scripts load
 * ariatelemetry/aria-web-telemetry.js. LOCAL_FILES is what Excel needs of that (read off
 * office.debug.js of @microsoft/office-js 1.1.110): Excel on the web, Windows and Mac, zh-cn
 * and en-us strings. Left out: iPad (no custom functions there, so AID's manifest does not
 * load); excel-win32-16.00.js, which only builds too old for AID's requirement sets ask for
 * (and which fetches MicrosoftAjax.js from ajax.aspnetcdn.com); the other hosts; the 70
 * other locales (office.js falls back to en-us).
 */
const path = require("path");

const OFFICE_JS = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  "21vianet": "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
  local: "office-js/office.js",
};

/** The folder of dist/ that holds the local copy. */
const LOCAL_DIR = "office-js";

/** The files of @microsoft/office-js/dist that the local copy needs for Excel, relative to that folder. */
const LOCAL_FILES = [
  "office.js",
  "excel-web-16.00.js",
  "excel-win32-16.01.js",
  "excel-mac-16.00.js",
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
  "o15apptofilemappingtable.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
];

/** Throw a bilingual message for an unknown --env officejs value; return the choice. */
function officeJsChoice(raw) {
  const choice = raw === undefined ? "cdn" : raw;
  if (typeof choice === "string" && Object.prototype.hasOwnProperty.call(OFFICE_JS, choice))
    return choice;
  const known = Object.keys(OFFICE_JS).join(" | ");
  throw new Error(
    `--env officejs 只能是 ${known}（默认 cdn），收到的是“${String(raw)}”。\n` +
      `--env officejs must be one of ${known} (cdn by default); got "${String(raw)}".`
  );
}

/** The src of taskpane.html's Office.js <script> for a choice (relative to the page for local). */
function officeJsSrc(choice) {
  return OFFICE_JS[officeJsChoice(choice)];
}

/** The @microsoft/office-js package folder in node_modules. */
function officeJsPackageDir() {
  return path.dirname(require.resolve("@microsoft/office-js/package.json"));
}

/**
 * copy-webpack-plugin patterns that put the local copy into dist/office-js/, with
 * Microsoft's license terms beside it; none unless the choice is local.
 */
function localCopyPatterns(choice, packageDir = officeJsPackageDir()) {
  if (officeJsChoice(choice) !== "local") return [];
  // minimized: the production build would otherwise run Terser over Microsoft's files, and the
  // license allows distributing them only in their original form.
  const info = { minimized: true };
  return [
    ...LOCAL_FILES.map((file) => ({
      from: path.join(packageDir, "dist", file),
      to: path.posix.join(LOCAL_DIR, file),
      info,
    })),
    {
      from: path.join(packageDir, "LICENSE.md"),
      to: path.posix.join(LOCAL_DIR, "LICENSE.md"),
      info,
    },
  ];
}

module.exports = {
  OFFICE_JS,
  LOCAL_DIR,
  LOCAL_FILES,
  officeJsChoice,
  officeJsSrc,
  officeJsPackageDir,
  localCopyPatterns,
};
