/** @jest-environment jsdom */
/**
 * manifest.xml against what Office needs to load AID: the schema's element order
 * (Office rejects a manifest whose elements are out of order), one shared runtime
 * for the pane and the functions, resources that resolve, length limits and the
 * zh-CN overrides the users see.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const OFFICE = "http://schemas.microsoft.com/office/appforoffice/1.1";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const CHINESE = /[\u3400-\u9fff]/;

let doc: Document;
let root: Element;

beforeAll(() => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  doc = new DOMParser().parseFromString(xml, "application/xml");
  root = doc.documentElement;
});

/** Element children of an element. */
const children = (element: Element): Element[] => Array.from(element.children);
const names = (element: Element): string[] => children(element).map((e) => e.localName);

/** The only child with this local name (and namespace, when given). */
function child(element: Element, localName: string, ns?: string): Element {
  const found = children(element).filter(
    (e) => e.localName === localName && (ns === undefined || e.namespaceURI === ns)
  );
  expect([localName, found.length]).toEqual([localName, 1]);
  return found[0];
}

const all = (ns: string, localName: string, within: Element | Document = doc): Element[] =>
  Array.from(within.getElementsByTagNameNS(ns, localName));

const xsiType = (element: Element) => element.getAttributeNS(XSI, "type");

const versionOverrides = () => child(root, "VersionOverrides", OV);
const resources = () => child(versionOverrides(), "Resources", OV);
const workbookHost = () => {
  const hosts = child(versionOverrides(), "Hosts", OV);
  const workbook = children(hosts).filter(
    (h) => h.localName === "Host" && xsiType(h) === "Workbook"
  );
  expect(workbook).toHaveLength(1);
  return workbook[0];
};
const extensionPoint = (type: string): Element => {
  const points = all(OV, "ExtensionPoint", workbookHost()).filter((e) => xsiType(e) === type);
  expect([type, points.length]).toEqual([type, 1]);
  return points[0];
};

/** Every defined resource: [section, element] for bt:Image, bt:Url and bt:String. */
function definitions(): { section: string; element: Element }[] {
  return children(resources()).flatMap((section) =>
    children(section).map((element) => ({ section: section.localName, element }))
  );
}

function definition(id: string): Element {
  const found = definitions().filter((d) => d.element.getAttribute("id") === id);
  expect([id, found.length]).toEqual([id, 1]);
  return found[0].element;
}

