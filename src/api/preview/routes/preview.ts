/**
 * GET /api/preview?token=…: public, because the signed token is the credential. The query is declared for
 * strictParams; the controller refuses a missing, tampered or expired token.
 */

import { z } from 'zod';

export default {
  routes: [
    {
      method: 'GET',
      path: '/preview',
      handler: 'preview.findOne',
      config: { auth: false },
      request: { query: { token: z.string().optional() } },
    },
  ],
};
