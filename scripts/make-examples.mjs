/**
 * Write the sample workbooks in examples/ (run `node scripts/make-examples.mjs`; the files are committed):
 *  - clean.xlsx            a correct project list, progress summary and category breakdown: no findings;
 *  - mistakes.xlsx         the same kinds of sheets with one of each mistake the validator reports;
 *  - published-tables.xlsx 表2, 表3 and the 篇9 category figures as the seed document prints them.
 */
import ExcelJS from "exceljs";
import { fileURLToPath } from "node:url";

const OUT = fileURLToPath(new URL("../examples/", import.meta.url));
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

function workbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "AID";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Add a sheet: a merged title, a header row, data rows, optional note rows under a blank row. */
function sheet(wb, name, { title, header, rows, notes = [], formats = {}, widths = [] }) {
  const ws = wb.addWorksheet(name);
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, header.length);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  const headerRow = ws.addRow(header);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell) => {
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  });
  for (const values of rows) {
    const row = ws.addRow(
      values.map((v) =>
        v && typeof v === "object" && "f" in v ? { formula: v.f, result: v.r } : v
      )
    );
    for (const [column, numFmt] of Object.entries(formats))
      row.getCell(Number(column)).numFmt = numFmt;
    if (typeof values[0] === "string" && /合计|总计/.test(values[0] + (values[1] ?? "")))
      row.font = { bold: true };
  }
  if (notes.length) ws.addRow([]);
  for (const note of notes) ws.addRow([note]);
  header.forEach((_, i) => (ws.getColumn(i + 1).width = widths[i] ?? 12));
  return ws;
}

const round1 = (x) => Math.round(x * 10) / 10;

// ---- the project list --------------------------------------------------------

const PROJECTS = [
  ["上海", "莎车县", "莎车县城区安居富民工程", "房屋建设", "交支票", 12000, 6500],
  ["上海", "泽普县", "泽普县人民医院病房楼", "社会发展", "交钥匙", 8500, 4200],
  ["山东", "疏勒县", "疏勒县职业技术学校实训基地", "人才培训", "共建", 3600, 1800],
  ["深圳", "喀什市", "喀什市深喀大道配套工程", "产业发展", "交钥匙", 15000, 9000],
  ["广东", "疏附县", "疏附县广州新城安居房", "房屋建设", "交支票", 9800, 5100],
  ["广东", "兵团农三师图木舒克市", "图木舒克市工业园区道路", "产业发展", "共建", 6000, 2400],
  ["北京", "和田市", "和田市棚户区改造一期", "房屋建设", "交钥匙", 10000, 7000],
  ["北京", "农十四师", "农十四师红枣加工基地", "产业发展", "共建", 4500, 2000],
  ["天津", "于田县", "于田县第一中学教学楼", "社会发展", "交钥匙", 5200, 2600],
  ["安徽", "皮山县", "皮山县乡村道路", "其他", "交支票", 3000, 900],
  ["江苏", "阿图什市", "阿图什市江苏工业园", "产业发展", "共建", 7000, 3150],
  ["江西", "阿克陶县", "阿克陶县防洪应急工程", "其它", "交支票", 2600, 1300],
  ["浙江", "库车县", "库车县定居兴牧工程", "房屋建设", "交支票", 6800, 2950],
  ["浙江", "阿拉尔市", "阿拉尔市职业技能实训基地", "人才培训", "共建", 2200, 1100],
  ["江苏", "霍城县", "霍城县新农村建设", "房屋建设", "交支票", 4100, 2870],
  ["河北", "库尔勒市", "库尔勒市社区服务中心", "基层阵地建设", "交钥匙", 1800, 900],
  ["湖南", "鄯善县", "鄯善县人民医院", "社会发展", "交钥匙", 5600, 1960],
  ["河南", "哈密地区", "哈密地区特色农业示范园", "产业发展", "共建", 4800, 2400],
  ["湖北", "博乐市", "博乐市干部培训", "人才培训", "交支票", 600, 600],
  ["福建", "昌吉市", "昌吉市棚户区改造", "房屋建设", "交支票", 7200, 3960],
  ["山西", "五家渠市", "五家渠市教育园区", "社会发展", "共建", 3900, 1170],
  ["辽宁", "沙湾县", "沙湾县乡镇卫生院", "社会发展", "交钥匙", 2400, 1200],
  ["吉林、黑\n龙江", "阿勒泰地区", "阿勒泰地区边境村卫生室", "社会发展", "交钥匙", 3000, 1650],
  ["黑龙江", "富蕴县", "富蕴县村级阵地建设", "基层阵地建设", "交钥匙", 1200, 600],
];

