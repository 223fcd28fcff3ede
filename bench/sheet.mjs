/**
 * A generated project sheet for the benchmarks: a title, a header, `rows` data rows
 * drawn from the official Xinjiang pairs (about 1% of them with a mistake), a 合计 row.
 * Eight columns: supporter, recipient, project, category, planned, arrived, rate, share.
 */
import { createRequire } from "node:module";
import ExcelJS from "exceljs";

const require = createRequire(import.meta.url);
const { XINJIANG_2010 } = require("../dist/cli/data/xinjiang-2010.js");

export const HEADER = [
  "支援方",
  "受援方",
  "项目名称",
  "项目类别",
  "计划资金(万元)",
  "已到位资金(万元)",
  "到位率(%)",
  "占比(%)",
];
const CATEGORIES = [
  "房屋建设",
  "社会发展",
  "产业发展",
  "人才培训",
  "基层阵地建设",
  "其它",
  "房建",
  "其他",
];

/** Rows of values (title, header, data, total) for a sheet of `rows` projects. */
export function generateSheet(rows) {
  const pairs = XINJIANG_2010.pairs;
  let seed = 12345;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const data = [];
  let plannedSum = 0;
  let arrivedSum = 0;
  for (let i = 0; i < rows; i++) {
    const pair = pairs[i % pairs.length];
    const planned = 100 + Math.floor(random() * 9900);
    const arrived = Math.floor(planned * random());
    plannedSum += planned;
    arrivedSum += arrived;
    const rate = Math.round((arrived / planned) * 1000) / 10;
    const mistake = i % 97 === 13;
    data.push([
      pair.supporter,
      pair.asWritten,
      `项目${i + 1}`,
      CATEGORIES[i % CATEGORIES.length],
      planned,
      arrived,
      mistake ? rate + 5 : rate,
      0,
    ]);
  }
  for (const row of data) row[7] = Math.round((row[4] / plannedSum) * 1e6) / 1e4;
  const title = ["2011年对口援疆项目表（基准测试）"];
  const total = [
    "合计",
    "",
    "",
    "",
    plannedSum,
    arrivedSum,
    Math.round((arrivedSum / plannedSum) * 1000) / 10,
    100,
  ];
  return [title, HEADER, ...data, total];
}

/** Write the generated sheet of `rows` projects to an .xlsx file (streaming, shared strings as Excel writes them). */
export async function writeSheetXlsx(file, rows) {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = writer.addWorksheet("项目表");
  for (const row of generateSheet(rows)) sheet.addRow(row).commit();
  await sheet.commit();
  await writer.commit();
}
