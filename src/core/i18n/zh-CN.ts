import type { Problem } from "../problems";
import type { Messages } from "./messages";

const quantity = {
  planned: "计划数",
  done: "完成数",
  amount: "金额",
  total: "合计",
  revenue: "财政收入",
  ratio: "比例",
} as const;

const list = (names: readonly string[]) => names.join("、");

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
      return `未知对口支援计划「${p.text}」，可用：xinjiang-2010（对口援疆）、wenchuan-2008（汶川）、xinjiang-universities-2006（援疆学科建设计划）`;
  }
}

export const ZH_CN: Messages = { quantity, list, problem };
