/**
 * article controller: the core actions; `find` serves the plain default list (the request every frontend list
 * page sends) through the article-list service, and everything else through the core `find`.
 */

import { factories } from '@strapi/strapi';
import type { Context } from 'koa';
import { envBool } from '../../../utils/env';
import { articlePopulate } from '../middlewares/article-populate';
import { FAST_SORT_FIELDS, type ArticleListRequest, type FastSortField } from '../services/article-list';
import type articleListService from '../services/article-list';

type ArticleListService = ReturnType<typeof articleListService>;

const QUERY_KEYS = new Set(['populate', 'pagination', 'locale', 'sort']);
const PAGINATION_KEYS = new Set(['page', 'pageSize', 'withCount']);
const POSITIVE = /^[1-9][0-9]{0,8}$/;
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const SORT = new RegExp(`^(${FAST_SORT_FIELDS.join('|')})(?::(asc|desc))?$`);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fast path's reading of a request, or null when it is not exactly the default list shape: only the default
 * populate (set by the article-populate route middleware, never the client's), `pagination[page|pageSize]` as
 * whole numbers within Strapi's limits, `pagination[withCount]=true`, one `locale`, and a sort from a short list,
 * for a public (unauthenticated) caller. Anything else, valid or not, goes to the core `find`, which validates,
 * answers and rejects exactly as Strapi does.
 */
const fastRequestOf = (query: Record<string, unknown>, maxLimit: number, defaultLimit: number): ArticleListRequest | null => {
  if (query.populate !== articlePopulate.list) return null;
  for (const key of Object.keys(query)) if (!QUERY_KEYS.has(key)) return null;

  let page = 1;
  let pageSize = defaultLimit;
  if (query.pagination !== undefined) {
    if (!isPlainObject(query.pagination)) return null;
    const { page: pageParam, pageSize: sizeParam, withCount } = query.pagination;
    for (const key of Object.keys(query.pagination)) if (!PAGINATION_KEYS.has(key)) return null;
    if (withCount !== undefined && withCount !== 'true') return null;
    if (pageParam !== undefined) {
      if (typeof pageParam !== 'string' || !POSITIVE.test(pageParam)) return null;
      page = Number(pageParam);
    }
    if (sizeParam !== undefined) {
      if (typeof sizeParam !== 'string' || !POSITIVE.test(sizeParam) || Number(sizeParam) > maxLimit) return null;
      pageSize = Number(sizeParam);
    }
  }

  let locale: string | undefined;
  if (query.locale !== undefined) {
    if (typeof query.locale !== 'string' || !LOCALE.test(query.locale)) return null;
    locale = query.locale;
  }

  let sort: ArticleListRequest['sort'] = { field: 'id', order: 'asc' };
  if (query.sort !== undefined) {
    const match = typeof query.sort === 'string' ? SORT.exec(query.sort) : null;
    if (!match) return null;
    sort = { field: match[1] as FastSortField, order: match[2] === 'desc' ? 'desc' : 'asc' };
  }
  return { page, pageSize, locale, sort };
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
