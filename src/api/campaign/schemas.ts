/**
 * GET /api/campaigns/:slug/hub input, declared by the route (OpenAPI) and parsed by the service.
 */

import { z } from 'zod';
import { slugText } from '../feed/schemas';
import { contentTypeDocument } from '../../utils/openapi';
import { localeCode, queryParam, strictQuery } from '../../utils/query';

export const hubParamsShape = { slug: slugText };
export const hubQueryShape = { locale: queryParam(localeCode) };
export const hubQuery = strictQuery(hubQueryShape);
export const hubParams = z.object(hubParamsShape);

/** What GET /api/campaigns/:slug/hub answers: the campaign with its activities, articles and photos, and its figures. */
export const hubResponse = z.object({
  data: contentTypeDocument('api::campaign.campaign', {
      photos: z.array(contentTypeDocument('api::photo.photo')).describe('every credited photo of the campaign, once'),
      figures: z.object({
        activities: z.number().int(),
        fundsAmount: z.number(),
        beneficiaries: z.number().int(),
        participants: z.number().int(),
        metricsByUnit: z.array(z.object({ unit: z.string().nullable(), value: z.number(), count: z.number().int() })),
        dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
        districts: z.array(z.string()),
      }),
  }),
  meta: z.object({ locale: z.string() }),
});
