/**
 * Header words that name a column of names rather than figures, shared by the
 * role reading (./roles.ts) and the measure reading (./measures.ts), so the two
 * can never disagree on which column is the supporter or the recipient. The
 * words come from the seed's tables and the published tables in
 * test/fixtures/real (东西部扶贫协作 says 帮扶 where 援疆 says 支援).
 * Order matters where they are tried in turn: the mode first (援建方式 must not
 * read as 援建方), then the recipient (被帮扶 is the helped side, 帮扶 the helping one).
 */

/** 援建方式, 建设方式 …: how a project is carried out. */
export const MODE_WORDS = /援建方式|建设方式|援助方式|实施方式|方式|模式/;

/** 受援方, 对口县, 被帮扶地区 …: the helped side. */
export const RECIPIENT_WORDS = /受援|对口县|援建地|被帮扶地区/;

/** 支援方, 援疆省市, 帮扶省市, a header ending in 省市 …: the helping side. */
export const SUPPORTER_WORDS =
  /支援方|支援省|支援市|支援单位|对口支援|援助方|援建方|援疆省|援藏省|援建省|援助省|^支援|帮扶省市|省市$/;

/** 项目名称, 建设内容 …: the project. */
export const PROJECT_WORDS = /项目名称|项目内容|建设内容|工程名称|^项目$|^建设项目$/;

/** 类别, 领域 …: the project's category. */
export const CATEGORY_WORDS = /类别|类型|分类|领域/;
