import type { Core } from '@strapi/strapi';
import { envBool } from './env';

type PopulateQuery = Record<string, unknown>;

export interface DefaultPopulate {
  /** populate for `find` (list) requests */
  list: PopulateQuery;
  /** populate for `findOne` (detail) requests */
  detail: PopulateQuery;
}

/**
 * `NEWSROOM_VANILLA=true` serves the content API as Strapi's core controllers would without any of our route
 * and document-service middlewares: the baseline `npm run bench` compares against. Never set in production.
 */
export const isVanilla = (): boolean => envBool('NEWSROOM_VANILLA', false);

/**
 * Route middleware factory: gives list and detail reads a bounded default `populate`.
 * A client that sends its own `populate` gets exactly what it asked for.
 */
export const defaultPopulateMiddleware = ({ list, detail }: DefaultPopulate): Core.MiddlewareHandler => {
  if (isVanilla()) return async (_ctx, next) => next();
  return async (ctx, next) => {
    if (ctx.query.populate === undefined) {
      const isDetail = typeof ctx.params?.id === 'string' && ctx.params.id.length > 0;
      ctx.query.populate = isDetail ? detail : list;
    }
    return next();
  };
};

/** A photo populated with what a frontend needs to show and credit it. */
export const creditedPhotoPopulate = {
  populate: {
    image: true,
    photographer: { fields: ['name', 'nameEn', 'slug', 'defaultRole'] },
  },
} as const;

/** An organization as lists and pages name it. */
export const organizationPopulate = { fields: ['name', 'shortName', 'nameEn', 'slug', 'kind'] };

/** A category, tag or person by its names and slug. */
export const namedPopulate = { fields: ['name', 'nameEn', 'slug'] };
