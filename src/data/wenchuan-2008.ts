/**
 * 汶川地震灾后恢复重建对口支援: the 一省帮一重灾县 list
 * (seed 000_affa1a3daf27bfa6.txt, 篇8 二、(三)对口支援安排, lines 405-443).
 *
 * Twenty numbered lines; 广东省 appears twice (2. 汶川县 and 19. 甘肃), and line 19
 * says the 甘肃 work is carried mainly by 深圳市, so 深圳市 also passes for 甘肃.
 */
import type { PairRecord, PairingTable } from "./types";

function line(
  no: number,
  text: string,
  supporter: string,
  recipient: string,
  note?: string
): PairRecord {
  const asWritten = text.split("——")[1];
  return { supporter, recipient, asWritten, source: { line: no, text }, ...(note ? { note } : {}) };
}

export const WENCHUAN_2008: PairingTable = {
  id: "wenchuan-2008",
  title: {
    "zh-CN": "汶川地震灾后恢复重建对口支援（2008年，一省帮一重灾县）",
    en: "Wenchuan earthquake reconstruction pairing (2008, one province per county)",
  },
  alsoKnownAs: [
    "一省帮一重灾县",
    "汶川地震灾后恢复重建",
    "汶川地震",
    "灾后恢复重建",
    "汶川",
    "篇8",
    "wenchuan",
  ],
  source:
    "000_affa1a3daf27bfa6.txt 篇8 二、对口支援安排方案 (三)对口支援安排 (lines 405-443); 支援方 line 395, 受援方 line 399",
  stated: {
    // line 395: 支援省市为19个; line 399: 18个县(市), 以及甘肃省、陕西省受灾严重地区; 20 numbered lines.
    supporters: 19,
    sichuanCounties: 18,
    otherRecipients: 2,
    lines: 20,
  },
  pairs: [
    line(405, "1.山东省——四川省北川县", "山东省", "北川羌族自治县"),
    line(407, "2.广东省——四川省汶川县", "广东省", "汶川县"),
    line(409, "3.浙江省——四川省青川县", "浙江省", "青川县"),
    line(411, "4.江苏省——四川省绵竹市", "江苏省", "绵竹市"),
    line(413, "5.北京市——四川省什邡市", "北京市", "什邡市"),
    line(415, "6.上海市——四川省都江堰市", "上海市", "都江堰市"),
    line(417, "7.河北省——四川省平武县", "河北省", "平武县"),
    line(419, "8.辽宁省——四川省安县", "辽宁省", "安州区"),
    line(421, "9.河南省——四川省江油市", "河南省", "江油市"),
    line(423, "10.福建省——四川省彭州市", "福建省", "彭州市"),
    line(425, "11.山西省——四川省茂县", "山西省", "茂县"),
    line(427, "12.湖南省——四川省理县", "湖南省", "理县"),
    line(429, "13.吉林省——四川省黑水县", "吉林省", "黑水县"),
    line(431, "14.安徽省——四川省松潘县", "安徽省", "松潘县"),
    line(433, "15.江西省——四川省小金县", "江西省", "小金县"),
    line(435, "16.湖北省——四川省汉源县", "湖北省", "汉源县"),
    line(437, "17.重庆市——四川省崇州市", "重庆市", "崇州市"),
    line(439, "18.黑龙江省——四川省剑阁县", "黑龙江省", "剑阁县"),
    line(441, "19.广东省(主要由深圳市)——甘肃省受灾严重地区", "广东省", "甘肃省受灾严重地区"),
    line(
      441,
      "19.广东省(主要由深圳市)——甘肃省受灾严重地区",
      "深圳市",
      "甘肃省受灾严重地区",
      "the same line 19: 广东省 acts mainly through 深圳市, so 深圳市 passes too"
    ),
    line(443, "20.天津市——陕西省受灾严重地区", "天津市", "陕西省受灾严重地区"),
  ],
};
