/**
 * article controller: the core actions; `find` serves the plain default list (the request every frontend list
 * page sends) and the article by slug (`filters[slug][$eq]`, the request of every article page) through the
 * article-list service, and everything else through the core `find`.
 */

import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { envBool } from '../../../utils/env';
import { localeCode } from '../../../utils/query';
import { slugText } from '../../feed/schemas';
import { articlePopulate } from '../middlewares/article-populate';
import { FAST_SORT_FIELDS, type ArticleListRequest, type FastSortField } from '../services/article-list';
import type articleListService from '../services/article-list';

type ArticleListService = ReturnType<typeof articleListService>;

const positive = z.string().regex(/^[1-9][0-9]{0,8}$/).transform(Number);

/** The one request shape the fast path serves; the populate is checked apart (it must be the route middleware's). */
const fastListQuery = (maxLimit: number) =>
  z.strictObject({
    populate: z.unknown(),
    pagination: z
      .strictObject({ page: positive.optional(), pageSize: positive.pipe(z.number().max(maxLimit)).optional(), withCount: z.literal('true').optional() })
      .optional(),
    locale: localeCode.optional(),
    filters: z.strictObject({ slug: z.union([slugText, z.strictObject({ $eq: slugText })]) }).optional(),
    sort: z
      .string()
      .regex(new RegExp(`^(${FAST_SORT_FIELDS.join('|')})(?::(asc|desc))?$`))
      .transform((sort) => {
        const [field, order] = sort.split(':');
        return { field: field as FastSortField, order: order === 'desc' ? ('desc' as const) : ('asc' as const) };
      })
      .optional(),
  });

/**
 * The fast path's reading of a request, or null when it is not exactly the default list shape: only the default
 * populate (set by the article-populate route middleware, never the client's), `pagination[page|pageSize]` as
 * whole numbers within Strapi's limits, `pagination[withCount]=true`, one `locale`, a sort from a short list and
 * `filters[slug]` or `filters[slug][$eq]` with one slug, for a public (unauthenticated) caller. Anything else, valid or not, goes to the core `find`, which validates,
 * answers and rejects exactly as Strapi does.
 */
const fastRequestOf = (query: Record<string, unknown>, maxLimit: number, defaultLimit: number): ArticleListRequest | null => {
  if (query.populate !== articlePopulate.list) return null;
  const parsed = fastListQuery(maxLimit).safeParse(query);
  if (!parsed.success) return null;
  const { pagination, locale, sort, filters } = parsed.data;
  const slug = filters === undefined ? undefined : typeof filters.slug === 'string' ? filters.slug : filters.slug.$eq;
  return { page: pagination?.page ?? 1, pageSize: pagination?.pageSize ?? defaultLimit, locale, slug, sort: sort ?? { field: 'id', order: 'asc' } };
};

export default factories.createCoreController('api::article.article', ({ strapi }) => ({
  async find(ctx: Context) {
    const state = ctx.state as { auth?: { credentials?: unknown } };
    // (in vanilla mode no middleware sets the default populate, so fastRequestOf declines every request)
    if (!state.auth?.credentials && envBool('ARTICLE_LIST_FAST_PATH', true)) {
      const service = strapi.service('api::article.article-list') as unknown as ArticleListService;
      const request = fastRequestOf(
        ctx.query as Record<string, unknown>,
        strapi.config.get<number>('api.rest.maxLimit', 100),
        strapi.config.get<number>('api.rest.defaultLimit', 25)
      );
      if (request && service.available()) return service.find(request);
    }
    return super.find(ctx);
  },
}));
