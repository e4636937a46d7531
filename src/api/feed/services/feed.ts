/**
 * feed service: published articles, activities and campaigns as one stream, newest first by their own date
 * (article publishDate, activity and campaign startDate; else, for an activity or campaign, the earliest publishDate
 * of the published articles reporting it; else the publication time), ties broken by type (article, activity,
 * campaign) then id. One UNION query (src/read-path/feed.ts) finds a page with a keyset cursor; one query per
 * type fills it in.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { creditedPhotoPopulate } from '../../../utils/default-populate';
import { absoluteUrl, existingLocale, parseInput, requirePublishedCampaign } from '../../../utils/query';
import { readerUrl } from '../../../utils/reader-urls';
import { absoluteMediaUrls } from '../../../middlewares/media-urls';
import { FEED_UIDS, feedRows } from '../../../read-path';
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
  /** its photo; `url` and the `formats` URLs are absolute */
  cover: { url: string; formats: unknown; caption: string | null; creditLine: string | null; width?: number; height?: number; mime?: string } | null;
  url: string;
}

const UID = FEED_UIDS;

/** A parsed cursor's position (the schema has checked it already). */
const decodeCursor = (cursor: string): Position => {
  const position = readCursor(cursor);
  if (!position) throw new errors.ValidationError('cursor is not one this feed gave out');
  return position;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const stream = feedRows(strapi);

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
              formats: absoluteMediaUrls(photo.image.formats ?? null, base),
              caption: photo.caption ?? null,
              creditLine: photo.creditLine ?? null,
              width: photo.image.width,
              height: photo.image.height,
              mime: photo.image.mime,
            }
          : null,
        url: readerUrl(base, type, slug ?? document.documentId, locale),
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
      const { locale, limit, types, campaign, organization, kind } = query;
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await stream.rows({ locale, limit, types, after, campaign, organization, kind });

      const page = rows.slice(0, query.limit);
      const hydrated = new Map<FeedType, Map<string, FeedItem>>();
      for (const type of FEED_TYPES) {
        const wanted = page.filter((row) => row.type === type).map((row) => row.documentId);
        hydrated.set(type, await hydrate(type, wanted, query.locale, base));
      }
      const items = page.flatMap((row) => {
        const item = hydrated.get(row.type)?.get(row.documentId);
        return item ? [{ ...item, date: row.sortDate }] : [];
      });
      const last = rows.length > query.limit ? page[page.length - 1] : undefined;
      return { items, nextCursor: last ? encodeCursor({ d: last.sortDate, t: last.type, i: Number(last.id) }) : null };
    },
  };
};