const LIST_HEADER = [
  "序号",
  "支援方",
  "受援方",
  "项目名称",
  "项目类别",
  "援建方式",
  "计划资金(万元)",
  "已到位资金(万元)",
  "到位率",
  "备注",
];
const LIST_WIDTHS = [6, 10, 18, 28, 12, 10, 14, 16, 10, 16];

/** Project rows: 序号, the project, and the rate as a formula (its cached result kept) formatted 0.0%. */
function projectRows(projects) {
  return projects.map((p, i) => {
    const r = 3 + i;
    const [planned, arrived] = [p[5], p[6]];
    const rate =
      typeof planned === "number" && typeof arrived === "number" && planned !== 0
        ? arrived / planned
        : undefined;
    return [i + 1, ...p.slice(0, 7), p[7] ?? { f: `H${r}/G${r}`, r: rate }, ""];
  });
}

/** The 合计 row of project rows, from the rows as they stand. */
function projectTotal(rows) {
  const first = 3;
  const last = first + rows.length - 1;
  const sum = (k) => rows.reduce((s, row) => s + (typeof row[k] === "number" ? row[k] : 0), 0);
  const [planned, arrived] = [sum(6), sum(7)];
  return [
    "合计",
    "",
    "",
    "",
    "",
    "",
    { f: `SUM(G${first}:G${last})`, r: planned },
    { f: `SUM(H${first}:H${last})`, r: arrived },
    { f: `H${last + 1}/G${last + 1}`, r: arrived / planned },
    "",
  ];
}

// ---- progress summary (表3's columns, figures made consistent) -----------------

const SUMMARY_HEADER = [
  "支援方",
  "受援方",
  "计划项目",
  "已开工项目",
  "开工率(%)",
  "计划资金(亿元)",
  "已到位资金(亿元)",
  "到位率(%)",
];
const SUMMARY = [
  ["江苏", "伊犁州直", 176, 159, 16.9, 3.25],
  ["辽宁", "塔城地区", 55, 47, 8.9, 1.4],
  ["吉林、黑龙江", "阿勒泰地区", 64, 37, 2.2, 0.3],
  ["湖北", "博州", 35, 17, 1.5, 0.16],
  ["福建、山西", "昌吉州", 57, 50, 4.9, 0.8],
  ["湖南", "吐鲁番地区", 43, 20, 2.36, 0.02],
  ["河南", "哈密地区", 50, 39, 4, 1.6],
  ["河北", "巴州", 17, 12, 4.36, 1.38],
  ["浙江", "阿克苏地区", 123, 91, 14.1, 3.8],
  ["江苏、江西", "克州", 63, 51, 6.14, 4.18],
  ["上海、山东、广东、深圳", "喀什地区", 287, 209, 47.3, 16],
  ["北京、天津、安徽", "和田地区", 213, 60, 28.7, 5.5],
];

function summaryRows(rows) {
  const out = rows.map(([s, r, planned, started, funds, arrived]) => [
    s,
    r,
    planned,
    started,
    round1((started / planned) * 100),
    funds,
    arrived,
    round1((arrived / funds) * 100),
  ]);
  const t = (k) => rows.reduce((sum, row) => sum + row[k], 0);
  const [planned, started, funds, arrived] = [
    t(2),
    t(3),
    Math.round(t(4) * 100) / 100,
    Math.round(t(5) * 100) / 100,
  ];
  out.push([
    "合计",
    "",
    planned,
    started,
    round1((started / planned) * 100),
    funds,
    arrived,
    round1((arrived / funds) * 100),
  ]);
  return out;
}

// ---- category breakdown --------------------------------------------------------

const CATEGORY_HEADER = ["项目类别", "项目数(个)", "援助资金(亿元)", "占比(%)"];
const CATEGORIES = [
  ["房屋建设", 280, 268.49],
  ["社会发展", 744, 138.09],
  ["产业发展", 331, 84.5],
  ["人才培训", 144, 19.14],
  ["基层阵地建设", 235, 10.23],
  ["其它", 113, 14.3],
  ["地州统筹和预留资金", "", 32],
];

