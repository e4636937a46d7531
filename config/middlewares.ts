import { envInt } from '../src/utils/env';

export default [
  'strapi::logger',
  'strapi::errors',
  // the database unreachable: 503 with Retry-After (src/database-unavailable), never a 500 or a 401
  'global::database-unavailable',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // public content-API reads: a hit is answered here, before the body parser, the session and the router run
  'global::response-cache',
  // over-size files end here with 413 (FileTooBig); temporary files are removed after every request
  { name: 'strapi::body', config: { formidable: { maxFileSize: envInt('UPLOAD_SIZE_LIMIT', 25 * 1024 * 1024) } } },
  // every multipart upload is checked (real image, pixel limit, not damaged, safe name) before it is stored
  'plugin::newsroom-media.upload-guard',
  'strapi::session',
  'strapi::favicon',
  'global::reader-page',
  'strapi::public',
];
