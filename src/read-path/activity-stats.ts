/**
 * The activity stats' SQL: totals of published activities (count, money, people) grouped by kind, district, year,
 * organization or campaign, computed by the database in a fixed number of queries. Money is summed in integer
 * cents so results are exact and identical on SQLite and PostgreSQL, and every ORDER BY is total and the same on
 * both: count descending, then the key in code-point order (PostgreSQL's "C" collation, SQLite's binary one) with
 * the group without a key last.
 */

import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import type { Knex } from 'knex';
import type { GroupBy } from '../api/activity/schemas';
import { clientOf, entityOf, qualified } from './names';


export interface StatsFilters {
  locale: string;
  /** YYYY-MM-DD, on startDate */
  from?: string;
  to?: string;
  /** campaign slug */
  campaign?: string;
  kind?: string;
}

type Row = Record<string, unknown>;

const ACTIVITY = 'api::activity.activity';
const CAMPAIGN = 'api::campaign.campaign';
const ORGANIZATION = 'api::organization.organization';
const LOCATION = 'shared.location';
const METRIC = 'shared.metric';

const cents = (column: string) => `CAST(ROUND(${column} * 100) AS BIGINT)`;

export const activityStatsRows = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const activity = () => entityOf(strapi, ACTIVITY);
  /** `a.<column>` of an activity attribute */
  const a = (attribute: string) => `a.${activity().column(attribute)}`;

  /** `expression` in code-point order with NULL last, spelled the same way on both databases. */
  const ascending = (expression: string): string =>
    `${expression} IS NULL ASC, ${expression}${clientOf(strapi) === 'postgres' ? ' COLLATE "C"' : ''} ASC`;

  /** A component attribute's rows: `alias` is the component row, joined to `a` through its join table. */
  const joinComponent = (query: Knex.QueryBuilder, attribute: string, uid: string, alias: string, inner: boolean): Knex.QueryBuilder => {
    const db = knex();
    const link = activity().componentLink(attribute);
    const component = entityOf(strapi, uid);
    const linkAlias = `${alias}_link`;
    const on = function joinLink(this: Knex.JoinClause) {
      this.on(`${linkAlias}.${link.from}`, '=', a('id')).andOn(`${linkAlias}.${link.field}`, '=', db.raw('?', [link.fieldValue]));
    };
    const join = (inner ? query.join : query.leftJoin).bind(query);
    join({ [linkAlias]: link.table }, on);
    return join({ [alias]: component.table }, `${alias}.${component.column('id')}`, `${linkAlias}.${link.to}`);
  };

  /** A relation's targets: `alias` is the target row, joined to `a` through the join table. */
  const joinRelation = (query: Knex.QueryBuilder, attribute: string, uid: string, alias: string): Knex.QueryBuilder => {
    const link = activity().link(attribute);
    const target = entityOf(strapi, uid);
    const linkAlias = `${alias}_link`;
    return query
      .leftJoin({ [linkAlias]: link.table }, `${linkAlias}.${link.from}`, a('id'))
      .leftJoin({ [alias]: target.table }, `${alias}.${target.column('id')}`, `${linkAlias}.${link.to}`);
  };

  /** Published activity rows of one locale, with the filters applied: `a` is the row to aggregate. */
  const filtered = (filters: StatsFilters): Knex.QueryBuilder => {
    const db = knex();
    const query = db({ a: activity().table }).whereNotNull(a(contentTypes.constants.PUBLISHED_AT_ATTRIBUTE)).andWhere(a('locale'), filters.locale);
    if (filters.from) query.andWhere(a('startDate'), '>=', filters.from);
    if (filters.to) query.andWhere(a('startDate'), '<=', filters.to);
    if (filters.kind) query.andWhere(a('kind'), filters.kind);
    if (filters.campaign) {
      const link = activity().link('campaign');
      const campaign = entityOf(strapi, CAMPAIGN);
      query.whereIn(
        a('id'),
        db({ cl: link.table })
          .join({ c: campaign.table }, `c.${campaign.column('id')}`, `cl.${link.to}`)
          .where(`c.${campaign.column('slug')}`, filters.campaign)
          .select(`cl.${link.from}`)
      );
    }
    return query;
  };

  /** (activity row, key, label) for each group an activity belongs to; activities without one get a null key. */
  const keyed = (groupBy: GroupBy, filters: StatsFilters): Knex.QueryBuilder => {
    const db = knex();
    const query = filtered(filters);
    const id = `${a('id')} as activityId`;
    switch (groupBy) {
      case 'kind':
        return query.select(id, `${a('kind')} as key`, `${a('kind')} as label`);
      case 'year': {
        const year = db.raw(`substr(CAST(${qualified('a', activity().column('startDate'))} AS TEXT), 1, 4)`);
        return query.select(id, { key: year, label: year });
      }
      case 'district': {
        const district = `l.${entityOf(strapi, LOCATION).column('district')}`;
        return joinComponent(query, 'locations', LOCATION, 'l', false).distinct(id, `${district} as key`, `${district} as label`);
      }
      case 'organization': {
        const organization = entityOf(strapi, ORGANIZATION);
        return joinRelation(query, 'organizers', ORGANIZATION, 'o').distinct(id, `o.${organization.column('slug')} as key`, `o.${organization.column('name')} as label`);
      }
      case 'campaign': {
        const campaign = entityOf(strapi, CAMPAIGN);
        return joinRelation(query, 'campaign', CAMPAIGN, 'c').distinct(id, `c.${campaign.column('slug')} as key`, `c.${campaign.column('name')} as label`);
      }
    }
  };

  const sums = (db: Knex) => ({
    count: db.raw('COUNT(*)'),
    fundsCents: db.raw(`SUM(${cents(a('fundsAmount'))})`),
    beneficiaries: db.raw(`SUM(${a('beneficiaries')})`),
    participants: db.raw(`SUM(${a('participants')})`),
  });

  return {
    /** A row per group (key, label, count, fundsCents, beneficiaries, participants), in the stats' order. */
    grouped(groupBy: GroupBy, filters: StatsFilters): Knex.QueryBuilder<Row, Row[]> {
      const db = knex();
      return db
        .from(keyed(groupBy, filters).as('k'))
        .join({ a: activity().table }, a('id'), 'k.activityId')
        .select('k.key', 'k.label', sums(db))
        .groupBy('k.key', 'k.label')
        .orderByRaw(`COUNT(*) DESC, ${ascending('k."key"')}, ${ascending('k."label"')}`) as Knex.QueryBuilder<Row, Row[]>;
    },

    /** One query, one row: the sums over every matching activity, with the first start and last end as text. */
    totals(filters: StatsFilters): Knex.QueryBuilder<Row, Row[]> {
      const db = knex();
      const start = a('startDate');
      const end = a('endDate');
      return filtered(filters).select({
        ...sums(db),
        first: db.raw(`MIN(CAST(${start} AS TEXT))`),
        last: db.raw(`MAX(CAST(COALESCE(${end}, ${start}) AS TEXT))`),
      }) as Knex.QueryBuilder<Row, Row[]>;
    },

    /** One query: activity metrics summed per unit (unit, valueCents, count). */
    metricsByUnit(filters: StatsFilters): Knex.QueryBuilder<Row, Row[]> {
      const db = knex();
      const unit = `m.${entityOf(strapi, METRIC).column('unit')}`;
      return joinComponent(filtered(filters), 'metrics', METRIC, 'm', true)
        .select(`${unit} as unit`, { valueCents: db.raw(`SUM(${cents(`m.${entityOf(strapi, METRIC).column('value')}`)})`), count: db.raw('COUNT(*)') })
        .groupBy(unit)
        .orderByRaw(ascending(unit)) as Knex.QueryBuilder<Row, Row[]>;
    },

    /** One query: the keys of the district groups (one row per activity and district). */
    districts(filters: StatsFilters): Knex.QueryBuilder<Row, Row[]> {
      return keyed('district', filters) as Knex.QueryBuilder<Row, Row[]>;
    },
  };
};
