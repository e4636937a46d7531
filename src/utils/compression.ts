/**
 * Compression of responses, one setting for both places that compress: strapi::compression (koa-compress,
 * config/middlewares.ts) for everything the response cache does not answer, and the response cache, which stores
 * each coding of a cacheable response once (src/middlewares/response-cache.ts).
 */

import { promisify } from 'util';
import zlib from 'zlib';
import type { Encoding } from '../cache/keys';

/** bodies smaller than this are sent as they are: the saving would not pay for the work */
export const COMPRESSION_THRESHOLD = 1024;

/** br quality 5 and gzip level 6: most of the saving of the top levels at a fraction of their CPU time */
const BR_PARAMS = { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT };
const GZIP_LEVEL = 6;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** The body in a coding (in the thread pool, not on the event loop). */
export const compressBody = async (body: Buffer, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> =>
  encoding === 'br'
    ? brotli(body, { params: { ...BR_PARAMS, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzip(body, { level: GZIP_LEVEL });

/** strapi::compression's options (koa-compress): the same threshold and levels; deflate is not offered. */
export const compressionConfig = () => ({
  threshold: COMPRESSION_THRESHOLD,
  br: { params: BR_PARAMS },
  gzip: { level: GZIP_LEVEL },
  deflate: false,
});
