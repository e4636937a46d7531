/**
 * GET /api/activities/stats: public, published activities only. Sorts before activity.ts so that it comes
 * before GET /api/activities/:id. Its own query parameters are declared for Strapi's strictParams; the
 * controller checks their values and answers 400 with a message naming the parameter.
 */

import { z } from 'zod';

const text = z.string().optional();

export default {
  routes: [
    {
      method: 'GET',
      path: '/activities/stats',
      handler: 'activity.stats',
      config: { auth: false },
      request: { query: { groupBy: text, from: text, to: text, campaign: text, kind: text } },
    },
  ],
};
