/**
 * GET /api/campaigns/:slug/hub input, declared by the route (OpenAPI) and parsed by the service.
 */

import { z } from 'zod';
import { slugText } from '../feed/schemas';
import { localeCode, queryParam, strictQuery } from '../../utils/query';

export const hubParamsShape = { slug: slugText };
export const hubQueryShape = { locale: queryParam(localeCode) };
export const hubQuery = strictQuery(hubQueryShape);
export const hubParams = z.object(hubParamsShape);
