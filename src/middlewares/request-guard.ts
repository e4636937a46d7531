/**
 * Refuses query strings whose parameter names reach an object prototype (`__proto__`, `constructor`):
 * strapi::query's parser drops them silently, so a client would never learn that its filter was not applied.
 * Also an empty `fields=`: Strapi's validation lets it through and the database is asked for a column named '' (500).
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { prototypeKeyInQuery } from '../utils/request-body';

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const name = ctx.querystring === '' ? undefined : prototypeKeyInQuery(ctx.querystring);
  if (name !== undefined) throw new errors.ValidationError(`Query parameter "${name}" is not allowed`, { parameter: name });
  if ((ctx.query as Record<string, unknown>).fields === '') {
    throw new errors.ValidationError('fields must name at least one field', { key: '', source: 'query', param: 'fields' });
  }
  await next();
};
