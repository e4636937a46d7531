/**
 * GraphQL relation, media, component and dynamic-zone fields without N+1. Strapi's field resolvers call
 * `strapi.db.query(uid).load(parent, field, query)` once per parent object, two SQL queries each. Within one GraphQL
 * request, the loads of one field with the same query are gathered here and run as one `findMany` over all their
 * parents, and each parent gets back the value its own `load` would have given.
 */

import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { envBool } from '../../utils/env';

type Query = Record<string, unknown>;
type Entity = { id?: unknown };
type Load = (uid: string, entity: Entity, field: string | string[], populate?: unknown) => Promise<unknown>;
type Id = string | number;

interface Waiting {
  id: Id;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Rows of a to-many relation that one parent's own query would return: `offset` and `limit` per parent. */
export interface Window {
  offset: number;
  limit?: number;
}

interface Batch {
  uid: string;
  field: string;
  /** the query of each parent's own load, for when the batch gives way to them */
  query: unknown;
  populate: Query | true;
  window?: Window;
  waiting: Waiting[];
}

const TO_MANY = ['oneToMany', 'manyToMany', 'morphMany', 'morphToMany'];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * A key for a query made only of JSON values, undefined for anything else (a knex builder in a `where`, a function):
 * such a load is not batched.
 */
export const plainKey = (value: unknown): string | undefined => {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : undefined;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      const key = plainKey(item);
      if (key === undefined) return undefined;
      parts.push(key);
    }
    return `[${parts.join(',')}]`;
  }
  if (!isPlainObject(value)) return undefined;
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const key = plainKey(item);
    if (key === undefined) return undefined;
    parts.push(`${JSON.stringify(name)}:${key}`);
  }
  return `{${parts.join(',')}}`;
};

const isCount = (value: unknown, min: number): value is number => Number.isInteger(value) && (value as number) >= min;

/** Sorting on the target's own fields; a sort through a relation takes Strapi's deep-sort path, never batched. */
const isShallowSort = (orderBy: unknown): boolean => {
  if (orderBy === undefined) return true;
  const entries = Array.isArray(orderBy) ? orderBy : [orderBy];
  return entries.every((entry) =>
    typeof entry === 'string' ? !entry.includes('.') : isPlainObject(entry) && Object.entries(entry).every(([name, order]) => !name.includes('.') && typeof order === 'string')
  );
};

/**
 * How a load's query runs for many parents at once, or undefined when it cannot give each parent exactly its own
 * result. A single parent's `LIMIT`/`OFFSET` would apply to all parents together, so they are left out and applied
 * to each parent's rows (`window`); `offset: 0` stays so that Strapi still appends its `id` tie-breaker to the ORDER
 * BY of a paginated select, and the rows come in the same order. A to-one relation is its first row.
 */
export const batchedQuery = (query: unknown, toMany: boolean): { populate: Query | true; window?: Window } | undefined => {
  if (query === undefined || query === true) return { populate: true };
  if (!isPlainObject(query)) return undefined;
  const { limit, offset, ...rest } = query;
  if ('count' in rest || (rest.populate !== undefined && rest.populate !== null) || !isShallowSort(rest.orderBy)) return undefined;
  if (limit === undefined && offset === undefined) return { populate: rest };
  if (!(limit === undefined || isCount(limit, 1)) || !(offset === undefined || isCount(offset, 0))) return undefined;
  const window: Window = { offset: offset ?? 0, ...(limit === undefined ? {} : { limit }) };
  if (!toMany) return window.offset > 0 ? undefined : { populate: { ...rest, offset: 0 } };
  return { populate: { ...rest, offset: 0 }, window };
};

/**
 * The most rows a batch of to-many loads may fetch: one more than their pages together, each page counted as at least
 * `rowsPerParent` (GraphQL's default page size). Reaching it means some parent has many more rows than its page (a
 * category's articles, say), and each parent loads its own page instead.
 */
export const rowCap = (parents: number, window: Window | undefined, rowsPerParent: number): number | undefined =>
  window?.limit === undefined ? undefined : parents * Math.max(window.offset + window.limit, rowsPerParent) + 1;

/** One parent's value out of a batch: its rows of a to-many relation cut to its own page. */
export const windowed = (value: unknown, window: Window | undefined): unknown => {
  if (!window || !Array.isArray(value)) return value;
  return value.slice(window.offset, window.limit === undefined ? undefined : window.offset + window.limit);
};

