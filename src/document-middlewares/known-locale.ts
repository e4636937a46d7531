/**
 * Writes name an existing locale: `?locale=all` or `xx-YY` on a create would otherwise store a version in a locale
 * that does not exist, which no reader and no editor can reach (400).
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { paramsOf, type DocumentMiddleware } from './types';

const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete']);

export const knownLocaleMiddleware = (strapi: Core.Strapi): DocumentMiddleware => async (context, next) => {
  if (!WRITES.has(context.action)) return next();
  const locale = paramsOf(context).locale;
  // '*' is the document service's "every locale" (publish, delete)
  if (typeof locale !== 'string' || locale === '*') return next();
  const options = (context.contentType as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions;
  if (!options?.i18n?.localized) return next();
  if (!(await strapi.plugin('i18n').service('locales').findByCode(locale))) {
    throw new errors.ValidationError(`locale "${locale}" does not exist`, {
      errors: [{ path: ['locale'], message: `locale "${locale}" does not exist`, name: 'ValidationError' }],
    });
  }
  return next();
};
