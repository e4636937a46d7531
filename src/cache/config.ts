import { envInt, envList, envString, envValue } from '../utils/env';

/**
 * What a write invalidates: `tags` (the default) only the entries that depend on what it changed; `global` every entry
 * on every write, drafts included (the behaviour before dependency tracking, kept as the benchmark's baseline).
 */
export const INVALIDATION_MODES = ['tags', 'global'] as const;
export type InvalidationMode = (typeof INVALIDATION_MODES)[number];

/** The response cache of public content-API reads (src/cache; README, "Response cache"). Read by config/response-cache.ts. */
export interface ResponseCacheConfig {
  /** false with RESPONSE_CACHE=off: nothing is stored (ETag, Cache-Control and 304 still apply) */
  enabled: boolean;
  /** in-memory store: total bytes of the cached responses (LRU beyond) */
  maxBytes: number;
  /** a response larger than this is never stored */
  maxEntryBytes: number;
  /** Redis store: lifetime of an entry and of a tag's version, in seconds */
  ttlSeconds: number;
  /** a Redis shared by every instance; the in-memory store when unset */
  redisUrl?: string;
  /** prefix of every Redis key, so that several apps or test suites can share one Redis */
  prefix: string;
  /** `s-maxage` for a CDN in front; 0 makes it revalidate every time (cheap: a 304 from this cache) */
  cdnMaxAge: number;
  /**
   * query parameters that CDNs and apps add to defeat caches (`?_t=123`, `?v=2`): dropped from GET and HEAD requests
   * to the content API before anything reads the query, so they are neither refused nor part of a cache key
   */
  cacheBustingParams: string[];
  /** CACHE_INVALIDATION */
  invalidation: InvalidationMode;
}

const invalidation = (): InvalidationMode => {
  const value = envString('CACHE_INVALIDATION', 'tags').trim().toLowerCase();
  if (!(INVALIDATION_MODES as readonly string[]).includes(value)) throw new Error(`CACHE_INVALIDATION must be tags or global, got ${value}`);
  return value as InvalidationMode;
};

const redisUrl = (): string | undefined => {
  const value = envValue('REDIS_URL');
  if (value === undefined) return undefined;
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new Error('REDIS_URL must be a URL such as redis://127.0.0.1:6379');
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') throw new Error(`REDIS_URL must start with redis:// or rediss://, got ${protocol}`);
  return value;
};

export default (): ResponseCacheConfig => {
  const maxBytes = envInt('RESPONSE_CACHE_MAX_BYTES', 64 * 1024 * 1024);
  return {
    enabled: !['off', 'false', '0', 'no'].includes(envString('RESPONSE_CACHE', 'on').trim().toLowerCase()),
    maxBytes,
    maxEntryBytes: Math.min(envInt('RESPONSE_CACHE_MAX_ENTRY_BYTES', 2 * 1024 * 1024), maxBytes),
    ttlSeconds: envInt('RESPONSE_CACHE_TTL', 24 * 60 * 60),
    redisUrl: redisUrl(),
    prefix: envString('REDIS_PREFIX', 'newsroom:'),
    cdnMaxAge: envInt('CACHE_CDN_MAX_AGE', 0),
    cacheBustingParams: envList('CACHE_BUSTING_PARAMS', ['_', '_t', 'v']),
    invalidation: invalidation(),
  };
};
