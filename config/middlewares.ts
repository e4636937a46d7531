import { uploadLimits } from '../src/utils/upload-limits';

const limits = uploadLimits();

export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // public content-API reads: a hit is answered here, before the body parser, the session and the router run
  'global::response-cache',
  // a broken multipart body is a 400, a full disk a 507; a failed upload leaves no file, row or temporary file
  'plugin::newsroom-media.upload-body',
  // over-size files end here with 413 (FileTooBig)
  {
    name: 'strapi::body',
    config: { formidable: { maxFileSize: limits.maxFileSize, ...(limits.temporaryDir ? { uploadDir: limits.temporaryDir } : {}) } },
  },
  // every multipart upload is checked (real image, pixel limit, not damaged, safe name) before it is stored
  'plugin::newsroom-media.upload-guard',
  'strapi::session',
  'strapi::favicon',
  'global::reader-page',
  'strapi::public',
];
