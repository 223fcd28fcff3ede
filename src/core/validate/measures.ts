/**
 * Columns as measures. A header says what its column counts or sums (projects,
 * funds, investment, people), at which stage (planned, started, under
 * construction, completed, arrived …), whether it is aid money or all money, and
 * its unit; a rate's words say which two measures it divides, a share's which
 * total it is part of. The words come from real published tables (test/fixtures/real):
 * 规划项目, 已复(开)工, 已动工, 未动工, 在建, 应到位, 完成计划投资(%), 占援疆资金总额(%) …
 *
 * Headers are read in simplified characters, with full-width forms folded, line
 * breaks dropped and brackets inside words (已复(开)工) read as plain text; the
 * last bracketed part is the unit.
 */
import { fold } from "../fold";
import { cleanText } from "../text";
import {
  CATEGORY_WORDS,
  MODE_WORDS,
  PROJECT_WORDS,
  RECIPIENT_WORDS,
  SUPPORTER_WORDS,
} from "./header-words";

export type MeasureKind =
  | "supporter"
  | "recipient"
  | "project"
  | "category"
  | "mode"
  /** 续建/新建: what stage a project is in, not a category. */
  | "status"
  /** The column naming the rows (地区, 用途, 资金来源 …), checked for nothing but 合计 labels. */
  | "label"
  | "count"
  | "amount"
  | "rate"
  | "share"
  | "date"
  | "text";

export type Quantity = "projects" | "funds" | "investment" | "people";

export type Stage =
  | "planned"
  | "started"
  | "underway"
  | "notStarted"
  | "completed"
  | "arrived"
  /** A stage outside the plan's line (招投标, 前期准备, 续建 …): summed, never ordered. */
  | "other";

/** A measure as far as words name it: what a rate divides, what a share is part of. */
export interface MeasurePart {
  readonly quantity?: Quantity;
  readonly stage?: Stage;
  readonly aid?: boolean;
}

export interface Measure {
  readonly kind: MeasureKind;
  readonly quantity?: Quantity;
  readonly stage?: Stage;
  /** Aid money (援疆资金, 援助资金 …) as against all money. */
  readonly aid?: boolean;
  /** 已复(开)工: projects resumed or started this season, which need not include the completed ones. */
  readonly resumed?: boolean;
  readonly unit?: string;
  /** A rate's readings: each a numerator and denominator its words allow, most likely first. */
  readonly readings?: readonly (readonly [MeasurePart, MeasurePart])[];
  /** 计划, 完成或到位 beside a 指标 column: each row names its own measure and unit, and may leave a cell blank. */
  readonly perRow?: boolean;
  /** A share's whole: the column whose sum it divides by (any amount when left out). */
  readonly of?: MeasurePart;
}

/**
 * Fold traditional characters to simplified (項目類別 → 项目类别); headers only, so the cost is paid
 * per sheet. The dictionaries load on their own (../fold): the pane and aid-check wait for them
 * before they read a table.
 */
function simplified(text: string): string {
  // Plain ASCII and most simplified headers need no look-up.
  if (!/[^ -~]/.test(text)) return text;
  return fold(text, "t");
}

// After NFKC full-width brackets are ASCII; the unit is the last bracketed part.
const UNIT = /\(([^()]*)\)\s*$/;
export const COUNT_UNIT = /^(个|項|项|名|人|人次|所|户|套|座|次|家|批|件|处|条|栋|幢)$/;
const MONEY_UNIT = /元$/;
const PERCENT_UNIT = /%|百分/;

/** Split a header into its words (simplified, inner brackets dropped) and its unit. */
export function headerWords(text: string): { readonly words: string; readonly unit?: string } {
  const cleaned = simplified(cleanText(text));
  const unitMatch = UNIT.exec(cleaned);
  const unit = unitMatch ? unitMatch[1] : undefined;
  const base = unitMatch ? cleaned.slice(0, unitMatch.index) : cleaned;
  // 已复(开)工 reads as 已复开工: a bracket inside a word is an alternative, not a unit.
  const words = base.replace(/[()]/g, "");
  return unit !== undefined ? { words, unit } : { words };
}

