/**
 * activity-stats service: totals of published activities (count, money, people) grouped by kind, district,
 * year, organization or campaign, computed by the database in a fixed number of queries (their SQL is in
 * src/read-path/activity-stats.ts). Money is summed in integer cents so results are exact and identical on SQLite
 * and PostgreSQL.
 */

import type { Core } from '@strapi/strapi';
import { activityStatsRows, type StatsFilters } from '../../../read-path';
import { existingLocale, parseInput, requirePublishedCampaign } from '../../../utils/query';
import { statsQuery, type GroupBy } from '../schemas';

export { GROUP_BY, type GroupBy } from '../schemas';

export type { StatsFilters } from '../../../read-path';

export interface Totals {
  count: number;
  fundsAmount: number;
  beneficiaries: number;
  participants: number;
}

export interface StatsGroup extends Totals {
  key: string | null;
  label: string | null;
}

type Row = Record<string, unknown>;

const number = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sql = activityStatsRows(strapi);

  const totalsOf = (row: Row): Totals => ({
    count: number(row.count),
    fundsAmount: number(row.fundsCents) / 100,
    beneficiaries: number(row.beneficiaries),
    participants: number(row.participants),
  });

  return {
    /** Checks the parameters of a stats request: 400 for a bad value, 404 for an unknown campaign. */
    async parseQuery(params: Record<string, unknown>): Promise<{ groupBy: GroupBy; filters: StatsFilters }> {
      const { groupBy, locale, from, to, kind, campaign } = parseInput(statsQuery, params);
      const filters: StatsFilters = { locale: await existingLocale(strapi, locale), from, to, kind, campaign };
      if (filters.campaign) await requirePublishedCampaign(strapi, filters.campaign, filters.locale);
      return { groupBy: groupBy ?? 'kind', filters };
    },

    /** One query for the groups: by count, then key (code-point order, no key last), the same on every database. */
    async grouped(groupBy: GroupBy, filters: StatsFilters): Promise<StatsGroup[]> {
      const rows = await sql.grouped(groupBy, filters);
      return rows.map((row) => ({ key: (row.key as string | null) ?? null, label: (row.label as string | null) ?? null, ...totalsOf(row) }));
    },

    /** One query for the totals over every matching activity, with their date range. */
    async totals(filters: StatsFilters): Promise<Totals & { from: string | null; to: string | null }> {
      const [row] = await sql.totals(filters);
      const date = (value: unknown) => (value ? String(value).slice(0, 10) : null);
      return { ...totalsOf(row), from: date(row.first), to: date(row.last) };
    },

    /** One query: activity metrics summed per unit. */
    async metricsByUnit(filters: StatsFilters): Promise<Array<{ unit: string | null; value: number; count: number }>> {
      const rows = await sql.metricsByUnit(filters);
      return rows.map((row) => ({ unit: (row.unit as string | null) ?? null, value: number(row.valueCents) / 100, count: number(row.count) }));
    },

    /** One query: the districts the activities took place in. */
    async districts(filters: StatsFilters): Promise<string[]> {
      const rows = await sql.districts(filters);
      return [...new Set(rows.map((row) => row.key).filter((key): key is string => typeof key === 'string' && key !== ''))].sort();
    },
  };
};
