/**
 * Serves the reader page (public/index.html) at its routes (src/utils/reader-urls.ts): `/`, `/en/`,
 * `/articles/<slug>`, `/activities/<slug>`, `/campaigns/<slug>`, the same under `/en/`, and `/preview/<token>`.
 * A document's route answers 200 only when a published document has that slug (articles and activities: or that
 * documentId, as the reader finds them) in that locale; otherwise the same page with a 404 status, where the
 * reader shows "not found". Drafts are never looked at. A first segment that is no locale of the site is not a
 * reader route (Strapi's 404). Strapi's public middleware would redirect `/` to the admin panel, at /admin.
 */

import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { FEED_UIDS } from '../read-path';
import { parseReaderPath, READER_DEFAULT_LOCALE, type ReaderRoute } from '../utils/reader-urls';

type DocumentRoute = Extract<ReaderRoute, { kind: 'document' }>;

/** Whether a published document of the route's type has its slug in its locale; campaign hubs go by slug only. */
const published = async (strapi: Core.Strapi, route: DocumentRoute): Promise<boolean> => {
  const slug = { slug: { $eq: route.slug } };
  const filters = route.type === 'campaign' ? slug : { $or: [slug, { documentId: { $eq: route.slug } }] };
  const found = await strapi
    .documents(FEED_UIDS[route.type] as never)
    .findFirst({ filters, locale: route.locale, status: 'published', fields: ['documentId'] } as never);
  return Boolean(found);
};

const knownLocale = async (strapi: Core.Strapi, locale: string): Promise<boolean> =>
  locale === READER_DEFAULT_LOCALE || Boolean(await strapi.plugin('i18n').service('locales').findByCode(locale));

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    const route = parseReaderPath(ctx.path);
    if (!route) return next();
    const page = path.join(strapi.dirs.static.public, 'index.html');
    if (!fs.existsSync(page)) return next();
    if (route.kind !== 'preview' && !(await knownLocale(strapi, route.locale))) return next();
    const found = route.kind === 'document' ? await published(strapi, route) : true;
    ctx.status = found ? 200 : 404;
    ctx.type = 'html';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = fs.createReadStream(page);
  };
