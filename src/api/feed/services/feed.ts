/**
 * feed service: published articles, activities and campaigns as one stream, newest first by their own date
 * (article publishDate, activity and campaign startDate; the publication time when they have none), ties
 * broken by type then id. One UNION query finds a page with a keyset cursor; one query per type fills it in.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Knex } from 'knex';
import { creditedPhotoPopulate } from '../../../utils/default-populate';
import { absoluteUrl, existingLocale, parseInput, requirePublishedCampaign } from '../../../utils/query';
import { readPathIndexes } from '../../../utils/read-path-indexes';
import { encodeCursor, FEED_DEFAULT_LIMIT, FEED_TYPES, feedQuery, feedTypesOf, readCursor, type FeedType, type Position } from '../schemas';

export { FEED_TYPES, type FeedType } from '../schemas';

export interface FeedQuery {
  locale: string;
  limit: number;
  cursor?: string;
  types: FeedType[];
  /** slugs */
  campaign?: string;
  organization?: string;
  kind?: string;
}

export interface FeedItem {
  type: FeedType;
  documentId: string;
  slug: string | null;
  title: string;
  summary: string | null;
  date: string;
  updatedAt: string;
  cover: { url: string; formats: unknown; caption: string | null; creditLine: string | null; width?: number; height?: number; mime?: string } | null;
  url: string;
}

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

const UID: Record<FeedType, string> = {
  article: 'api::article.article',
  activity: 'api::activity.activity',
  campaign: 'api::campaign.campaign',
};
const OWN_DATE: Record<FeedType, string> = { article: 'publishDate', activity: 'startDate', campaign: 'startDate' };

