/**
 * The WPS add-in's XML files (scripts/wps-files.cjs) parse and have the structure
 * Kingsoft documents: CustomUI ribbon with a 对口支援 group and a button whose callback
 * the page defines, the JsPlugin manifest naming functions.json and the namespace,
 * and a jsplugins.xml entry for AID.
 */
import { SaxesParser } from "saxes";

const files = require("../../scripts/wps-files.cjs");

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

function parse(xml: string): Element {
  const parser = new SaxesParser({ xmlns: false });
  const root: Element = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const element: Element = {
      name: tag.name,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])
      ),
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(element);
    stack.push(element);
  });
  parser.on("text", (t) => (stack[stack.length - 1].text += t.trim()));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

function find(e: Element, name: string): Element[] {
  return [...(e.name === name ? [e] : []), ...e.children.flatMap((c) => find(c, name))];
}

test("ribbon.xml is CustomUI with a 对口支援 group and a button calling ribbon.OnAction", () => {
  const ui = parse(files.ribbonXml());
  expect(ui.name).toBe("customUI");
  expect(ui.attributes.xmlns).toBe("http://schemas.microsoft.com/office/2006/01/customui");
  expect(ui.attributes.onLoad).toBe("ribbon.OnAddinLoad");
  const group = find(ui, "group")[0];
  expect(group.attributes.label).toBe("对口支援");
  const button = find(group, "button")[0];
  expect(button.attributes.onAction).toBe("ribbon.OnAction");
  expect(button.attributes.id).toBe("aidOpenPane");
});

test("manifest.xml names functions.json and the AID namespace", () => {
  const m = parse(files.manifestXml("0.1.0"));
  expect(m.name).toBe("JsPlugin");
  expect(find(m, "Uri")[0].text).toBe("/functions.json");
  expect(find(m, "Namespace")[0].text).toBe("AID");
  expect(find(m, "ApiVersion")[0].text).toBe("1.0.0");
});

test("jsplugins.xml lists AID for ET at the given address, escaped; the oem.ini line points at it", () => {
  const j = parse(files.jsPluginsXml("file:///C:/jsaddons/AID_0.1.0/?a=1&b=2", "0.1.0"));
  expect(j.name).toBe("jsplugins");
  const entry = find(j, "jsplugin")[0];
  expect(entry.attributes).toMatchObject({
    name: "AID",
    type: "et",
    url: "file:///C:/jsaddons/AID_0.1.0/?a=1&b=2",
  });
  expect(files.oemIniLine("C:\\jsaddons\\jsplugins.xml")).toBe(
    "JSPluginsServer=C:\\jsaddons\\jsplugins.xml"
  );
});

/** A build to check: AID_DIST (a build made elsewhere) or dist/. */
const built = require("node:path").join(
  process.env.AID_DIST ?? require("node:path").join(__dirname, "../../dist"),
  "wps"
);
const haveBuild = require("node:fs").existsSync(built);

(haveBuild ? describe : describe.skip)("dist/wps/ from npm run build", () => {
  const fs = require("node:fs");
  const path = require("node:path");
  test("holds the documented files, and its XML parses with the documented structure", () => {
    for (const f of ["ribbon.xml", "manifest.xml", "functions.json", "main.js", "taskpane.html"])
      expect([f, fs.existsSync(path.join(built, f))]).toEqual([f, true]);
    // WPS writes the add-in's index.html itself and loads main.js from it: none may be shipped.
    expect(fs.existsSync(path.join(built, "index.html"))).toBe(false);
    expect(parse(fs.readFileSync(path.join(built, "ribbon.xml"), "utf8")).name).toBe("customUI");
    expect(
      find(parse(fs.readFileSync(path.join(built, "manifest.xml"), "utf8")), "Namespace")[0].text
    ).toBe("AID");
    const metadata = JSON.parse(fs.readFileSync(path.join(built, "functions.json"), "utf8"));
    expect(metadata.functions.map((f: { name: string }) => f.name).sort()).toEqual([
      "CATEGORY",
      "NORMALIZE",
      "PAIRED",
      "QUOTA",
      "RATE",
      "RECIPIENTS",
      "SHARE",
      "SUPPORTERS",
    ]);
  });
});
