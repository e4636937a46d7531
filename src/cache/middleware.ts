/**
 * Response cache for public reads of the content API: REST under /api (feeds, statistics, hubs and the OpenAPI
 * document included) and GraphQL queries, by GET or POST, of the public role (README, "Response cache").
 *
 * - Public GET responses get a strong `ETag`, a CDN-friendly `Cache-Control` unless the controller chose one,
 *   and a `304` when `If-None-Match` (or `If-Modified-Since`, where a controller sets `Last-Modified`) matches;
 *   `X-Cache: HIT | MISS | BYPASS` says what the cache did.
 * - Each response is sent as br, gzip or identity (Accept-Encoding; a small or non-text body stays identity), each
 *   representation with an ETag of its own (`"…-br"`, `"…-gzip"`), `Vary: Accept-Encoding`, stored once per coding:
 *   a coding not stored yet is made from the stored identity body, once. strapi::compression leaves them alone.
 * - HEAD is answered as GET (same entry, headers and 304), without a body; on GraphQL too, which Apollo would refuse.
 * - Requests with credentials, drafts, signed previews, accounts and uploads are never looked up or stored.
 * - Each stored response carries the tags it depends on (src/cache/dependencies.ts); the writes of a request are
 *   invalidated once more when it ends (src/cache/service.ts).
 *
 * Registered after strapi::query and before strapi::body, so a hit is answered before the body parser, the session
 * and the router run. strapi::body leaves the GraphQL endpoint to the GraphQL plugin's koa-bodyparser, which skips
 * a body that is already parsed: a public POST /graphql body is read and parsed here, once, to key the request.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { COMPRESSION_THRESHOLD, compressBody } from '../utils/compression';
import { publicBaseUrl } from '../utils/query';
import { refusePrototypeKeys } from '../utils/request-body';
import { responseTags } from './dependencies';
import { isGraphqlRead, publicGraphqlRead, type GraphqlRequest } from './graphql';
import { responseCache } from './index';
import {
  NEVER_CACHED,
  cacheKey,
  etagOf,
  hasCredentials,
  isCompressible,
  isUnder,
  negotiateEncoding,
  normalizeQuery,
  representationEtag,
  type Encoding,
} from './keys';
import type { CachedResponse } from './store';
import { ALL, ANY_PUBLIC } from './tags';

/** koa-bodyparser's JSON limit, which the GraphQL plugin would otherwise apply */
const GRAPHQL_BODY_LIMIT = 1024 * 1024;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** what is stored with a response; CORS and security headers are set per request by the middlewares before this one */
// Apollo negotiates the response type and checks CSRF headers on GET: those headers are part of a GraphQL request's key
const GRAPHQL_KEY_HEADERS = ['accept', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'];
const STORED_HEADERS = ['content-type', 'cache-control', 'last-modified', 'content-language', 'link'];
/** HEAD is GET without a body: one entry for both */
const READ_METHODS = new Set(['GET', 'HEAD']);

type Plan =
  /** not a content-API read: only the write tracking applies */
  | { kind: 'skip' }
  /** a content-API read that is never cached; `personal` when it carries credentials or asks for drafts */
  | { kind: 'bypass'; personal: boolean }
  | { kind: 'public'; key: string; graphql: boolean };

const SKIP: Plan = { kind: 'skip' };
const BYPASS: Plan = { kind: 'bypass', personal: false };
const PERSONAL: Plan = { kind: 'bypass', personal: true };

/** The bytes koa would send for this body; undefined for streams and empty bodies. */
const bytesOf = (body: unknown): Buffer | undefined => {
  if (body === null || body === undefined) return undefined;
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body);
  if (typeof body === 'object' && typeof (body as { pipe?: unknown }).pipe === 'function') return undefined;
  return Buffer.from(JSON.stringify(body));
};

const hasGraphqlErrors = (body: Buffer): boolean => {
  try {
    const parsed = JSON.parse(body.toString()) as { errors?: unknown };
    return parsed.errors !== undefined;
  } catch {
    return true; // not the JSON Apollo sends: not cacheable
  }
};

