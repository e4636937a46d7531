/**
 * GET /api/campaigns/:slug/hub: public, published content only. Input schemas: src/api/campaign/schemas.ts.
 */

import { hubParamsShape, hubQueryShape, hubResponse } from '../schemas';

export default {
  routes: [
    {
      method: 'GET',
      path: '/campaigns/:slug/hub',
      handler: 'campaign.hub',
      config: { auth: false },
      summary: "A campaign's hub: the campaign, its activities, articles and photos, and its figures",
      request: { params: hubParamsShape, query: hubQueryShape },
      response: hubResponse,
    },
  ],
};
