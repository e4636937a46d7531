import Redis from 'ioredis';

/** The Redis that suites share (TEST_REDIS_URL), each under a key prefix of its own. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A client of the test Redis; fails the suite with a clear message when there is none. */
export const connectTestRedis = async (): Promise<Redis> => {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 1 });
  await redis.connect().catch((error: unknown) => {
    throw new Error(`This suite needs Redis at ${TEST_REDIS_URL} (set TEST_REDIS_URL): ${String(error)}`);
  });
  return redis;
};

/** Deletes the suite's keys and closes the client. */
export const dropTestRedis = async (redis: Redis, prefix: string): Promise<void> => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
};
