/**
 * Every place AID knows: supporters, recipients and the units that contain them.
 *
 * Names come from the seed document (cited by line); renamings and short forms
 * from the reference transcription of renamings (aliases.json), of which only the
 * entries marked in-source-document or source-found are used. The exceptions are
 * noted where they occur: province short names, the short forms the users asked
 * for by name (塔县, 一师), and the prefectures of the Sichuan counties, which the
 * seed does not give.
 */
import type { NameRecord, PlaceKind, PlaceRecord } from "./types";

const SEED = "000_affa1a3daf27bfa6.txt";
const T1 = (line: number) => `${SEED} 表1 line ${line}`;
const P8 = (line: number) => `${SEED} 篇8 line ${line}`;
const RENAMED = (what: string) => `reference aliases.json: ${what} (source-found)`;
const XJ = "新疆维吾尔自治区";
const CORPS = "新疆生产建设兵团";
const YILI_DIRECT = "伊犁哈萨克自治州直属县(市)";

function place(
  name: string,
  kind: PlaceKind,
  parent: string | undefined,
  source: string,
  extra: Partial<PlaceRecord> = {}
): PlaceRecord {
  return { name, kind, ...(parent ? { parent } : {}), source, ...extra };
}

/** A county-level unit of 表1 that kept its name; the kind follows its suffix. */
function unit(name: string, parent: string, line: number): PlaceRecord {
  return place(name, name.endsWith("市") ? "county-city" : "county", parent, T1(line));
}

const PROVINCES: PlaceRecord[] = [
  "北京市",
  "天津市",
  "河北省",
  "山西省",
  "内蒙古自治区",
  "辽宁省",
  "吉林省",
  "黑龙江省",
  "上海市",
  "江苏省",
  "浙江省",
  "安徽省",
  "福建省",
  "江西省",
  "山东省",
  "河南省",
  "湖北省",
  "湖南省",
  "广东省",
  "广西壮族自治区",
  "海南省",
  "重庆市",
  "四川省",
  "贵州省",
  "云南省",
  "西藏自治区",
  "陕西省",
  "甘肃省",
  "青海省",
  "宁夏回族自治区",
  XJ,
].map((name) =>
  place(
    name,
    "province",
    undefined,
    "provincial-level division of the PRC; short forms derived (浙江/浙江省)"
  )
);

const SUPPORTER_CITIES: PlaceRecord[] = [
  place("深圳市", "supporter-city", "广东省", T1(539), {
    note: "a supporter of its own in 表1; in the Wenchuan list it acts for 广东省 on line 19 (篇8 line 441)",
  }),
  place("苏州市", "supporter-city", "江苏省", `${SEED} 篇12: 深圳市、苏州市 两个对口援疆市`, {
    note: "not in 表1; 苏州's aid is counted under 江苏 in the 2010 table",
  }),
];

