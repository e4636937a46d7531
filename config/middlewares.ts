import { CSP_DEFAULTS } from '@strapi/utils';
import { compressionConfig } from '../src/utils/compression';
import { corsConfig } from '../src/utils/cors';
import { onBodyParseError } from '../src/utils/request-body';
import { storageConfig, storageOrigins } from '../src/utils/storage';
import { temporaryUploadName, uploadLimits } from '../src/utils/upload-limits';

const storage = storageOrigins(storageConfig());

const limits = uploadLimits();

export default [
  'strapi::logger',
  'strapi::errors',
  // gzip or br for what the response cache does not answer itself (it stores each coding once): errors aside
  { name: 'strapi::compression', config: compressionConfig() },
  // the database unreachable: 503 with Retry-After (src/database-unavailable), never a 500 or a 401
  'global::database-unavailable',
  // images may come from the bucket or CDN of the uploads (UPLOAD_PROVIDER=s3)
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': [...CSP_DEFAULTS['img-src'], ...storage],
          'media-src': [...CSP_DEFAULTS['media-src'], ...storage],
        },
      },
    },
  },
  // allowed origins: CORS_ORIGINS, else the reader page's and (outside production) loopback ones
  { name: 'strapi::cors', config: corsConfig() },
  'strapi::poweredBy',
  // `_`, `_t`, `v` (CACHE_BUSTING_PARAMS) are dropped from content-API reads before anything reads the query
  'global::cache-busting',
  'strapi::query',
  // `__proto__` and `constructor` in query-string names: 400
  'global::request-guard',
  // public content-API reads: a hit is answered here, before the body parser, the session and the router run
  'global::response-cache',
  // with PUBLIC_URL, uploaded files' URLs in API responses are absolute (stored before the cache stores them)
  'global::media-urls',
  // a broken multipart body is a 400, a full disk a 507; a failed upload leaves no file, row or temporary file
  'plugin::newsroom-media.upload-body',
  // over-size files end here with 413 (FileTooBig)
  {
    name: 'strapi::body',
    // malformed JSON, form and multipart bodies: 400 in Strapi's error shape (src/utils/request-body.ts)
    config: {
      formidable: {
        maxFileSize: limits.maxFileSize,
        // named after this process: a killed one's temporary files are removed at the next start
        filename: temporaryUploadName,
        ...(limits.temporaryDir ? { uploadDir: limits.temporaryDir } : {}),
      },
      onError: onBodyParseError,
    },
  },
  // every multipart upload is checked (real image, pixel limit, not damaged, safe name) before it is stored
  'plugin::newsroom-media.upload-guard',
  'strapi::session',
  'strapi::favicon',
  'global::reader-page',
  'strapi::public',
];
