/**
 * Relations from a type that is not localized to one that is: a photographer's photos. Each locale version of a
 * photo is its own row linked to the photographer, so a plain populate gives every locale at once. Reads get the
 * versions of one locale instead (the requested one, the default locale when none is asked for; `*` keeps them all),
 * in REST (src/api/photographer/middlewares) and GraphQL (src/graphql.ts, src/extensions/graphql).
 */

import type { Core, UID } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { z } from 'zod';
import { existingLocale, localeCode, parseInput, queryParam } from './query';

export const PER_LOCALE_RELATIONS: Readonly<Record<string, readonly string[]>> = {
  'api::photographer.photographer': ['photos'],
};

export const perLocaleRelationsOf = (uid: string): readonly string[] => PER_LOCALE_RELATIONS[uid] ?? [];

/** Every locale: what a localized type's `locale=*` means too. */
export const ALL_LOCALES = '*';

const localeQuery = z.object({ locale: queryParam(localeCode) });

/** The locale a read's per-locale relations are in: checked (a 400 on `locale`), or null for every locale. */
export const relationLocale = async (strapi: Core.Strapi, requested: unknown): Promise<string | null> =>
  requested === ALL_LOCALES ? null : existingLocale(strapi, parseInput(localeQuery, { locale: requested }).locale);

type PopulateObject = Record<string, unknown>;

const isPlainObject = (value: unknown): value is PopulateObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The populatable attributes `*` stands for, as Strapi's sanitizer lets them through. */
export const populatableAttributes = (strapi: Core.Strapi, uid: string): string[] => {
  const model = strapi.contentType(uid as UID.ContentType);
  return Object.entries(model.attributes)
    .filter(
      ([name, attribute]) =>
        ['relation', 'media', 'component', 'dynamiczone'].includes(attribute.type) &&
        !contentTypes.isPrivateAttribute(model, name) &&
        !String((attribute as { target?: unknown }).target ?? '').startsWith('admin::')
    )
    .map(([name]) => name);
};

/**
 * A populate in its object form, when it names attributes in a list (`photos`, `photos,organization`,
 * `[photos.image, organization]`, `*`). Undefined for what Strapi would refuse anyway: left to its validation.
 */
const asObject = (populate: unknown, all: readonly string[]): PopulateObject | undefined => {
  if (isPlainObject(populate)) return populate;
  const entries = typeof populate === 'string' ? populate.split(',') : Array.isArray(populate) ? populate : undefined;
  if (!entries || !entries.every((entry): entry is string => typeof entry === 'string')) return undefined;
  const nested = new Map<string, string[]>();
  for (const entry of entries.map((text) => text.trim())) {
    const [head, ...rest] = entry === '*' ? [] : entry.split('.');
    for (const name of entry === '*' ? all : [head]) {
      const paths = nested.get(name) ?? [];
      if (rest.length > 0) paths.push(rest.join('.'));
      nested.set(name, paths);
    }
  }
  return Object.fromEntries([...nested].map(([name, paths]) => [name, paths.length > 0 ? { populate: paths } : true]));
};

const withLocaleFilter = (value: unknown, locale: string): unknown => {
  const filter = { locale: { $eq: locale } };
  if (value === true || value === 'true' || value === '*') return { filters: filter };
  if (!isPlainObject(value)) return value; // false, or something Strapi refuses
  return { ...value, filters: value.filters === undefined ? filter : { $and: [value.filters, filter] } };
};

/** `populate` with each per-locale relation among `fields` narrowed to `locale`; unchanged when none is populated. */
export const populateInLocale = (populate: unknown, { fields, all, locale }: { fields: readonly string[]; all: readonly string[]; locale: string }): unknown => {
  const object = asObject(populate, all);
  if (!object || !fields.some((field) => field in object)) return populate;
  return Object.fromEntries(Object.entries(object).map(([name, value]) => [name, fields.includes(name) ? withLocaleFilter(value, locale) : value]));
};

/** Whether `populate` populates one of `fields` (so that the locale must be known). */
export const populatesAny = (populate: unknown, fields: readonly string[], all: readonly string[]): boolean => {
  const object = asObject(populate, all);
  return object !== undefined && fields.some((field) => field in object && object[field] !== false && object[field] !== 'false');
};
