/**
 * Why a file could not be read, as facts the CLI's texts put into words, and
 * the limits that keep a hostile file from exhausting time or memory.
 */

/** Limits on what one workbook may make the reader do; each is well above any real project sheet. */
export interface ReadLimits {
  /** Inflated bytes of one worksheet part. */
  readonly sheetPartBytes: number;
  /** Inflated bytes of any other part (workbook, relationships, styles, shared strings), which are held whole. */
  readonly otherPartBytes: number;
  /** Inflated bytes of all the parts read from one workbook. */
  readonly workbookBytes: number;
  /** Characters of one cell's text (Excel itself stops at 32,767). */
  readonly cellText: number;
  /** Characters between two '<' in a part's XML: one text node or one tag. */
  readonly xmlRun: number;
  /** Nesting depth of XML elements. */
  readonly xmlDepth: number;
  /**
   * Cells handed on from one sheet, each row counted to its last value: a value
   * far to the right (XFD) makes its whole row that wide for the checks.
   */
  readonly sheetCells: number;
  /** Entries of the shared-string table. */
  readonly sharedStrings: number;
  /** Seconds spent reading one file. */
  readonly seconds: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  sheetPartBytes: 1024 * MIB,
  otherPartBytes: 256 * MIB,
  workbookBytes: 2048 * MIB,
  cellText: 100_000,
  xmlRun: 1_000_000,
  xmlDepth: 256,
  sheetCells: 50_000_000,
  sharedStrings: 2_000_000,
  seconds: 120,
};

export type LimitName = keyof ReadLimits;

/** What is wrong with a file that aid-check cannot check. */
export type ReadProblem =
  | { readonly code: "empty" }
  /** Text (CSV, HTML, XML) named as a workbook. */
  | { readonly code: "text-file" }
  | { readonly code: "not-zip" }
  /** Starts like a zip but its end (the central directory) is missing. */
  | { readonly code: "truncated" }
  /** An OLE container holding an encrypted OOXML package, or a zip with encrypted entries. */
  | { readonly code: "encrypted" }
  /** An OLE container with a Workbook/Book stream: Excel 97-2003 .xls or WPS .et. */
  | { readonly code: "legacy-excel" }
  | { readonly code: "other-ole"; readonly what: "word" | "powerpoint" | "unknown" }
  | { readonly code: "other-office"; readonly what: "word" | "powerpoint" }
  | { readonly code: "opendocument" }
  /** An Excel binary workbook (.xlsb). */
  | { readonly code: "xlsb" }
  /** A zip archive with no workbook in it. */
  | { readonly code: "no-workbook" }
  | { readonly code: "damaged"; readonly damage: Damage }
  | {
      readonly code: "limit";
      readonly limit: LimitName;
      readonly max: number;
      /** The part or cell the limit was reached in, when known. */
      readonly where?: string;
    }
  /** A cell or row reference past XFD1048576. */
  | { readonly code: "out-of-range"; readonly sheet: string; readonly ref: string }
  | { readonly code: "unsupported"; readonly what: "compression"; readonly detail: string }
  /** A FIFO, socket or device where a file was expected. */
  | { readonly code: "not-a-file" }
  /** The file system refused (no permission, too many open files…). */
  | { readonly code: "io"; readonly errno: string };

/** How a workbook is damaged. */
export type Damage =
  | { readonly kind: "directory" }
  | { readonly kind: "crc"; readonly part: string }
  | { readonly kind: "size"; readonly part: string }
  | { readonly kind: "inflate"; readonly part: string }
  | { readonly kind: "local-header"; readonly part: string }
  | { readonly kind: "xml"; readonly part: string; readonly detail: string }
  | { readonly kind: "missing-part"; readonly part: string }
  | { readonly kind: "no-sheets" }
  | { readonly kind: "row-number"; readonly sheet: string; readonly row: string }
  | { readonly kind: "duplicate-row"; readonly sheet: string; readonly row: number }
  | {
      readonly kind: "shared-string";
      readonly sheet: string;
      readonly cell: string;
      readonly index: string;
    };

/** A file that cannot be read, with the reason. */
export class ReadError extends Error {
  constructor(readonly problem: ReadProblem) {
    super(`${problem.code}${"damage" in problem ? `:${problem.damage.kind}` : ""}`);
  }
}

/** Throw a damaged-workbook error. */
export function damaged(damage: Damage): never {
  throw new ReadError({ code: "damaged", damage });
}

/** Throw a limit error. */
export function overLimit(limits: ReadLimits, limit: LimitName, where?: string): never {
  throw new ReadError({ code: "limit", limit, max: limits[limit], where });
}