function zhOverride(element: Element): Element | undefined {
  return children(element).find(
    (e) => e.localName === "Override" && e.getAttribute("Locale") === "zh-CN"
  );
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe(OFFICE);
  });

  test("is a TaskPaneApp", () => {
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  test("top-level elements appear in the schema order", () => {
    const schemaOrder = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const present = names(root);
    expect(present).toEqual(schemaOrder.filter((name) => present.includes(name)));
    expect(schemaOrder.filter((name) => name !== "AppDomains" && !present.includes(name))).toEqual(
      []
    );
  });

  test("the Id is a GUID", () => {
    expect(child(root, "Id").textContent?.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
  });

  test("asks for ReadWriteDocument and runs in workbooks", () => {
    expect(child(root, "Permissions").textContent?.trim()).toBe("ReadWriteDocument");
    const hosts = all(OFFICE, "Host", child(root, "Hosts", OFFICE));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  test("defaults to en-US with zh-CN overrides of the display name and description", () => {
    expect(child(root, "DefaultLocale").textContent?.trim()).toBe("en-US");
    for (const name of ["DisplayName", "Description"]) {
      const element = child(root, name, OFFICE);
      expect(element.getAttribute("DefaultValue")?.trim()).toBeTruthy();
      const override = zhOverride(element);
      expect([name, override !== undefined]).toEqual([name, true]);
      expect(override?.getAttribute("Value")).toMatch(CHINESE);
      expect(override?.getAttribute("Value")).not.toBe(element.getAttribute("DefaultValue"));
    }
  });

  test("requires SharedRuntime 1.1", () => {
    const sets = all(OFFICE, "Set", child(root, "Requirements", OFFICE));
    const shared = sets.filter((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(shared).toHaveLength(1);
    const version =
      shared[0].getAttribute("MinVersion") ??
      (shared[0].parentElement as Element).getAttribute("DefaultMinVersion");
    expect(version).toBe("1.1");
  });
});

/** "1.10" > "1.9": compare requirement-set versions part by part. */
function versionOrder(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The manifest's MinVersion for a requirement set, or undefined when it is not declared. */
function declared(name: string): string | undefined {
  const sets = all(OFFICE, "Set", child(root, "Requirements", OFFICE));
  const found = sets.filter((s) => s.getAttribute("Name") === name);
  expect([name, found.length <= 1]).toEqual([name, true]);
  if (found.length === 0) return undefined;
  return (
    found[0].getAttribute("MinVersion") ??
    (found[0].parentElement as Element).getAttribute("DefaultMinVersion") ??
    undefined
  );
}

/** The source of the files under these folders, comments removed (a comment naming an API does not use it). */
function code(...folders: string[]): string {
  const files = folders.flatMap((folder) =>
    fs
      .readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(ROOT, folder, f))
  );
  return files
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");
}

const typingsText: Record<string, string> = {};

/**
 * The "[Api set: <set> x.y]" that @types/office-js (or another typings file) gives a
 * member of a class or enum in a namespace: the API reference's own annotation.
 */
function apiSet(typings: string, namespace: string, owner: string, member: string): string {
  const text = (typingsText[typings] ??= fs.readFileSync(
    path.join(ROOT, "node_modules", "@types", typings, "index.d.ts"),
    "utf8"
  ));
  const ns = text.indexOf(`declare namespace ${namespace} {`);
  expect([namespace, ns >= 0]).toEqual([namespace, true]);
  const starts = [`class ${owner} `, `enum ${owner} `]
    .map((head) => text.indexOf(head, ns))
    .filter((i) => i > ns);
  expect([owner, starts.length > 0]).toEqual([owner, true]);
  const start = Math.min(...starts);
  const rest = text.slice(start + 1);
  const end = rest.search(/\n {4}(?:export )?(?:class|interface|enum|namespace|function|type) /);
  const block = end < 0 ? rest : rest.slice(0, end);
  const at = block.search(new RegExp(`\\n\\s*(?:readonly )?${member}\\s*[(:?=<]`));
  expect([owner, member, at >= 0]).toEqual([owner, member, true]);
  const comment = block.slice(block.lastIndexOf("/**", at), at);
  const set = /Api set: [A-Za-z]+ (\d+\.\d+)/.exec(comment);
  expect([owner, member, set !== null]).toEqual([owner, member, true]);
  return (set as RegExpExecArray)[1];
}

describe("Requirements: what the code uses", () => {
  // Excel API members above ExcelApi 1.1 that AID's Excel code calls or might (valuesAsJson, 1.16, and
  // onFormatChanged are listed so that starting to use them fails here). When the needed set changes,
  // so do the manifest and README's "哪些 Excel 能运行 AID / Which Excel runs AID".
  const EXCEL_MEMBERS: [owner: string, member: string][] = [
    ["Workbook", "settings"],
    ["Workbook", "getSelectedRanges"],
    ["SettingCollection", "getItemOrNullObject"],
    ["WorksheetCollection", "getItemOrNullObject"],
    ["WorksheetCollection", "onActivated"],
    ["WorksheetCollection", "onChanged"],
    ["Worksheet", "getRangeByIndexes"],
    ["Worksheet", "getRanges"],
    ["Worksheet", "getUsedRange"],
    ["Worksheet", "getUsedRangeOrNullObject"],
    ["Worksheet", "onFormatChanged"],
    ["Range", "getIntersectionOrNullObject"],
    ["Range", "getResizedRange"],
    ["Range", "hyperlink"],
    ["Range", "valuesAsJson"],
    ["RangeAreas", "areas"],
    ["RangeFill", "pattern"],
    ["RangeFormat", "autofitColumns"],
  ];

  test("ExcelApi is the highest set among the Excel APIs src/excel and src/taskpane call", () => {
    const source = code("src/excel", "src/taskpane");
    const used = EXCEL_MEMBERS.filter(([, member]) => new RegExp(`\\.${member}\\b`).test(source));
    expect(used.length).toBeGreaterThan(3);
    const needed = used
      .map(([owner, member]) => apiSet("office-js", "Excel", owner, member))
      .sort(versionOrder)
      .pop();
    expect(needed).toBe("1.9"); // fill patterns, multi-area ranges, sheet-collection onChanged
    expect(declared("ExcelApi")).toBe(needed);
  });

  test("CustomFunctionsRuntime is the highest set among the error codes the functions return", () => {
    const source = code("src/functions");
    const codes: [member: string, value: string][] = [
      ["invalidValue", "#VALUE!"],
      ["notAvailable", "#N/A"],
      ["divisionByZero", "#DIV/0!"],
      ["invalidNumber", "#NUM!"],
    ];
    const sets = codes
      .filter(([, value]) => source.includes(`"${value}"`))
      .map(([member]) =>
        apiSet("custom-functions-runtime", "CustomFunctions", "ErrorCode", member)
      );
    expect(source).toContain("new CustomFunctions.Error(");
    sets.push(apiSet("custom-functions-runtime", "CustomFunctions", "Error", "message"));
    const needed = sets.sort(versionOrder).pop();
    expect(needed).toBe("1.3");
    expect(declared("CustomFunctionsRuntime")).toBe(needed);
  });

  test("SharedRuntime 1.1 is declared for the long-lived runtime and Office.addin", () => {
    expect(code("src/excel")).toMatch(/Office\.addin\b/);
    expect(declared("SharedRuntime")).toBe("1.1");
  });

  test("nothing else is required, so no Excel that could run AID is turned away", () => {
    const sets = all(OFFICE, "Set", child(root, "Requirements", OFFICE)).map((s) =>
      s.getAttribute("Name")
    );
    expect(sets.sort()).toEqual(["CustomFunctionsRuntime", "ExcelApi", "SharedRuntime"]);
  });
});

describe("VersionOverrides", () => {
  test("Hosts comes before Resources", () => {
    expect(names(versionOverrides())).toEqual(["Hosts", "Resources"]);
  });

  test("the Workbook host has Runtimes, AllFormFactors, DesktopFormFactor in that order", () => {
    expect(names(workbookHost())).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
  });

  test("there is exactly one runtime and it is long-lived", () => {
    const runtimes = all(OV, "Runtime", versionOverrides());
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
  });

  test("the pane, the functions page, the function file and the button share one runtime", () => {
    const runtime = all(OV, "Runtime", versionOverrides())[0].getAttribute("resid");
    const page = child(child(extensionPoint("CustomFunctions"), "Page"), "SourceLocation");
    const functionFile = child(child(workbookHost(), "DesktopFormFactor"), "FunctionFile");
    const actions = all(OV, "Action", workbookHost()).filter((a) => xsiType(a) === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    expect(runtime).toBeTruthy();
    expect(page.getAttribute("resid")).toBe(runtime);
    expect(functionFile.getAttribute("resid")).toBe(runtime);
    for (const action of actions)
      expect(child(action, "SourceLocation").getAttribute("resid")).toBe(runtime);
  });

  test("the CustomFunctions extension point has Script, Page, Metadata, Namespace and namespace AID", () => {
    const point = extensionPoint("CustomFunctions");
    expect(names(point)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    const namespaceId = child(point, "Namespace").getAttribute("resid") as string;
    const namespace = definition(namespaceId);
    expect(namespace.parentElement?.localName).toBe("ShortStrings");
    expect(namespace.getAttribute("DefaultValue")).toBe("AID");
  });

  test("the functions' metadata URL has a zh-CN override pointing at functions.zh-CN.json", () => {
    const point = extensionPoint("CustomFunctions");
    const id = child(child(point, "Metadata"), "SourceLocation").getAttribute("resid") as string;
    expect(id).toBe("Functions.Metadata.Url");
    const url = definition(id);
    expect(url.getAttribute("DefaultValue")).toMatch(/\/functions\.json$/);
    expect(zhOverride(url)?.getAttribute("Value")).toMatch(/\/functions\.zh-CN\.json$/);
  });

  test("DesktopFormFactor has GetStarted, FunctionFile, ExtensionPoint in order", () => {
    expect(names(child(workbookHost(), "DesktopFormFactor"))).toEqual([
      "GetStarted",
      "FunctionFile",
      "ExtensionPoint",
    ]);
  });

  test("the ribbon has a button that shows the task pane", () => {
    const surface = extensionPoint("PrimaryCommandSurface");
    const buttons = all(OV, "Control", surface).filter((c) => xsiType(c) === "Button");
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      expect(names(button)).toEqual(["Label", "Supertip", "Icon", "Action"]);
      expect(xsiType(child(button, "Action"))).toBe("ShowTaskpane");
    }
  });

  test("group and button icons come at 16, 32 and 80 from defined images that exist under assets/", () => {
    const surface = extensionPoint("PrimaryCommandSurface");
    const groups = all(OV, "Group", surface);
    expect(groups.length).toBeGreaterThan(0);
    const buttons = all(OV, "Control", surface);
    for (const owner of [...groups, ...buttons]) {
      const images = all(BT, "Image", child(owner, "Icon"));
      expect(images.map((i) => i.getAttribute("size")).sort()).toEqual(["16", "32", "80"]);
      for (const image of images) {
        const defined = definition(image.getAttribute("resid") as string);
        expect(defined.parentElement?.localName).toBe("Images");
        const url = new URL(defined.getAttribute("DefaultValue") as string);
        expect(url.pathname).toMatch(/^\/assets\//);
        expect([url.pathname, fs.existsSync(path.join(ROOT, url.pathname))]).toEqual([
          url.pathname,
          true,
        ]);
      }
    }
  });

  test("the add-in icons exist under assets/", () => {
    for (const name of ["IconUrl", "HighResolutionIconUrl"]) {
      const url = new URL(child(root, name).getAttribute("DefaultValue") as string);
      expect(url.pathname).toMatch(/^\/assets\//);
      expect([name, fs.existsSync(path.join(ROOT, url.pathname))]).toEqual([name, true]);
    }
  });
});

describe("Resources", () => {
  test("every referenced resid is defined exactly once", () => {
    const referenced = new Set(
      Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid") as string)
    );
    expect(referenced.size).toBeGreaterThan(0);
    for (const id of referenced) definition(id);
  });

  test("every defined id is unique, at most 32 characters and used", () => {
    const ids = definitions().map((d) => d.element.getAttribute("id") as string);
    expect(new Set(ids).size).toBe(ids.length);
    const referenced = new Set(
      Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"))
    );
    for (const id of ids) {
      expect([id, id.length <= 32]).toEqual([id, true]);
      expect([id, referenced.has(id)]).toEqual([id, true]);
    }
  });

  test("resources sit in Images, Urls, ShortStrings and LongStrings", () => {
    expect(names(resources())).toEqual(["Images", "Urls", "ShortStrings", "LongStrings"]);
    for (const section of children(resources())) expect(section.namespaceURI).toBe(BT);
  });

  test("short strings are at most 125 characters and long strings 250, overrides included", () => {
    const limits: Record<string, number> = { ShortStrings: 125, LongStrings: 250 };
    for (const { section, element } of definitions()) {
      const limit = limits[section];
      if (!limit) continue;
      const values = [
        element.getAttribute("DefaultValue") ?? "",
        ...all(BT, "Override", element).map((o) => o.getAttribute("Value") ?? ""),
      ];
      for (const value of values) expect([value, value.length <= limit]).toEqual([value, true]);
    }
  });

  test("every user-visible string has a Chinese zh-CN override", () => {
    const visible = definitions().filter(
      ({ section, element }) =>
        (section === "ShortStrings" || section === "LongStrings") &&
        element.getAttribute("id") !== "Functions.Namespace"
    );
    expect(visible.length).toBeGreaterThan(0);
    for (const { element } of visible) {
      const id = element.getAttribute("id");
      const value = zhOverride(element)?.getAttribute("Value") ?? "";
      expect([id, value]).toEqual([id, expect.stringMatching(CHINESE)]);
    }
  });

  test("every URL uses https", () => {
    const urls: string[] = [];
    for (const element of Array.from(doc.getElementsByTagName("*"))) {
      for (const attribute of ["DefaultValue", "Value"]) {
        const value = element.getAttribute(attribute);
        if (value && /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push(value);
      }
    }
    for (const { section, element } of definitions())
      if (section === "Images" || section === "Urls")
        urls.push(element.getAttribute("DefaultValue") ?? "");
    for (const element of all(OFFICE, "SourceLocation"))
      urls.push(element.getAttribute("DefaultValue") ?? "");
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });
});
