/**
 * The fake host measures what crosses the wire in UTF-8 bytes, as Excel on the
 * web counts its 5 MB limit: Chinese text weighs three bytes a character.
 */
import { jsonBytes, utf8Bytes } from "../../src/workbench/host/executor";

test("UTF-8 byte counts match Node's encoder for ASCII, Chinese, emoji and lone surrogates", () => {
  for (const text of ["A1:B2", "新疆维吾尔自治区喀什地区", "𠀀𪚥 援疆", "\ud800x", "é—–", ""])
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
});

test("a request carrying 1,000,000 Chinese characters weighs about 3 MB, not 1 MB", () => {
  const text = "对口支援".repeat(250_000);
  expect(jsonBytes({ Arguments: [text] })).toBeGreaterThan(3_000_000);
});
