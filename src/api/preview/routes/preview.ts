/**
 * GET /api/preview?token=…: public, because the signed token is the credential. The query schema is declared
 * for strictParams and the OpenAPI document; the controller refuses a missing, tampered or expired token.
 */

import { previewQueryShape } from '../schemas';

export default {
  routes: [
    {
      method: 'GET',
      path: '/preview',
      handler: 'preview.findOne',
      config: { auth: false },
      request: { query: previewQueryShape },
    },
  ],
};
