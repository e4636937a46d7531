/**
 * GET /api/activities/stats query parameters, declared by the route (strictParams, OpenAPI) and parsed by the
 * service with the same schemas. The campaign is checked against the database after parsing (404).
 */

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
