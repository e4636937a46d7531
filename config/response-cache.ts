// The response cache's settings are read and checked in src/cache/config.ts, next to the cache.
export { default } from '../src/cache/config';
