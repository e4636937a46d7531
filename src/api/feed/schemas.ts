/**
 * The feed's query parameters: the route declares them (strictParams, OpenAPI) and the service parses them, with
 * the same schemas. Campaign and organization slugs are checked against the database after parsing (404).
 */

import { z } from 'zod';
import activitySchema from '../activity/content-types/activity/schema.json';
import { PAGINATION } from '../../utils/limits';
import { localeCode, oneOf, queryParam, strictQuery, wholeNumber } from '../../utils/query';

export const FEED_TYPES = ['article', 'activity', 'campaign'] as const;
export type FeedType = (typeof FEED_TYPES)[number];
export const FEED_DEFAULT_LIMIT = 20;

export interface Position {
  d: string;
  t: FeedType;
  i: number;
}

export const encodeCursor = (position: Position): string => Buffer.from(JSON.stringify(position)).toString('base64url');

/** An ISO date as the feed writes them: a real instant, written the one way Date writes it (not 2024-02-30). */
const isCanonicalDate = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString() === text;
};

/** The position a cursor this feed gave out names, or null for anything else. */
export const readCursor = (cursor: string): Position | null => {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<Position> | null;
    if (
      position &&
      typeof position.d === 'string' &&
      isCanonicalDate(position.d) &&
      (FEED_TYPES as readonly string[]).includes(position.t as string) &&
      Number.isInteger(position.i) &&
      (position.i as number) >= 0 &&
      (position.i as number) <= PAGINATION.maxPosition
    ) {
      return position as Position;
    }
    return null;
  } catch {
    return null; // not base64url JSON: reported by the schema as a cursor this feed did not give out
  }
};

const TYPE = FEED_TYPES.join('|');

/** An activity kind, as the activity schema enumerates them. */
export const activityKind = oneOf(activitySchema.attributes.kind.enum as [string, ...string[]]);

/** A slug as Strapi's UID fields allow them. */
export const slugText = z.string().regex(/^[A-Za-z0-9-_.~]{1,120}$/, 'must be a slug (letters, digits, - _ . ~)');

export const feedQueryShape = {
  limit: queryParam(wholeNumber(1, PAGINATION.maxLimit)),
  cursor: queryParam(z.string().max(500).refine((cursor) => readCursor(cursor) !== null, 'is not a cursor this feed gave out')),
  type: queryParam(
    z
      .string()
      .regex(new RegExp(`^\\s*(${TYPE})\\s*(,\\s*(${TYPE})\\s*)*$`), `must be one or more of ${FEED_TYPES.join(', ')}, separated by commas`)
  ),
  campaign: queryParam(slugText),
  organization: queryParam(slugText),
  kind: queryParam(activityKind),
  locale: queryParam(localeCode),
};

export const feedQuery = strictQuery(feedQueryShape);

/** The types a parsed `type` parameter names, all of them when it is absent. */
export const feedTypesOf = (type: string | undefined): FeedType[] =>
  type === undefined ? [...FEED_TYPES] : [...new Set(type.split(',').map((name) => name.trim() as FeedType))];

/** A feed entry's cover: the image and its credit. */
const feedCover = z.object({
  url: z.string(),
  formats: z.unknown(),
  caption: z.string().nullable(),
  creditLine: z.string().nullable(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  mime: z.string().optional(),
});

/** What GET /api/feed answers: one page of entries, newest first, and the cursor of the next page. */
export const feedResponse = z.object({
  data: z.array(
    z.object({
      type: z.enum(FEED_TYPES),
      documentId: z.string(),
      slug: z.string().nullable(),
      title: z.string(),
      summary: z.string().nullable(),
      date: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
      cover: feedCover.nullable(),
      url: z.string().describe("the entry's page in the reader"),
    })
  ),
  meta: z.object({ nextCursor: z.string().nullable(), limit: z.number().int(), locale: z.string() }),
});

/** GET /api/feed.json: a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export const jsonFeedResponse = z
  .looseObject({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    home_page_url: z.string(),
    feed_url: z.string(),
    next_url: z.string().optional(),
    items: z.array(z.looseObject({ id: z.string(), url: z.string(), title: z.string(), date_published: z.string() })),
  })
  .meta({ contentMediaType: 'application/feed+json' });