/** The loads of one GraphQL request, gathered per field and query until the resolvers waiting on them are all in. */
class LoadBatcher {
  private readonly batches = new Map<string, Batch>();

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly loadOne: Load
  ) {}

  load(key: string, batch: Omit<Batch, 'waiting'>, id: Id): Promise<unknown> {
    return new Promise((resolve, reject) => {
      let pending = this.batches.get(key);
      if (!pending) {
        const created: Batch = { ...batch, waiting: [] };
        this.batches.set(key, created);
        // after the microtasks: the sibling resolvers of a list reach their load in the same turn
        setImmediate(() => {
          this.batches.delete(key);
          void this.run(created);
        });
        pending = created;
      }
      pending.waiting.push({ id, resolve, reject });
    });
  }

  private async run({ uid, field, query, populate, window, waiting }: Batch): Promise<void> {
    try {
      const ids = [...new Set(waiting.map(({ id }) => id))];
      const cap = rowCap(ids.length, window, Number(this.strapi.config.get('plugin::graphql.defaultLimit', 25)));
      const rows = (await this.strapi.db.query(uid as never).findMany({
        select: ['id'],
        where: { id: { $in: ids } },
        populate: { [field]: cap === undefined || populate === true ? populate : { ...populate, limit: cap } },
      })) as Array<Record<string, unknown>>;
      if (cap !== undefined && rows.reduce((sum, row) => sum + (Array.isArray(row[field]) ? row[field].length : 0), 0) >= cap) {
        for (const { id, resolve, reject } of waiting) this.loadOne(uid, { id }, field, query).then(resolve, reject);
        return;
      }
      const byId = new Map(rows.map((row) => [row.id, row]));
      const handedOut = new Set<Id>();
      for (const { id, resolve } of waiting) {
        const row = byId.get(id);
        const value = row ? windowed(row[field], window) : null;
        // the same parent twice in one response: each gets its own copy, as from its own load
        resolve(handedOut.has(id) ? structuredClone(value) : value);
        handedOut.add(id);
      }
    } catch (error) {
      for (const { reject } of waiting) reject(error);
    }
  }
}

const scope = new AsyncLocalStorage<LoadBatcher>();
/** The batcher of each GraphQL request (null when `GRAPHQL_BATCH=off`, read once per request) */
const batchers = new WeakMap<object, LoadBatcher | null>();
/** Strapi's own `load` of each entity manager that batches */
const strapiLoads = new WeakMap<object, Load>();

/**
 * Runs a GraphQL field resolver with the loads of its request batched; `context` is the request's GraphQL context.
 * `GRAPHQL_BATCH=off` leaves every load to Strapi, one per parent.
 */
export const withBatchedLoads = <T>(strapi: Core.Strapi, context: unknown, resolve: () => T): T => {
  const load = strapiLoads.get(strapi.db.entityManager);
  if (!load || typeof context !== 'object' || context === null) return resolve();
  let batcher = batchers.get(context);
  if (batcher === undefined) {
    batcher = envBool('GRAPHQL_BATCH', true) ? new LoadBatcher(strapi, load) : null;
    batchers.set(context, batcher);
  }
  return batcher ? scope.run(batcher, resolve) : resolve();
};

/**
 * Makes the entity manager's `load` batch while a GraphQL field resolver runs (see withBatchedLoads); everywhere
 * else, and for loads it cannot batch exactly (polymorphic relations, several fields, a transaction), it is
 * Strapi's own `load`.
 */
export const batchLoadsInGraphqlRequests = (strapi: Core.Strapi): void => {
  const entityManager = strapi.db.entityManager as { load: Load };
  if (strapiLoads.has(entityManager)) return;
  const load: Load = entityManager.load.bind(entityManager);
  strapiLoads.set(entityManager, load);

  entityManager.load = (uid, entity, field, populate) => {
    const batcher = scope.getStore();
    const id = entity?.id;
    if (!batcher || typeof field !== 'string' || (typeof id !== 'string' && typeof id !== 'number') || strapi.db.inTransaction()) {
      return load(uid, entity, field, populate);
    }
    const attribute = strapi.db.metadata.get(uid).attributes[field];
    const model = strapi.getModel(uid as never) as { attributes: Record<string, { type: string }> } | undefined;
    const isDynamicZone = model?.attributes[field]?.type === 'dynamiczone';
    if (!attribute || attribute.type !== 'relation' || (/^morphTo/.test(attribute.relation) && !isDynamicZone)) {
      return load(uid, entity, field, populate);
    }
    const batched = batchedQuery(populate, TO_MANY.includes(attribute.relation));
    const queryKey = batched && plainKey(batched);
    if (!batched || queryKey === undefined) return load(uid, entity, field, populate);
    return batcher.load(`${uid}\u0000${field}\u0000${queryKey}`, { uid, field, query: populate, ...batched }, id);
  };
};
