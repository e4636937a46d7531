/**
 * What strapi::body (koa-body) does with a body it cannot parse. Parsers mark a client's mistake with a 4xx status
 * (co-body: `status`, formidable: `httpCode`); Strapi's error middleware only reads `status`, so a malformed
 * multipart body used to become a 500. Client mistakes become Strapi's errors here; anything else (a full disk,
 * an aborted request) goes on unchanged.
 */

import { errors } from '@strapi/utils';

const statusOf = (error: Error): number | undefined => {
  const { status, statusCode, httpCode } = error as Error & { status?: unknown; statusCode?: unknown; httpCode?: unknown };
  const value = [status, statusCode, httpCode].find((candidate) => typeof candidate === 'number');
  return value as number | undefined;
};

export const onBodyParseError = (error: Error): never => {
  const status = statusOf(error);
  // strapi::body answers this one with 413 FileTooBig itself
  if (/maxFileSize/.test(error.message) && /exceeded/.test(error.message)) throw error;
  if (status === 413) throw new errors.PayloadTooLargeError(`The request body is too large: ${error.message}`);
  if (status !== undefined && status >= 400 && status < 500) {
    throw new errors.ValidationError(`The request body could not be read: ${error.message}`);
  }
  throw error;
};

/**
 * Names of Object.prototype members: qs drops `__proto__` and `constructor` names silently, and Strapi's query
 * validation looks names up on plain objects (`attributes[name]`), so `toString` passes as a field and fails in SQL.
 */
const PROTOTYPE_SEGMENTS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Query parameters whose values are field names (`fields=a,b`, `sort=a.b:asc`, `populate=a`), at any depth. */
const NAMING_PARAMETERS = new Set(['fields', 'sort', 'populate']);

/** The first value of a naming parameter (also inside `populate[x][fields]`…) that names an Object.prototype member. */
export const prototypeNameInQueryValues = (query: unknown, naming = false): string | undefined => {
  if (typeof query === 'string') return naming && query.split(/[,.:\s]/).some((segment) => PROTOTYPE_SEGMENTS.has(segment)) ? query : undefined;
  if (Array.isArray(query)) {
    for (const item of query) {
      const found = prototypeNameInQueryValues(item, naming);
      if (found !== undefined) return found;
    }
  } else if (query !== null && typeof query === 'object') {
    for (const [key, value] of Object.entries(query)) {
      // values under `filters` (also in a populate) are compared, not names
      const found = prototypeNameInQueryValues(value, NAMING_PARAMETERS.has(key) || (naming && key !== 'filters'));
      if (found !== undefined) return found;
    }
  }
  return undefined;
};

const decodeName = (name: string): string => {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
};

/** The first query-string parameter name with a prototype segment (`__proto__[x]`, `constructor[prototype][x]`). */
export const prototypeKeyInQuery = (querystring: string): string | undefined =>
  querystring
    .split('&')
    .map((part) => decodeName(part.split('=', 1)[0] ?? ''))
    .find((name) => name.split(/[[\].]/).some((segment) => PROTOTYPE_SEGMENTS.has(segment)));

/** JSON.parse reviver refusing what strapi::body's parser (bourne) refuses in REST bodies. */
export const refusePrototypeKeys = (key: string, value: unknown): unknown => {
  const constructorPrototype =
    key === 'constructor' && typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'prototype');
  if (key === '__proto__' || constructorPrototype) {
    throw new errors.ValidationError(`The request body may not contain the key "${key}"`);
  }
  return value;
};
