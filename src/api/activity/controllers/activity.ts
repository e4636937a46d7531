/**
 * activity controller: the core actions, and `stats` (GET /api/activities/stats).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::activity.activity', ({ strapi }) => ({
  async stats(ctx) {
    const stats = strapi.service('api::activity.activity-stats');
    const { groupBy, filters } = await stats.parseQuery(ctx.query as Record<string, unknown>);
    const [groups, total] = await Promise.all([stats.grouped(groupBy, filters), stats.totals(filters)]);
    ctx.body = { data: groups, meta: { groupBy, filters, total } };
  },
}));
