/**
 * Indexes for the public read paths, on SQLite and PostgreSQL, named and defined from Strapi's metadata. Strapi
 * already indexes documentId lookups (document id, locale, publication) and both columns of every relation link
 * table; these add what our hot queries filter and sort on:
 * - published rows of one locale (every public list and its count), in publishDate / startDate order;
 * - slug lookups (`filters[slug]`, the campaign hub, the feed's campaign filter);
 * - the feed: the article's sort date, COALESCE(publishDate, publication time), as an expression index on the
 *   very expression the feed orders by (`feedSortKeyOf`). An activity's or campaign's sort date falls back to its
 *   reporting articles' date, from another table, which no expression index can hold: those branches read the
 *   published rows of the locale (`published_locale_date`), join the grouped link rows and sort them; their former
 *   expression indexes are dropped (`retiredReadPathIndexes`).
 * Partial indexes (`WHERE <publication> IS NOT NULL`) hold only published rows, which is all the public API reads.
 *
 * They are created after every schema sync (src/index.ts, `strapi::content-types.afterSync`), when the tables exist
 * and the metadata is loaded, rather than by a migration: Strapi runs migrations before the schema sync, with knex
 * only, so a migration can neither see the metadata nor the tables of a new database. Creating them is idempotent
 * (one query reads the schema; nothing is written when they exist). Strapi leaves indexes it did not create alone
 * when it synchronises the schema.
 */

import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import type { Knex } from 'knex';
import { feedSortKeyOf, type FeedRowType } from './feed';
import { clientOf, entityOf, quote, type Client, type Entity } from './names';

export interface ReadPathIndex {
  table: string;
  name: string;
  /** the indexed columns and expressions, as SQL */
  columns: string;
  where?: string;
}

const PUBLISHED_AT = contentTypes.constants.PUBLISHED_AT_ATTRIBUTE;

const feedIndexName = (of: Entity): string => `${of.table}_feed_sort_idx`;

/** Indexes earlier versions created and nothing reads any more: dropped when present. */
export const retiredReadPathIndexes = (strapi: Core.Strapi): Array<{ table: string; name: string }> =>
  ['api::activity.activity', 'api::campaign.campaign'].map((uid) => {
    const of = entityOf(strapi, uid);
    return { table: of.table, name: feedIndexName(of) };
  });

/** The read-path indexes of the loaded schema, for the database client. */
export const readPathIndexes = (strapi: Core.Strapi): ReadPathIndex[] => {
  const entity = (uid: string) => entityOf(strapi, uid);
  const columns = (of: Entity, attributes: string[]) => attributes.map((attribute) => quote(of.column(attribute))).join(', ');
  const published = (of: Entity) => `${quote(of.column(PUBLISHED_AT))} IS NOT NULL`;
  const article = entity('api::article.article');
  const activity = entity('api::activity.activity');
  const campaign = entity('api::campaign.campaign');
  const photo = entity('api::photo.photo');
  const feed = (of: Entity, type: FeedRowType): ReadPathIndex => ({
    table: of.table,
    name: feedIndexName(of),
    columns: `${quote(of.column('locale'))}, (${feedSortKeyOf(strapi, type)}), ${quote(of.column('id'))}`,
    where: published(of),
  });
  const slug = (of: Entity, name: string, attributes: string[]): ReadPathIndex => ({ table: of.table, name: `${of.table}_${name}_idx`, columns: columns(of, attributes) });
  const byLocale = (of: Entity, name: string, attributes: string[]): ReadPathIndex => ({ ...slug(of, `published_${name}`, attributes), where: published(of) });
  return [
    // the default list (no sort: by id) and its count walk this one instead of sorting every published row
    byLocale(article, 'locale_id', ['locale', 'id']),
    byLocale(article, 'locale_date', ['locale', 'publishDate']),
    slug(article, 'slug_locale', ['slug', 'locale', PUBLISHED_AT]),
    feed(article, 'article'),
    byLocale(activity, 'locale_date', ['locale', 'startDate']),
    slug(activity, 'slug_locale', ['slug', 'locale', PUBLISHED_AT]),
    slug(campaign, 'slug_locale', ['slug', 'locale', PUBLISHED_AT]),
    byLocale(campaign, 'locale_date', ['locale', 'startDate']),
    byLocale(photo, 'locale', ['locale']),
    ...['api::photographer.photographer', 'api::category.category', 'api::organization.organization', 'api::tag.tag'].map((uid) => slug(entity(uid), 'slug', ['slug'])),
  ];
};

/** The names of the tables and indexes of the current schema, in one query (this runs at every start). */
const existingNames = async (knex: Knex, client: Client): Promise<Set<string>> => {
  const result =
    client === 'postgres'
      ? ((await knex.raw(
          'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ' +
            'UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()'
        )) as { rows: Array<{ name: string }> }).rows
      : ((await knex.raw("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")) as Array<{ name: string }>);
  return new Set(result.map((row) => row.name));
};

/** Creates the read-path indexes that are missing, on tables that exist (idempotent). */
export const ensureReadPathIndexes = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection as unknown as Knex;
  const client = clientOf(strapi);
  const existing = await existingNames(knex, client);
  for (const { table, name, columns, where } of readPathIndexes(strapi)) {
    if (!existing.has(table) || existing.has(name)) continue;
    // IF NOT EXISTS still: instances starting together may both get here
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${quote(name)} ON ${quote(table)} (${columns})${where ? ` WHERE ${where}` : ''}`);
  }
  for (const { name } of retiredReadPathIndexes(strapi)) {
    if (existing.has(name)) await knex.raw(`DROP INDEX IF EXISTS ${quote(name)}`);
  }
};