const readJson = async (ctx: Context): Promise<unknown> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += bytes.length;
    if (size > GRAPHQL_BODY_LIMIT) throw new errors.PayloadTooLargeError('The GraphQL request body is larger than 1 MB');
    chunks.push(bytes);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    const body = JSON.parse(raw, refusePrototypeKeys) as unknown;
    Object.assign(ctx.request, { body, rawBody: raw });
    return body;
  } catch (error) {
    if (error instanceof errors.ValidationError) throw error;
    throw new errors.ValidationError('The GraphQL request body is not valid JSON');
  }
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const cache = responseCache(strapi);
  const graphqlPath = String(strapi.plugin('graphql')?.config('endpoint') ?? '/graphql');
  const { cdnMaxAge } = cache.config;
  const defaultCacheControl = `public, max-age=0, must-revalidate${cdnMaxAge > 0 ? `, s-maxage=${cdnMaxAge}` : ''}`;

  /** The GraphQL request of a public GET or POST; undefined when it cannot be keyed here. */
  const graphqlRequestOf = async (ctx: Context): Promise<GraphqlRequest | undefined> => {
    if (READ_METHODS.has(ctx.method)) return ctx.query as GraphqlRequest;
    // strapi::body parses requests to any other URL; their stream is gone by now
    if (ctx.url !== graphqlPath || !ctx.is('application/json')) return undefined;
    const encoding = ctx.get('Content-Encoding');
    if (encoding !== '' && encoding.toLowerCase() !== 'identity') return undefined;
    const body = (ctx.request as { body?: unknown }).body ?? (await readJson(ctx));
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as GraphqlRequest) : undefined;
  };

  const plan = async (ctx: Context): Promise<Plan> => {
    const graphql = ctx.path === graphqlPath;
    if (!graphql && !ctx.path.startsWith('/api/')) return SKIP;
    if (!READ_METHODS.has(ctx.method) && !(graphql && ctx.method === 'POST')) return SKIP;
    if (hasCredentials(ctx.headers)) return PERSONAL;
    if (NEVER_CACHED.some((prefix) => isUnder(ctx.path, prefix))) return BYPASS;
    if (ctx.query.status !== undefined && ctx.query.status !== 'published') return PERSONAL;
    const query = normalizeQuery(ctx.querystring);
    if (query === undefined) return BYPASS;
    // absolute URLs in responses (feeds) use PUBLIC_URL, else the request's own origin
    const base = publicBaseUrl(strapi, ctx.origin);
    if (!graphql) return { kind: 'public', key: cacheKey(['GET', base, ctx.path, query]), graphql };

    const request = await graphqlRequestOf(ctx);
    const operation = request && publicGraphqlRead(request);
    if (!operation) return BYPASS;
    const headers = GRAPHQL_KEY_HEADERS.map((name) => `${name}:${ctx.get(name).toLowerCase().replace(/\s+/g, '')}`);
    const method = ctx.method === 'POST' ? 'POST' : 'GET';
    return { kind: 'public', key: cacheKey([method, base, ctx.path, query, operation, ...headers]), graphql };
  };

  /** The response as it may be stored, or undefined: not a 200, `no-store`/`private`, a stream, GraphQL errors. */
  const storable = (ctx: Context, graphql: boolean): CachedResponse | undefined => {
    if (ctx.status !== 200) return undefined;
    if (/\b(?:no-store|private)\b/i.test(ctx.response.get('Cache-Control'))) return undefined;
    const body = bytesOf(ctx.body);
    if (!body || (graphql && hasGraphqlErrors(body))) return undefined;
    const headers: Record<string, string> = {};
    for (const name of STORED_HEADERS) {
      const value = ctx.response.get(name);
      if (value) headers[name] = value;
    }
    return { etag: etagOf(body), headers, body };
  };

  /**
   * The representation of an identity response in a coding; the identity one itself when the coding would not pay
   * (a small body, not text). Undefined when it is the identity one.
   */
  const encoded = async (identity: CachedResponse, encoding: Encoding): Promise<CachedResponse | undefined> => {
    if (encoding === 'identity' || identity.body.length < COMPRESSION_THRESHOLD || !isCompressible(identity.headers['content-type'])) return undefined;
    return {
      etag: representationEtag(identity.etag, encoding),
      headers: { ...identity.headers, 'content-encoding': encoding },
      body: await compressBody(identity.body, encoding),
    };
  };

  /** Sends a cacheable response (stored or not), or 304 when the client already has it. */
  const answer = (ctx: Context, response: CachedResponse, graphql: boolean) => {
    ctx.status = 200;
    // already in the negotiated coding: strapi::compression must not touch it
    (ctx as { compress?: boolean }).compress = false;
    for (const [name, value] of Object.entries(response.headers)) ctx.set(name, value);
    ctx.set('ETag', response.etag);
    if (!response.headers['cache-control']) ctx.set('Cache-Control', defaultCacheControl);
    ctx.vary('Accept-Encoding');
    if (graphql) ctx.vary('Accept');
    if (ctx.fresh) {
      ctx.status = 304;
      ctx.remove('Content-Encoding');
      return;
    }
    ctx.body = response.body;
  };

  const label = (ctx: Context, value: 'HIT' | 'MISS' | 'BYPASS') => {
    if (cache.enabled) ctx.set('X-Cache', value);
  };

  const handle = async (ctx: Context, downstream: Next, decided: Plan): Promise<void> => {
    // Apollo answers GET and POST only: a GraphQL HEAD runs as its GET (Node sends no body for a HEAD either way)
    const next: Next =
      ctx.method === 'HEAD' && decided.kind !== 'skip' && ctx.path === graphqlPath
        ? async () => {
            ctx.method = 'GET';
            try {
              await downstream();
            } finally {
              ctx.method = 'HEAD';
            }
          }
        : downstream;
    if (decided.kind === 'skip') {
      await next();
      return;
    }
    // set first: it stays on an error response, which Strapi's errors middleware (further out) writes
    label(ctx, 'BYPASS');
    if (decided.kind === 'bypass') {
      await next();
      // what a signed-in client or a draft request gets must not be kept by a CDN or a shared proxy either
      if (decided.personal && !ctx.response.get('Cache-Control')) ctx.set('Cache-Control', 'private, no-store');
      return;
    }

    const encoding = negotiateEncoding(ctx.get('Accept-Encoding'));
    const { stamp, entry, identity } = await cache.lookup(decided.key, encoding);
    if (entry) {
      label(ctx, 'HIT');
      answer(ctx, entry, decided.graphql);
      return;
    }
    if (identity) {
      // stored, but not in this coding yet: made once, from the stored body
      const variant = await encoded(identity, encoding);
      // the identity entry's tags were fresh a moment ago; the coding made from it depends on the same ones
      if (variant && stamp !== undefined) await cache.save(decided.key, stamp, identity.tags ?? [ALL, ANY_PUBLIC], variant, encoding);
      label(ctx, 'HIT');
      answer(ctx, variant ?? identity, decided.graphql);
      return;
    }
    await next();
    const response = storable(ctx, decided.graphql);
    if (!response) return;
    const variant = await encoded(response, encoding);
    if (stamp !== undefined && response.body.length <= cache.config.maxEntryBytes) {
      const tags = cache.config.invalidation === 'global' ? [ALL] : responseTags(ctx, cache.models, decided.graphql);
      await cache.save(decided.key, stamp, tags, response);
      if (variant) await cache.save(decided.key, stamp, tags, variant, encoding);
      label(ctx, 'MISS');
    }
    answer(ctx, variant ?? response, decided.graphql);
  };

  /** A request that may have written content: anything but a read, unless it failed or was a GraphQL query. */
  const mayHaveWritten = (ctx: Context): boolean =>
    !SAFE_METHODS.has(ctx.method) &&
    ctx.status < 400 &&
    !(ctx.path === graphqlPath && isGraphqlRead((ctx.request as { body?: unknown }).body));

  return async (ctx, next) => {
    let failed = false;
    let decided: Plan | undefined;
    try {
      decided = await plan(ctx);
      await handle(ctx, next, decided);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      // After the request, every transaction it ran is committed or rolled back: invalidating its writes now closes
      // the window between a commit and the invalidation queued for it, before the client learns of the change.
      // With global invalidation, any request that may have written invalidates everything, as it always did.
      // (a public plan is a GET or a GraphQL query, already known to write nothing)
      if (cache.enabled) {
        const global = cache.config.invalidation === 'global' && !failed && decided?.kind !== 'public' && mayHaveWritten(ctx);
        await cache.invalidate(global ? [ALL] : cache.writtenDuring(ctx));
      }
    }
  };
};
