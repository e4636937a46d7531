/**
 * activity-stats service: totals of published activities (count, money, people) grouped by kind, district,
 * year, organization or campaign, computed by the database in a fixed number of queries. Money is summed in
 * integer cents so results are exact and identical on SQLite and PostgreSQL.
 */

import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { existingLocale, parseInput, requirePublishedCampaign } from '../../../utils/query';
import { statsQuery, type GroupBy } from '../schemas';

export { GROUP_BY, type GroupBy } from '../schemas';

export interface StatsFilters {
  locale: string;
  /** YYYY-MM-DD, on startDate */
  from?: string;
  to?: string;
  /** campaign slug */
  campaign?: string;
  kind?: string;
}

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

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

type Row = Record<string, unknown>;

const number = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const cents = (column: string) => `CAST(ROUND(${column} * 100) AS BIGINT)`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const meta = (uid: string) => strapi.db.metadata.get(uid as never) as unknown as {
    tableName: string;
    attributes: Record<string, { columnName?: string; joinTable?: JoinTable }>;
  };
  const activities = () => meta('api::activity.activity');
  const column = (attribute: string) => activities().attributes[attribute].columnName ?? attribute;
  const link = (attribute: string) => activities().attributes[attribute].joinTable as JoinTable;

  /** Published activity rows of one locale, with the filters applied: `a.id` is the row to aggregate. */
  const filtered = (filters: StatsFilters): Knex.QueryBuilder => {
    const db = knex();
    const query = db({ a: activities().tableName }).whereNotNull('a.published_at').andWhere('a.locale', filters.locale);
    const startDate = `a.${column('startDate')}`;
    if (filters.from) query.andWhere(startDate, '>=', filters.from);
    if (filters.to) query.andWhere(startDate, '<=', filters.to);
    if (filters.kind) query.andWhere(`a.${column('kind')}`, filters.kind);
    if (filters.campaign) {
      const campaignLink = link('campaign');
      query.whereIn(
        'a.id',
        db({ cl: campaignLink.name })
          .join({ c: meta('api::campaign.campaign').tableName }, 'c.id', `cl.${campaignLink.inverseJoinColumn.name}`)
          .where('c.slug', filters.campaign)
          .select(`cl.${campaignLink.joinColumn.name}`)
      );
    }
    return query;
  };

  /** (activity row, key, label) for each group an activity belongs to; activities without one get a null key. */
  const keyed = (groupBy: GroupBy, filters: StatsFilters): Knex.QueryBuilder => {
    const db = knex();
    const query = filtered(filters);
    switch (groupBy) {
      case 'kind':
        return query.select('a.id as activity_id', `a.${column('kind')} as key`, `a.${column('kind')} as label`);
      case 'year': {
        const year = db.raw(`substr(CAST(a.${column('startDate')} AS TEXT), 1, 4)`);
        return query.select('a.id as activity_id', { key: year, label: year });
      }
      case 'district': {
        const components = link('locations');
        return query
          .leftJoin({ ac: components.name }, function joinLocations() {
            this.on('ac.entity_id', '=', 'a.id').andOn('ac.field', '=', db.raw('?', ['locations']));
          })
          .leftJoin({ l: meta('shared.location').tableName }, 'l.id', 'ac.cmp_id')
          .distinct('a.id as activity_id', 'l.district as key', 'l.district as label');
      }
      case 'organization': {
        const organizers = link('organizers');
        return query
          .leftJoin({ ol: organizers.name }, `ol.${organizers.joinColumn.name}`, 'a.id')
          .leftJoin({ o: meta('api::organization.organization').tableName }, 'o.id', `ol.${organizers.inverseJoinColumn.name}`)
          .distinct('a.id as activity_id', 'o.slug as key', 'o.name as label');
      }
      case 'campaign': {
        const campaignLink = link('campaign');
        return query
          .leftJoin({ cl: campaignLink.name }, `cl.${campaignLink.joinColumn.name}`, 'a.id')
          .leftJoin({ c: meta('api::campaign.campaign').tableName }, 'c.id', `cl.${campaignLink.inverseJoinColumn.name}`)
          .distinct('a.id as activity_id', 'c.slug as key', 'c.name as label');
      }
    }
  };

  const sums = (db: Knex) => ({
    count: db.raw('COUNT(*)'),
    funds_cents: db.raw(`SUM(${cents(`a.${column('fundsAmount')}`)})`),
    beneficiaries: db.raw(`SUM(a.${column('beneficiaries')})`),
    participants: db.raw(`SUM(a.${column('participants')})`),
  });

  const totalsOf = (row: Row): Totals => ({
    count: number(row.count),
    fundsAmount: number(row.funds_cents) / 100,
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

    /** One query for the groups. */
    async grouped(groupBy: GroupBy, filters: StatsFilters): Promise<StatsGroup[]> {
      const db = knex();
      const rows = (await db
        .from(keyed(groupBy, filters).as('k'))
        .join({ a: activities().tableName }, 'a.id', 'k.activity_id')
        .select('k.key', 'k.label', sums(db))
        .groupBy('k.key', 'k.label')
        .orderBy([{ column: 'count', order: 'desc' }, { column: 'k.key', order: 'asc' }])) as Row[];
      return rows.map((row) => ({ key: (row.key as string | null) ?? null, label: (row.label as string | null) ?? null, ...totalsOf(row) }));
    },

    /** One query for the totals over every matching activity, with their date range. */
    async totals(filters: StatsFilters): Promise<Totals & { from: string | null; to: string | null }> {
      const db = knex();
      const start = `a.${column('startDate')}`;
      const end = `a.${column('endDate')}`;
      const [row] = (await filtered(filters).select({
        ...sums(db),
        first: db.raw(`MIN(CAST(${start} AS TEXT))`),
        last: db.raw(`MAX(CAST(COALESCE(${end}, ${start}) AS TEXT))`),
      })) as Row[];
      const date = (value: unknown) => (value ? String(value).slice(0, 10) : null);
      return { ...totalsOf(row), from: date(row.first), to: date(row.last) };
    },

    /** One query: activity metrics summed per unit. */
    async metricsByUnit(filters: StatsFilters): Promise<Array<{ unit: string | null; value: number; count: number }>> {
      const db = knex();
      const rows = (await filtered(filters)
        .join({ ac: link('metrics').name }, function joinMetrics() {
          this.on('ac.entity_id', '=', 'a.id').andOn('ac.field', '=', db.raw('?', ['metrics']));
        })
        .join({ m: meta('shared.metric').tableName }, 'm.id', 'ac.cmp_id')
        .select('m.unit as unit', { value_cents: db.raw(`SUM(${cents('m.value')})`), count: db.raw('COUNT(*)') })
        .groupBy('m.unit')
        .orderBy('m.unit')) as Row[];
      return rows.map((row) => ({ unit: (row.unit as string | null) ?? null, value: number(row.value_cents) / 100, count: number(row.count) }));
    },

    /** One query: the districts the activities took place in. */
    async districts(filters: StatsFilters): Promise<string[]> {
      const rows = (await keyed('district', filters)) as Row[];
      return [...new Set(rows.map((row) => row.key).filter((key): key is string => typeof key === 'string' && key !== ''))].sort();
    },
  };
};
