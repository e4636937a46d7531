/**
 * cache service: the store behind the response cache (src/middlewares/response-cache.ts) and its invalidation.
 *
 * Never stale, by generations: every entry records the generation it was computed in, a lookup only returns an
 * entry of the current generation, and any content change starts a new generation (`invalidate()`). In memory the
 * generation is a number and the LRU is emptied with it; in Redis it is one counter (`INCR`) that every instance
 * reads with each lookup, in the same round trip as the entry (`MGET`), so a change made on one instance is seen by
 * all of them at once. An entry is stored only if its generation is still current (one Lua script), so a response
 * computed from data read before a change can never be stored after it.
 */

import type { Core } from '@strapi/strapi';
import Redis, { type Result } from 'ioredis';
import type { Context } from 'koa';
import { LRUCache } from 'lru-cache';
import type { ResponseCacheConfig } from '../../../../config/response-cache';
import type { Encoding } from '../../../utils/response-cache';

/** One representation of a response: the identity body, or its gzip or br coding (`content-encoding` in headers). */
export interface CachedResponse {
  etag: string;
  /** content-type, content-encoding and the response's own caching headers */
  headers: Record<string, string>;
  body: Buffer;
}

export interface Lookup {
  /** the generation the lookup saw; undefined when nothing may be stored (cache off, Redis unreachable) */
  generation?: number;
  /** the representation in the coding asked for */
  entry?: CachedResponse;
  /** the identity representation, when the one asked for is another coding that is not stored (yet) */
  identity?: CachedResponse;
}

/** Each coding of a response is an entry of its own, next to the identity one (keys are base64url: no `.`). */
const keyOf = (key: string, encoding: Encoding): string => (encoding === 'identity' ? key : `${key}.${encoding}`);

interface Found {
  generation?: number;
  /** per key asked for, in order */
  entries: Array<CachedResponse | undefined>;
}

export interface CacheStats {
  store: 'off' | 'memory' | 'redis';
  /** false while Redis is unreachable */
  available: boolean;
  generation?: number;
  hits: number;
  misses: number;
  /** memory store only */
  entries?: number;
  bytes?: number;
  maxBytes?: number;
  evictions?: number;
}

interface Store {
  readonly kind: 'memory' | 'redis';
  /** the entries of the current generation under these keys, read at once (one round trip) */
  lookup(keys: readonly string[]): Promise<Found>;
  save(key: string, generation: number, response: CachedResponse): Promise<void>;
  bump(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** true when the store answers now (readiness) */
  ping(): Promise<boolean>;
  stats(): Omit<CacheStats, 'hits' | 'misses'>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const memoryStore = (config: ResponseCacheConfig): Store => {
  interface Entry {
    generation: number;
    response: CachedResponse;
  }
  let generation = 0;
  let evictions = 0;
  const entries = new LRUCache<string, Entry>({
    maxSize: config.maxBytes,
    // the bytes this entry holds, with a little for the key and the record
    sizeCalculation: (entry, key) =>
      entry.response.body.length + key.length + entry.response.etag.length + JSON.stringify(entry.response.headers).length + 64,
    dispose: (_entry, _key, reason) => {
      if (reason === 'evict') evictions += 1;
    },
  });
  return {
    kind: 'memory',
    async lookup(keys) {
      return {
        generation,
        entries: keys.map((key) => {
          const entry = entries.get(key);
          return entry?.generation === generation ? entry.response : undefined;
        }),
      };
    },
    async save(key, seen, response) {
      if (seen === generation) entries.set(key, { generation: seen, response });
    },
    async bump() {
      generation += 1;
      entries.clear();
    },
    async start() {
      // nothing to connect to
    },
    async close() {
      entries.clear();
    },
    ping: async () => true,
    stats: () => ({
      store: 'memory',
      available: true,
      generation,
      entries: entries.size,
      bytes: entries.calculatedSize,
      maxBytes: config.maxBytes,
      evictions,
    }),
  };
};

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** SET entry EX ttl, only if the generation counter still has the value the entry was computed in */
    storeIfCurrent(generationKey: string, entryKey: string, generation: string, value: Buffer, ttlSeconds: number): Result<number, Context>;
  }
}

