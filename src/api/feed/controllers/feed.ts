/**
 * feed controller: GET /api/feed (JSON with a cursor), /api/feed.xml (RSS 2.0), /api/feed.atom (Atom 1.0),
 * /api/feed.json (JSON Feed 1.1). Same items and filters everywhere. Last-Modified is the newest item's; the
 * ETag and the 304 answer to a revalidation come from the response-cache middleware, as for every public read.
 */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { envString } from '../../../utils/env';
import { publicBaseUrl } from '../../../utils/query';
import { readerHomePath } from '../../../utils/reader-urls';
import type { FeedItem } from '../services/feed';
import { toAtom, toJsonFeed, toRss, type Channel } from '../services/feed-formats';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const load = async (ctx: Context) => {
    const feed = strapi.service('api::feed.feed');
    const query = await feed.parseQuery(ctx.query as Record<string, unknown>);
    const base = publicBaseUrl(strapi, ctx.origin);
    const page = await feed.page(query, base);
    return { query, base, ...page };
  };

  /** Sets Last-Modified and the feed readers' polling interval; the middleware adds the ETag and answers 304. */
  const send = (ctx: Context, body: string, type: string, items: FeedItem[]) => {
    const lastModified = items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), '1970-01-01T00:00:00.000Z');
    ctx.set('Last-Modified', new Date(lastModified).toUTCString());
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.type = type;
    ctx.status = 200;
    ctx.body = body;
  };

  const channel = (ctx: Context, base: string, locale: string, items: FeedItem[]): Channel => ({
    title: envString('FEED_TITLE', '淮北市总工会 · 工会新闻'),
    description: envString('FEED_DESCRIPTION', '文章、活动与专题'),
    homeUrl: `${base}${readerHomePath(locale)}`,
    selfUrl: `${base}${ctx.originalUrl}`,
    language: locale,
    updated: items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), '1970-01-01T00:00:00.000Z'),
  });

  return {
    async find(ctx: Context) {
      const { query, items, nextCursor } = await load(ctx);
      send(ctx, JSON.stringify({ data: items, meta: { nextCursor, limit: query.limit, locale: query.locale } }), 'application/json; charset=utf-8', items);
    },
    async rss(ctx: Context) {
      const { query, base, items } = await load(ctx);
      send(ctx, toRss(items, channel(ctx, base, query.locale, items)), 'application/rss+xml; charset=utf-8', items);
    },
    async atom(ctx: Context) {
      const { query, base, items } = await load(ctx);
      send(ctx, toAtom(items, channel(ctx, base, query.locale, items)), 'application/atom+xml; charset=utf-8', items);
    },
    async jsonFeed(ctx: Context) {
      const { query, base, items, nextCursor } = await load(ctx);
      const next = nextCursor ? new URL(`${base}${ctx.originalUrl}`) : null;
      next?.searchParams.set('cursor', nextCursor!);
      send(ctx, JSON.stringify(toJsonFeed(items, channel(ctx, base, query.locale, items), next?.toString() ?? null)), 'application/feed+json; charset=utf-8', items);
    },
  };
};