const STAGES: readonly (readonly [Stage, RegExp])[] = [
  ["notStarted", /未开工|未动工|未启动|尚未开工/],
  ["underway", /在建|正在建设|施工中/],
  ["planned", /应到位|应拨付/],
  ["started", /开工|动工|复工|开建/],
  ["completed", /完工|竣工|建成|完成|交付/],
  ["arrived", /到位|拨付|下达/],
  ["planned", /计划|规划|年度|试点|批复|安排|总投资/],
  ["other", /招投标|前期|准备|可立即|新建|续建|新启动|新开/],
];

function stageOf(words: string, money: boolean): Stage | undefined {
  for (const [stage, pattern] of STAGES) {
    if (!pattern.test(words)) continue;
    // 资金到位后可立即实施(个) counts projects: money arriving is not a stage of a count.
    if (stage === "arrived" && !money) return "other";
    return stage;
  }
  return undefined;
}

function quantityOf(words: string): Quantity | undefined {
  if (/投资/.test(words)) return "investment";
  if (/资金|金额|援助额|援建额|分配额|拨款|款/.test(words)) return "funds";
  if (/人数|干部|人才|人员|教师|医生/.test(words)) return "people";
  if (/项目|工程|个数|项数/.test(words)) return "projects";
  return undefined;
}

const AID = /援疆|援藏|援青|援助|援建|支援|对口/;

/** A rate's readings from its words: 开工率 divides started by planned projects, 到位率 arrived by planned funds … */
function rateReadings(words: string): readonly (readonly [MeasurePart, MeasurePart])[] {
  const aid = AID.test(words) ? { aid: true } : {};
  if (/开工率|动工率|复工率/.test(words)) return [[{ stage: "started" }, { stage: "planned" }]];
  if (/完工率|竣工率|建成率/.test(words)) return [[{ stage: "completed" }, { stage: "planned" }]];
  if (/到位率|拨付率/.test(words))
    return [
      [
        { stage: "arrived", ...aid },
        { stage: "planned", ...aid },
      ],
    ];
  if (/投资完成率|完成投资率|完成计划投资|完成投资占/.test(words))
    return [
      [
        { quantity: "investment", stage: "completed" },
        { quantity: "investment", stage: "planned" },
      ],
    ];
  if (/资金完成率/.test(words))
    return [
      [
        { quantity: "funds", stage: "completed" },
        { quantity: "funds", stage: "planned" },
      ],
    ];
  // 完成率, 完成年度计划(%), 比率: completed (or arrived) over planned, of whichever measure the table has.
  if (/完成/.test(words))
    return [
      [
        { quantity: "projects", stage: "completed" },
        { quantity: "projects", stage: "planned" },
      ],
      [{ stage: "completed" }, { stage: "planned" }],
      [{ stage: "arrived" }, { stage: "planned" }],
    ];
  if (/^(比率|比例|百分比|完成比例|完成比率)$/.test(words))
    return [
      [{ stage: "completed" }, { stage: "planned" }],
      [{ stage: "arrived" }, { stage: "planned" }],
    ];
  return [];
}

/** A share's whole from its words: 占援疆资金总额 is a share of the aid funds. */
function shareWhole(words: string): MeasurePart | undefined {
  const at = words.indexOf("占");
  if (at < 0) return undefined;
  const rest = words.slice(at + 1);
  const quantity = quantityOf(rest);
  if (!quantity) return undefined;
  return { quantity, ...(AID.test(rest) ? { aid: true } : {}) };
}

const SHARE = /占比|比重|所占比例|占总|构成|^占.*(总额|总数|总计|合计|总量)$/;
const LABEL =
  /^(地区|范围|指标|阶段|用途|资金来源|来源|工程分期|分期|县区|县区名称|县市|县市名称|地州|市州|单位名称|区域|领域名称|名称|内容|资金类别)$/;

