/**
 * Refuses query strings whose parameter names reach an object prototype (`__proto__`, `constructor`, `toString`…):
 * strapi::query's parser drops some silently, so a client would never learn that its filter was not applied, and
 * Strapi's validation takes the others for fields (a 500). The same for such names as values of `fields`, `sort` and
 * `populate`, and an empty `fields=`: Strapi's validation lets them through to the database (500).
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { prototypeKeyInQuery, prototypeNameInQueryValues } from '../utils/request-body';

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  const name = ctx.querystring === '' ? undefined : prototypeKeyInQuery(ctx.querystring);
  if (name !== undefined) throw new errors.ValidationError(`Query parameter "${name}" is not allowed`, { parameter: name });
  const value = prototypeNameInQueryValues(ctx.query);
  if (value !== undefined) throw new errors.ValidationError(`"${value}" names no field`, { value });
  if ((ctx.query as Record<string, unknown>).fields === '') {
    throw new errors.ValidationError('fields must name at least one field', { key: '', source: 'query', param: 'fields' });
  }
  await next();
};
