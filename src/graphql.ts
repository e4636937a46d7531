/**
 * GraphQL queries matching the REST endpoints: feed, activityStats, campaignHub. Their arguments become the REST
 * endpoints' query values and are parsed by the same services with the same zod schemas (bad values:
 * BAD_USER_INPUT; unknown slugs: STRAPI_NOT_FOUND_ERROR). And the one generated field the schema leaves out.
 */

import type { Core } from '@strapi/strapi';
import { perLocaleArgPlugin, type Nexus } from './extensions/graphql/per-locale-relations';
import { isVanilla } from './utils/default-populate';
import { publicBaseUrl } from './utils/query';

type Args = Record<string, unknown>;

/** GraphQL arguments as the query-string values the services check. */
const asParams = (args: Args): Record<string, string> =>
  Object.fromEntries(
    Object.entries(args)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value)])
  );

const typeDefs = /* GraphQL */ `
  type FeedCover { url: String!, formats: JSON, caption: String, creditLine: String, width: Int, height: Int, mime: String }
  type FeedItem { type: String!, documentId: ID!, slug: String, title: String!, summary: String, date: String!, updatedAt: String!, cover: FeedCover, url: String! }
  type FeedPage { items: [FeedItem!]!, nextCursor: String }
  type ActivityStatsGroup { key: String, label: String, count: Int!, fundsAmount: Float!, beneficiaries: Int!, participants: Int! }
  type ActivityTotals { count: Int!, fundsAmount: Float!, beneficiaries: Int!, participants: Int!, from: String, to: String }
  type ActivityStats { groupBy: String!, groups: [ActivityStatsGroup!]!, total: ActivityTotals! }
  type MetricByUnit { unit: String, value: Float!, count: Int! }
  type DateRange { from: String, to: String }
  type CampaignFigures { activities: Int!, fundsAmount: Float!, beneficiaries: Int!, participants: Int!, metricsByUnit: [MetricByUnit!]!, dateRange: DateRange!, districts: [String!]! }
  type CampaignHub { campaign: JSON!, photos: JSON!, figures: CampaignFigures! }

  extend type Query {
    feed(limit: Int, cursor: String, type: [String!], campaign: String, organization: String, kind: String, locale: I18NLocaleCode): FeedPage!
    activityStats(groupBy: String, from: String, to: String, campaign: String, kind: String, locale: I18NLocaleCode): ActivityStats!
    campaignHub(slug: String!, locale: I18NLocaleCode): CampaignHub!
  }
`;

export const registerGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) return;
  // a file's back-references (a morph relation): the plugin's resolver validates them against no schema and fails
  // with "Missing schema in validateQuery" (a 500 for any client); REST does not serve them either
  graphql.service('extension').shadowCRUD('plugin::upload.file').field('related').disable();
  // a photographer's photos in one locale (the resolver side is in src/extensions/graphql)
  if (!isVanilla()) graphql.service('extension').use(({ nexus }: { nexus: Nexus }) => ({ plugins: [perLocaleArgPlugin(strapi, nexus)] }));
  graphql.service('extension').use(() => ({
    typeDefs,
    resolvers: {
      Query: {
        async feed(_parent: unknown, args: Args, context: { koaContext: { origin: string } }) {
          const feed = strapi.service('api::feed.feed');
          const query = await feed.parseQuery(asParams(args));
          const { items, nextCursor } = await feed.page(query, publicBaseUrl(strapi, context.koaContext.origin));
          return { items, nextCursor };
        },
        async activityStats(_parent: unknown, args: Args) {
          const stats = strapi.service('api::activity.activity-stats');
          const { groupBy, filters } = await stats.parseQuery(asParams(args));
          const [groups, total] = await Promise.all([stats.grouped(groupBy, filters), stats.totals(filters)]);
          return { groupBy, groups, total };
        },
        async campaignHub(_parent: unknown, args: Args, context: { state: { auth?: unknown } }) {
          const { slug, ...rest } = asParams(args);
          const { data } = await strapi.service('api::campaign.campaign-hub').forClient(slug, rest, context.state?.auth);
          const { photos, figures, ...campaign } = data as Record<string, unknown>;
          return { campaign, photos, figures };
        },
      },
    },
    resolversConfig: {
      'Query.feed': { auth: false },
      'Query.activityStats': { auth: false },
      'Query.campaignHub': { auth: false },
    },
  }));
};
