/**
 * Drops the cache-busting parameters of the response cache (src/cache/config.ts) (`CACHE_BUSTING_PARAMS`: `_`, `_t`, `v` by default)
 * from GET and HEAD requests to the content API, before strapi::query parses the query: the validation of the query
 * (strictParams, the custom endpoints' schemas) never sees them, and the response cache keys the request without
 * them, so `?_t=123` is the entry of the plain URL.
 */

import type { Core } from '@strapi/strapi';
import type { ResponseCacheConfig } from './config';
import { withoutParams } from './keys';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const names = new Set((strapi.config.get('response-cache') as ResponseCacheConfig).cacheBustingParams);
  const graphqlPath = String(strapi.plugin('graphql')?.config('endpoint') ?? '/graphql');
  return async (ctx, next) => {
    if ((ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.querystring !== '' && (ctx.path.startsWith('/api/') || ctx.path === graphqlPath)) {
      const kept = withoutParams(ctx.querystring, names);
      if (kept !== ctx.querystring) ctx.querystring = kept;
    }
    await next();
  };
};