function categoryRows(rows) {
  const total = rows.reduce((s, r) => s + r[2], 0);
  const out = rows.map(([name, count, amount]) => [
    name,
    count,
    amount,
    round1((amount / total) * 100),
  ]);
  const count = rows.reduce((s, r) => s + (typeof r[1] === "number" ? r[1] : 0), 0);
  out.push(["合计", count, Math.round(total * 100) / 100, 100]);
  return out;
}

const NOTE = "注：资金单位见表头；到位资金按资金拨付到项目计算。";

// ---- clean.xlsx ----------------------------------------------------------------

{
  const wb = workbook();
  sheet(wb, "项目表", {
    title: "2011年对口援疆项目进度表（示例）",
    header: LIST_HEADER,
    rows: [...projectRows(PROJECTS), projectTotal(projectRows(PROJECTS))],
    notes: [NOTE],
    formats: { 7: "#,##0", 8: "#,##0", 9: "0.0%" },
    widths: LIST_WIDTHS,
  });
  sheet(wb, "进度汇总", {
    title: "2011年1-6月援疆项目进度汇总（示例）",
    header: SUMMARY_HEADER,
    rows: summaryRows(SUMMARY),
    widths: [22, 12],
  });
  sheet(wb, "类别占比", {
    title: "援疆规划地方项目类别构成（示例）",
    header: CATEGORY_HEADER,
    rows: categoryRows(CATEGORIES),
    widths: [20, 12, 14, 10],
  });
  await wb.xlsx.writeFile(OUT + "clean.xlsx");
}

// ---- mistakes.xlsx ---------------------------------------------------------------

{
  const wb = workbook();
  const projects = PROJECTS.map((p) => [...p]);
  projects[0][0] = "浙江"; // pairing-mismatch: 莎车县 is 上海's
  projects[1][1] = ""; // missing-value: no recipient
  projects[2][5] = "待定"; // not-a-number
  projects[3][6] = -200; // negative-value
  projects[4][1] = "喀什"; // ambiguous-place: 广东 supports 喀什地区 counties but not 喀什市
  projects[4][6] = 10800; // exceeds-planned: arrived above planned
  projects[6][7] = 0.65; // rate-mismatch: 7000 ÷ 10000 is 70%, typed as 65%
  projects[9][1] = "阿克图县"; // unknown-place (阿克陶县?)
  projects[16][3] = "基础设施建设"; // unknown-category
  projects[20][5] = { error: "#N/A" }; // cell-error
  const rows = projectRows(projects);
  rows.splice(8, 0, [...rows[7]]); // duplicate-row: the 和田市 project listed twice
  rows.forEach((row, i) => {
    row[0] = i + 1;
    if (row[8] && typeof row[8] === "object") row[8] = { f: `H${3 + i}/G${3 + i}`, r: row[8].r };
  });
  const total = projectTotal(rows);
  total[6] = { f: total[6].f, r: total[6].r + 1000 }; // total-mismatch: 1000 more than the rows
  total[8] = { f: total[8].f, r: total[7].r / total[6].r };
  rows.push(total);
  sheet(wb, "项目表", {
    title: "2011年对口援疆项目进度表（示例，含错误）",
    header: LIST_HEADER,
    rows,
    notes: [NOTE],
    formats: { 7: "#,##0", 8: "#,##0", 9: "0.0%" },
    widths: LIST_WIDTHS,
  });
  const figures = SUMMARY.map((row) => [...row]);
  figures[3][3] = 40; // exceeds-planned: 40 started of 35 planned
  const summary = summaryRows(figures);
  summary[1][4] = 58.5; // rate-mismatch: 47 ÷ 55 is 85.5%
  summary[6][7] = 40.1; // rate-rounding: 1.6 ÷ 4 is 40.0%, 40.1% only from unrounded figures
  summary[12][5] = 141.3; // total-rounding: the rows add up to 141.36
  summary[12][2] = 1193; // total-mismatch: the rows add up to 1183
  summary[12][4] = round1((summary[12][3] / 1193) * 100);
  sheet(wb, "进度汇总", {
    title: "2011年1-6月援疆项目进度汇总（示例，含错误）",
    header: SUMMARY_HEADER,
    rows: summary,
    widths: [22, 12],
  });
  const categories = categoryRows(CATEGORIES);
  categories[1][3] = 21.4; // share-mismatch: 138.09 ÷ 566.75 is 24.4% (so the shares no longer add up either)
  sheet(wb, "类别占比", {
    title: "援疆规划地方项目类别构成（示例，含错误）",
    header: CATEGORY_HEADER,
    rows: categories,
    widths: [20, 12, 14, 10],
  });
  await wb.xlsx.writeFile(OUT + "mistakes.xlsx");
}

