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

/** query-string names that qs drops silently because they would reach Object.prototype */
const PROTOTYPE_SEGMENTS = new Set(['__proto__', 'constructor']);

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