const XINJIANG_PREFECTURES: PlaceRecord[] = [
  place(
    "伊犁哈萨克自治州",
    "prefecture",
    XJ,
    "contains 伊犁州直, 塔城地区 and 阿勒泰地区 (reference aliases.json note)"
  ),
  place("喀什地区", "prefecture", XJ, T1(537)),
  place("和田地区", "prefecture", XJ, T1(547)),
  place("克孜勒苏柯尔克孜自治州", "prefecture", XJ, T1(555), {
    aliases: [{ name: "克州", source: `${SEED} 表2/表3 (in-source-document)` }],
  }),
  place("阿克苏地区", "prefecture", XJ, T1(561)),
  place(YILI_DIRECT, "prefecture-group", "伊犁哈萨克自治州", T1(565), {
    formerNames: [{ name: "伊犁哈萨克自治州直属县市", source: T1(565) }],
    aliases: [
      { name: "伊犁州直", source: `${SEED} 表2/表3 (in-source-document)` },
      { name: "伊犁州直属县市", source: "reference aliases.json short form" },
      { name: "州直", source: "reference aliases.json short form" },
      // Colloquially 伊犁 and 伊犁州 also mean the directly-administered part; both stay ambiguous with the whole 州.
      { name: "伊犁", source: "reference aliases.json (ambiguous)" },
      { name: "伊犁州", source: "reference aliases.json (ambiguous)" },
      // Issue 9: the full name is written for the directly-administered part too, so it is as
      // ambiguous as 伊犁州 (else it would stand for every supporter of 塔城 and 阿勒泰 as well).
      { name: "伊犁哈萨克自治州", source: "issue 9: read like 伊犁州 (ambiguous)" },
      {
        name: "伊犁河谷州直",
        source:
          "xzqh.info/lt/read.php?fpage=128&tid=69347 (test/fixtures/real/xinjiang-pairs-forum.json): 江苏 伊犁河谷州直八县二市",
      },
    ],
  }),
  place("巴音郭楞蒙古自治州", "prefecture", XJ, T1(569), {
    aliases: [{ name: "巴州", source: `${SEED} 表2/表3 (in-source-document)` }],
  }),
  place("吐鲁番市", "prefecture", XJ, T1(573), {
    formerNames: [
      { name: "吐鲁番地区", until: 2015, source: RENAMED("撤销吐鲁番地区,设立地级吐鲁番市, 2015") },
    ],
  }),
  place("哈密市", "prefecture", XJ, T1(577), {
    formerNames: [
      { name: "哈密地区", until: 2016, source: RENAMED("撤销哈密地区,设立地级哈密市, 2016-01-07") },
    ],
  }),
  place("博尔塔拉蒙古自治州", "prefecture", XJ, T1(581), {
    aliases: [{ name: "博州", source: `${SEED} 表2/表3 (in-source-document)` }],
  }),
  place("昌吉回族自治州", "prefecture", XJ, T1(585), {
    aliases: [{ name: "昌吉州", source: `${SEED} 表2/表3 (in-source-document)` }],
  }),
  place("塔城地区", "prefecture", "伊犁哈萨克自治州", T1(591)),
  place("阿勒泰地区", "prefecture", "伊犁哈萨克自治州", T1(595)),
  place(
    "克拉玛依市",
    "prefecture",
    XJ,
    "reference aliases.json corpsUnitsNotIn2010Table (source-found)",
    {
      note: "not a recipient in 表1; added to 干部人才支援 in 2014",
    }
  ),
];

