/**
 * With PUBLIC_URL set, the URL of every uploaded file in a content-API or GraphQL response is absolute: the local
 * provider stores `/uploads/…` (on S3 the stored URLs are absolute already: S3_PUBLIC_URL or the bucket's).
 * Placed inside the response cache, so a cached response is rewritten once, when it is stored.
 */

import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { absoluteUrl, configuredPublicUrl } from '../utils/query';

const UPLOADS = '/uploads/';
// a serialized `"url":"/uploads/…"`, escaped characters included
const SERIALIZED_URL = /"url":"(\/uploads\/(?:[^"\\]|\\.)*)"/g;

/** Rewrites, in place, every `url` under `/uploads/` of a response body (objects, or serialized JSON). */
export const absoluteMediaUrls = (body: unknown, base: string): unknown => {
  if (typeof body === 'string') {
    // the captured URL stays as serialized; the base in front is serialized too
    const prefix = JSON.stringify(absoluteUrl('/', base)).slice(1, -2);
    return body.includes(UPLOADS) ? body.replace(SERIALIZED_URL, (_match, url: string) => `"url":"${prefix}${url}"`) : body;
  }
  if (Buffer.isBuffer(body)) return Buffer.from(absoluteMediaUrls(body.toString('utf8'), base) as string, 'utf8');
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    for (const [key, inner] of Object.entries(record)) {
      if (key === 'url' && typeof inner === 'string' && inner.startsWith(UPLOADS)) record[key] = absoluteUrl(inner, base);
      else if (inner && typeof inner === 'object') visit(inner);
    }
  };
  visit(body);
  return body;
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const graphqlPath = String(strapi.plugin('graphql')?.config('endpoint') ?? '/graphql');
  return async (ctx: Context, next: Next) => {
    await next();
    const base = configuredPublicUrl(strapi);
    if (!base || !ctx.body || (!ctx.path.startsWith('/api/') && ctx.path !== graphqlPath)) return;
    if (!ctx.response.is(['json', '+json'])) return;
    ctx.body = absoluteMediaUrls(ctx.body, base);
  };
};
