/**
 * Feeding a zip part on disk to a SAX parser: the part is streamed by ./zip.ts
 * and decoded and bounded by ../xlsx/xml-feed.ts, which the workbench shares.
 */
import { feedXmlChunks, type XmlSink } from "../xlsx/xml-feed";
import { readZipEntry, type ReadBudget, type ZipEntry } from "./zip";

export { decodeEscapes, type XmlSink } from "../xlsx/xml-feed";

/** Stream a zip entry of the file at path through a SAX parser (or the worksheet scanner). */
export function feedXml(
  path: string,
  entry: ZipEntry,
  parser: XmlSink,
  budget: ReadBudget,
  partLimit: "sheetPartBytes" | "otherPartBytes"
): AsyncGenerator<void> {
  return feedXmlChunks(entry.name, readZipEntry(path, entry, budget, partLimit), parser, budget);
}
