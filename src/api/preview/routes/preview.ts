/**
 * GET /api/preview?token=…: public, because the signed token is the credential. The query schema is declared
 * for strictParams and the OpenAPI document; the controller refuses a missing, tampered or expired token.
 */

import { previewQueryShape, previewResponse } from '../schemas';

export default {
  routes: [
    {
      method: 'GET',
      path: '/preview',
      handler: 'preview.findOne',
      config: { auth: false },
      summary: 'The draft or published version a signed preview token names',
      request: { query: previewQueryShape },
      response: previewResponse,
    },
  ],
};
