/**
 * Minimal hand-built .xlsx packages for the reader cases no producer installed
 * here writes (rows out of order, UTF-16 parts, zip64, percent-encoded targets,
 * damage, bombs): the fewest parts Excel needs, written as plain XML strings so
 * each test can change exactly one thing.
 */
import { deflateRawSync } from "node:zlib";
import { zipArchive } from "./helpers";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Escape text for XML. */
export function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A cell: text as an inline string, a number as a number. */
export function cell(ref: string, value: string | number): string {
  return typeof value === "number"
    ? `<c r="${ref}"><v>${value}</v></c>`
    : `<c r="${ref}" t="inlineStr"><is><t>${xml(value)}</t></is></c>`;
}

/** Column letters of a 0-based column (A–Z is enough here). */
const letter = (c: number) => String.fromCharCode(65 + c);

/** A row of cells from column A. */
export function row(r: number, values: readonly (string | number)[]): string {
  return `<row r="${r}">${values.map((v, c) => cell(`${letter(c)}${r}`, v)).join("")}</row>`;
}

/** The 表2-style table of the producer fixtures, rows 1–6; 辽宁's rate (E4) is typed 50 % for 60 %. */
export const TABLE: readonly (readonly (string | number)[])[] = [
  ["2010年援疆试点项目完工情况"],
  ["支援方", "受援方", "试点项目", "完工项目", "项目完工率"],
  ["江苏", "伊犁州直", 4, 1, 0.25],
  ["辽宁", "塔城地区", 10, 6, 0.5],
  ["河南", "哈密地区", 6, 3, 0.5],
  ["合计", "", 20, 10, 0.5],
];

/** The table's rows as sheetData XML. */
export function tableRows(): string {
  return TABLE.map((values, i) => row(i + 1, values)).join("");
}

/** A worksheet part around sheetData rows. */
export function sheetXml(rows: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}"><sheetData>${rows}</sheetData></worksheet>`;
}

/** The parts of a one-sheet workbook (sheet 完工情况 at xl/worksheets/sheet1.xml). */
export function bookParts(
  sheet: string = sheetXml(tableRows()),
  extra: { sharedStrings?: string; workbookPr?: string } = {}
): Record<string, string | Buffer> {
  const parts: Record<string, string | Buffer> = {
    "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${extra.workbookPr ?? ""}<sheets><sheet name="完工情况" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>${extra.sharedStrings !== undefined ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    "xl/worksheets/sheet1.xml": sheet,
  };
  if (extra.sharedStrings !== undefined) parts["xl/sharedStrings.xml"] = extra.sharedStrings;
  return parts;
}

/** A shared-string table of these <si> bodies. */
export function sharedStrings(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${items.length}" uniqueCount="${items.length}">${items.map((i) => `<si>${i}</si>`).join("")}</sst>`;
}

// ---- zips with deflate or zip64 -----------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of some bytes (the zip checksum). */
export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipOptions {
  /** Deflate the entries (stored otherwise). */
  readonly deflate?: boolean;
  /** Write zip64 records: 0xffffffff in the 32-bit fields, the values in zip64 extra fields and end record. */
  readonly zip64?: boolean;
  /** Declare this uncompressed size for the named entry instead of the true one. */
  readonly declaredSize?: Readonly<Record<string, number>>;
}

/** A zip archive of these entries, deflated and/or zip64 as asked. */
export function zipWith(
  entries: Readonly<Record<string, string | Buffer>>,
  options: ZipOptions = {}
): Buffer {
  if (!options.deflate && !options.zip64 && !options.declaredSize) return zipArchive(entries);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const names = Object.keys(entries);
  for (const name of names) {
    const nameBytes = Buffer.from(name, "utf8");
    const raw = entries[name];
    const data = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    const body = options.deflate ? deflateRawSync(data) : data;
    const method = options.deflate ? 8 : 0;
    const size = options.declaredSize?.[name] ?? data.length;
    const crc = crc32(data);
    const extra = Buffer.alloc(options.zip64 ? 28 : 0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(options.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 18);
    local.writeUInt32LE(options.zip64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(options.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 42);
    locals.push(local, nameBytes, extra, body);
    centrals.push(central, nameBytes, extra);
    offset += local.length + nameBytes.length + extra.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(names.length), 24);
    record.writeBigUInt64LE(BigInt(names.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : names.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : names.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, directory, ...tail, end]);
}
