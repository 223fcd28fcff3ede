/**
 * The worksheet scanner against the general SAX parser it replaced (saxes): the
 * same rows and cells, the same text, the same verdict on malformed XML, however
 * the part is cut into chunks. A difference here is a cell aid-check would read
 * differently from before, or a damaged part it would pass.
 */
import { SaxesParser } from "saxes";
import { SheetScanner, type SheetEvents } from "../../src/xlsx/sheet-scanner";

const LIMITS = { cellText: 1_000_000, depth: 256, pending: 1_000_000 };

type Event = string;

/** What the scanner hands on, as one string per event; withLayout: the layout elements are asked for too. */
function scan(chunks: string[], withLayout = false): Event[] {
  const out: Event[] = [];
  const events: SheetEvents = {
    ...(withLayout ? { layout: () => undefined } : {}),
    row: (r) => out.push(`row ${r}`),
    rowEnd: () => out.push("/row"),
    cell: (r, t, s) => out.push(`c ${r} ${t} ${s}`),
    cellEnd: (text, hasValue, hasFormula) =>
      out.push(`/c ${JSON.stringify(text)} ${hasValue} ${hasFormula}`),
  };
  const scanner = new SheetScanner(events, {
    ...LIMITS,
    refuse: (limit) => {
      throw new Error(`limit ${limit}`);
    },
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return out;
}

/** The same events worked out with saxes, the way the reader read sheets before the scanner. */
function reference(xml: string): Event[] {
  const out: Event[] = [];
  const parser = new SaxesParser();
  const local = (name: string) => (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name);
  const attr = (tag: { attributes: Record<string, string> }, name: string): string | undefined => {
    if (tag.attributes[name] !== undefined) return tag.attributes[name];
    const key = Object.keys(tag.attributes).find((k) => k.endsWith(`:${name}`));
    return key === undefined ? undefined : tag.attributes[key];
  };
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  let text = "";
  let hasValue = false;
  let hasFormula = false;
  parser.on("opentag", (tag) => {
    switch (local(tag.name)) {
      case "row":
        out.push(`row ${attr(tag, "r")}`);
        break;
      case "c":
        text = "";
        hasValue = false;
        hasFormula = false;
        out.push(`c ${attr(tag, "r")} ${attr(tag, "t")} ${attr(tag, "s")}`);
        break;
      case "v":
        inValue = true;
        hasValue = true;
        break;
      case "f":
        hasFormula = true;
        break;
      case "is":
        inInline = true;
        break;
      case "rPh":
        phonetic++;
        break;
      case "t":
        if (inInline && phonetic === 0) {
          inValue = true;
          hasValue = true;
        }
        break;
    }
  });
  const onText = (chunk: string) => {
    if (inValue) text += chunk;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    switch (local(tag.name)) {
      case "v":
        inValue = false;
        break;
      case "t":
        if (inInline) inValue = false;
        break;
      case "is":
        inInline = false;
        break;
      case "rPh":
        phonetic--;
        break;
      case "c":
        out.push(`/c ${JSON.stringify(text)} ${hasValue} ${hasFormula}`);
        text = "";
        break;
      case "row":
        out.push("/row");
        break;
    }
  });
  parser.write(xml);
  parser.close();
  return out;
}

/** Cut text into pieces at the given places. */
function cut(text: string, at: number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const i of [...at].sort((a, b) => a - b)) {
    pieces.push(text.slice(from, i));
    from = i;
  }
  pieces.push(text.slice(from));
  return pieces;
}

