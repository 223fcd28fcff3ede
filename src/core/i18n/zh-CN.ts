import { UNKNOWN_ERROR } from "../cells";
import type { Problem } from "../problems";
import type { Facts } from "../validate/rules";
import type { Messages } from "./messages";

const quantity = {
  planned: "计划数",
  done: "完成数",
  amount: "金额",
  total: "合计",
  revenue: "财政收入",
  ratio: "比例",
} as const;

const role = {
  supporter: "支援方",
  recipient: "受援方",
  project: "项目名称",
  category: "项目类别",
  mode: "援建方式",
  plannedCount: "计划项目数",
  startedCount: "已开工项目数",
  completedCount: "已完工项目数",
  plannedFunds: "计划资金",
  arrivedFunds: "到位资金",
  startRate: "开工率",
  completionRate: "完工率",
  arrivalRate: "到位率",
  share: "占比",
} as const;

const rule = {
  "missing-value": "缺少数据",
  "not-a-number": "不是数字",
  "cell-error": "错误值",
  "negative-value": "负数",
  "exceeds-planned": "超过计划",
  "rate-mismatch": "比率不符",
  "rate-rounding": "比率有尾差",
  "total-mismatch": "合计不符",
  "total-rounding": "合计有尾差",
  "share-mismatch": "占比不符",
  "unknown-place": "未知地名",
  "pairing-mismatch": "非对口关系",
  "ambiguous-place": "地名有歧义",
  "programme-not-covered": "未收录的对口支援方案",
  "unknown-category": "未知类别",
  "stage-mismatch": "阶段数不符",
  "rate-ambiguous": "比率含义不明",
  "duplicate-row": "重复行",
} as const;

const list = (names: readonly string[]) => names.join("、");
// A name that ends like a university's: the programme not covered is a later university pairing.
const SCHOOL = /(大学|学院|大學|學院)$/;

function problem(p: Problem): string {
  switch (p.problem) {
    case "missing":
      return `缺少${quantity[p.what]}`;
    case "not-a-number":
      return `${quantity[p.what]}「${p.text}」不是数字`;
    case "cell-error":
      return `引用的单元格是错误值 ${p.code}`;
    case "negative":
      return `${quantity[p.what]}不能为负数（${p.value}）`;
    case "division-by-zero":
      return `${quantity[p.what]}为 0，无法计算`;
    case "unknown-place":
      return p.suggestions.length > 0
        ? `未找到地名「${p.name}」，是否为：${list(p.suggestions)}？`
        : `未找到地名「${p.name}」`;
    case "ambiguous-place":
      return `「${p.name}」有多种含义：${list(p.readings)}，请写全称`;
    case "not-in-programme":
      return `「${p.name}」不在${p.programme}的对口关系表中`;
    case "unknown-category":
      return p.suggestions.length > 0
        ? `未知项目类别「${p.text}」，是否为：${list(p.suggestions)}？`
        : `未知项目类别「${p.text}」`;
    case "unknown-programme":
      return `未知对口支援方案「${p.text}」，可用：xinjiang-2010（对口援疆）、wenchuan-2008（汶川）、xinjiang-universities-2006（援疆学科建设计划）`;
    case "data-type":
      return `单元格中是数据类型「${p.text}」（如股票、地理位置或图片），不是数字或文字，无法计算；请引用它的某个字段（如 =A2.名称）或直接输入值`;
  }
}

