/**
 * 援疆学科建设计划 (教育部, 2006): the universities paired with 新疆农业大学 and 新疆医科大学.
 *
 * Sources in the seed 000_affa1a3daf27bfa6.txt: 篇3 line 91 (repeated verbatim in 篇4, line 171)
 * for 新疆农业大学; 篇5 line 239 for 新疆医科大学. 篇2 (line 13) dates the plan to 2005,
 * 篇3 and 篇5 to 2006; the table follows the two texts that name the universities.
 */
import type { PairRecord, PairingTable } from "./types";

const AGRICULTURE =
  "承担援疆学科建设计划的内地五所高校——中国农业大学、南京农业大学、北京林业大学、河海大学、江南大学";
const MEDICINE =
  "2006年下半年,教育部和自治区人民政府共同实施“援疆学科建设计划”,确定复旦大学、中山大学、中国药科大学、北京中医药大学和中南大学五所高校为我校对口支援高校,其中北京中医药大学和中南大学为全面对口支援高校。";

function pair(
  line: number,
  text: string,
  supporter: string,
  recipient: string,
  note?: string
): PairRecord {
  return {
    supporter,
    recipient,
    asWritten: recipient,
    source: { line, text },
    ...(note ? { note } : {}),
  };
}

export const XINJIANG_UNIVERSITIES_2006: PairingTable = {
  id: "xinjiang-universities-2006",
  title: {
    "zh-CN": "援疆学科建设计划（2006年，高校对口支援）",
    en: "Xinjiang discipline-building plan (2006, university pairing)",
  },
  alsoKnownAs: ["援疆学科建设计划", "学科建设计划", "高校对口支援", "高校", "universities"],
  source: "000_affa1a3daf27bfa6.txt 篇3 line 91 (= 篇4 line 171) and 篇5 line 239",
  stated: {
    // line 91: 内地五所高校; line 239: 五所高校.
    新疆农业大学: 5,
    新疆医科大学: 5,
  },
  pairs: [
    pair(91, AGRICULTURE, "中国农业大学", "新疆农业大学"),
    pair(91, AGRICULTURE, "南京农业大学", "新疆农业大学"),
    pair(91, AGRICULTURE, "北京林业大学", "新疆农业大学"),
    pair(91, AGRICULTURE, "河海大学", "新疆农业大学"),
    pair(91, AGRICULTURE, "江南大学", "新疆农业大学"),
    pair(239, MEDICINE, "复旦大学", "新疆医科大学"),
    pair(239, MEDICINE, "中山大学", "新疆医科大学"),
    pair(239, MEDICINE, "中国药科大学", "新疆医科大学"),
    pair(239, MEDICINE, "北京中医药大学", "新疆医科大学", "全面对口支援高校"),
    pair(239, MEDICINE, "中南大学", "新疆医科大学", "全面对口支援高校"),
  ],
};
