/**
 * campaign controller: the core actions, and `hub` (GET /api/campaigns/:slug/hub).
 */

import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::campaign.campaign', ({ strapi }) => ({
  async hub(ctx) {
    const hubs = strapi.service('api::campaign.campaign-hub') as {
      forClient: (slug: string, params: Record<string, unknown>, auth: unknown) => Promise<{ data: object; locale: string }>;
    };
    const { data, locale } = await hubs.forClient((ctx.params as { slug: string }).slug, ctx.query as Record<string, unknown>, ctx.state.auth);
    ctx.body = { data, meta: { locale } };
  },
}));