function finding(cell: string, f: Facts): string {
  // A column no role names is called by its header's words.
  const roles = f.names ? { ...role, ...f.names } : role;
  switch (f.rule) {
    case "missing-value":
      return f.neededFor
        ? `${cell}：缺少${roles[f.role]}，无法核对${roles[f.neededFor]}`
        : `${cell}：缺少${roles[f.role]}`;
    case "not-a-number":
      return `${cell}：${roles[f.role]}「${f.text}」不是数字`;
    case "cell-error":
      return f.code === UNKNOWN_ERROR
        ? `${cell}：单元格的公式结果是错误值`
        : `${cell}：单元格是错误值 ${f.code}`;
    case "negative-value":
      return `${cell}：${roles[f.role]}为负数（${f.value}）`;
    case "exceeds-planned":
      return `${cell}：${roles[f.role]} ${f.value} 超过${roles[f.plannedRole]} ${f.planned}`;
    case "stage-mismatch":
      return `${cell}：${roles[f.role]}写为 ${f.stated}，${f.parts.map((p) => roles[p]).join(" + ")} 为 ${f.sum}`;
    case "rate-ambiguous":
      return `${cell}：无法确定${roles[f.role]}是哪两列之比，试过：${list(f.readings)}；请在任务窗格中指定`;
    case "rate-mismatch":
      return f.expected === null
        ? `${cell}：${roles[f.role]}写为 ${f.stated}%，但${roles[f.denominatorRole]}为 0，无法得出`
        : `${cell}：${roles[f.role]}写为 ${f.stated}%，按${roles[f.numeratorRole]} ${f.numerator} ÷ ${roles[f.denominatorRole]} ${f.denominator} 应为 ${f.expected}%`;
    case "rate-rounding":
      return `${cell}：${roles[f.role]}写为 ${f.stated}%，按${roles[f.numeratorRole]} ${f.numerator} ÷ ${roles[f.denominatorRole]} ${f.denominator} 为 ${f.expected}%；相差属于尾差：只有按两数四舍五入前的值才可能得到 ${f.stated}%`;
    case "total-mismatch":
      return `${cell}：${roles[f.role]}合计写为 ${f.stated}，上方各行之和为 ${f.sum}`;
    case "total-rounding":
      return `${cell}：${roles[f.role]}合计写为 ${f.stated}，上方各行之和为 ${f.sum}；差额属于尾差，由各行数字四舍五入造成`;
    case "share-mismatch":
      if (f.of === "sum")
        return `${cell}：各行占比相加为 ${f.stated}%，按其显示精度不可能合计为 100%`;
      if (f.of === "total") return `${cell}：合计行的占比写为 ${f.stated}%，应为 ${f.expected}%`;
      return `${cell}：占比写为 ${f.stated}%，按 ${f.amount} ÷ 各行合计 ${f.total} 应为 ${f.expected}%`;
    case "unknown-place":
      return f.suggestions.length > 0
        ? `${cell}：未找到${roles[f.role]}「${f.name}」，是否为：${list(f.suggestions)}？`
        : `${cell}：未找到${roles[f.role]}「${f.name}」`;
    case "pairing-mismatch":
      return f.official.length > 0
        ? `${cell}：${f.supporter}与${f.recipient}不是${f.programme}中的对口关系；${f.recipient}的对口支援方为${list(f.official)}`
        : `${cell}：${f.recipient}不是${f.programme}中的受援方，与${f.supporter}无对口关系`;
    case "ambiguous-place":
      return `${cell}：「${f.name}」有多种含义（${list(f.readings)}），各含义下的对口关系不同，请写全称`;
    case "programme-not-covered": {
      const names = `「${f.examples.join("」「")}」`;
      const outside = f.word
        ? `${cell}：表头写有「${f.word}」，AID 未收录该对口支援方案；本表 ${f.judged} 个${roles[f.role]}中有 ${f.outside} 个（如${names}）不在 AID 收录的任何方案中`
        : `${cell}：本表 ${f.judged} 个${roles[f.role]}中有 ${f.outside} 个（如${names}）不在 AID 收录的任何对口支援方案中，本表应属于未收录的方案（${SCHOOL.test(f.examples[0] ?? "") ? "如教育部后来确定的高校对口支援" : "如援藏、援青、三峡移民、东西部协作"}）`;
      return `${outside}，因此未逐行核对本表的地名和对口关系（未知地名、非对口关系均未报告）。AID 收录的方案：${f.programmes.join("；")}。`;
    }
    case "unknown-category":
      return f.suggestions.length > 0
        ? `${cell}：未知项目类别「${f.text}」，最接近的是：${list(f.suggestions)}`
        : `${cell}：未知项目类别「${f.text}」`;
    case "duplicate-row":
      return `${cell}：与第 ${f.firstRow} 行重复（项目名称、支援方、受援方都相同）`;
  }
}

export const ZH_CN: Messages = { quantity, list, problem, role, rule, finding };
