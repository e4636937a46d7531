/**
 * The feed's SQL: published articles, activities and campaigns as one stream, newest first by their own date
 * (article publishDate, activity and campaign startDate); an activity or campaign without one takes the earliest
 * publishDate of the published articles of its locale that report it; the publication time comes last. Ties are
 * broken by type (article, activity, campaign: an article before what it reports) then id, after a keyset cursor.
 * One UNION query; the feed service fills the page in through the document service. The sort expression
 * (`feedSortKeyOf`) is the one the ORDER BY, the cursor and the article's read-path index use.
 */

import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import type { Knex } from 'knex';
import { clientOf, entityOf, qualified, quote, type Client, type Entity } from './names';

export const FEED_UIDS = {
  article: 'api::article.article',
  activity: 'api::activity.activity',
  campaign: 'api::campaign.campaign',
} as const;
export type FeedRowType = keyof typeof FEED_UIDS;
/** Each type's own date, which the publication time stands in for when it is empty. */
export const FEED_OWN_DATE: Record<FeedRowType, string> = { article: 'publishDate', activity: 'startDate', campaign: 'startDate' };

/** The order of types within one date: an article comes before the activities and campaigns it reports. */
export const FEED_TIE_ORDER: readonly FeedRowType[] = ['article', 'activity', 'campaign'];
const rankOf = (type: FeedRowType): number => FEED_TIE_ORDER.indexOf(type);
/** The relation to the articles that report an item, whose earliest publishDate stands in for a missing own date. */
export const FEED_REPORTED_IN: Partial<Record<FeedRowType, string>> = { activity: 'articles', campaign: 'articles' };

const ORGANIZATION = 'api::organization.organization';
const PUBLISHED_AT = contentTypes.constants.PUBLISHED_AT_ATTRIBUTE;

/**
 * The feed's sort key: epoch milliseconds on SQLite (datetimes are stored so), a timestamp on PostgreSQL. The feed
 * orders by this very expression, with its table alias; the article's expression index is built on it without one.
 * `reported` is the earliest reporting article's date (a datetime expression), between the own date and the
 * publication time.
 */
export const feedSortKey = (
  client: Client,
  { column, type, published, alias, reported }: { column: string; type: string; published: string; alias?: string; reported?: string }
): string => {
  const own = alias ? qualified(alias, column) : quote(column);
  const publication = alias ? qualified(alias, published) : quote(published);
  const ownKey = client === 'postgres' ? (type === 'date' ? `${own}::timestamp` : own) : type === 'date' ? `CAST(strftime('%s', ${own}) AS INTEGER) * 1000` : own;
  return `COALESCE(${[ownKey, ...(reported ? [reported] : []), publication].join(', ')})`;
};

/**
 * One type's sort key, from its metadata. `reported` (an activity's or campaign's reporting articles' earliest
 * date, as the feed query joins it in) goes between the own date and the publication time; the index definitions
 * have none.
 */
export const feedSortKeyOf = (strapi: Core.Strapi, type: FeedRowType, alias?: string, reported?: string): string => {
  const entity = entityOf(strapi, FEED_UIDS[type]);
  const attribute = FEED_OWN_DATE[type];
  return feedSortKey(clientOf(strapi), { column: entity.column(attribute), type: entity.model.attributes[attribute].type, published: entity.column(PUBLISHED_AT), alias, reported });
};

export interface FeedRowsQuery {
  locale: string;
  limit: number;
  types: FeedRowType[];
  /** the cursor's position: after (d, t, i) in (date desc, type in FEED_TIE_ORDER, id desc) order */
  after?: { d: string; t: FeedRowType; i: number };
  /** slugs, checked to exist by the caller */
  campaign?: string;
  organization?: string;
  kind?: string;
}

/** A row of the stream: which document, and its sort date as an ISO 8601 UTC string. */
export interface FeedRow {
  type: FeedRowType;
  id: number | string;
  documentId: string;
  sortDate: string;
}

