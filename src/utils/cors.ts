/**
 * Which browser origins may read the API (strapi::cors, config/middlewares.ts).
 * - `CORS_ORIGINS` (comma-separated origins such as https://news.example.org) replaces the default list.
 * - By default: the origin of PUBLIC_URL (the reader page), and outside production any loopback origin
 *   (http://localhost:<port>, http://127.0.0.1:<port>, http://[::1]:<port>) for local front ends.
 * An origin not allowed gets no Access-Control-Allow-* headers at all, so no credentials either. The admin panel and
 * the reader page are served by this server: same-origin, they need no CORS.
 */

import type { Context } from 'koa';
import { z } from 'zod';
import { envList, envValue } from './env';

/** request headers a browser client may send: the usual ones, the revalidation ones, Apollo's CSRF header */
export const CORS_ALLOWED_HEADERS = [
  'Content-Type',
  'Authorization',
  'Origin',
  'Accept',
  'If-None-Match',
  'If-Modified-Since',
  'apollo-require-preflight',
  'x-apollo-operation-name',
];
/** response headers a browser client may read beyond the safelisted ones */
export const CORS_EXPOSED_HEADERS = ['ETag', 'X-Cache', 'Retry-After'];

const LOOPBACK = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;

const originSchema = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//.test(value) && new URL(value).origin === value.replace(/\/$/, ''), {
    message: 'must be an origin: scheme, host and optional port, no path (e.g. https://news.example.org)',
  })
  .transform((value) => new URL(value).origin);

export interface CorsPolicy {
  origins: string[];
  loopback: boolean;
}

/** The policy the environment asks for; a malformed CORS_ORIGINS entry stops the start with its name. */
export const corsPolicy = (): CorsPolicy => {
  const production = process.env.NODE_ENV === 'production';
  const parse = (name: string, value: string): string => {
    const result = originSchema.safeParse(value);
    if (!result.success) throw new Error(`${name}: "${value}" ${result.error.issues[0]?.message ?? 'is not an origin'}`);
    return result.data;
  };
  const publicUrl = envValue('PUBLIC_URL');
  const own = publicUrl && /^https?:\/\//.test(publicUrl) ? [new URL(publicUrl).origin] : [];
  const listed = envList('CORS_ORIGINS').map((value) => parse('CORS_ORIGINS', value));
  if (listed.length > 0) return { origins: [...new Set([...own, ...listed])], loopback: false };
  return { origins: own, loopback: !production };
};

export const isAllowedOrigin = (policy: CorsPolicy, origin: string): boolean =>
  policy.origins.includes(origin) || (policy.loopback && LOOPBACK.test(origin));

/** strapi::cors options for a policy: the origin list is decided per request, from the allowed ones only. */
export const corsConfig = (policy: CorsPolicy = corsPolicy()) => {
  const allowed = (ctx: Context): boolean => {
    const origin = ctx.get('Origin');
    return origin !== '' && isAllowedOrigin(policy, origin);
  };
  return {
    origin: (ctx: Context): string[] => (allowed(ctx) ? [ctx.get('Origin')] : []),
    // a request without Origin (not a browser's cross-origin one) gets `*` from strapi::cors, but no credentials
    credentials: allowed,
    headers: CORS_ALLOWED_HEADERS,
    expose: CORS_EXPOSED_HEADERS,
    // browsers cap it lower anyway (2 h in Chromium)
    maxAge: 7200,
  };
};