const STORE_IF_CURRENT = `
if (redis.call('GET', KEYS[1]) or '0') == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;

const NEWLINE = 0x0a;

/** `<generation>\n<{"etag","headers"}>\n<body>` */
const encode = (generation: number, response: CachedResponse): Buffer =>
  Buffer.concat([Buffer.from(`${generation}\n${JSON.stringify({ etag: response.etag, headers: response.headers })}\n`), response.body]);

const decode = (value: Buffer | null, generation: number): CachedResponse | undefined => {
  if (!value) return undefined;
  const first = value.indexOf(NEWLINE);
  const second = value.indexOf(NEWLINE, first + 1);
  if (first === -1 || second === -1 || Number(value.subarray(0, first).toString()) !== generation) return undefined;
  const meta = JSON.parse(value.subarray(first + 1, second).toString()) as { etag: string; headers: Record<string, string> };
  return { etag: meta.etag, headers: meta.headers, body: value.subarray(second + 1) };
};

/** How long a Redis command may take before Redis counts as unreachable and requests are served uncached. */
const REDIS_ANSWER_MS = 1000;

/**
 * The command's answer, or a rejection when Redis has not answered in time. The deadline is checked only after the
 * event loop has read pending I/O (setImmediate runs after the poll phase), so a long synchronous task in this
 * process (generating the OpenAPI document, say) is not mistaken for a slow Redis, as ioredis's commandTimeout is.
 */
export const answered = <T>(command: Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    let settled = false;
    const deadline = setTimeout(
      () =>
        setImmediate(() => {
          if (settled) return;
          settled = true;
          reject(new Error(`no answer within ${REDIS_ANSWER_MS} ms`));
        }),
      REDIS_ANSWER_MS
    );
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      done();
    };
    command.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error))
    );
  });

const redisStore = (strapi: Core.Strapi, config: ResponseCacheConfig, url: string): Store => {
  const generationKey = `${config.prefix}response-cache:generation`;
  const entryKey = (key: string) => `${config.prefix}response-cache:entry:${key}`;
  const address = new URL(url).host; // never the password
  const client = new Redis(url, {
    // fail fast while Redis is away: requests are then served uncached instead of waiting
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5000),
  });
  client.defineCommand('storeIfCurrent', { numberOfKeys: 2, lua: STORE_IF_CURRENT });

  let available = false;
  let outageReported = false;
  let closing = false;
  let settle: () => void = () => undefined;
  const firstOutcome = new Promise<void>((resolve) => {
    settle = resolve;
  });

  /**
   * Redis failed: serve uncached from now on, and reconnect. A failed command (no answer in time, say) leaves the
   * connection up but may have lost a new generation; reconnecting makes the 'ready' handler start another one
   * before anything is served from Redis again.
   */
  const unreachable = (error: unknown) => {
    available = false;
    settle();
    if (closing) return;
    if (client.status === 'ready') client.disconnect(true);
    if (outageReported) return;
    outageReported = true;
    strapi.log.warn(`[response-cache] Redis at ${address} failed (${messageOf(error)}); serving uncached until it answers again`);
  };

  client.on('error', unreachable);
  client.on('close', () => {
    available = false;
  });
  client.on('ready', () => {
    // A new generation before anything is served from Redis: entries stored before this instance started, or
    // before an outage, may predate changes made meanwhile (migrations, scripts, writes while Redis was away).
    // INCR is the first command on the new connection, so every later lookup is ordered after it.
    answered(client.incr(generationKey)).then(
      () => {
        available = true;
        settle();
        if (outageReported) strapi.log.info(`[response-cache] Redis at ${address} answers again; cache generation renewed`);
        outageReported = false;
      },
      unreachable
    );
  });

  return {
    kind: 'redis',
    async lookup(keys) {
      if (!available) return { entries: [] };
      try {
        const [generation, ...values] = await answered(client.mgetBuffer(generationKey, ...keys.map(entryKey)));
        const current = Number(generation?.toString() ?? '0');
        return { generation: current, entries: values.map((value) => decode(value, current)) };
      } catch (error) {
        unreachable(error);
        return { entries: [] };
      }
    },
    async save(key, generation, response) {
      if (!available) return;
      try {
        await answered(client.storeIfCurrent(generationKey, entryKey(key), String(generation), encode(generation, response), config.ttlSeconds));
      } catch (error) {
        unreachable(error);
      }
    },
    async bump() {
      // while Redis is away nothing is served from it, and the reconnection starts a new generation
      if (!available) return;
      try {
        await answered(client.incr(generationKey));
      } catch (error) {
        unreachable(error);
      }
    },
    async start() {
      await firstOutcome;
    },
    async close() {
      closing = true;
      available = false;
      if (client.status === 'ready') await client.quit();
      else client.disconnect();
    },
    async ping() {
      if (client.status !== 'ready') return false;
      return answered(client.ping()).then(
        () => true,
        () => false
      );
    },
    stats: () => ({ store: 'redis', available }),
  };
};

const createCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('response-cache') as ResponseCacheConfig;
  const store: Store | undefined = !config.enabled
    ? undefined
    : config.redisUrl
      ? redisStore(strapi, config, config.redisUrl)
      : memoryStore(config);
  /** requests during which content was written (set by the db lifecycle hook, read by the middleware) */
  const writers = new WeakSet<Context>();
  /** transactions that already have a new generation queued for their commit */
  const queued = new WeakSet<object>();
  let hits = 0;
  let misses = 0;

  const invalidate = async (): Promise<void> => {
    await store?.bump();
  };

  return {
    config,
    enabled: store !== undefined,

    /**
     * The representation in `encoding` for a request key, if one of the current generation is stored; else the
     * identity one, read in the same round trip, from which the caller makes (and saves) the coding asked for.
     */
    async lookup(key: string, encoding: Encoding = 'identity'): Promise<Lookup> {
      if (!store) return {};
      const keys = encoding === 'identity' ? [key] : [keyOf(key, encoding), key];
      const { generation, entries } = await store.lookup(keys);
      const [entry, identity] = entries;
      if (entry || identity) hits += 1;
      else if (generation !== undefined) misses += 1;
      return entry ? { generation, entry } : { generation, identity };
    },

    /**
     * Stores one representation of a response computed in `generation`, unless content changed meanwhile (callers
     * check its size).
     */
    async save(key: string, generation: number, response: CachedResponse, encoding: Encoding = 'identity'): Promise<void> {
      if (!store) return;
      await store.save(keyOf(key, encoding), generation, response);
    },

    /**
     * Starts a new generation: nothing cached so far is served again. Called for every content write (db
     * lifecycles), after every request that may have written, and by code that writes outside a request
     * (scheduled publishing) once its work is committed. Never throws: with Redis away it is a no-op, and the
     * reconnection starts a new generation.
     */
    invalidate,

    /**
     * Called by the db lifecycle hook after a row was written. Outside a transaction the write is committed: a new
     * generation now, before the write returns. Inside one, the new generation must come after the commit: before
     * it, a concurrent request could still read the old rows and cache them under the new generation. Strapi runs
     * commit callbacks without awaiting them, so the middleware invalidates once more when the request ends.
     */
    async contentWritten(): Promise<void> {
      if (!store) return;
      const request = strapi.requestContext.get();
      if (request) writers.add(request);
      if (!strapi.db.inTransaction()) {
        await invalidate();
        return;
      }
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        if (queued.has(trx)) return;
        queued.add(trx);
        onCommit(() => {
          void invalidate();
        });
      });
    },

    /** True when content was written while this request was handled. */
    wroteDuring(ctx: Context): boolean {
      return writers.has(ctx);
    },

    /** Connects to Redis (bounded by its connect timeout); resolves either way. */
    async start(): Promise<void> {
      await store?.start();
    },

    async close(): Promise<void> {
      await store?.close();
    },

    /** Whether the shared Redis answers now; undefined when this cache has no Redis. */
    async redisReachable(): Promise<boolean | undefined> {
      if (store?.kind !== 'redis') return undefined;
      return store.ping();
    },

    stats(): CacheStats {
      return { ...(store?.stats() ?? { store: 'off', available: false }), hits, misses };
    },
  };
};

export default createCacheService;

export type ResponseCache = ReturnType<typeof createCacheService>;

/** The cache service, typed. */
export const responseCache = (strapi: Core.Strapi): ResponseCache => strapi.service('api::cache.cache') as unknown as ResponseCache;
