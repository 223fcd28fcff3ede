/**
 * The base URL AID is served from, and manifest.xml rewritten to point there.
 * manifest.xml in the repository names the development server (https://localhost:3000/),
 * which `npm start` and office-addin-debugging sideload as it is; a build for an office
 * (`npm run build -- --env base=https://intranet.example/aid/`) writes dist/manifest.xml
 * with every URL under that base instead. Pure functions: webpack.config.js and the tests
 * use them.
 */

/** Where the development server serves dist/, as manifest.xml in the repository says. */
const DEV_BASE = "https://localhost:3000/";

/** Hosts that may be reached over plain http: this machine, for tests only (Office itself wants https). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

const USAGE = "用法 / usage: npm run build -- --env base=https://intranet.example/aid/";

/** A bad --env base, told in Chinese, then English, then how the option is written. */
class BaseUrlError extends Error {
  constructor(zh, en) {
    super(`${zh}\n${en}\n${USAGE}`);
    this.name = "BaseUrlError";
  }
}

/**
 * Check a base URL and return it ending in "/". Throws BaseUrlError (bilingual) when it is
 * not an absolute https URL (http only for localhost/127.0.0.1), carries a query, fragment
 * or user name, or is not a string at all (`--env base` with no value).
 */
function normalizeBase(raw) {
  if (typeof raw !== "string" || raw.trim() === "")
    throw new BaseUrlError("--env base 需要一个网址。", "--env base needs a URL.");
  const text = raw.trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new BaseUrlError(
      `“${text}”不是完整的网址（需要以 https:// 开头）。`,
      `"${text}" is not an absolute URL (it must start with https://).`
    );
  }
  const loopback = LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new BaseUrlError(
      `“${text}”必须使用 https：Office 只从 https 加载加载项（http 仅允许 localhost 和 127.0.0.1，供测试使用）。`,
      `"${text}" must use https: Office loads add-ins over https only (http is allowed for localhost and 127.0.0.1, for tests).`
    );
  if (url.username || url.password)
    throw new BaseUrlError(
      `“${text}”中不能包含用户名或密码。`,
      `"${text}" must not contain a user name or password.`
    );
  if (url.search || url.hash || text.includes("?") || text.includes("#"))
    throw new BaseUrlError(
      `“${text}”中不能有查询参数（?）或片段（#）：它是 AID 各文件所在的文件夹地址。`,
      `"${text}" must not have a query (?) or fragment (#): it is the folder AID's files are served from.`
    );
  const href = url.href;
  return href.endsWith("/") ? href : `${href}/`;
}

/** Escape a URL for an XML attribute value. */
function xmlAttribute(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * Rewrite manifest.xml so every URL under the development base (IconUrl,
 * HighResolutionIconUrl, SupportUrl, SourceLocation, each bt:Url and bt:Image and their
 * overrides) points under `base` instead. Throws when the manifest names no URL under the
 * development base, so a manifest already rewritten, or edited to another host, is not
 * silently passed through.
 */
function rebaseManifest(xml, base) {
  const target = xmlAttribute(normalizeBase(base));
  let count = 0;
  const out = xml.replace(
    /(\b(?:DefaultValue|Value)\s*=\s*")https:\/\/localhost:3000\//g,
    (_match, attribute) => {
      count += 1;
      return attribute + target;
    }
  );
  if (count === 0)
    throw new Error(
      `manifest.xml 中没有指向 ${DEV_BASE} 的网址，无法改写。\nmanifest.xml has no URL under ${DEV_BASE} to rewrite.`
    );
  return out;
}

/** Every absolute URL in a manifest's DefaultValue and Value attributes, in document order. */
function manifestUrls(xml) {
  const urls = [];
  for (const match of xml.matchAll(
    /\b(?:DefaultValue|Value)\s*=\s*"([a-z][a-z0-9+.-]*:\/\/[^"]*)"/gi
  ))
    urls.push(
      match[1]
        .replace(/&amp;/g, "&")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, "<")
    );
  return urls;
}

module.exports = { DEV_BASE, BaseUrlError, normalizeBase, rebaseManifest, manifestUrls };
