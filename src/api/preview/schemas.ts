/**
 * GET /api/preview query: the signed token, nothing else. Declared by the route (strictParams, OpenAPI) and
 * parsed by the controller; the token's signature and expiry are checked by the preview service (401).
 */

import { z } from 'zod';
import { requiredQueryParam, strictQuery } from '../../utils/query';

export const previewQueryShape = {
  token: requiredQueryParam(z.string().max(4096), 'token is required: open the preview from the admin panel'),
};
export const previewQuery = strictQuery(previewQueryShape);
