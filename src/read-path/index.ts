/**
 * The read-path SQL layer: the hand-written SQL of the public read paths (the article list and the article page by
 * slug, the feed's stream, the activity stats, the indexes they walk), in one place. Every table, column and
 * join-table name comes from `strapi.db.metadata` (./names), so a Strapi upgrade that renames storage fails its test
 * here rather than a query somewhere else; the rest of the code calls these functions and never sees a table name.
 */

export { default as articleList, FAST_SORT_FIELDS, type ArticleListRequest, type ArticleListResponse, type FastSortField } from './article-list';
export { activityStatsRows, type StatsFilters } from './activity-stats';
export { FEED_OWN_DATE, FEED_UIDS, feedRows, feedSortKey, feedSortKeyOf, type FeedRow, type FeedRowsQuery, type FeedRowType } from './feed';
export { ensureReadPathIndexes, readPathIndexes, type ReadPathIndex } from './indexes';
export { MissingNameError, usedNames } from './names';
