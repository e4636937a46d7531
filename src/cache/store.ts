/**
 * Where cached responses live: in this process (an LRU bounded in bytes) or in a Redis shared by every instance.
 *
 * Never stale, by tag versions on one clock. Every invalidation advances the clock and sets each tag it names to the
 * new time. An entry carries the tags it depends on (src/cache/tags.ts) and the clock as it was when its request was
 * looked up, before anything was read for it: it is served only while none of its tags was set later, and it is
 * stored only if none was set since the lookup, so a response computed from data read before a change is never kept
 * after it. In Redis the clock, the tags and the entries are keys of that Redis, read and written by Lua scripts in
 * one round trip each, so a change made on one instance is seen by all of them at once.
 */

import type { Core } from '@strapi/strapi';
import type { Result } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { answered, failFastRedis, messageOf } from '../utils/redis';
import type { ResponseCacheConfig } from './config';
import { ALL } from './tags';

/** One representation of a response: the identity body, or its gzip or br coding (`content-encoding` in headers). */
export interface CachedResponse {
  etag: string;
  /** content-type, content-encoding and the response's own caching headers */
  headers: Record<string, string>;
  body: Buffer;
  /** what the stored entry depends on (set by a lookup) */
  tags?: readonly string[];
}

export interface Found {
  /** the clock when looked up; undefined when nothing may be stored (Redis unreachable) */
  stamp?: number;
  /** per key asked for, in order: the entry if none of its tags changed since it was computed */
  entries: Array<CachedResponse | undefined>;
}

export interface StoreStats {
  store: 'memory' | 'redis';
  /** false while Redis is unreachable */
  available: boolean;
  /** memory store only */
  clock?: number;
  entries?: number;
  bytes?: number;
  maxBytes?: number;
  evictions?: number;
}

export interface Store {
  readonly kind: 'memory' | 'redis';
  lookup(keys: readonly string[]): Promise<Found>;
  /** keeps a response computed since `stamp`, unless one of its tags was invalidated since */
  save(key: string, stamp: number, tags: readonly string[], response: CachedResponse): Promise<void>;
  /** entries with any of these tags are never served again ({@link ALL} is on every entry) */
  invalidate(tags: readonly string[]): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** true when the store answers now (readiness) */
  ping(): Promise<boolean>;
  stats(): StoreStats;
}

export const memoryStore = (config: ResponseCacheConfig): Store => {
  interface Entry {
    stamp: number;
    tags: readonly string[];
    response: CachedResponse;
  }
  let clock = 0;
  let evictions = 0;
  const versions = new Map<string, number>();
  const fresh = (tags: readonly string[], stamp: number) => tags.every((tag) => (versions.get(tag) ?? 0) <= stamp);
  const entries = new LRUCache<string, Entry>({
    maxSize: config.maxBytes,
    // the bytes this entry holds, with a little for the key and the record
    sizeCalculation: (entry, key) =>
      entry.response.body.length + key.length + entry.response.etag.length + JSON.stringify(entry.response.headers).length + entry.tags.join(' ').length + 64,
    dispose: (_entry, _key, reason) => {
      if (reason === 'evict') evictions += 1;
    },
  });
  return {
    kind: 'memory',
    async lookup(keys) {
      return {
        stamp: clock,
        entries: keys.map((key) => {
          const entry = entries.get(key);
          if (entry && fresh(entry.tags, entry.stamp)) return { ...entry.response, tags: entry.tags };
          if (entry) entries.delete(key);
          return undefined;
        }),
      };
    },
    async save(key, stamp, tags, response) {
      if (fresh(tags, stamp)) entries.set(key, { stamp, tags, response });
    },
    async invalidate(tags) {
      clock += 1;
      for (const tag of tags) versions.set(tag, clock);
      if (tags.includes(ALL)) entries.clear();
    },
    async start() {
      // nothing to connect to
    },
    async close() {
      entries.clear();
    },
    ping: async () => true,
    stats: () => ({ store: 'memory', available: true, clock, entries: entries.size, bytes: entries.calculatedSize, maxBytes: config.maxBytes, evictions }),
  };
};

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** the clock, then per entry key its value if none of its tags is newer than the entry */
    cacheLookupBuffer(keyCount: number, ...args: Array<string | number>): Result<Array<Buffer | null>, Context>;
    /** SET entry EX ttl unless one of the tags is newer than the stamp; 1 when stored */
    cacheSave(entryKey: string, tagPrefix: string, stamp: string, ttlSeconds: number, value: Buffer, ...tags: string[]): Result<number, Context>;
    /** advances the clock and sets every tag to it; the new time */
    cacheInvalidate(clockKey: string, tagPrefix: string, ttlSeconds: number, ...tags: string[]): Result<number, Context>;
  }
}