const XINJIANG_COUNTIES: PlaceRecord[] = [
  unit("喀什市", "喀什地区", 539),
  place("塔什库尔干塔吉克自治县", "county", "喀什地区", T1(539), {
    aliases: [
      {
        name: "塔县",
        source: "common short form (reference aliases.json, from-memory; asked for by the users)",
      },
    ],
  }),
  unit("疏附县", "喀什地区", 541),
  unit("伽师县", "喀什地区", 541),
  unit("莎车县", "喀什地区", 543),
  unit("泽普县", "喀什地区", 543),
  unit("叶城县", "喀什地区", 543),
  unit("巴楚县", "喀什地区", 543),
  unit("麦盖提县", "喀什地区", 545),
  unit("疏勒县", "喀什地区", 545),
  unit("岳普湖县", "喀什地区", 545),
  unit("英吉沙县", "喀什地区", 545),
  unit("和田市", "和田地区", 549),
  unit("和田县", "和田地区", 549),
  unit("墨玉县", "和田地区", 549),
  unit("洛浦县", "和田地区", 549),
  unit("民丰县", "和田地区", 551),
  unit("策勒县", "和田地区", 551),
  unit("于田县", "和田地区", 551),
  unit("皮山县", "和田地区", 553),
  unit("阿图什市", "克孜勒苏柯尔克孜自治州", 557),
  unit("乌恰县", "克孜勒苏柯尔克孜自治州", 557),
  unit("阿合奇县", "克孜勒苏柯尔克孜自治州", 557),
  unit("阿克陶县", "克孜勒苏柯尔克孜自治州", 559),
  unit("阿克苏市", "阿克苏地区", 563),
  unit("阿瓦提县", "阿克苏地区", 563),
  unit("温宿县", "阿克苏地区", 563),
  unit("新和县", "阿克苏地区", 563),
  unit("沙雅县", "阿克苏地区", 563),
  unit("拜城县", "阿克苏地区", 563),
  place("库车市", "county-city", "阿克苏地区", T1(563), {
    formerNames: [
      { name: "库车县", until: 2019, source: RENAMED("库车县撤县设市, announced 2019-12-20") },
    ],
  }),
  unit("乌什县", "阿克苏地区", 563),
  unit("柯坪县", "阿克苏地区", 563),
  unit("伊宁市", YILI_DIRECT, 567),
  unit("霍城县", YILI_DIRECT, 567),
  unit("奎屯市", YILI_DIRECT, 567),
  unit("伊宁县", YILI_DIRECT, 567),
  unit("新源县", YILI_DIRECT, 567),
  unit("察布查尔锡伯自治县", YILI_DIRECT, 567),
  unit("尼勒克县", YILI_DIRECT, 567),
  unit("巩留县", YILI_DIRECT, 567),
  unit("昭苏县", YILI_DIRECT, 567),
  unit("特克斯县", YILI_DIRECT, 567),
  place(
    "霍尔果斯市",
    "county-city",
    YILI_DIRECT,
    RENAMED("霍尔果斯市 set up in 2014 from part of 霍城县"),
    {
      splitFrom: "霍城县",
      note: "created after 表1 from 霍城县 land and 兵团 farms, all paired with 江苏",
    }
  ),
  unit("库尔勒市", "巴音郭楞蒙古自治州", 571),
  unit("和静县", "巴音郭楞蒙古自治州", 571),
  unit("焉耆回族自治县", "巴音郭楞蒙古自治州", 571),
  unit("和硕县", "巴音郭楞蒙古自治州", 571),
  unit("博湖县", "巴音郭楞蒙古自治州", 571),
  unit("且末县", "巴音郭楞蒙古自治州", 571),
  unit("若羌县", "巴音郭楞蒙古自治州", 571),
  unit("轮台县", "巴音郭楞蒙古自治州", 571),
  unit("尉犁县", "巴音郭楞蒙古自治州", 571),
  place("高昌区", "district", "吐鲁番市", T1(575), {
    formerNames: [
      { name: "吐鲁番市", until: 2015, source: RENAMED("撤销县级吐鲁番市,设立高昌区, 2015") },
    ],
    note: "表1's 吐鲁番市 is this county-level city; today 吐鲁番市 is the prefecture-level city",
  }),
  unit("鄯善县", "吐鲁番市", 575),
  unit("托克逊县", "吐鲁番市", 575),
  place("伊州区", "district", "哈密市", T1(579), {
    formerNames: [
      { name: "哈密市", until: 2016, source: RENAMED("撤销县级哈密市,设立伊州区, 2016-01-07") },
    ],
    note: "表1's 哈密市 is this county-level city; today 哈密市 is the prefecture-level city",
  }),
  unit("巴里坤哈萨克自治县", "哈密市", 579),
  unit("伊吾县", "哈密市", 579),
  unit("博乐市", "博尔塔拉蒙古自治州", 583),
  place(
    "阿拉山口市",
    "county-city",
    "博尔塔拉蒙古自治州",
    "国家统计局 2023年统计用区划代码 652702 (src/data/divisions.ts)",
    {
      code: "652702",
      splitFrom: "博乐市",
      note: "set up after 表1; issue 9 says from part of 博乐市 (not checked against a published decision here)",
    }
  ),
  unit("精河县", "博尔塔拉蒙古自治州", 583),
  unit("温泉县", "博尔塔拉蒙古自治州", 583),
  unit("昌吉市", "昌吉回族自治州", 587),
  unit("玛纳斯县", "昌吉回族自治州", 587),
  unit("呼图壁县", "昌吉回族自治州", 587),
  unit("奇台县", "昌吉回族自治州", 587),
  unit("吉木萨尔县", "昌吉回族自治州", 587),
  unit("木垒哈萨克自治县", "昌吉回族自治州", 587),
  unit("阜康市", "昌吉回族自治州", 589),
  unit("塔城市", "塔城地区", 593),
  unit("乌苏市", "塔城地区", 593),
  unit("额敏县", "塔城地区", 593),
  unit("和布克赛尔蒙古自治县", "塔城地区", 593),
  unit("托里县", "塔城地区", 593),
  unit("裕民县", "塔城地区", 593),
  place("沙湾市", "county-city", "塔城地区", T1(593), {
    formerNames: [
      { name: "沙湾县", until: 2021, source: RENAMED("沙湾县撤县设市, announced 2021-01-29") },
    ],
  }),
  unit("阿勒泰市", "阿勒泰地区", 597),
  unit("哈巴河县", "阿勒泰地区", 597),
  unit("布尔津县", "阿勒泰地区", 597),
  unit("吉木乃县", "阿勒泰地区", 597),
  unit("青河县", "阿勒泰地区", 599),
  unit("富蕴县", "阿勒泰地区", 599),
  unit("福海县", "阿勒泰地区", 599),
];

