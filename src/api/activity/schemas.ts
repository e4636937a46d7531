/**
 * GET /api/activities/stats query parameters, declared by the route (strictParams, OpenAPI) and parsed by the
 * service with the same schemas. The campaign is checked against the database after parsing (404).
 */

import { z } from 'zod';
import { activityKind, slugText } from '../feed/schemas';
import { calendarDate, localeCode, oneOf, queryParam, strictQuery } from '../../utils/query';

export const GROUP_BY = ['kind', 'district', 'year', 'organization', 'campaign'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

export const statsQueryShape = {
  groupBy: queryParam(oneOf(GROUP_BY)),
  from: queryParam(calendarDate),
  to: queryParam(calendarDate),
  campaign: queryParam(slugText),
  kind: queryParam(activityKind),
  locale: queryParam(localeCode),
};

export const statsQuery = strictQuery(statsQueryShape).refine(
  ({ from, to }) => !from || !to || from <= to,
  { message: 'from must not be after to', path: ['from'] }
);

const totals = { count: z.number().int(), fundsAmount: z.number(), beneficiaries: z.number().int(), participants: z.number().int() };

/** What GET /api/activities/stats answers: the groups, largest first, and the totals over every match. */
export const statsResponse = z.object({
  data: z.array(z.object({ key: z.string().nullable(), label: z.string().nullable(), ...totals })),
  meta: z.object({
    groupBy: oneOf(GROUP_BY),
    filters: z.object({ locale: z.string(), from: z.string().optional(), to: z.string().optional(), kind: z.string().optional(), campaign: z.string().optional() }),
    total: z.object({ ...totals, from: z.string().nullable(), to: z.string().nullable() }),
  }),
});
