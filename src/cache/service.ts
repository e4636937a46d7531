/**
 * The response cache: its store (src/cache/store.ts), the models its tags are read from, and the bookkeeping that
 * makes an invalidation follow every write: at once outside a transaction, at the commit inside one, and again when
 * the request that wrote ends, before the client learns of the change.
 */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { ResponseCacheConfig } from './config';
import type { Encoding } from './keys';
import { memoryStore, redisStore, type CachedResponse, type Store, type StoreStats } from './store';
import type { AttributeInfo, ModelInfo } from './tags';

export type { CachedResponse } from './store';

export interface Lookup {
  /** the clock the lookup saw; undefined when nothing may be stored (cache off, Redis unreachable) */
  stamp?: number;
  /** the representation in the coding asked for */
  entry?: CachedResponse;
  /** the identity representation, when the one asked for is another coding that is not stored (yet) */
  identity?: CachedResponse;
}

export interface CacheStats extends Omit<StoreStats, 'store'> {
  store: 'off' | 'memory' | 'redis';
  invalidation: ResponseCacheConfig['invalidation'];
  hits: number;
  misses: number;
}

/** Each coding of a response is an entry of its own, next to the identity one (keys are base64url: no `.`). */
const keyOf = (key: string, encoding: Encoding): string => (encoding === 'identity' ? key : `${key}.${encoding}`);

interface SchemaModel {
  modelType?: string;
  options?: { draftAndPublish?: boolean };
  pluginOptions?: { i18n?: { localized?: boolean } };
  attributes: Record<string, AttributeInfo>;
}

export const createResponseCache = (strapi: Core.Strapi) => {
  const config = strapi.config.get('response-cache') as ResponseCacheConfig;
  const store: Store | undefined = !config.enabled ? undefined : config.redisUrl ? redisStore(strapi, config, config.redisUrl) : memoryStore(config);

  const infos = new Map<string, ModelInfo | undefined>();
  /** a content type's or component's schema as tagging needs it; undefined for anything else (core-store, …) */
  const models = (uid: string): ModelInfo | undefined => {
    if (infos.has(uid)) return infos.get(uid);
    const model = (strapi.contentTypes[uid as never] ?? strapi.components[uid as never]) as SchemaModel | undefined;
    const info: ModelInfo | undefined = model && {
      uid,
      document: model.modelType === 'contentType',
      localized: model.pluginOptions?.i18n?.localized === true,
      draftAndPublish: model.options?.draftAndPublish === true,
      attributes: Object.fromEntries(
        Object.entries(model.attributes).map(([name, { type, target, component, components, unique, mappedBy }]): [string, AttributeInfo] => [
          name,
          { type, target, component, components, unique, mappedBy },
        ])
      ),
    };
    infos.set(uid, info);
    return info;
  };

  /** tags written during a request (db lifecycles), invalidated once more when it ends */
  const byRequest = new WeakMap<Context, Set<string>>();
  /** tags written in a transaction, invalidated at its commit */
  const byTransaction = new WeakMap<object, Set<string>>();
  /** invalidations started by commit callbacks, which Strapi does not await */
  const pending = new Set<Promise<void>>();
  let hits = 0;
  let misses = 0;

  const invalidate = async (tags: readonly string[]): Promise<void> => {
    if (tags.length > 0) await store?.invalidate(tags);
  };

  const track = (work: Promise<void>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work));
  };

  return {
    config,
    enabled: store !== undefined,
    models,

    /**
     * The representation in `encoding` for a request key, if a fresh one is stored; else the identity one, read in
     * the same round trip, from which the caller makes (and saves) the coding asked for.
     */
    async lookup(key: string, encoding: Encoding = 'identity'): Promise<Lookup> {
      if (!store) return {};
      const keys = encoding === 'identity' ? [key] : [keyOf(key, encoding), key];
      const { stamp, entries } = await store.lookup(keys);
      const [entry, identity] = entries;
      if (entry || identity) hits += 1;
      else if (stamp !== undefined) misses += 1;
      return entry ? { stamp, entry } : { stamp, identity };
    },

    /** Stores one representation of a response computed since `stamp`, unless its tags changed meanwhile. */
    async save(key: string, stamp: number, tags: readonly string[], response: CachedResponse, encoding: Encoding = 'identity'): Promise<void> {
      await store?.save(keyOf(key, encoding), stamp, tags, response);
    },

    /**
     * Entries with any of these tags are not served again. Never throws: with Redis away it is a no-op, and the
     * reconnection invalidates everything.
     */
    invalidate,

    /**
     * Called by the db lifecycle subscription with the tags a write changed. Outside a transaction the write is
     * committed: invalidated now, before the write returns. Inside one, after the commit: before it, a concurrent
     * request could still read the old rows and store them after the invalidation.
     */
    async written(tags: readonly string[]): Promise<void> {
      if (!store || tags.length === 0) return;
      const request = strapi.requestContext.get();
      if (request) {
        const seen = byRequest.get(request) ?? new Set<string>();
        for (const tag of tags) seen.add(tag);
        byRequest.set(request, seen);
      }
      if (!strapi.db.inTransaction()) {
        await invalidate(tags);
        return;
      }
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        let queued = byTransaction.get(trx);
        if (!queued) {
          const tagsOfTransaction = new Set<string>();
          queued = tagsOfTransaction;
          byTransaction.set(trx, queued);
          onCommit(() => {
            const work = invalidate([...tagsOfTransaction]);
            track(work);
            return work;
          });
        }
        for (const tag of tags) queued.add(tag);
      });
    },

    /** The tags written while this request was handled. */
    writtenDuring(ctx: Context): string[] {
      return [...(byRequest.get(ctx) ?? [])];
    },

    /** Resolves when the invalidations started by commits so far are done (code that writes outside a request). */
    async settled(): Promise<void> {
      await Promise.all([...pending]);
    },

    /** Connects to Redis (bounded by its connect timeout); resolves either way. */
    async start(): Promise<void> {
      await store?.start();
    },

    /** After the invalidations still under way: a script's last writes reach Redis before it exits. */
    async close(): Promise<void> {
      await Promise.all([...pending]);
      await store?.close();
    },

    /** Whether the shared Redis answers now; undefined when this cache has no Redis. */
    async redisReachable(): Promise<boolean | undefined> {
      if (store?.kind !== 'redis') return undefined;
      return store.ping();
    },

    stats(): CacheStats {
      return { ...(store?.stats() ?? { store: 'off', available: false }), invalidation: config.invalidation, hits, misses };
    },
  };
};

export type ResponseCache = ReturnType<typeof createResponseCache>;
