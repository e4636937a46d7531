/**
 * readiness controller: GET /api/ready answers 200 `{ status: 'ok', checks }` when this instance can serve, else
 * 503 with Retry-After in Strapi's error shape, naming the failed checks. Never cached (response cache: NEVER_CACHED).
 */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { RETRY_AFTER_SECONDS } from '../../../database-unavailable';
import type { Readiness } from '../services/readiness';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(ctx: Context) {
    const { ready, stopping, checks } = (await strapi.service('api::readiness.readiness').check()) as Readiness;
    // this answer names every check; the database-unavailable middleware's generic 503 must not replace it
    delete (ctx.state as { databaseUnavailable?: unknown }).databaseUnavailable;
    ctx.set('Cache-Control', 'no-store');
    if (ready) {
      ctx.body = { status: 'ok', checks };
      return;
    }
    const failed = Object.keys(checks).filter((name) => checks[name] !== 'ok');
    const message = stopping ? 'The server is shutting down' : `Not ready: ${failed.join(', ')} unreachable`;
    ctx.status = 503;
    ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
    ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message, details: { checks, stopping } } };
  },
});
