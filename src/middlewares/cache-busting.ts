// Strapi finds global middlewares here; the cache-busting parameters belong to the response cache in src/cache.
export { default } from '../cache/cache-busting';