// An entry's value is `<stamp>\n<tags, space-separated>\n<{"etag","headers"}>\n<body>`.
const LOOKUP = `
local prefix = ARGV[1]
local out = { redis.call('GET', KEYS[1]) or '0' }
for i = 2, #KEYS do
  local value = redis.call('GET', KEYS[i])
  if value then
    local first = string.find(value, '\\n', 1, true)
    local second = string.find(value, '\\n', first + 1, true)
    local stamp = tonumber(string.sub(value, 1, first - 1))
    local keys = {}
    for tag in string.gmatch(string.sub(value, first + 1, second - 1), '%S+') do keys[#keys + 1] = prefix .. tag end
    if #keys > 0 then
      local versions = redis.call('MGET', unpack(keys))
      for j = 1, #keys do
        if versions[j] and tonumber(versions[j]) > stamp then value = false break end
      end
    end
  end
  out[#out + 1] = value
end
return out`;

const SAVE = `
local stamp = tonumber(ARGV[2])
local keys = {}
for i = 5, #ARGV do keys[#keys + 1] = ARGV[1] .. ARGV[i] end
if #keys > 0 then
  local versions = redis.call('MGET', unpack(keys))
  for j = 1, #keys do
    if versions[j] and tonumber(versions[j]) > stamp then return 0 end
  end
end
redis.call('SET', KEYS[1], ARGV[4], 'EX', ARGV[3])
return 1`;

const INVALIDATE = `
local now = redis.call('INCR', KEYS[1])
for i = 3, #ARGV do redis.call('SET', ARGV[1] .. ARGV[i], now, 'EX', ARGV[2]) end
return now`;

const NEWLINE = 0x0a;

const encode = (stamp: number, tags: readonly string[], response: CachedResponse): Buffer =>
  Buffer.concat([Buffer.from(`${stamp}\n${tags.join(' ')}\n${JSON.stringify({ etag: response.etag, headers: response.headers })}\n`), response.body]);

const decode = (value: Buffer | null | false): CachedResponse | undefined => {
  if (!value) return undefined;
  const first = value.indexOf(NEWLINE);
  const second = value.indexOf(NEWLINE, first + 1);
  const third = value.indexOf(NEWLINE, second + 1);
  if (first === -1 || second === -1 || third === -1) return undefined;
  const meta = JSON.parse(value.subarray(second + 1, third).toString()) as { etag: string; headers: Record<string, string> };
  const tags = value.subarray(first + 1, second).toString().split(' ').filter((tag) => tag !== '');
  return { etag: meta.etag, headers: meta.headers, body: value.subarray(third + 1), tags };
};

export const redisStore = (strapi: Core.Strapi, config: ResponseCacheConfig, url: string): Store => {
  const clockKey = `${config.prefix}response-cache:clock`;
  const tagPrefix = `${config.prefix}response-cache:tag:`;
  const entryKey = (key: string) => `${config.prefix}response-cache:entry:${key}`;
  const address = new URL(url).host; // never the password
  // fails fast while Redis is away: requests are then served uncached instead of waiting
  const client = failFastRedis(url);
  client.defineCommand('cacheLookup', { lua: LOOKUP });
  client.defineCommand('cacheSave', { numberOfKeys: 1, lua: SAVE });
  client.defineCommand('cacheInvalidate', { numberOfKeys: 1, lua: INVALIDATE });

  let available = false;
  let outageReported = false;
  let closing = false;
  let settle: () => void = () => undefined;
  const firstOutcome = new Promise<void>((resolve) => {
    settle = resolve;
  });

  /**
   * Redis failed: serve uncached from now on, and reconnect. A failed command (no answer in time, say) leaves the
   * connection up but may have lost an invalidation; reconnecting makes the 'ready' handler invalidate everything
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

  const invalidateAll = () => client.cacheInvalidate(clockKey, tagPrefix, config.ttlSeconds, ALL);

  client.on('error', unreachable);
  client.on('close', () => {
    available = false;
  });
  client.on('ready', () => {
    // Everything invalidated before anything is served from Redis: entries stored before this instance started, or
    // before an outage, may predate changes made meanwhile (migrations, scripts, writes while Redis was away). It is
    // the first command on the new connection, so every later lookup is ordered after it.
    answered(invalidateAll()).then(() => {
      available = true;
      settle();
      if (outageReported) strapi.log.info(`[response-cache] Redis at ${address} answers again; cache invalidated`);
      outageReported = false;
    }, unreachable);
  });

  return {
    kind: 'redis',
    async lookup(keys) {
      if (!available) return { entries: [] };
      try {
        const [clock, ...values] = await answered(client.cacheLookupBuffer(keys.length + 1, clockKey, ...keys.map(entryKey), tagPrefix));
        return { stamp: Number(clock?.toString() ?? '0'), entries: values.map(decode) };
      } catch (error) {
        unreachable(error);
        return { entries: [] };
      }
    },
    async save(key, stamp, tags, response) {
      if (!available) return;
      try {
        await answered(client.cacheSave(entryKey(key), tagPrefix, String(stamp), config.ttlSeconds, encode(stamp, tags, response), ...tags));
      } catch (error) {
        unreachable(error);
      }
    },
    async invalidate(tags) {
      // while Redis is away nothing is served from it, and the reconnection invalidates everything
      if (!available || tags.length === 0) return;
      try {
        await answered(client.cacheInvalidate(clockKey, tagPrefix, config.ttlSeconds, ...tags));
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
