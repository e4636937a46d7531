/**
 * GET /api/preview query: the signed token, nothing else. Declared by the route (strictParams, OpenAPI) and
 * parsed by the controller; the token's signature and expiry are checked by the preview service (401).
 */

import { z } from 'zod';
import { requiredQueryParam, strictQuery } from '../../utils/query';
import { contentTypeDocument } from '../../utils/openapi';

export const previewQueryShape = {
  token: requiredQueryParam(z.string().max(4096), 'token is required: open the preview from the admin panel'),
};
export const previewQuery = strictQuery(previewQueryShape);

/** What GET /api/preview answers: the document version the token names, and what the token says. */
export const previewResponse = z.object({
  data: z.union([
    contentTypeDocument('api::article.article'),
    contentTypeDocument('api::activity.activity'),
    contentTypeDocument('api::campaign.campaign'),
  ]),
  meta: z.object({
    type: z.string(),
    uid: z.string(),
    locale: z.string().nullable().optional(),
    status: z.enum(['draft', 'published']),
    expiresAt: z.iso.datetime(),
  }),
});
