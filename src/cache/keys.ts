/**
 * The pure parts of the response cache: which requests may be cached, and the normalized form of a request that
 * its key is a hash of. Equivalent requests share an entry; requests that could differ never do.
 */

import { createHash } from 'crypto';
import type { IncomingHttpHeaders } from 'http';

/**
 * Content-API paths that are never cached: logins and accounts, signed draft previews, photographers' own
 * submissions, uploads. Everything outside /api and the GraphQL endpoint (admin panel, content manager, the admin's
 * upload routes) is not looked at at all.
 */
export const NEVER_CACHED = [
  '/api/auth',
  '/api/users',
  '/api/users-permissions',
  '/api/connect',
  '/api/preview',
  '/api/photos/mine',
  '/api/photos/submit',
  '/api/newsroom-media',
  '/api/upload',
  // readiness must say what is true now, for the load balancer and monitors
  '/api/ready',
] as const;

export const isUnder = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/** Admin sessions (`jwtToken`, `strapi_admin_refresh`) and users-permissions refresh cookies (`strapi_up_refresh`). */
const CREDENTIAL_COOKIE = /(?:^|;)\s*(?:jwtToken|strapi_[\w-]*)=/;

/** An API token, a users-permissions JWT, or an admin or users-permissions session cookie. */
export const hasCredentials = (headers: IncomingHttpHeaders): boolean =>
  headers.authorization !== undefined || CREDENTIAL_COOKIE.test(headers.cookie ?? '');

const decode = (text: string): string => decodeURIComponent(text.replace(/\+/g, ' '));

/** Orders [name, …] pairs by name, as plain code-unit comparison (not locale-aware). */
const byName = ([a]: [string, unknown], [b]: [string, unknown]): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The query string with every name and value decoded and re-encoded the same way, ordered by parameter (the part
 * of the name before the first `[`), keeping the order within a parameter, which can matter (`sort[]`, `populate[]`).
 * Undefined for a malformed string, which is then not cached (Strapi answers it as it sees fit).
 */
export const normalizeQuery = (querystring: string): string | undefined => {
  const pairs: Array<[root: string, pair: string]> = [];
  for (const part of querystring.split('&')) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    let name: string;
    let value: string;
    try {
      name = decode(equals === -1 ? part : part.slice(0, equals));
      value = equals === -1 ? '' : decode(part.slice(equals + 1));
    } catch {
      return undefined; // malformed percent-encoding
    }
    const bracket = name.indexOf('[');
    pairs.push([bracket === -1 ? name : name.slice(0, bracket), `${encodeURIComponent(name)}=${encodeURIComponent(value)}`]);
  }
  // Array.prototype.sort is stable: pairs of one parameter keep their order
  return pairs
    .sort(byName)
    .map(([, pair]) => pair)
    .join('&');
};

/** JSON with object keys sorted, so that `{"a":1,"b":2}` and `{"b":2,"a":1}` give one key. */
export const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(byName);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/** The cache key of a normalized request: a hash, so that keys have one length whatever the request. */
export const cacheKey = (parts: ReadonlyArray<string>): string => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

/** A strong ETag: the hash of the exact bytes. */
export const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url')}"`;

/** The content codings responses are sent in, best first. */
export const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/**
 * The coding to send for an `Accept-Encoding` header: the accepted one of highest weight, br before gzip at equal
 * weight (whatever order the client lists them in), identity when neither is accepted or the header is absent.
 */
export const negotiateEncoding = (header: string | undefined): Encoding => {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((item) => item.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? Math.min(Math.max(weight, 0), 1) : 0);
  }
  const weightOf = (encoding: Encoding): number => weights.get(encoding) ?? weights.get('*') ?? 0;
  let best: Encoding = 'identity';
  let bestWeight = 0;
  for (const encoding of ENCODINGS) {
    if (encoding === 'identity') break;
    const weight = weightOf(encoding);
    if (weight > bestWeight) {
      best = encoding;
      bestWeight = weight;
    }
  }
  return best;
};

/** The ETag of one representation: the identity's, with the coding inside the quotes (`"…-gzip"`, `"…-br"`). */
export const representationEtag = (identityEtag: string, encoding: Encoding): string =>
  encoding === 'identity' ? identityEtag : `${identityEtag.slice(0, -1)}-${encoding}"`;

/** Text formats worth compressing: JSON, XML (feeds), HTML, JavaScript, CSS, plain text. */
export const isCompressible = (contentType: string | undefined): boolean =>
  /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript)\b)/i.test(contentType ?? '');

/**
 * The query string without the parameters named in `names` (cache-busting ones such as `_t` or `v`), each other
 * part kept as sent. A part whose name cannot be decoded is kept (the request's validation answers it).
 */
export const withoutParams = (querystring: string, names: ReadonlySet<string>): string => {
  if (names.size === 0 || querystring === '') return querystring;
  return querystring
    .split('&')
    .filter((part) => {
      const equals = part.indexOf('=');
      try {
        return !names.has(decode(equals === -1 ? part : part.slice(0, equals)));
      } catch {
        return true;
      }
    })
    .join('&');
};