export const feedRows = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const postgres = () => clientOf(strapi) === 'postgres';
  const entity = (type: FeedRowType): Entity => entityOf(strapi, FEED_UIDS[type]);

  /** An ISO 8601 UTC string for a date or datetime column, the same on both databases, for sorting. */
  const isoOf = (column: string, type: string): string => {
    if (postgres()) {
      return type === 'date'
        ? `(to_char(${column}, 'YYYY-MM-DD') || 'T00:00:00.000Z')`
        : `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    }
    return type === 'date' ? `(${column} || 'T00:00:00.000Z')` : `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`;
  };

  const linkedIds = (from: FeedRowType, attribute: string, targetIds: Knex.QueryBuilder): Knex.QueryBuilder => {
    const link = entity(from).link(attribute);
    return knex()(link.table).whereIn(link.to, targetIds).select(link.from);
  };

  /**
   * Per item of an article-reported type, the earliest publishDate of the published articles in the locale that
   * report it (`item`, `reported`): one grouped pass over the link table, joined to the rows (a correlated subquery
   * instead runs once per undated row, and again in the cursor's filter).
   */
  const reportsOf = (type: FeedRowType, locale: string): Knex.QueryBuilder | undefined => {
    const relation = FEED_REPORTED_IN[type];
    if (!relation) return undefined;
    const link = entity(type).link(relation);
    const article = entity('article');
    const a = (attribute: string) => `a.${article.column(attribute)}`;
    const db = knex();
    return db({ l: link.table })
      .join({ a: article.table }, a('id'), `l.${link.to}`)
      .whereNotNull(a(PUBLISHED_AT))
      .andWhere(a('locale'), locale)
      .whereNotNull(a(FEED_OWN_DATE.article))
      .groupBy(`l.${link.from}`)
      .select(`l.${link.from} as item`, db.raw(`MIN(${qualified('a', article.column(FEED_OWN_DATE.article))}) as ??`, ['reported']));
  };

  /** A cursor's ISO date as a value comparable with the sort key. */
  const keyOf = (iso: string): Knex.Raw => (postgres() ? knex().raw(`(?::timestamptz AT TIME ZONE 'UTC')`, [iso]) : knex().raw('?', [Date.parse(iso)]));

  /**
   * Published rows of one type, in the locale, with the filters, after the cursor, newest first, at most `limit`.
   * Ordered and limited per type so that each walks its sort index.
   */
  const rowsOf = (type: FeedRowType, query: FeedRowsQuery, ids: { campaign?: Knex.QueryBuilder; organization?: Knex.QueryBuilder }, limit: number) => {
    const db = knex();
    const own = entity(type);
    const t = (attribute: string) => `t.${own.column(attribute)}`;
    const reports = reportsOf(type, query.locale);
    const reported = reports ? qualified('r', 'reported') : undefined;
    const key = feedSortKeyOf(strapi, type, 't', reported);
    const ownDate = FEED_OWN_DATE[type];
    // the key's parts, each as ISO text: null exactly where the key's part is
    const sortDate = `COALESCE(${[
      isoOf(qualified('t', own.column(ownDate)), own.model.attributes[ownDate].type),
      ...(reported ? [isoOf(reported, 'datetime')] : []),
      isoOf(qualified('t', own.column(PUBLISHED_AT)), 'datetime'),
    ].join(', ')})`;
    const rows = db({ t: own.table });
    if (reports) rows.leftJoin(reports.as('r'), 'r.item', t('id'));
    rows
      .whereNotNull(t(PUBLISHED_AT))
      .andWhere(t('locale'), query.locale)
      .select(db.raw('? as type', [type]), `${t('id')} as id`, `${t('documentId')} as documentId`, db.raw(`${sortDate} as ??`, ['sortDate']));

    if (query.after) {
      const { after } = query;
      const d = keyOf(after.d);
      if (rankOf(type) > rankOf(after.t)) rows.andWhere(db.raw(`${key} <= ?`, [d]));
      else if (rankOf(type) < rankOf(after.t)) rows.andWhere(db.raw(`${key} < ?`, [d]));
      else rows.andWhere((older) => older.where(db.raw(`${key} < ?`, [d])).orWhere((tie) => tie.where(db.raw(`${key} = ?`, [d])).andWhere(t('id'), '<', after.i)));
    }
    if (query.kind) rows.andWhere(t('kind'), query.kind);
    if (ids.campaign) {
      if (type === 'campaign') rows.whereIn(t('id'), ids.campaign);
      else rows.whereIn(t('id'), linkedIds(type, type === 'article' ? 'campaigns' : 'campaign', ids.campaign));
    }
    if (ids.organization) {
      const organizations = ids.organization;
      if (type === 'article') rows.whereIn(t('id'), linkedIds('article', 'organizations', organizations));
      if (type === 'campaign') rows.whereIn(t('id'), linkedIds('campaign', 'leadOrganization', organizations));
      if (type === 'activity') {
        rows.where((either) => either.whereIn(t('id'), linkedIds('activity', 'organizers', organizations)).orWhereIn(t('id'), linkedIds('activity', 'partners', organizations)));
      }
    }
    return rows.orderByRaw(`${key} DESC, ${qualified('t', own.column('id'))} DESC`).limit(limit);
  };

  /** The stream's next `limit + 1` rows (one more than a page tells whether another page follows), as one query. */
  const queryOf = (query: FeedRowsQuery): Knex.QueryBuilder | null => {
      const db = knex();
      const ids: { campaign?: Knex.QueryBuilder; organization?: Knex.QueryBuilder } = {};
      if (query.campaign) {
        const campaign = entity('campaign');
        ids.campaign = db(campaign.table)
          .where(campaign.column('slug'), query.campaign)
          .andWhere(campaign.column('locale'), query.locale)
          .whereNotNull(campaign.column(PUBLISHED_AT))
          .select(campaign.column('id'));
      }
      if (query.organization) {
        const organization = entityOf(strapi, ORGANIZATION);
        ids.organization = db(organization.table).where(organization.column('slug'), query.organization).select(organization.column('id'));
      }
      const types = query.kind ? query.types.filter((type) => type === 'activity') : query.types;
      if (types.length === 0) return null;

      // each type's newest `limit + 1` after the cursor, merged: every branch is an index range scan
      const union = types.map((type) => db.select('*').from(rowsOf(type, query, ids, query.limit + 1).as(`feed_${type}`)));
      const stream = union.length === 1 ? union[0] : db.select('*').from(db.unionAll(union, false).as('feed'));
      const rank = `CASE ?? ${FEED_TIE_ORDER.map((type) => `WHEN ? THEN ${rankOf(type)}`).join(' ')} END`;
      return stream.orderByRaw(`?? DESC, ${rank} ASC, ?? DESC`, ['sortDate', 'type', ...FEED_TIE_ORDER, 'id']).limit(query.limit + 1);
  };

  return {
    query: queryOf,

    /** One query (none when the filters leave no type): the stream's next `limit + 1` rows. */
    async rows(query: FeedRowsQuery): Promise<FeedRow[]> {
      const statement = queryOf(query);
      return statement ? ((await statement) as FeedRow[]) : [];
    },
  };
};