/**
 * A 兵团 division with the forms people write for it. The division was 农X师 until
 * the 2012 renaming to 第X师 (source-found); 一师, 兵团一师 and the 师市 forms such as
 * 一师阿拉尔市 are colloquial (the users asked for 一师 and 兵团第一师 by name).
 */
function division(ordinal: string, line: number | null, city?: string): PlaceRecord {
  const cores = [`第${ordinal}师`, `${ordinal}师`, `农${ordinal}师`, `农业建设第${ordinal}师`];
  const prefixes = ["", "兵团", "新疆兵团", CORPS];
  const forms = new Set<string>();
  for (const prefix of prefixes)
    for (const core of cores) {
      forms.add(prefix + core);
      if (city) forms.add(prefix + core + city);
    }
  const name = `${CORPS}第${ordinal}师`;
  forms.delete(name);
  const formerName = `${CORPS}农业建设第${ordinal}师`;
  forms.delete(formerName);
  return place(
    name,
    "division",
    CORPS,
    line ? T1(line) : "reference aliases.json corpsUnitsNotIn2010Table (source-found)",
    {
      formerNames: [
        {
          name: formerName,
          until: 2012,
          source: RENAMED(`农${ordinal}师 → 第${ordinal}师, 2012-12`),
        },
      ],
      aliases: [...forms].map((form) => ({
        name: form,
        source: "兵团 short forms: 农X师 in the seed, 第X师 since 2012, X师 colloquial",
      })),
      ...(line ? {} : { note: "not a recipient in 表1" }),
    }
  );
}

/** A 兵团 city run together with its division (师市合一); it pairs as its division does. */
function divisionCity(
  name: string,
  ordinal: string,
  established: number,
  inTable: boolean
): PlaceRecord {
  return place(
    name,
    "division-city",
    XJ,
    RENAMED(`${name}, 师市合一 with 第${ordinal}师, ${established}`),
    {
      sameBodyAs: `${CORPS}第${ordinal}师`,
      ...(inTable ? {} : { note: `set up in ${established}, after 表1` }),
    }
  );
}

const CORPS_UNITS: PlaceRecord[] = [
  place(CORPS, "corps", XJ, `${SEED} 表1 (兵团 rows)`, {
    aliases: [
      { name: "兵团", source: `${SEED} 表1` },
      { name: "新疆兵团", source: "common short form" },
    ],
  }),
  division("一", 563, "阿拉尔市"),
  division("二", 571, "铁门关市"),
  division("三", 541, "图木舒克市"),
  division("四", 567, "可克达拉市"),
  division("五", 583, "双河市"),
  division("六", 589, "五家渠市"),
  division("七", 567, "胡杨河市"),
  division("八", 593, "石河子市"),
  division("九", 593, "白杨市"),
  division("十", 599, "北屯市"),
  division("十一", null),
  division("十二", null),
  division("十三", 579, "新星市"),
  division("十四", 549, "昆玉市"),
  divisionCity("阿拉尔市", "一", 2002, true),
  divisionCity("铁门关市", "二", 2012, false),
  divisionCity("图木舒克市", "三", 2002, true),
  divisionCity("可克达拉市", "四", 2015, false),
  divisionCity("双河市", "五", 2014, false),
  divisionCity("五家渠市", "六", 2002, true),
  divisionCity("胡杨河市", "七", 2019, false),
  divisionCity("石河子市", "八", 1976, true),
  divisionCity("白杨市", "九", 2022, false),
  divisionCity("北屯市", "十", 2011, false),
  divisionCity("新星市", "十三", 2021, false),
  divisionCity("昆玉市", "十四", 2016, false),
];

// The seed gives only 四川省; the prefectures are the reference transcription's (from-memory) and
// are used only to accept names written with them in front (绵阳市安州区) and for prefecture-level look-ups.
const SICHUAN_PREFECTURE_SOURCE =
  "prefecture of a Wenchuan county (reference pairings, from-memory; not in the seed)";