/** A small deterministic generator, so a failing cut can be reproduced. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** Worksheet parts as producers write them, and the corners of XML a sheet can hold. */
const SHEETS: Record<string, string> = {
  excel: `${HEAD}<worksheet ${NS}><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>12.5</v></c><c r="C1"><f>B1*2</f><v>25</v></c></row></sheetData></worksheet>`,
  prefixed: `${HEAD}<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row x:r="3"><x:c r="A3" t="n"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  inline: `<worksheet ${NS}><sheetData><row r="2"><c r="A2" t="inlineStr"><is><r><t>黑</t></r><r><t xml:space="preserve"> 龙江 </t></r><rPh sb="0" eb="1"><t>ヘイ</t></rPh></is></c></row></sheetData></worksheet>`,
  entities: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x56FD;</v></c><c r="B1" t="str"><f>"x"&amp;"y"</f><v>xy</v></c></row></sheetData></worksheet>`,
  cdata: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v><![CDATA[<b>援疆</b> & ]]]></v></c></row></sheetData></worksheet>`,
  lineEnds: `<worksheet ${NS}>\r\n<sheetData>\r\n<row r="1"><c r="A1" t="inlineStr"><is><t>一\r\n二\r三\n四</t></is></c></row>\r\n</sheetData></worksheet>`,
  comments: `${HEAD}<!-- made by a report generator --><worksheet ${NS}><!-- a <c> in a comment --><sheetData><row r="1"><c r="A1"><!-- cached --><v>1</v></c></row></sheetData></worksheet><!-- end -->`,
  attributes: `<worksheet ${NS}><sheetData><row spans = '1:2'  r = '5' ><c s='3'\n t='s'\tr='B5'><v>4</v></c><c r="C5" t="e"><v>#N/A</v></c><c r="D5"><v/></c><c r="E5"/></row><row/></sheetData></worksheet>`,
  attributeSpace: `<worksheet ${NS}><sheetData><row r="1"><c r="A&#x31;" t="s&#9;x"><v>0</v></c><c r="B1" t="a\tb\nc"/></row></sheetData></worksheet>`,
  otherElements: `<worksheet ${NS}><sheetPr><tabColor rgb="FF00FF00"/></sheetPr><dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><extLst><ext uri="{x}"><x14:foo xmlns:x14="urn:x">t</x14:foo></ext></extLst></worksheet>`,
  cjkAndAstral: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>新疆维吾尔自治区 𠀀 emoji 😀</t></is></c></row></sheetData></worksheet>`,
  // What the scanner's quick paths for <c …>, <v>…</v> and </c> take, and what they must leave to the general one.
  quickPaths: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s" s="2"><v>3</v></c><c r="B1" s="1"/><c r="C1"><v></v></c><c r="D1"><v>1</v><v>2</v></c><c r="E1" t="str"><v>a]b</v></c><c r="F1"><v>1</v ></c><c r="G1" ><v>2</v></c ><c  r="H1"><v>3</v></c><col/><cx r="I1"/><c r="J1" t="s"><x:v xmlns:x="urn:x">4</x:v></c><c r="K1"><v>&#49;</v></c></row></sheetData></worksheet>`,
};

/** The layout elements the scanner hands on when asked, as one string each. */
function scanLayout(chunks: string[]): string[] {
  const out: string[] = [];
  const noop = () => undefined;
  const scanner = new SheetScanner(
    {
      row: noop,
      rowEnd: noop,
      cell: noop,
      cellEnd: noop,
      layout: (name, attributes) => out.push(`${name} ${JSON.stringify(attributes)}`),
    },
    { ...LIMITS, refuse: noop as () => never }
  );
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return out;
}

