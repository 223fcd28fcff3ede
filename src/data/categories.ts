/**
 * Project category vocabularies, with the forms people type. The first three are the seed
 * document's (names and source texts as it prints them; `variants` are common forms from practice,
 * reference categories.json synonymsFromPractice, and the 其他/其它 spellings). The last is the
 * current national 援疆 project categories as yearly 援疆项目实施计划 name them in published reports;
 * each vocabulary says where it comes from.
 */

export interface CategoryRecord {
  readonly name: string;
  readonly sourceText: string;
  readonly variants?: readonly string[];
  /** Where a variant was seen in print, when it comes from a published page rather than from practice. */
  readonly variantSources?: Readonly<Record<string, string>>;
  readonly note?: string;
}

export interface Taxonomy {
  readonly id: string;
  readonly title: { readonly "zh-CN": string; readonly en: string };
  readonly source: string;
  readonly categories: readonly CategoryRecord[];
}

export const TAXONOMIES: readonly Taxonomy[] = [
  {
    id: "xinjiang-plan-2011-2015",
    title: {
      "zh-CN": "援疆规划（2011-2015）项目类别",
      en: "Xinjiang aid plan 2011-2015 categories",
    },
    source:
      "000_affa1a3daf27bfa6.txt 篇9 三、(一) line 611: 援疆规划地方项目共1847个 … 其中房屋建设项目280个 …",
    categories: [
      {
        name: "房屋建设",
        sourceText: "房屋建设项目",
        variants: ["房建", "住房建设", "安居富民", "定居兴牧", "棚户区改造"],
      },
      { name: "社会发展", sourceText: "社会发展项目", variants: ["社会事业", "民生社会发展"] },
      { name: "产业发展", sourceText: "产业发展项目", variants: ["产业援疆", "产业项目"] },
      {
        name: "人才培训",
        sourceText: "人才培训项目",
        variants: ["干部人才培训", "智力援疆", "培训"],
      },
      {
        name: "基层阵地建设",
        sourceText: "基层阵地建设项目",
        variants: ["基层组织阵地建设", "基层阵地"],
      },
      {
        name: "其它",
        sourceText: "其它类项目",
        variants: ["其他", "其它类", "其他类", "其他项目", "其它项目"],
      },
      {
        name: "地州统筹和预留资金",
        sourceText: "地州统筹和预留资金",
        variants: ["统筹和预留资金", "预留资金", "地州统筹"],
        note: "funds without a project count",
      },
    ],
  },
  {
    id: "xinjiang-pilot-2010",
    title: { "zh-CN": "2010年援疆试点项目类别", en: "Xinjiang 2010 pilot project categories" },
    source: "000_affa1a3daf27bfa6.txt 篇9 三、(二)1. line 621: 城镇基础设施项目9个 …",
    categories: [
      { name: "城镇基础设施", sourceText: "城镇基础设施项目" },
      { name: "房屋建设", sourceText: "房屋建设项目" },
      { name: "工贸园区", sourceText: "工贸园区项目" },
      { name: "农业示范园区", sourceText: "农业示范园区项目" },
      { name: "新农村建设", sourceText: "新农村建设项目" },
      { name: "教育卫生", sourceText: "教育卫生项目" },
      { name: "水利", sourceText: "水利项目" },
      { name: "政府公益", sourceText: "政府公益项目" },
      { name: "规划建设", sourceText: "规划建设项目" },
    ],
  },
  {
    id: "wenchuan-2008-content",
    title: { "zh-CN": "汶川对口支援内容（篇8 三、）", en: "Wenchuan pairing content list" },
    source: "000_affa1a3daf27bfa6.txt 篇8 三、对口支援的内容、方式和任务 (一)-(八), lines 453-467",
    categories: [
      {
        name: "规划设计与咨询服务",
        sourceText: "提供规划编制、建筑设计、专家咨询、工程建设和监理等服务",
      },
      {
        name: "城乡居民住房",
        sourceText: "建设和修复城乡居民住房",
        variants: ["城乡住房"],
        variantSources: {
          城乡住房:
            "阿坝州府, 2011-08-05: 阿坝州灾后重建城乡住房建设规划项目25个 … (its address in test/fixtures/real/aba-housing-2011.json)",
        },
      },
      {
        name: "公共服务设施",
        sourceText: "建设和修复学校、医院、广播电视、文化体育、社会福利等公共服务设施",
      },
      {
        name: "城乡基础设施",
        sourceText: "建设和修复城乡道路、供(排)水、供气、污水和垃圾处理等基础设施",
      },
      { name: "农业农村基础设施", sourceText: "建设和修复农业、农村等基础设施" },
      {
        name: "物资与人员支持",
        sourceText:
          "提供机械设备、器材工具、建筑材料等支持。选派师资和医务人员,人才培训、异地入学入托、劳务输入输出、农业科技等服务",
      },
      {
        name: "企业投资与市场设施",
        sourceText:
          "按市场化运作方式,鼓励企业投资建厂、兴建商贸流通等市场服务设施,参与经营性基础设施建设",
      },
      {
        name: "双方协商的其他内容",
        sourceText: "对口支援双方协商的其他内容",
        variants: ["双方协商的其它内容"],
      },
    ],
  },
  {
    id: "xinjiang-national-2022",
    title: {
      "zh-CN": "对口援疆项目类别（现行全国口径）",
      en: "Current national categories of aid-to-Xinjiang projects",
    },
    source:
      "光明日报客户端 2022-03-21, 2022年浙江援疆项目集中开工 (chahao8.com/rd/2022032132819.html): 智力支援类项目64个 … 产业支援促进就业类项目106个 … 保障和改善民生类项目89个 … 交往交流交融类项目64个 … 文化教育援疆项目82个; 中国改革报 2023-04-20 (cfgw.net.cn/2023-04/20/content_25042120.htm): 智力支援类项目58个 … 产业支援类项目98个 … 保障和改善民生类项目78个 … 促进各民族交往交流交融类项目63个 … 文化教育支援类项目73个",
    categories: [
      { name: "智力支援", sourceText: "智力支援类项目" },
      {
        name: "产业支援促进就业",
        sourceText: "产业支援促进就业类项目",
        variants: ["产业支援", "产业支援类", "产业支援类项目"],
        note: "2023's report writes 产业支援类",
      },
      { name: "保障和改善民生", sourceText: "保障和改善民生类项目" },
      {
        name: "交往交流交融",
        sourceText: "交往交流交融类项目",
        variants: ["促进各民族交往交流交融", "促进各民族交往交流交融类"],
        note: "2023's report writes 促进各民族交往交流交融类",
      },
      {
        name: "文化教育",
        sourceText: "文化教育援疆项目",
        variants: ["文化教育支援", "文化教育支援类", "文化教育援疆"],
        note: "2023's report writes 文化教育支援类",
      },
    ],
  },
];

/** 援建方式 of the new round of aid to Xinjiang (篇9 二、(二)3., line 513). */
export const AID_MODES: readonly CategoryRecord[] = [
  { name: "交钥匙", sourceText: "项目设计施工全部由支援方负责,建好以后交钥匙给受援方使用" },
  { name: "交支票", sourceText: "项目从设计到施工全部由受援方负责实施,支援方提供资金" },
  { name: "共建", sourceText: "支援方和受援方共同承担项目实施和资金筹措" },
];
