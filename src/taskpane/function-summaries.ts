/** One line per AID function for the pane's reference list. */
export const FUNCTION_SUMMARIES: readonly { signature: string; zh: string; en: string }[] = [
  {
    signature: "=AID.RATE(planned, done)",
    zh: "开工率、完工率、到位率",
    en: "start, completion or arrival rate",
  },
  {
    signature: "=AID.SHARE(amounts, [total])",
    zh: "各项占合计的比重",
    en: "each amount's share of the total",
  },
  {
    signature: "=AID.QUOTA(revenue, [ratio])",
    zh: "年度支援下限（默认 1%）",
    en: "minimum yearly support (1% by default)",
  },
  {
    signature: "=AID.PAIRED(supporter, recipient, [programme])",
    zh: "是否为官方对口关系",
    en: "whether the pair is official",
  },
  {
    signature: "=AID.SUPPORTERS(recipient, [programme])",
    zh: "受援方的支援方",
    en: "a recipient's supporters",
  },
  {
    signature: "=AID.RECIPIENTS(supporter, [programme])",
    zh: "支援方的受援方",
    en: "a supporter's recipients",
  },
  {
    signature: "=AID.NORMALIZE(name)",
    zh: "地名的现行规范名称",
    en: "the official current name of a place",
  },
  {
    signature: "=AID.CATEGORY(text)",
    zh: "项目类别的标准名称",
    en: "the standard project category",
  },
];
