import { corsConfig } from '../src/utils/cors';
import { envInt } from '../src/utils/env';
import { onBodyParseError } from '../src/utils/request-body';

export default [
  'strapi::logger',
  'strapi::errors',
  // the database unreachable: 503 with Retry-After (src/database-unavailable), never a 500 or a 401
  'global::database-unavailable',
  'strapi::security',
  // allowed origins: CORS_ORIGINS, else the reader page's and (outside production) loopback ones
  { name: 'strapi::cors', config: corsConfig() },
  'strapi::poweredBy',
  'strapi::query',
  // `__proto__` and `constructor` in query-string names: 400
  'global::request-guard',
  // public content-API reads: a hit is answered here, before the body parser, the session and the router run
  'global::response-cache',
  // over-size files end here with 413 (FileTooBig); temporary files are removed after every request
  // malformed JSON, form and multipart bodies: 400 in Strapi's error shape (src/utils/request-body.ts)
  {
    name: 'strapi::body',
    config: { formidable: { maxFileSize: envInt('UPLOAD_SIZE_LIMIT', 25 * 1024 * 1024) }, onError: onBodyParseError },
  },
  // every multipart upload is checked (real image, pixel limit, not damaged, safe name) before it is stored
  'plugin::newsroom-media.upload-guard',
  'strapi::session',
  'strapi::favicon',
  'global::reader-page',
  'strapi::public',
];