describe("the layout around the cells, for the workbench", () => {
  const xml = `<worksheet ${NS} xmlns:r="urn:r"><sheetViews><sheetView workbookViewId="0"><pane ySplit="4" topLeftCell="A5" state="frozen"/></sheetView></sheetViews><cols><col min="1" max="2" width="14.5" customWidth="1"/><col min="3" max="3" width="8"/></cols><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells><hyperlinks><hyperlink ref="C5" r:id="rId1" display="A&amp;B"/><hyperlink ref="D5" location="'问题'!A1"/></hyperlinks><tableParts count="1"><tablePart r:id="rId2"/></tableParts></worksheet>`;
  test("widths, merges, the frozen pane, links and table parts, with their attributes, cut anywhere", () => {
    const whole = scanLayout([xml]);
    expect(whole).toEqual([
      'pane {"ySplit":"4","topLeftCell":"A5","state":"frozen"}',
      'col {"min":"1","max":"2","width":"14.5","customWidth":"1"}',
      'col {"min":"3","max":"3","width":"8"}',
      'mergeCell {"ref":"A1:E1"}',
      'hyperlink {"ref":"C5","r:id":"rId1","display":"A&B"}',
      `hyperlink {"ref":"D5","location":"'问题'!A1"}`,
      'tablePart {"r:id":"rId2"}',
    ]);
    for (let i = 1; i < xml.length; i++) expect(scanLayout(cut(xml, [i]))).toEqual(whole);
  });

  test("the cells read the same whether the layout is asked for or not", () => {
    const expected = reference(xml);
    expect(scan([xml], true)).toEqual(expected);
    expect(scan([xml])).toEqual(expected);
    for (let i = 1; i < xml.length; i += 7) expect(scan(cut(xml, [i]), true)).toEqual(expected);
  });
});

/** What the scanner hands on from a shared-strings part: one string per <si>. */
function scanStrings(chunks: string[]): string[] {
  const out: string[] = [];
  const scanner = new SheetScanner(
    {
      row: () => out.push("row!"),
      rowEnd: () => out.push("/row!"),
      cell: () => undefined,
      cellEnd: (text) => out.push(text),
    },
    {
      ...LIMITS,
      refuse: (limit) => {
        throw new Error(`limit ${limit}`);
      },
    },
    "strings"
  );
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return out;
}

