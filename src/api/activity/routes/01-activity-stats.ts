/**
 * GET /api/activities/stats: public, published activities only. Sorts before activity.ts so that it comes
 * before GET /api/activities/:id. Its query schemas (src/api/activity/schemas.ts) are declared here for
 * strictParams and the OpenAPI document, and parsed by the service.
 */

import { statsQueryShape, statsResponse } from '../schemas';

export default {
  routes: [
    {
      method: 'GET',
      path: '/activities/stats',
      handler: 'activity.stats',
      config: { auth: false },
      summary: 'Activity statistics: counts, funds, beneficiaries and participants per group',
      request: { query: statsQueryShape },
      response: statsResponse,
    },
  ],
};
