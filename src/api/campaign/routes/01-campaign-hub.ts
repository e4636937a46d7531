/**
 * GET /api/campaigns/:slug/hub: public, published content only. Input schemas: src/api/campaign/schemas.ts.
 */

import { hubParamsShape, hubQueryShape } from '../schemas';

export default {
  routes: [
    {
      method: 'GET',
      path: '/campaigns/:slug/hub',
      handler: 'campaign.hub',
      config: { auth: false },
      request: { params: hubParamsShape, query: hubQueryShape },
    },
  ],
};