/** A parsed cursor's position (the schema has checked it already). */
const decodeCursor = (cursor: string): Position => {
  const position = readCursor(cursor);
  if (!position) throw new errors.ValidationError('cursor is not one this feed gave out');
  return position;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const meta = (uid: string) =>
    strapi.db.metadata.get(uid as never) as unknown as {
      tableName: string;
      attributes: Record<string, { columnName?: string; type?: string; joinTable?: JoinTable }>;
    };
  const postgres = () => strapi.db.dialect.client === 'postgres';
  const { feedSortKey } = readPathIndexes(strapi);

  /** An ISO 8601 UTC string for a date or datetime column, the same on both databases, for sorting. */
  const isoOf = (column: string, type: string): string => {
    if (postgres()) {
      return type === 'date'
        ? `(to_char(${column}, 'YYYY-MM-DD') || 'T00:00:00.000Z')`
        : `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    }
    return type === 'date'
      ? `(${column} || 'T00:00:00.000Z')`
      : `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`;
  };

  const linkedIds = (from: FeedType, attribute: string, targetIds: Knex.QueryBuilder): Knex.QueryBuilder => {
    const join = meta(UID[from]).attributes[attribute].joinTable as JoinTable;
    return knex()(join.name).whereIn(join.inverseJoinColumn.name, targetIds).select(join.joinColumn.name);
  };

  /**
   * Each type's sort date, COALESCE(own date, publication time), as a value the database can index: the expression
   * the read-path indexes are built on.
   */
  const sortKeyOf = (type: FeedType): string => {
    const own = meta(UID[type]).attributes[OWN_DATE[type]];
    const client = postgres() ? 'postgres' : 'sqlite';
    return feedSortKey(client, { column: own.columnName as string, type: own.type ?? '', alias: 't' });
  };

  /** A cursor's ISO date as a value comparable with the sort key. */
  const keyOf = (iso: string): Knex.Raw => (postgres() ? knex().raw(`(?::timestamptz AT TIME ZONE 'UTC')`, [iso]) : knex().raw('?', [Date.parse(iso)]));

  /**
   * Published rows of one type, in the locale, with the filters, after the cursor, newest first, at most `limit`:
   * (type, id, document id, sort date). Ordered and limited per type so that each walks its sort index.
   */
  const rowsOf = (type: FeedType, query: FeedQuery, ids: { campaign?: Knex.QueryBuilder; organization?: Knex.QueryBuilder }, limit: number) => {
    const db = knex();
    const { tableName, attributes } = meta(UID[type]);
    const key = sortKeyOf(type);
    const own = attributes[OWN_DATE[type]];
    const sortDate = `COALESCE(${isoOf(`t.${own.columnName}`, own.type ?? 'date')}, ${isoOf('t.published_at', 'datetime')})`;
    const rows = db({ t: tableName })
      .whereNotNull('t.published_at')
      .andWhere('t.locale', query.locale)
      .select(db.raw('? as type', [type]), 't.id as id', 't.document_id as document_id', db.raw(`${sortDate} as sort_date`));

    if (query.cursor) {
      // after (d, t, i) in (date desc, type asc, id desc) order, for rows of this one type
      const after = decodeCursor(query.cursor);
      const d = keyOf(after.d);
      if (type > after.t) rows.andWhere(db.raw(`${key} <= ?`, [d]));
      else if (type < after.t) rows.andWhere(db.raw(`${key} < ?`, [d]));
      else rows.andWhere((older) => older.where(db.raw(`${key} < ?`, [d])).orWhere((tie) => tie.where(db.raw(`${key} = ?`, [d])).andWhere('t.id', '<', after.i)));
    }
    if (query.kind) rows.andWhere(`t.${attributes.kind.columnName}`, query.kind);
    if (ids.campaign) {
      if (type === 'campaign') rows.whereIn('t.id', ids.campaign);
      else rows.whereIn('t.id', linkedIds(type, type === 'article' ? 'campaigns' : 'campaign', ids.campaign));
    }
    if (ids.organization) {
      if (type === 'article') rows.whereIn('t.id', linkedIds('article', 'organizations', ids.organization));
      if (type === 'campaign') rows.whereIn('t.id', linkedIds('campaign', 'leadOrganization', ids.organization));
      if (type === 'activity') {
        rows.where((either) =>
          either
            .whereIn('t.id', linkedIds('activity', 'organizers', ids.organization!))
            .orWhereIn('t.id', linkedIds('activity', 'partners', ids.organization!))
        );
      }
    }
    return rows.orderByRaw(`${key} DESC, t.id DESC`).limit(limit);
  };

  const hydrate = async (type: FeedType, documentIds: string[], locale: string, base: string): Promise<Map<string, FeedItem>> => {
    const items = new Map<string, FeedItem>();
    if (documentIds.length === 0) return items;
    const populate =
      type === 'activity' ? { photos: creditedPhotoPopulate } : { cover: creditedPhotoPopulate };
    const documents = (await strapi.documents(UID[type] as never).findMany({
      filters: { documentId: { $in: documentIds } },
      locale,
      status: 'published',
      populate,
      limit: documentIds.length,
    } as never)) as Array<Record<string, any>>;
    for (const document of documents) {
      const photo = type === 'activity' ? document.photos?.[0] : document.cover;
      const slug = (document.slug as string | null) ?? null;
      items.set(document.documentId, {
        type,
        documentId: document.documentId,
        slug,
        title: type === 'campaign' ? document.name : document.title,
        summary: (type === 'campaign' ? document.slogan ?? document.description : document.summary) ?? null,
        date: '',
        updatedAt: new Date(document.updatedAt).toISOString(),
        cover: photo?.image
          ? {
              url: absoluteUrl(photo.image.url, base),
              formats: photo.image.formats ?? null,
              caption: photo.caption ?? null,
              creditLine: photo.creditLine ?? null,
              width: photo.image.width,
              height: photo.image.height,
              mime: photo.image.mime,
            }
          : null,
        url: `${base}/#/${type}/${encodeURIComponent(slug ?? document.documentId)}${locale === 'en' ? '?locale=en' : ''}`,
      });
    }
    return items;
  };

  return {
    /** Checks the parameters of a feed request: 400 for a bad value, 404 for an unknown slug. */
    async parseQuery(params: Record<string, unknown>): Promise<FeedQuery> {
      const parsed = parseInput(feedQuery, params);
      const query: FeedQuery = {
        locale: await existingLocale(strapi, parsed.locale),
        limit: parsed.limit ?? FEED_DEFAULT_LIMIT,
        cursor: parsed.cursor,
        types: feedTypesOf(parsed.type),
        campaign: parsed.campaign,
        organization: parsed.organization,
        kind: parsed.kind,
      };
      if (query.campaign) await requirePublishedCampaign(strapi, query.campaign, query.locale);
      if (query.organization) {
        const found = await strapi.documents('api::organization.organization').findFirst({ filters: { slug: query.organization }, fields: ['documentId'] });
        if (!found) throw new errors.NotFoundError(`No organization "${query.organization}"`);
      }
      return query;
    },

    async page(query: FeedQuery, base: string): Promise<{ items: FeedItem[]; nextCursor: string | null }> {
      const db = knex();
      const ids: { campaign?: Knex.QueryBuilder; organization?: Knex.QueryBuilder } = {};
      if (query.campaign) {
        ids.campaign = db(meta(UID.campaign).tableName).where({ slug: query.campaign, locale: query.locale }).whereNotNull('published_at').select('id');
      }
      if (query.organization) {
        ids.organization = db(meta('api::organization.organization').tableName).where({ slug: query.organization }).select('id');
      }
      const types = query.kind ? query.types.filter((type) => type === 'activity') : query.types;
      if (types.length === 0) return { items: [], nextCursor: null };

      // each type's newest `limit + 1` after the cursor, merged: every branch is an index range scan
      const union = types.map((type) => db.select('*').from(rowsOf(type, query, ids, query.limit + 1).as(`feed_${type}`)));
      const stream = union.length === 1 ? union[0] : db.select('*').from(db.unionAll(union, false).as('feed'));
      const rows = (await stream
        .orderBy([{ column: 'sort_date', order: 'desc' }, { column: 'type', order: 'asc' }, { column: 'id', order: 'desc' }])
        .limit(query.limit + 1)) as Array<{ type: FeedType; id: number | string; document_id: string; sort_date: string }>;

      const page = rows.slice(0, query.limit);
      const hydrated = new Map<FeedType, Map<string, FeedItem>>();
      for (const type of FEED_TYPES) {
        const wanted = page.filter((row) => row.type === type).map((row) => row.document_id);
        hydrated.set(type, await hydrate(type, wanted, query.locale, base));
      }
      const items = page.flatMap((row) => {
        const item = hydrated.get(row.type)?.get(row.document_id);
        return item ? [{ ...item, date: row.sort_date }] : [];
      });
      const last = rows.length > query.limit ? page[page.length - 1] : undefined;
      return { items, nextCursor: last ? encodeCursor({ d: last.sort_date, t: last.type, i: Number(last.id) }) : null };
    },
  };
};

