/** GET /api/ready: readiness for load balancers and monitors (public; it reveals only which parts answer). */

import { z } from 'zod';

const checks = z.record(z.string(), z.enum(['ok', 'fail']));

export default {
  routes: [
    {
      method: 'GET',
      path: '/ready',
      handler: 'readiness.check',
      config: { auth: false },
      summary: 'Readiness: whether this instance can serve (503 when a part fails)',
      response: z.object({ status: z.literal('ok'), checks }),
    },
  ],
};
