/**
 * The feed's SQL: published articles, activities and campaigns as one stream, newest first by their own date
 * (article publishDate, activity and campaign startDate; the publication time when they have none), ties broken by
 * type then id, after a keyset cursor. One UNION query; the feed service fills the page in through the document
 * service. The sort expression (`feedSortKey`) is the one the read-path indexes are built on.
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

const ORGANIZATION = 'api::organization.organization';
const PUBLISHED_AT = contentTypes.constants.PUBLISHED_AT_ATTRIBUTE;

/**
 * The feed's sort key: epoch milliseconds on SQLite (datetimes are stored so), a timestamp on PostgreSQL. The feed
 * orders by this very expression, with its table alias, and the expression indexes are built on it without one.
 */
export const feedSortKey = (client: Client, { column, type, published, alias }: { column: string; type: string; published: string; alias?: string }): string => {
  const own = alias ? qualified(alias, column) : quote(column);
  const publication = alias ? qualified(alias, published) : quote(published);
  if (client === 'postgres') return `COALESCE(${type === 'date' ? `${own}::timestamp` : own}, ${publication})`;
  return `COALESCE(${type === 'date' ? `CAST(strftime('%s', ${own}) AS INTEGER) * 1000` : own}, ${publication})`;
};

/** One type's sort key, from its metadata. */
export const feedSortKeyOf = (strapi: Core.Strapi, type: FeedRowType, alias?: string): string => {
  const entity = entityOf(strapi, FEED_UIDS[type]);
  const attribute = FEED_OWN_DATE[type];
  return feedSortKey(clientOf(strapi), { column: entity.column(attribute), type: entity.model.attributes[attribute].type, published: entity.column(PUBLISHED_AT), alias });
};

export interface FeedRowsQuery {
  locale: string;
  limit: number;
  types: FeedRowType[];
  /** the cursor's position: after (d, t, i) in (date desc, type asc, id desc) order */
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
    const key = feedSortKeyOf(strapi, type, 't');
    const ownDate = FEED_OWN_DATE[type];
    const sortDate = `COALESCE(${isoOf(qualified('t', own.column(ownDate)), own.model.attributes[ownDate].type)}, ${isoOf(qualified('t', own.column(PUBLISHED_AT)), 'datetime')})`;
    const rows = db({ t: own.table })
      .whereNotNull(t(PUBLISHED_AT))
      .andWhere(t('locale'), query.locale)
      .select(db.raw('? as type', [type]), `${t('id')} as id`, `${t('documentId')} as documentId`, db.raw(`${sortDate} as ??`, ['sortDate']));

    if (query.after) {
      const { after } = query;
      const d = keyOf(after.d);
      if (type > after.t) rows.andWhere(db.raw(`${key} <= ?`, [d]));
      else if (type < after.t) rows.andWhere(db.raw(`${key} < ?`, [d]));
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
      return stream.orderBy([{ column: 'sortDate', order: 'desc' }, { column: 'type', order: 'asc' }, { column: 'id', order: 'desc' }]).limit(query.limit + 1);
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