/** The strings as the reader took them with saxes before: the text of each <si>'s <t>s, phonetic runs left out. */
function referenceStrings(xml: string): string[] {
  const out: string[] = [];
  const parser = new SaxesParser();
  const local = (name: string) => (name.includes(":") ? name.slice(name.indexOf(":") + 1) : name);
  let current = "";
  let inText = false;
  let phonetic = 0;
  let inString = false;
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    if (name === "si") {
      current = "";
      inString = true;
    } else if (name === "rPh") phonetic++;
    else if (name === "t") inText = inString && phonetic === 0;
  });
  parser.on("closetag", (tag) => {
    const name = local(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic--;
    else if (name === "si") {
      out.push(current);
      inString = false;
    }
  });
  const onText = (text: string) => {
    if (inText) current += text;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.write(xml);
  parser.close();
  return out;
}

/** Shared-strings parts as producers write them: plain, rich text runs, phonetic guides, references, CDATA. */
const STRING_PARTS: Record<string, string> = {
  excel: `${HEAD}<sst ${NS} count="4" uniqueCount="3"><si><t>新疆维吾尔自治区</t></si><si><t xml:space="preserve"> 阿克苏 </t></si><si><t/></si></sst>`,
  rich: `<sst ${NS}><si><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t>黑</t></r><r><t>龙江</t></r></si><si><r><t>a</t></r><rPh sb="0" eb="1"><t>ア</t></rPh><phoneticPr fontId="1"/></si></sst>`,
  references: `<sst ${NS}><si><t>a &amp; b &lt;c&gt; &#20013;&#x56FD;</t></si><si><t><![CDATA[<b>援疆</b>]]></t></si><si><t>一\r\n二</t></si><si/></sst>`,
  prefixed: `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>江苏</x:t></x:si><x:si><x:r><x:t>昆</x:t></x:r><x:r><x:t>山</x:t></x:r></x:si></x:sst>`,
  // A sheet's elements in a strings part mean nothing there: no rows, no cells.
  sheetElements: `<sst ${NS}><si><t>x</t></si><row r="1"><c r="A1"><v>1</v></c></row><c r="B1"><v>2</v></c></sst>`,
};

describe("the scanner reads a shared-strings part as the general parser did", () => {
  for (const [name, xml] of Object.entries(STRING_PARTS)) {
    test(`${name}: the same strings, in one piece and cut anywhere`, () => {
      const expected = referenceStrings(xml);
      expect(expected.length).toBeGreaterThan(0);
      expect(scanStrings([xml])).toEqual(expected);
      for (let i = 1; i < xml.length; i++) expect(scanStrings(cut(xml, [i]))).toEqual(expected);
    });
  }

  test("rich text is one string, its phonetic guide left out", () => {
    expect(scanStrings([STRING_PARTS.rich])).toEqual(["黑龙江", "a"]);
  });

  test.each(Object.keys(STRING_PARTS))(
    "byte flips of the %s strings part: the scanner passes exactly what saxes passes, with the same strings",
    (name) => {
      const xml = STRING_PARTS[name];
      const next = random(Number(process.env.AID_FLIP_SEED ?? 7) + xml.length);
      const alphabet = `<>/&;"'=!?[]- \r\nabcrvt#x0:si\u00e9`;
      for (let k = 0; k < Number(process.env.AID_FLIPS ?? 3000); k++) {
        const i = Math.floor(next() * xml.length);
        if ((xml.charCodeAt(i) & 0xf800) === 0xd800) continue;
        const flipped =
          xml.slice(0, i) + alphabet[Math.floor(next() * alphabet.length)] + xml.slice(i + 1);
        let expected: string[] | undefined;
        try {
          expected = referenceStrings(flipped);
        } catch {
          expected = undefined;
        }
        let got: string[] | undefined;
        try {
          got = scanStrings([flipped]);
        } catch {
          got = undefined;
        }
        // A doctype is the one thing saxes passes and the scanner refuses, on purpose.
        if (expected !== undefined && got === undefined && /<!DOCTYPE/.test(flipped)) continue;
        expect({ flipped, got }).toEqual({ flipped, got: expected });
      }
    }
  );
});

/** Malformed parts: saxes refuses each, and so must the scanner. */
const MALFORMED: Record<string, string> = {
  unclosed: `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`,
  mismatched: `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</c></v></row></sheetData></worksheet>`,
  badEntity: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData></worksheet>`,
  unterminatedEntity: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v>a &amp b</v></c></row></sheetData></worksheet>`,
  badCharRef: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v>&#0;</v></c></row></sheetData></worksheet>`,
  unquoted: `<worksheet ${NS}><sheetData><row r=1><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
  duplicateAttribute: `<worksheet ${NS}><sheetData><row r="1" r="2"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
  ltInAttribute: `<worksheet ${NS}><sheetData><row r="<1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
  twoRoots: `<worksheet ${NS}></worksheet><worksheet ${NS}></worksheet>`,
  textOutside: `junk<worksheet ${NS}></worksheet>`,
  noRoot: `<?xml version="1.0"?>`,
  controlCharacter: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v>a\u0001b</v></c></row></sheetData></worksheet>`,
  cdataEnd: `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="str"><v>a ]]> b</v></c></row></sheetData></worksheet>`,
  truncated: `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></workshe`,
  doubleDashInComment: `<worksheet ${NS}><!-- a -- b --><sheetData/></worksheet>`,
  noSpaceBetweenAttributes: `<worksheet ${NS}><sheetData><row r="1"s="2"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
};

function refuses(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch {
    return true;
  }
}

describe("the worksheet scanner reads what a general XML parser reads", () => {
  for (const [name, xml] of Object.entries(SHEETS)) {
    test(`${name}: the same rows, cells and text, in one piece and cut anywhere`, () => {
      const expected = reference(xml);
      expect(expected.length).toBeGreaterThan(0);
      expect(scan([xml])).toEqual(expected);
      // Every single cut point, then many random multi-cuts (tags, references, CR LF and ']]>' split).
      for (let i = 1; i < xml.length; i++) expect(scan(cut(xml, [i]))).toEqual(expected);
      const next = random(xml.length);
      for (let k = 0; k < 200; k++) {
        const at = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
          Math.floor(next() * xml.length)
        );
        expect(scan(cut(xml, at))).toEqual(expected);
      }
    });
  }

  test("a prefixed attribute (x:r) is read only when the plain one is absent", () => {
    const xml = `<worksheet ${NS} xmlns:x="urn:x"><sheetData><row x:r="9" r="4"><c x:t="s" r="A4"><v>1</v></c></row></sheetData></worksheet>`;
    expect(scan([xml])).toEqual(["row 4", "c A4 s undefined", '/c "1" true false', "/row"]);
  });
});

describe("the worksheet scanner refuses what a general XML parser refuses", () => {
  for (const [name, xml] of Object.entries(MALFORMED)) {
    test(`${name}: refused whole and in pieces`, () => {
      expect(refuses(() => reference(xml))).toBe(true);
      expect(refuses(() => scan([xml]))).toBe(true);
      for (let i = 1; i < xml.length; i += 3) expect(refuses(() => scan(cut(xml, [i])))).toBe(true);
    });
  }

  test.each(Object.keys(SHEETS))(
    "byte flips of %s: the scanner passes exactly what saxes passes, with the same cells",
    (name) => {
      const xml = SHEETS[name];
      const next = random(Number(process.env.AID_FLIP_SEED ?? 7) + xml.length);
      const alphabet = `<>/&;"'=!?[]- \r\nabcrvt#x0:\u00e9`;
      for (let k = 0; k < Number(process.env.AID_FLIPS ?? 3000); k++) {
        const i = Math.floor(next() * xml.length);
        // A decoder never hands on half a surrogate pair (it gives U+FFFD), so neither does the flip.
        if ((xml.charCodeAt(i) & 0xf800) === 0xd800) continue;
        const flipped =
          xml.slice(0, i) + alphabet[Math.floor(next() * alphabet.length)] + xml.slice(i + 1);
        let expected: Event[] | undefined;
        try {
          expected = reference(flipped);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) {
          if (!refuses(() => scan([flipped])))
            throw new Error(`saxes refuses, the scanner passed: ${JSON.stringify(flipped)}`);
        } else {
          let got: Event[] | string;
          try {
            got = scan([flipped]);
          } catch (error) {
            got = `refused ${(error as Error).message}: ${JSON.stringify(flipped)}`;
          }
          expect(got).toEqual(expected);
        }
      }
    }
  );
});

