// Strapi finds global middlewares here; the response cache lives in src/cache.
export { default } from '../cache/middleware';
