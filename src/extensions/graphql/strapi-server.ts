/**
 * The GraphQL plugin's relation, media, component and dynamic-zone field resolvers run with the loads of their
 * request batched (./batched-loads.ts): the SQL queries of a list no longer grow with its length. A per-locale
 * relation (a photographer's photos) is narrowed to one locale (./per-locale-relations.ts).
 */

import type { Core } from '@strapi/strapi';
import { isVanilla } from '../../utils/default-populate';
import { batchLoadsInGraphqlRequests, withBatchedLoads } from './batched-loads';
import { perLocaleResolver } from './per-locale-relations';

type Resolver = (parent: unknown, args: unknown, context: unknown, info: unknown) => unknown;
type BuildResolver = (options: { contentTypeUID: string; attributeName: string }) => Resolver;
type Builders = Record<string, unknown>;
type BuildersService = { new: (name: string, registry: unknown) => Builders } & Record<string, unknown>;
type GraphqlPlugin = { services: Record<string, (context: { strapi: Core.Strapi }) => unknown> };

const FIELD_RESOLVER_BUILDERS = ['buildAssociationResolver', 'buildComponentResolver', 'buildDynamicZoneResolver'];

export default (plugin: GraphqlPlugin) => {
  // the benchmark's vanilla baseline: Strapi's own resolvers
  if (isVanilla()) return plugin;
  const createBuilders = plugin.services.builders;
  plugin.services.builders = ({ strapi }) => {
    const service = createBuilders({ strapi }) as BuildersService;
    return {
      ...service,
      new(name: string, registry: unknown) {
        batchLoadsInGraphqlRequests(strapi);
        // the builders object itself, which the plugin keeps and hands out to its type builders
        const builders = service.new(name, registry);
        for (const builderName of FIELD_RESOLVER_BUILDERS) {
          const build = builders[builderName] as BuildResolver;
          builders[builderName] = ((options) => {
            const built = build(options);
            const resolve = builderName === 'buildAssociationResolver' ? perLocaleResolver(strapi, options, built) : built;
            return (parent, args, context, info) => withBatchedLoads(strapi, context, () => resolve(parent, args, context, info));
          }) satisfies BuildResolver;
        }
        return builders;
      },
    };
  };
  return plugin;
};