const SICHUAN: PlaceRecord[] = [
  place("绵阳市", "prefecture", "四川省", SICHUAN_PREFECTURE_SOURCE),
  place("阿坝藏族羌族自治州", "prefecture", "四川省", SICHUAN_PREFECTURE_SOURCE),
  place("广元市", "prefecture", "四川省", SICHUAN_PREFECTURE_SOURCE),
  place("德阳市", "prefecture", "四川省", SICHUAN_PREFECTURE_SOURCE),
  place("成都市", "prefecture", "四川省", SICHUAN_PREFECTURE_SOURCE),
  place("雅安市", "prefecture", "四川省", SICHUAN_PREFECTURE_SOURCE),
  place("北川羌族自治县", "county", "绵阳市", P8(405), {
    formerNames: [
      {
        name: "北川县",
        until: 2003,
        source: RENAMED(
          "撤销北川县,设立北川羌族自治县, 2003-07-06; the 2008 list still says 北川县"
        ),
      },
    ],
  }),
  place("汶川县", "county", "阿坝藏族羌族自治州", P8(407)),
  place("青川县", "county", "广元市", P8(409)),
  place("绵竹市", "county-city", "德阳市", P8(411)),
  place("什邡市", "county-city", "德阳市", P8(413)),
  place("都江堰市", "county-city", "成都市", P8(415)),
  place("平武县", "county", "绵阳市", P8(417)),
  place("安州区", "district", "绵阳市", P8(419), {
    formerNames: [
      { name: "安县", until: 2016, source: RENAMED("撤销安县,设立绵阳市安州区, 2016") },
    ],
    aliases: [{ name: "安州", source: "reference aliases.json shortForms (source-found)" }],
  }),
  place("江油市", "county-city", "绵阳市", P8(421)),
  place("彭州市", "county-city", "成都市", P8(423)),
  place("茂县", "county", "阿坝藏族羌族自治州", P8(425)),
  place("理县", "county", "阿坝藏族羌族自治州", P8(427)),
  place("黑水县", "county", "阿坝藏族羌族自治州", P8(429)),
  place("松潘县", "county", "阿坝藏族羌族自治州", P8(431)),
  place("小金县", "county", "阿坝藏族羌族自治州", P8(433)),
  place("汉源县", "county", "雅安市", P8(435)),
  place("崇州市", "county-city", "成都市", P8(437)),
  place("剑阁县", "county", "广元市", P8(439)),
  place("甘肃省受灾严重地区", "disaster-area", "甘肃省", P8(441), {
    aliases: [{ name: "甘肃受灾严重地区", source: P8(441) }],
  }),
  place("陕西省受灾严重地区", "disaster-area", "陕西省", P8(443), {
    aliases: [{ name: "陕西受灾严重地区", source: P8(443) }],
  }),
];

const UNIVERSITIES: PlaceRecord[] = [
  ["新疆农业大学", 79],
  ["新疆医科大学", 239],
  ["中国农业大学", 91],
  ["南京农业大学", 91],
  ["北京林业大学", 91],
  ["河海大学", 91],
  ["江南大学", 91],
  ["复旦大学", 239],
  ["中山大学", 239],
  ["中国药科大学", 239],
  ["北京中医药大学", 239],
  ["中南大学", 239],
].map(([name, line]) => place(String(name), "university", undefined, `${SEED} line ${line}`));

/** Extra forms for provinces that the suffix rules cannot derive. */
const PROVINCE_ALIASES: Readonly<Record<string, readonly NameRecord[]>> = {
  黑龙江省: [
    {
      name: "龙江",
      source: `${SEED} writes 龙江; 表3 breaks the cell as 吉林、黑 / 龙江 (in-source-document)`,
    },
  ],
};

export const PLACES: readonly PlaceRecord[] = [
  ...PROVINCES.map((p) =>
    PROVINCE_ALIASES[p.name] ? { ...p, aliases: PROVINCE_ALIASES[p.name] } : p
  ),
  ...SUPPORTER_CITIES,
  ...XINJIANG_PREFECTURES,
  ...XINJIANG_COUNTIES,
  ...CORPS_UNITS,
  ...SICHUAN,
  ...UNIVERSITIES,
];
