/**
 * Query helpers of the custom endpoints. Their inputs are zod schemas (declared in each route's `request`, which
 * also gives the OpenAPI parameters) parsed by one helper; what needs the database is checked after parsing.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { requireLocale } from '#newsroom-media';

export {
  calendarDate,
  documentIdText,
  invalidInput,
  localeCode,
  parseInput,
  oneOf,
  queryParam,
  requiredQueryParam,
  strictQuery,
  wholeNumber,
} from '#newsroom-media';

/** 404 unless a published campaign has this slug in this locale. */
export const requirePublishedCampaign = async (strapi: Core.Strapi, slug: string, locale: string): Promise<void> => {
  const campaign = await strapi.documents('api::campaign.campaign').findFirst({ filters: { slug }, locale, status: 'published', fields: ['documentId'] });
  if (!campaign) throw new errors.NotFoundError(`No published campaign "${slug}"`);
};

export { absoluteUrl } from '#newsroom-media';

/** PUBLIC_URL (server.url) without a trailing slash, when it is an absolute http(s) URL. */
export const configuredPublicUrl = (strapi: Core.Strapi): string | undefined => {
  const configured = strapi.config.get('server.url') as string | undefined;
  return configured && /^https?:\/\//.test(configured) ? configured.replace(/\/+$/, '') : undefined;
};

/** Absolute URLs start from PUBLIC_URL (server.url) when it is set, else from the request's origin. */
export const publicBaseUrl = (strapi: Core.Strapi, origin: string): string => configuredPublicUrl(strapi) ?? origin.replace(/\/+$/, '');

/** The requested locale if it exists, the default locale when none is asked for, else a 400 on `locale`. */
export const existingLocale = async (strapi: Core.Strapi, requested: string | undefined): Promise<string> => {
  if (requested === undefined) return (await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string;
  await requireLocale(strapi, requested);
  return requested;
};
