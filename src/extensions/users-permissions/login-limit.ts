/**
 * The login limit, in place of Strapi's own (koa2-ratelimit: per process, and keyed by identifier *and* address, so
 * one account could be tried from many addresses, or many times by anyone below 10 per minute).
 *
 * Logins (`POST /api/auth/local`, the GraphQL `login` mutation, which runs this same middleware, and
 * `POST /admin/login`): the attempt after `maxFailures` failures within `windowSeconds` gets 429 with Retry-After,
 * counted once per identifier (normalised: case, whitespace, NFKC; from any address) and once per client address
 * (across identifiers). An attempt counts as a failure until it succeeds, so parallel attempts cannot slip past;
 * a success forgets its own identifier's failures and gives back its address's count, nothing else.
 * The other routes Strapi limits (register, forgot and reset password, e-mail confirmation, OAuth connect,
 * admin registration) count every request, per address and per e-mail given, up to `maxRequests` per window.
 * The client address is `ctx.request.ip`: behind a proxy only the hops configured in IS_PROXIED are believed.
 */

import { createHash } from 'crypto';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { z } from 'zod';
import type { ResponseCacheConfig } from '../../cache/config';
import { memoryCounterStore, redisCounterStore, type CounterStore } from './login-limit-store';

const configSchema = z.object({
  enabled: z.boolean(),
  maxFailures: z.number().int().positive(),
  windowSeconds: z.number().int().positive(),
  maxRequests: z.number().int().positive(),
});
export type LoginLimitConfig = z.infer<typeof configSchema>;

/** Where the limit applies: the content API's users or the admin panel's, which never share counts. */
export type Scope = 'api' | 'admin';

/** The login routes and the body field that names the account; every other limited route counts requests. */
const LOGINS: Record<Scope, { path: string; identifier: string }> = {
  api: { path: '/auth/local', identifier: 'identifier' },
  admin: { path: '/admin/login', identifier: 'email' },
};

/** One count per person however they type their name: `Admin@X`, ` admin@x`, `ａｄｍｉｎ@x` (fullwidth), zero-width spaces. */
export const normalizeIdentifier = (value: unknown): string =>
  typeof value === 'string'
    ? value
        .normalize('NFKC')
        .replace(/[\s\p{Cf}]+/gu, '')
        .toLowerCase()
        .normalize('NFKC')
    : '';

const hashed = (value: string): string => createHash('sha256').update(value).digest('base64url').slice(0, 32);

/** The request's path, as the route saw it (normalised: case, dots, trailing slash). */
const routePath = (ctx: Context): string =>
  typeof ctx.request.path === 'string' ? path.posix.normalize(ctx.request.path).toLowerCase().replace(/\/+$/, '') || '/' : '';

const bodyField = (ctx: Context, field: string): unknown => {
  const body: unknown = ctx.request.body;
  return body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[field] : undefined;
};

export const readLoginLimitConfig = (strapi: Core.Strapi): LoginLimitConfig => {
  const parsed = configSchema.safeParse(strapi.config.get('plugin::users-permissions.loginLimit'));
  if (!parsed.success) throw new Error(`plugin::users-permissions.loginLimit is invalid: ${parsed.error.message}`);
  return parsed.data;
};

/** One store per app: Redis when the response cache's REDIS_URL is set (keys under its REDIS_PREFIX), else memory. */
export const createLoginLimitStore = (strapi: Core.Strapi): { store: CounterStore; prefix: string } => {
  const { redisUrl, prefix } = strapi.config.get('response-cache') as ResponseCacheConfig;
  return { store: redisUrl ? redisCounterStore(strapi, redisUrl) : memoryCounterStore(), prefix: `${prefix}login-limit:` };
};

const tooMany = (ctx: Context, retryAfterMs: number): never => {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  ctx.set('Retry-After', String(retryAfter));
  throw new errors.RateLimitError('Too many attempts, please try again later.', { retryAfter });
};

/** A koa middleware in the form Strapi's route middlewares take (`(config, { strapi })`), for one scope. */
export const loginLimitMiddleware =
  (scope: Scope, limits: () => { config: LoginLimitConfig; store: CounterStore; prefix: string }) =>
  () =>
  async (ctx: Context, next: Next): Promise<unknown> => {
    const { config, store, prefix } = limits();
    if (!config.enabled) return next();
    const windowMs = config.windowSeconds * 1000;
    const route = routePath(ctx);
    const address = `ip:${hashed(ctx.request.ip)}`;
    const login = LOGINS[scope];

    if (!route.endsWith(login.path)) {
      const email = bodyField(ctx, 'email');
      const keys = [`${prefix}${scope}:request:${hashed(route)}:${address}`];
      if (typeof email === 'string') keys.push(`${prefix}${scope}:request:${hashed(route)}:email:${hashed(normalizeIdentifier(email))}`);
      const taken = await store.take(keys, config.maxRequests, windowMs);
      if (!taken.allowed) tooMany(ctx, taken.retryAfterMs);
      return next();
    }

    const identifierKey = `${prefix}${scope}:login:id:${hashed(normalizeIdentifier(bodyField(ctx, login.identifier)))}`;
    const addressKey = `${prefix}${scope}:login:${address}`;
    const taken = await store.take([identifierKey, addressKey], config.maxFailures, windowMs);
    if (!taken.allowed) tooMany(ctx, taken.retryAfterMs);
    const result: unknown = await next();
    if (ctx.status < 400) await store.settle([identifierKey], [addressKey]);
    return result;
  };
