/** Redis clients and commands with a deadline, shared by the response cache and the login limit. */

import Redis from 'ioredis';

/**
 * A client that fails fast while Redis is away (no offline queue, no retries per command), so that callers fall back
 * at once (uncached responses, in-memory counters), and reconnects in the background.
 */
export const failFastRedis = (url: string): Redis =>
  new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5000),
  });

export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** How long a Redis command may take before Redis counts as unreachable and requests are served uncached. */
const REDIS_ANSWER_MS = 1000;

/**
 * The command's answer, or a rejection when Redis has not answered in time. The deadline is checked only after the
 * event loop has read pending I/O (setImmediate runs after the poll phase), so a long synchronous task in this
 * process (generating the OpenAPI document, say) is not mistaken for a slow Redis, as ioredis's commandTimeout is.
 */
export const answered = <T>(command: Promise<T>): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    let settled = false;
    const deadline = setTimeout(
      () =>
        setImmediate(() => {
          if (settled) return;
          settled = true;
          reject(new Error(`no answer within ${REDIS_ANSWER_MS} ms`));
        }),
      REDIS_ANSWER_MS
    );
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      done();
    };
    command.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error))
    );
  });
