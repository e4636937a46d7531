/**
 * Fills every empty `uid` field that has a `targetField` (slugs) with readable pinyin or ASCII from that field,
 * unique within the content type and locale. A slug a person typed is kept; Strapi validates its format.
 * Choosing a free slug and inserting it are one step per type and locale: concurrent creates with the same title
 * are serialised (in this process by a queue, across instances on PostgreSQL by a transaction advisory lock; SQLite
 * has a single writer), so they get distinct slugs.
 */

import type { Core, Schema, UID } from '@strapi/strapi';
import { advisoryLockKey } from '../utils/advisory-lock';
import { slugify, uniqueSlug } from '../utils/slug';
import { paramsOf, type DocumentMiddleware, type DocumentParams } from './types';

const slugFieldsOf = (contentType: Schema.ContentType): Array<{ field: string; source: string }> =>
  Object.entries(contentType.attributes).flatMap(([field, attribute]) =>
    attribute.type === 'uid' && typeof attribute.targetField === 'string'
      ? [{ field, source: attribute.targetField }]
      : []
  );

const isLocalized = (contentType: Schema.ContentType): boolean =>
  (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;

const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/** the tail of each type+locale's queue in this process */
const queues = new Map<string, Promise<unknown>>();

const serialised = async <T>(key: string, work: () => Promise<T>): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.then(
    () => undefined,
    () => undefined // the caller gets this run's error; the next in the queue only waits for it to end
  );
  queues.set(key, tail);
  try {
    return await run;
  } finally {
    if (queues.get(key) === tail) queues.delete(key);
  }
};

/** Runs `work` (choosing the slug, then the write) inside one transaction that holds the type+locale's slug lock. */
const withSlugLock = <T>(strapi: Core.Strapi, key: string, work: () => Promise<T>): Promise<T> =>
  serialised(key, async () =>
    (await strapi.db.transaction(async ({ trx }) => {
      if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [advisoryLockKey(`slug:${key}`)]);
      return work();
    })) as T
  );

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

    const data = params.data;
    if (slugFields.every(({ field }) => !isEmpty(data[field]))) return next();
    return withSlugLock(strapi, `${uid}|${locale ?? ''}`, async () => {
      await fillSlugs(strapi, { uid, params, slugFields, scope, locale, action: context.action });
      return next();
    });
  };

const fillSlugs = async (
  strapi: Core.Strapi,
  { uid, params, slugFields, scope, locale, action }: {
    uid: UID.ContentType;
    params: DocumentParams;
    slugFields: Array<{ field: string; source: string }>;
    scope: { locale?: string };
    locale?: string;
    action: string;
  }
): Promise<void> => {
  if (!params.data) return;
  for (const { field, source } of slugFields) {
    if (!isEmpty(params.data[field])) continue;

    let sourceText = params.data[source];
    if (action === 'update' && params.documentId) {
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
};