/** Read a header cell as a measure. */
export function readMeasure(text: string): Measure {
  const { words, unit } = headerWords(text);
  const withUnit = <T extends object>(m: T): T & { unit?: string } =>
    unit !== undefined ? { ...m, unit } : m;
  const percent = unit !== undefined && PERCENT_UNIT.test(unit);
  const money = unit !== undefined && MONEY_UNIT.test(unit);
  const counted = unit !== undefined && COUNT_UNIT.test(unit);

  if (/率/.test(words) || (percent && /完成|占/.test(words) && !SHARE.test(words))) {
    if (SHARE.test(words)) return withUnit({ kind: "share" as const });
    const of = shareWhole(words);
    if (of && /总额|总数|合计|总计/.test(words)) return withUnit({ kind: "share" as const, of });
    return withUnit({ kind: "rate" as const, readings: rateReadings(words) });
  }
  if (SHARE.test(words)) {
    const of = shareWhole(words);
    return withUnit(of ? { kind: "share" as const, of } : { kind: "share" as const });
  }
  if (!money && !counted && /日期|时间|年月|时限/.test(words))
    return withUnit({ kind: "date" as const });
  if (!money && !counted) {
    // In header-words.ts's order: mode, recipient, supporter.
    if (MODE_WORDS.test(words)) return withUnit({ kind: "mode" as const });
    if (RECIPIENT_WORDS.test(words)) return withUnit({ kind: "recipient" as const });
    if (SUPPORTER_WORDS.test(words)) return withUnit({ kind: "supporter" as const });
    if (PROJECT_WORDS.test(words)) return withUnit({ kind: "project" as const });
    if (CATEGORY_WORDS.test(words) && !/资金类别/.test(words))
      return withUnit({ kind: "category" as const });
    if (LABEL.test(words)) return withUnit({ kind: "label" as const });
    if (/备注|说明|职责|附注/.test(words)) return withUnit({ kind: "text" as const });
  }
  // 计划 | 完成或到位 | 比率 with the measures as rows (援疆项目(个), 总投资(亿元)): a stage alone is each row's figure.
  if (
    !counted &&
    !money &&
    /^(计划|规划|完成|到位|完成或到位|完成\/到位|实际|已完成|已到位)$/.test(words)
  ) {
    const stage = stageOf(words, true);
    return withUnit({ kind: "amount" as const, perRow: true, ...(stage ? { stage } : {}) });
  }
  const quantity = quantityOf(words);
  const isMoney = money || quantity === "funds" || quantity === "investment";
  // 已开工, 在建, 未动工: a stage on its own counts projects.
  const isCount =
    counted ||
    (!isMoney &&
      (quantity !== undefined ||
        /个数|数量|^项目|项目数|试点项目|计划项目|人数/.test(words) ||
        /^(已|未|正在)?(开工|动工|复工|完工|竣工|建成|在建)/.test(words)));
  if (!isMoney && !isCount) return withUnit({ kind: "text" as const });
  const stage = stageOf(words, isMoney && !counted);
  const kind = isMoney && !counted ? ("amount" as const) : ("count" as const);
  const q: Quantity | undefined =
    quantity ?? (kind === "amount" ? "funds" : /人/.test(unit ?? "") ? "people" : "projects");
  // 资金到位后可立即实施(个) counts projects, whatever money its words mention.
  const counts: Quantity | undefined = q === "funds" || q === "investment" ? "projects" : q;
  return withUnit({
    kind,
    quantity: kind === "amount" ? (q === "projects" ? "funds" : q) : counts,
    ...(stage ? { stage } : {}),
    ...(kind === "amount" && AID.test(words) ? { aid: true } : {}),
    ...(stage === "started" && /复/.test(words) ? { resumed: true } : {}),
  });
}

/** Whether a measure holds figures (counts, amounts, rates or shares). */
export function isFigure(m: Measure | undefined): boolean {
  return (
    m !== undefined &&
    (m.kind === "count" || m.kind === "amount" || m.kind === "rate" || m.kind === "share")
  );
}

/** A short stable key for a measure (count.projects.planned, amount.funds.arrived.aid, rate …), as aid-check's JSON shows it. */
export function measureKey(m: Measure): string {
  return [m.kind, m.quantity, m.stage, m.aid ? "aid" : undefined]
    .filter((part) => part !== undefined)
    .join(".");
}

/** Whether a measure fits the words of a part (every named property matches). */
export function fits(m: Measure, part: MeasurePart): boolean {
  if (m.kind !== "count" && m.kind !== "amount") return false;
  if (part.quantity !== undefined && m.quantity !== part.quantity) return false;
  if (part.aid !== undefined && (m.aid ?? false) !== part.aid) return false;
  // An unstaged count or amount (项目(个), 援助资金) is the whole: the planned figure.
  const stage = m.stage ?? "planned";
  return part.stage === undefined || stage === part.stage;
}
