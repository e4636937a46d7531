/**
 * The tags of a public response (src/cache/tags.ts), from the route that answered it: Strapi's find and findOne of
 * a content type are tagged from their data and query; the custom endpoints listed here depend on the published
 * sets of the types they read; anything else (GraphQL, other endpoints) on any public change.
 */

import type { Context } from 'koa';
import { ALL, ANY_PUBLIC, WILDCARD_LOCALE, contentResponseTags, setTags, type Models } from './tags';

/** custom GET endpoints that read only these types (by handler) */
const CUSTOM_DEPENDENCIES: Record<string, readonly string[]> = {
  'api::activity.activity.stats': ['api::activity.activity', 'api::campaign.campaign', 'api::organization.organization'],
};

/**
 * custom GET endpoints whose `data` is a document of a content type, tagged as Strapi's find with this filter: a
 * campaign's hub is the campaign by slug with its activities and articles (its figures are those activities')
 */
const DOCUMENT_ENDPOINTS: Record<string, (ctx: Context) => { uid: string; filters: Record<string, unknown> }> = {
  'api::campaign.campaign.hub': (ctx) => ({ uid: 'api::campaign.campaign', filters: { slug: { $eq: (ctx.params as { slug?: unknown }).slug } } }),
};

interface RouteState {
  handler?: unknown;
  info?: { apiName?: string; pluginName?: string; type?: string };
}

/** `api::feed.feed.find` for a route declared as `feed.find` in the feed API */
const handlerOf = (route: RouteState | undefined): string | undefined => {
  if (typeof route?.handler !== 'string') return undefined;
  if (route.handler.includes('::')) return route.handler;
  if (route.info?.apiName) return `api::${route.info.apiName}.${route.handler}`;
  if (route.info?.pluginName) return `plugin::${route.info.pluginName}.${route.handler}`;
  return undefined;
};

const CORE_ACTIONS = new Set(['find', 'findOne']);

export const responseTags = (ctx: Context, models: Models, graphql: boolean): string[] => {
  if (graphql) return [ALL, ANY_PUBLIC];
  const handler = handlerOf((ctx.state as { route?: RouteState }).route);
  if (!handler) return [ALL, ANY_PUBLIC];
  const declared = CUSTOM_DEPENDENCIES[handler];
  if (declared) return setTags(declared);
  const { locale: asked } = ctx.query;
  // without a locale parameter the default locale is read; `*` keeps the tag right if the default changes
  const locale = typeof asked === 'string' && asked !== 'all' ? asked : WILDCARD_LOCALE;
  const documentEndpoint = DOCUMENT_ENDPOINTS[handler]?.(ctx);
  if (documentEndpoint) return contentResponseTags(models, { uid: documentEndpoint.uid, action: 'find', locale, query: { filters: documentEndpoint.filters } }, ctx.body);
  const at = handler.lastIndexOf('.');
  const uid = handler.slice(0, at);
  const action = handler.slice(at + 1);
  if (!CORE_ACTIONS.has(action) || !models(uid)?.document) return [ALL, ANY_PUBLIC];
  const documentId = (ctx.params as { id?: unknown } | undefined)?.id;
  return contentResponseTags(
    models,
    { uid, action: action as 'find' | 'findOne', locale, documentId: typeof documentId === 'string' ? documentId : undefined, query: ctx.query as Record<string, unknown> },
    ctx.body
  );
};