test("a doctype, which a general parser would pass, is refused in a worksheet part", () => {
  const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaa">]><worksheet ${NS}><sheetData/></worksheet>`;
  expect(refuses(() => reference(xml))).toBe(false);
  expect(() => scan([xml])).toThrow(/document type declaration/);
});

describe("the worksheet scanner's limits", () => {
  const refusal = (xml: string, limits: Partial<typeof LIMITS>): string => {
    const scanner = new SheetScanner(
      {
        row: () => undefined,
        rowEnd: () => undefined,
        cell: () => undefined,
        cellEnd: () => undefined,
      },
      {
        ...LIMITS,
        ...limits,
        refuse: (limit) => {
          throw new Error(`limit ${limit}`);
        },
      }
    );
    try {
      for (let i = 0; i < xml.length; i += 100) scanner.write(xml.slice(i, i + 100));
      scanner.close();
      return "passed";
    } catch (error) {
      return (error as Error).message;
    }
  };

  test("a cell's text past the limit is refused as it streams, even split over chunks", () => {
    const xml = `<worksheet><sheetData><row><c t="str"><v>${"援".repeat(5000)}</v></c></row></sheetData></worksheet>`;
    expect(refusal(xml, { cellText: 4000 })).toBe("limit cellText");
    expect(refusal(xml, { cellText: 6000 })).toBe("passed");
  });

  test("nesting past the depth limit is refused", () => {
    const xml = `<worksheet>${"<a>".repeat(300)}${"</a>".repeat(300)}</worksheet>`;
    expect(refusal(xml, { depth: 256 })).toBe("limit depth");
    expect(refusal(xml, { depth: 400 })).toBe("passed");
  });

  test("a tag that never ends is refused once it holds more than the pending limit", () => {
    const xml = `<worksheet><sheetData><row r="${"1".repeat(10_000)}`;
    expect(refusal(xml, { pending: 5000 })).toBe("limit pending");
  });
});
