/**
 * The read-path SQL layer: the hand-written SQL of the public read paths (the article list and the article page by
 * slug, the feed's stream, the activity stats, the indexes they walk), in one place. Every table, column and
 * join-table name comes from `strapi.db.metadata` (./names), so a Strapi upgrade that renames storage fails its test
 * here rather than a query somewhere else; the rest of the code calls these functions and never sees a table name.
 */

import type { Core } from '@strapi/strapi';
import { GROUP_BY } from '../api/activity/schemas';
import articleListService from './article-list';
import { activityStatsRows } from './activity-stats';
import { FEED_UIDS, feedRows, type FeedRowType } from './feed';
import { readPathIndexes, retiredReadPathIndexes } from './indexes';
import { usedNames } from './names';

export { default as articleList, FAST_SORT_FIELDS, type ArticleListRequest, type ArticleListResponse, type FastSortField } from './article-list';
export { activityStatsRows, type StatsFilters } from './activity-stats';
export { FEED_OWN_DATE, FEED_REPORTED_IN, FEED_TIE_ORDER, FEED_UIDS, feedRows, feedSortKey, feedSortKeyOf, type FeedRow, type FeedRowsQuery, type FeedRowType } from './feed';
export { ensureReadPathIndexes, readPathIndexes, retiredReadPathIndexes, type ReadPathIndex } from './indexes';
export { MissingNameError, usedNames } from './names';

/**
 * Resolves every name the read-path SQL uses, by building (not running) each of its statements with every option
 * on: throws `MissingNameError` for a name the metadata lacks, and returns the tables and columns it used.
 */
export const resolveReadPathNames = (strapi: Core.Strapi): Array<{ table: string; columns: string[] }> => {
  articleListService({ strapi }).statements();
  const types = Object.keys(FEED_UIDS) as FeedRowType[];
  const feed = feedRows(strapi);
  for (const type of types) {
    feed.query({ locale: 'zh-Hans', limit: 1, types, after: { d: new Date(0).toISOString(), t: type, i: 1 }, campaign: 'x', organization: 'x' })?.toSQL();
  }
  feed.query({ locale: 'zh-Hans', limit: 1, types, kind: 'x' })?.toSQL();
  const stats = activityStatsRows(strapi);
  const filters = { locale: 'zh-Hans', from: '2000-01-01', to: '2000-01-02', campaign: 'x', kind: 'x' };
  for (const groupBy of GROUP_BY) stats.grouped(groupBy, filters).toSQL();
  stats.totals(filters).toSQL();
  stats.metricsByUnit(filters).toSQL();
  readPathIndexes(strapi);
  retiredReadPathIndexes(strapi);
  return usedNames(strapi);
};
