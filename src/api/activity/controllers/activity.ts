/**
 * activity controller: the core actions, and `stats` (GET /api/activities/stats).
 */

import { factories } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { dateParam, localeParam, oneOf, onlyParams, single } from '../../../utils/query';
import { GROUP_BY, type StatsFilters } from '../services/activity-stats';

export default factories.createCoreController('api::activity.activity', ({ strapi }) => ({
  async stats(ctx) {
    const query = ctx.query as Record<string, unknown>;
    onlyParams(query, ['groupBy', 'from', 'to', 'campaign', 'kind', 'locale']);
    const kinds = strapi.contentType('api::activity.activity').attributes.kind as unknown as { enum: string[] };
    const groupBy = oneOf(query, 'groupBy', GROUP_BY) ?? 'kind';
    const filters: StatsFilters = {
      locale: await localeParam(strapi, query),
      from: dateParam(query, 'from'),
      to: dateParam(query, 'to'),
      kind: oneOf(query, 'kind', kinds.enum),
      campaign: single(query, 'campaign'),
    };
    if (filters.from && filters.to && filters.from > filters.to) throw new errors.ValidationError('from must not be after to');
    if (filters.campaign) {
      const campaign = await strapi.documents('api::campaign.campaign').findFirst({
        filters: { slug: filters.campaign },
        locale: filters.locale,
        status: 'published',
        fields: ['documentId'],
      });
      if (!campaign) throw new errors.NotFoundError(`No published campaign "${filters.campaign}"`);
    }

    const stats = strapi.service('api::activity.activity-stats');
    const [groups, total] = await Promise.all([stats.grouped(groupBy, filters), stats.totals(filters)]);
    ctx.body = { data: groups, meta: { groupBy, filters, total } };
  },
}));
