/**
 * A photographer's populated `photos` are those of the requested locale (see src/utils/locale-relations.ts).
 */

import type { Core } from '@strapi/strapi';
import { isVanilla } from '../../../utils/default-populate';
import { perLocaleRelationsOf, populatableAttributes, populateInLocale, populatesAny, relationLocale } from '../../../utils/locale-relations';

const UID = 'api::photographer.photographer';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  if (isVanilla()) return async (_ctx, next) => next();
  const fields = perLocaleRelationsOf(UID);
  const all = populatableAttributes(strapi, UID);
  return async (ctx, next) => {
    if (!populatesAny(ctx.query.populate, fields, all)) return next();
    const locale = await relationLocale(strapi, ctx.query.locale);
    if (locale !== null) ctx.query.populate = populateInLocale(ctx.query.populate, { fields, all, locale });
    return next();
  };
};
