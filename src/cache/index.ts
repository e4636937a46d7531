/**
 * The response cache of public content-API reads (README, "Response cache"), in one place:
 * - config.ts: its settings (RESPONSE_CACHE, REDIS_URL, CACHE_INVALIDATION, …), read by config/response-cache.ts;
 * - middleware.ts and cache-busting.ts: the global middlewares (src/middlewares re-exports them for Strapi);
 * - keys.ts and graphql.ts: what may be cached and under which key;
 * - tags.ts and dependencies.ts: what a response depends on; invalidation.ts: what a write changes;
 * - store.ts: the in-memory and Redis stores; service.ts: the cache the rest of the app talks to.
 */

import type { Core } from '@strapi/strapi';
import { subscribeToWrites } from './invalidation';
import { createResponseCache, type ResponseCache } from './service';

export type { CacheStats, ResponseCache } from './service';
export type { ResponseCacheConfig } from './config';

/** the name of the cache in Strapi's container, shared by every copy of this module (tests load the sources) */
const CONTAINER_NAME = 'newsroom.response-cache';

/** The app's response cache (one per Strapi instance, in its container). */
export const responseCache = (strapi: Core.Strapi): ResponseCache => {
  if (!strapi.has(CONTAINER_NAME)) strapi.add(CONTAINER_NAME, () => createResponseCache(strapi));
  return strapi.get(CONTAINER_NAME) as ResponseCache;
};

/** Every write through the query engine reaches the cache (register phase; wherever the cache may serve). */
export const invalidateResponseCacheOnWrites = (strapi: Core.Strapi): void => {
  const cache = responseCache(strapi);
  subscribeToWrites(strapi, cache.models, cache, cache.config.invalidation);
};
