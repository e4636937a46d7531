/**
 * GET /api/campaigns/:slug/hub: public, published content only.
 */

export default {
  routes: [{ method: 'GET', path: '/campaigns/:slug/hub', handler: 'campaign.hub', config: { auth: false } }],
};
