/**
 * Fills every empty `uid` field that has a `targetField` (slugs) with readable pinyin or ASCII from that field,
 * unique within the content type and locale. A slug a person typed is kept; Strapi validates its format.
 */

import type { Core, Schema, UID } from '@strapi/strapi';
import { slugify, uniqueSlug } from '../utils/slug';
import { paramsOf, type DocumentMiddleware } from './types';

const slugFieldsOf = (contentType: Schema.ContentType): Array<{ field: string; source: string }> =>
  Object.entries(contentType.attributes).flatMap(([field, attribute]) =>
    attribute.type === 'uid' && typeof attribute.targetField === 'string'
      ? [{ field, source: attribute.targetField }]
      : []
  );

const isLocalized = (contentType: Schema.ContentType): boolean =>
  (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * The slug for `text`: pinyin or ASCII, or the type's name when nothing is left, with the first free numeric
 * suffix among the other documents of the type in that locale. Used by the API and by the admin's generator.
 */
export const availableSlug = async (
  strapi: Core.Strapi,
  { uid, field, text, locale, documentId }: { uid: UID.ContentType; field: string; text: string; locale?: string; documentId?: string }
): Promise<string> => {
  const contentType = strapi.contentType(uid);
  const base = slugify(text) || contentType.info.singularName;
  const taken = (await strapi.db.query(uid).findMany({
    where: {
      [field]: { $startsWith: base },
      ...(isLocalized(contentType) && locale ? { locale } : {}),
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
    },
    select: [field],
  })) as Array<Record<string, unknown>>;
  return uniqueSlug(base, new Set(taken.map((row) => String(row[field]))));
};

export const slugsMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (!context.uid.startsWith('api::')) return next();
    if (context.action !== 'create' && context.action !== 'update') return next();

    const slugFields = slugFieldsOf(context.contentType);
    const params = paramsOf(context);
    if (slugFields.length === 0 || !params.data) return next();

    const uid = context.uid as UID.ContentType;
    const localized = isLocalized(context.contentType);
    const locale = localized
      ? (params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale()))
      : undefined;
    const scope = localized ? { locale } : {};

    for (const { field, source } of slugFields) {
      if (!isEmpty(params.data[field])) continue;

      let sourceText = params.data[source];
      if (context.action === 'update' && params.documentId) {
        const existing = (await strapi.db.query(uid).findOne({
          where: { documentId: params.documentId, ...scope },
          select: [field, source],
        })) as Record<string, unknown> | null;
        // an update that does not mention the slug keeps the one the document has
        if (params.data[field] === undefined && !isEmpty(existing?.[field])) continue;
        sourceText ??= existing?.[source];
      }
      if (typeof sourceText !== 'string') continue;

      params.data[field] = await availableSlug(strapi, { uid, field, text: sourceText, locale, documentId: params.documentId });
    }
    return next();
  };
