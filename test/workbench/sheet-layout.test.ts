/**
 * A sheet's layout as the reader hands it to the workbench grid (src/xlsx/sheet-layout.ts):
 * areas read whichever corner comes first, a link on a range on each of its cells, links and
 * tables resolved through the sheet's relationships, and nothing outside Excel's grid.
 */
import { LayoutCollector } from "../../src/xlsx/sheet-layout";

const RELATIONSHIPS = new Map([
  ["rId1", { target: "file:///D:/报表/莎车县.xlsx", external: true }],
  ["rId2", { target: "xl/tables/table1.xml" }],
]);

async function layoutOf(take: (collector: LayoutCollector) => void) {
  const collector = new LayoutCollector();
  take(collector);
  return collector.resolve({
    relationships: async () => RELATIONSHIPS,
    table: async (part) =>
      part === "xl/tables/table1.xml"
        ? { name: "Table1", displayName: "项目表", ref: "A4:H20", style: "TableStyleMedium2" }
        : undefined,
  });
}

test("merged areas and tables as zero-based areas, either corner first; one cell is no merge", async () => {
  const layout = await layoutOf((c) => {
    c.take("mergeCell", { ref: "A1:E1" });
    c.take("mergeCell", { ref: "b6:a6" });
    c.take("mergeCell", { ref: "C3:C3" });
    c.take("tablePart", { "r:id": "rId2" });
  });
  expect(layout.merges).toEqual([
    { row: 0, column: 0, rows: 1, columns: 5 },
    { row: 5, column: 0, rows: 1, columns: 2 },
  ]);
  expect(layout.tables).toEqual([
    {
      name: "项目表",
      area: { row: 3, column: 0, rows: 17, columns: 8 },
      style: "TableStyleMedium2",
    },
  ]);
});

test("a link on a range is on each of its cells, with its address or its place in the workbook", async () => {
  const layout = await layoutOf((c) => {
    c.take("hyperlink", { ref: "C5:D6", "r:id": "rId1", display: "莎车县" });
    c.take("hyperlink", { ref: "A2", location: "'问题'!C9" });
    // Neither an address it can reach nor a place: it leads nowhere.
    c.take("hyperlink", { ref: "A3", "r:id": "rId9" });
  });
  const address = "file:///D:/报表/莎车县.xlsx";
  expect(layout.links).toEqual([
    { row: 4, column: 2, address, location: undefined, display: "莎车县" },
    { row: 4, column: 3, address, location: undefined, display: "莎车县" },
    { row: 5, column: 2, address, location: undefined, display: "莎车县" },
    { row: 5, column: 3, address, location: undefined, display: "莎车县" },
    { row: 1, column: 0, address: undefined, location: "'问题'!C9", display: undefined },
  ]);
});

test("areas outside Excel's grid (past row 1,048,576 or column XFD) are left out", async () => {
  const layout = await layoutOf((c) => {
    c.take("mergeCell", { ref: "A1048576:B1048577" });
    c.take("mergeCell", { ref: "XFC1:XFD1" });
    c.take("mergeCell", { ref: "XFD1:XFE1" });
    c.take("hyperlink", { ref: "A0", location: "Sheet1!A1" });
  });
  expect(layout.merges).toEqual([{ row: 0, column: 16_382, rows: 1, columns: 2 }]);
  expect(layout.links).toEqual([]);
});

test("frozen rows and columns come from a frozen pane only, widths from each <col> span", async () => {
  const frozen = await layoutOf((c) => {
    c.take("pane", { ySplit: "4", xSplit: "1", state: "frozen" });
    c.take("col", { min: "2", max: "3", width: "14.5" });
  });
  expect([frozen.frozenRows, frozen.frozenColumns]).toEqual([4, 1]);
  expect(frozen.widths).toEqual([undefined, 14.5, 14.5]);
  const split = await layoutOf((c) => c.take("pane", { ySplit: "4", state: "split" }));
  expect([split.frozenRows, split.frozenColumns]).toEqual([0, 0]);
});