// ---- published-tables.xlsx --------------------------------------------------------

{
  const wb = workbook();
  sheet(wb, "表2", {
    title: "表2 2010年援疆试点项目情况(不含兵团)",
    header: ["支援方", "受援方", "试点项目", "完工项目", "项目完工率(%)"],
    rows: [
      ["江苏", "伊犁州直", 4, 1, 25],
      ["辽宁", "塔城地区", 10, 6, 60],
      ["吉林、黑龙江", "阿勒泰地区", 14, 4, 28.6],
      ["湖北", "博州", 4, 1, 25],
      ["福建、山西", "昌吉州", 8, 5, 62.5],
      ["湖南", "吐鲁番地区", 9, 1, 11.1],
      ["河南", "哈密地区", 9, 7, 77.8],
      ["河北", "巴州", 3, 2, 66.7],
      ["浙江", "阿克苏地区", 24, 11, 45.8],
      ["江苏、江西", "克州", 11, 6, 54.5],
      ["上海、山东、广东、深圳", "喀什地区", 42, 27, 64.3],
      ["北京、天津、安徽", "和田地区", 35, 20, 57.1],
      ["合计", "", 173, 91, 53],
    ],
    notes: ["来源：对口支援工作计划篇9，表2。"],
    widths: [22, 12],
  });
  sheet(wb, "表3", {
    title: "表3 2011年1-6月援疆试点项目情况(不含兵团)",
    header: SUMMARY_HEADER,
    rows: [
      ["江苏", "伊犁州直", 176, 159, 90.3, 16.9, 3.25, 19.2],
      ["辽宁", "塔城地区", 55, 47, 85.5, 8.9, 1.4, 15.9],
      ["吉林、黑\n龙江", "阿勒泰地区", 64, 37, 57.8, 2.2, 0.3, 14.4],
      ["湖北", "博州", 35, 17, 48.6, 1.5, 0.16, 10.7],
      ["福建、山西", "昌吉州", 57, 50, 87.7, 4.9, 0.8, 16.4],
      ["湖南", "吐鲁番地区", 43, 20, 47, 2.36, 0.02, 0.8],
      ["河南", "哈密地区", 50, 39, 78, 4, 1.6, 40.1],
      ["河北", "巴州", 17, 12, 71, 4.36, 1.38, 31.6],
      ["浙江", "阿克苏地区", 123, 91, 74, 14.1, 3.8, 26.9],
      ["江苏、江西", "克州", 63, 51, 81, 6.14, 4.18, 68.2],
      ["上海、山东、广东、深圳", "喀什地区", 287, 209, 72.8, 47.3, 16, 33.8],
      ["北京、天津、安徽", "和田地区", 213, 60, 28, 28.7, 5.5, 19],
      ["合计", "", 1183, 792, 67, 141.3, 38.4, 27.2],
    ],
    notes: ["来源：对口支援工作计划篇9，表3。"],
    widths: [22, 12],
  });
  sheet(wb, "规划项目类别", {
    title: "援疆规划地方项目类别（篇9 三、(一)）",
    header: CATEGORY_HEADER,
    rows: [
      ["房屋建设", 280, 268.49, 47.4],
      ["社会发展", 744, 138.09, 24.4],
      ["产业发展", 331, 84.5, 15],
      ["人才培训", 144, 19.14, 3.4],
      ["基层阵地建设", 235, 10.23, 1.8],
      ["其它", 113, 14.3, 2.5],
      ["地州统筹和预留资金", "", 32, 5.6],
      ["合计", 1847, 562.78, ""],
    ],
    notes: ["来源：对口支援工作计划篇9：援疆规划地方项目共1847个，援助资金总额562.78亿元。"],
    widths: [20, 12, 14, 10],
  });
  await wb.xlsx.writeFile(OUT + "published-tables.xlsx");
}
