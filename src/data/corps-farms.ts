/**
 * 兵团 团场 (regimental farms) and the division each belongs to, so that a cell naming a farm
 * (一师十团, 农九师168团, 第三师四十一团, 一六八团) stands for its division. Only farms a published page
 * places in a division are listed, each group with the page it comes from (found with the `search`
 * tool, corpus pages, 2026-12-02). A farm written after its division (X师N团) needs no entry here:
 * the division it is written under is taken.
 */

export interface FarmGroup {
  /** The division's ordinal as in 第X师. */
  readonly division: string;
  /** Farm numbers (N of N团). */
  readonly farms: readonly number[];
  readonly source: string;
}

export const CORPS_FARMS: readonly FarmGroup[] = [
  {
    division: "一",
    farms: [1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
    source:
      "ec-horse.com/zfzs/299.html (阿拉尔市, 师市合一 with 第一师): 另下轄一團、二團、三團、七團、八團、九團、十團、十一團、十二團、十三團、十四團、十五團、十六團等團場",
  },
  {
    division: "三",
    farms: [41, 42, 44, 45, 46, 48, 49, 50, 51, 52, 53, 54],
    source:
      "bbs.kashenzx.com/archiver/showtopic-8395.aspx (兵团新闻联播: 三师图木舒克市 四十一团草湖镇, 四十二团, 四十五团, 四十六团, 四十八团, 五〇团, 五十四团); tubu51.cn/blog/2008/24068.html (图木舒克市概况: 兵團農三師的44、49、50、51、52、53等六個農牧團場)",
  },
  {
    division: "四",
    farms: [61, 62, 66, 70, 71, 73, 74, 76, 77],
    source:
      "fudaoke.com/exam/2788160.html (四师各团场: 61团、62团、66团 … 73团、74团、76团 … 70团、71团 … 77团)",
  },
  {
    division: "六",
    farms: [103],
    source: "cnenc.net/b1252641.html (农六师一○三团)",
  },
  {
    division: "九",
    farms: [161, 162, 163, 164, 165, 166, 167, 168],
    source:
      "xcar.com.cn/bbs/viewthread.php?tid=99969499 (新疆生产建设兵团第九师 … 下辖团(场): 161团 … 168团); 072g86g.cn/blog/2008/23811.html (農九師一六八團)",
  },
  {
    division: "十",
    farms: [182, 183, 184, 185, 186, 187, 188],
    source:
      "bts.gov.cn/c/2024-10-01/2885264.shtml (第十师北屯市: 新疆生产建设兵团第十师一八四团); newton.com.tw/wiki/新疆生產建設兵團第十師一八二團; jendow.com.tw/wiki/新疆生產建設兵團第十師一八五團; m.hongbuhong.com/blog/2008/16620.html (農十師一八六團); 高德 district table (amapDistrictTable, a public repository's SQL dump, found with the code search 2026-12-02): 659005 北屯市 (师市合一 with 第十师) → 兵团一八三团, 兵团一八七团, 兵团一八八团",
  },
  {
    division: "十四",
    farms: [47],
    source: "zy.zwbk.org 新疆生产建设兵团 (兵团十四师四十七团)",
  },
];
