import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A single query-string value, or a 400 when the client repeated the parameter or sent an object. */
export const single = (query: Record<string, unknown>, name: string): string | undefined => {
  const value = query[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new errors.ValidationError(`${name} must be given once, as text`);
  return value;
};

/** A calendar date YYYY-MM-DD that exists, or a 400 naming the parameter. */
export const dateParam = (query: Record<string, unknown>, name: string): string | undefined => {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new errors.ValidationError(`${name} must be a date written YYYY-MM-DD, got "${value}"`);
  }
  return value;
};

/** One of the allowed values, or a 400 listing them. */
export const oneOf = <T extends string>(query: Record<string, unknown>, name: string, allowed: readonly T[]): T | undefined => {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new errors.ValidationError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
};

/** Only the parameters an endpoint knows: anything else is a 400, as Strapi's strictParams does. */
export const onlyParams = (query: Record<string, unknown>, known: readonly string[]): void => {
  const unknown = Object.keys(query).filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new errors.ValidationError(`Unknown query parameter: ${unknown.join(', ')}`);
};

/** 404 unless a published campaign has this slug in this locale. */
export const requirePublishedCampaign = async (strapi: Core.Strapi, slug: string, locale: string): Promise<void> => {
  const campaign = await strapi.documents('api::campaign.campaign').findFirst({ filters: { slug }, locale, status: 'published', fields: ['documentId'] });
  if (!campaign) throw new errors.NotFoundError(`No published campaign "${slug}"`);
};

/** Absolute URLs start from PUBLIC_URL (server.url) when it is set, else from the request's origin. */
export const publicBaseUrl = (strapi: Core.Strapi, origin: string): string => {
  const configured = strapi.config.get('server.url') as string | undefined;
  return (configured && /^https?:\/\//.test(configured) ? configured : origin).replace(/\/+$/, '');
};

/** The requested locale if it exists, the default locale when none is asked for, else a 400. */
export const localeParam = async (strapi: Core.Strapi, query: Record<string, unknown>): Promise<string> => {
  const locales = strapi.plugin('i18n').service('locales');
  const requested = single(query, 'locale');
  if (requested === undefined) return (await locales.getDefaultLocale()) as string;
  if (!(await locales.findByCode(requested))) throw new errors.ValidationError(`locale "${requested}" does not exist`);
  return requested;
};
