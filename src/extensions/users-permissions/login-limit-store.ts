/**
 * The counters behind the login limit (./login-limit.ts): fixed windows that start with their first count. In Redis
 * (shared by every instance) when the response cache's Redis is configured, else in this process's memory. While
 * Redis is unreachable the counts go to memory, with one warning per outage: a login never fails because of Redis.
 */

import type { Core } from '@strapi/strapi';
import type { Result } from 'ioredis';
import { answered, failFastRedis, messageOf } from '../../utils/redis';

export type Take = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface CounterStore {
  /**
   * One more on every key, unless one of them has reached `max` in its window: then nothing is counted and the
   * answer says when the longest of those windows ends. Check and count are one step, so concurrent attempts
   * cannot all pass the check before any of them is counted.
   */
  take(keys: string[], max: number, windowMs: number): Promise<Take>;
  /** After a success: forget the `reset` keys, give back the one count taken on each `refund` key. */
  settle(reset: string[], refund: string[]): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

/** Memory bound of the in-memory store: expired windows are dropped first, then the oldest. */
const MAX_MEMORY_KEYS = 100_000;

export const memoryCounterStore = (now: () => number = Date.now): CounterStore => {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const live = (key: string, at: number) => {
    const window = windows.get(key);
    if (window && window.endsAt <= at) {
      windows.delete(key);
      return undefined;
    }
    return window;
  };
  const prune = (at: number) => {
    if (windows.size <= MAX_MEMORY_KEYS) return;
    for (const key of [...windows.keys()]) live(key, at);
    for (const key of windows.keys()) {
      if (windows.size <= MAX_MEMORY_KEYS) break;
      windows.delete(key);
    }
  };
  return {
    async take(keys, max, windowMs) {
      const at = now();
      let wait = 0;
      for (const key of keys) {
        const window = live(key, at);
        if (window && window.count >= max) wait = Math.max(wait, window.endsAt - at);
      }
      if (wait > 0) return { allowed: false, retryAfterMs: wait };
      for (const key of keys) {
        const window = live(key, at);
        if (window) window.count += 1;
        else windows.set(key, { count: 1, endsAt: at + windowMs });
      }
      prune(at);
      return { allowed: true };
    },
    async settle(reset, refund) {
      const at = now();
      for (const key of reset) windows.delete(key);
      for (const key of refund) {
        const window = live(key, at);
        if (!window) continue;
        window.count -= 1;
        if (window.count <= 0) windows.delete(key);
      }
    },
    async start() {
      // nothing to connect to
    },
    async close() {
      windows.clear();
    },
  };
};

declare module 'ioredis' {
  interface RedisCommander<Context> {
    /** numberOfKeys, ...keys, max, windowMs: 0 when counted, else the milliseconds until the keys free */
    loginLimitTake(numberOfKeys: number, ...keysThenArgs: Array<string | number>): Result<number, Context>;
    /** numberOfKeys, ...resetKeys, ...refundKeys, resetCount */
    loginLimitSettle(numberOfKeys: number, ...keysThenArgs: Array<string | number>): Result<number, Context>;
  }
}

const TAKE = `
local wait = 0
for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') >= tonumber(ARGV[1]) then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 then
      redis.call('PEXPIRE', key, ARGV[2])
      ttl = tonumber(ARGV[2])
    end
    if ttl > wait then wait = ttl end
  end
end
if wait > 0 then return wait end
for _, key in ipairs(KEYS) do
  if redis.call('INCR', key) == 1 then redis.call('PEXPIRE', key, ARGV[2]) end
end
return 0`;

const SETTLE = `
for i, key in ipairs(KEYS) do
  if i <= tonumber(ARGV[1]) then
    redis.call('DEL', key)
  elseif redis.call('DECR', key) <= 0 then
    redis.call('DEL', key)
  end
end
return 0`;

export const redisCounterStore = (strapi: Core.Strapi, url: string): CounterStore => {
  const fallback = memoryCounterStore();
  const address = new URL(url).host; // never the password
  const client = failFastRedis(url);
  client.defineCommand('loginLimitTake', { lua: TAKE });
  client.defineCommand('loginLimitSettle', { lua: SETTLE });

  let outage = false;
  let closing = false;
  let settleStart: () => void = () => undefined;
  const firstOutcome = new Promise<void>((resolve) => {
    settleStart = resolve;
  });
  const unreachable = (error: unknown) => {
    settleStart();
    if (closing || outage) return;
    outage = true;
    strapi.log.warn(`[login-limit] Redis at ${address} failed (${messageOf(error)}); counting failed logins in this instance's memory until it answers again`);
  };
  client.on('error', unreachable);
  client.on('ready', () => {
    settleStart();
    if (outage) strapi.log.info(`[login-limit] Redis at ${address} answers again; login counts are shared again`);
    outage = false;
  });

  return {
    async take(keys, max, windowMs) {
      if (client.status !== 'ready') {
        unreachable(new Error(`connection ${client.status}`));
        return fallback.take(keys, max, windowMs);
      }
      try {
        const wait = await answered(client.loginLimitTake(keys.length, ...keys, max, windowMs));
        return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true };
      } catch (error) {
        unreachable(error);
        return fallback.take(keys, max, windowMs);
      }
    },
    async settle(reset, refund) {
      await fallback.settle(reset, refund);
      if (client.status !== 'ready') return;
      try {
        await answered(client.loginLimitSettle(reset.length + refund.length, ...reset, ...refund, reset.length));
      } catch (error) {
        unreachable(error);
      }
    },
    start: () => firstOutcome,
    async close() {
      closing = true;
      await fallback.close();
      if (client.status === 'ready') await client.quit();
      else client.disconnect();
    },
  };
};
