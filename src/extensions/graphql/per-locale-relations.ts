/**
 * GraphQL side of src/utils/locale-relations.ts: a per-locale relation field (`Photographer.photos`,
 * `photos_connection`) takes a `locale` argument, and its resolver narrows the relation to that locale's versions
 * (the default locale when none is given, every locale for `*`).
 */

import type { Core } from '@strapi/strapi';
import { PER_LOCALE_RELATIONS, perLocaleRelationsOf, relationLocale } from '../../utils/locale-relations';

type Args = Record<string, unknown>;
type Resolver = (parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;
export interface Nexus {
  plugin: (config: { name: string; onAddOutputField: (config: OutputFieldConfig) => void }) => unknown;
  arg: (config: { type: string; description: string }) => unknown;
}
interface OutputFieldConfig {
  name: string;
  parentType: string;
  args?: Record<string, unknown>;
}

const typeNameOf = (strapi: Core.Strapi, uid: string): string =>
  strapi.plugin('graphql').service('utils').naming.getTypeName(strapi.contentType(uid as never)) as string;

/** The nexus plugin that adds `locale: I18NLocaleCode` to each per-locale relation field and its connection. */
export const perLocaleArgPlugin = (strapi: Core.Strapi, nexus: Nexus): unknown => {
  const fieldsByType = new Map(
    Object.entries(PER_LOCALE_RELATIONS).map(([uid, fields]) => [typeNameOf(strapi, uid), fields.flatMap((field) => [field, `${field}_connection`])])
  );
  return nexus.plugin({
    name: 'NewsroomPerLocaleRelations',
    onAddOutputField(config) {
      if (!fieldsByType.get(config.parentType)?.includes(config.name)) return;
      config.args = {
        ...config.args,
        locale: nexus.arg({ type: 'I18NLocaleCode', description: 'The locale of the related documents (default: the default locale, "*" for all)' }),
      };
    },
  });
};

/** The association resolver of a per-locale relation with its `locale` turned into a filter; others unchanged. */
export const perLocaleResolver = (strapi: Core.Strapi, { contentTypeUID, attributeName }: { contentTypeUID: string; attributeName: string }, resolve: Resolver): Resolver => {
  if (!perLocaleRelationsOf(contentTypeUID).includes(attributeName)) return resolve;
  return async (parent, args, context, info) => {
    const { locale: requested, ...rest } = (args ?? {}) as Args;
    const locale = await relationLocale(strapi, requested ?? undefined);
    if (locale === null) return resolve(parent, rest, context, info);
    const filter = { locale: { eq: locale } };
    return resolve(parent, { ...rest, filters: rest.filters ? { and: [rest.filters, filter] } : filter }, context, info);
  };
};
