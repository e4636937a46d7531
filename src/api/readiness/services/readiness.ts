/**
 * readiness service: whether this instance can serve now, for a load balancer or a monitor (GET /api/ready).
 * `/_health` stays liveness (the process answers). Each check is bounded, so an unreachable part answers "fail"
 * within CHECK_TIMEOUT_MS instead of holding the probe for the pool's acquire timeout.
 */

import type { Core } from '@strapi/strapi';
import { responseCache } from '../../../cache';
import { shuttingDown } from '../../../utils/graceful-shutdown';
import { storageReachable } from '../../../utils/storage';

export type CheckResult = 'ok' | 'fail';

export interface Readiness {
  ready: boolean;
  /** SIGTERM received: the listener is closed, but a keep-alive connection may still ask */
  stopping: boolean;
  /** database, storage, and redis when Redis is configured */
  checks: Record<string, CheckResult>;
}

const CHECK_TIMEOUT_MS = 2000;

/** true when `probe` resolves truthy within the bound; a rejection or the bound is a failure */
const bounded = async (probe: () => Promise<boolean | undefined>): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS)));
  try {
    return await Promise.race([probe().then((value) => value === true, () => false), late]);
  } finally {
    clearTimeout(timer);
  }
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(): Promise<Readiness> {
    const cache = responseCache(strapi);
    const [database, storage, redis] = await Promise.all([
      bounded(() => strapi.db.connection.raw('select 1').then(() => true)),
      bounded(() => storageReachable({ publicDir: strapi.dirs.static.public })),
      // undefined: no Redis configured; bounded by the cache's own Redis deadline
      cache.redisReachable(),
    ]);
    const checks: Record<string, CheckResult> = {
      database: database ? 'ok' : 'fail',
      storage: storage ? 'ok' : 'fail',
    };
    if (redis !== undefined) checks.redis = redis ? 'ok' : 'fail';
    const stopping = shuttingDown();
    return { ready: !stopping && Object.values(checks).every((result) => result === 'ok'), stopping, checks };
  },
});
