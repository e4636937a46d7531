'use strict';

/**
 * Indexes for the public read paths, on SQLite and PostgreSQL. Strapi already indexes documentId lookups
 * (`<table>_documents_idx` on document_id, locale, published_at) and both columns of every relation link table;
 * these add what our hot queries filter and sort on:
 * - published rows of one locale (every public list and its count), in publishDate / startDate order;
 * - slug lookups (`filters[slug]`, the campaign hub, the feed's campaign filter);
 * - the feed: each type's sort date, COALESCE(own date, publication time), as an expression index (`feedSortKey`,
 *   which the feed orders by).
 * Partial indexes (`WHERE published_at IS NOT NULL`) hold only published rows, which is all the public API reads.
 *
 * Strapi runs migrations before it synchronises the schema, so on a new database these tables do not exist yet:
 * `up` skips missing tables, and src/index.ts runs it again after every schema sync (it is idempotent).
 * Strapi leaves indexes it did not create alone when it synchronises the schema.
 */

const PUBLISHED = 'published_at IS NOT NULL';

/**
 * The feed's sort key: epoch milliseconds on SQLite (datetimes are stored so), a timestamp on PostgreSQL. The feed
 * (src/api/feed/services/feed.ts) orders by this very expression, with its table alias, so that these indexes serve it.
 */
const feedSortKey = (client, { column, type, alias }) => {
  const own = alias ? `${alias}.${column}` : column;
  const published = alias ? `${alias}.published_at` : 'published_at';
  if (client === 'postgres') return `COALESCE(${type === 'date' ? `${own}::timestamp` : own}, ${published})`;
  return `COALESCE(${type === 'date' ? `CAST(strftime('%s', ${own}) AS INTEGER) * 1000` : own}, ${published})`;
};

const indexesFor = (client) => [
  // the default list (no sort: by id) and its count walk this one instead of sorting every published row
  { table: 'articles', name: 'articles_published_locale_id_idx', columns: 'locale, id', where: PUBLISHED },
  { table: 'articles', name: 'articles_published_locale_date_idx', columns: 'locale, publish_date', where: PUBLISHED },
  { table: 'articles', name: 'articles_slug_locale_idx', columns: 'slug, locale, published_at' },
  { table: 'articles', name: 'articles_feed_sort_idx', columns: `locale, (${feedSortKey(client, { column: 'publish_date', type: 'datetime' })}), id`, where: PUBLISHED },
  { table: 'activities', name: 'activities_published_locale_date_idx', columns: 'locale, start_date', where: PUBLISHED },
  { table: 'activities', name: 'activities_slug_locale_idx', columns: 'slug, locale, published_at' },
  { table: 'activities', name: 'activities_feed_sort_idx', columns: `locale, (${feedSortKey(client, { column: 'start_date', type: 'date' })}), id`, where: PUBLISHED },
  { table: 'campaigns', name: 'campaigns_slug_locale_idx', columns: 'slug, locale, published_at' },
  { table: 'campaigns', name: 'campaigns_feed_sort_idx', columns: `locale, (${feedSortKey(client, { column: 'start_date', type: 'date' })}), id`, where: PUBLISHED },
  { table: 'photos', name: 'photos_published_locale_idx', columns: 'locale', where: PUBLISHED },
  { table: 'photographers', name: 'photographers_slug_idx', columns: 'slug' },
  { table: 'categories', name: 'categories_slug_idx', columns: 'slug' },
  { table: 'organizations', name: 'organizations_slug_idx', columns: 'slug' },
  { table: 'tags', name: 'tags_slug_idx', columns: 'slug' },
];

const clientOf = (knex) => (/^(pg|postgres)/.test(knex.client.config.client) ? 'postgres' : 'sqlite');

/** The names of the tables and indexes of the current schema, in one query (this runs at every start). */
const existingNames = async (knex, client) => {
  const rows =
    client === 'postgres'
      ? (await knex.raw(
          'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ' +
            'UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()'
        )).rows
      : await knex.raw("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')");
  return new Set(rows.map((row) => row.name));
};

async function up(knex) {
  const client = clientOf(knex);
  const existing = await existingNames(knex, client);
  for (const { table, name, columns, where } of indexesFor(client)) {
    if (!existing.has(table) || existing.has(name)) continue;
    // IF NOT EXISTS still: instances starting together may both get here
    await knex.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${table} (${columns})${where ? ` WHERE ${where}` : ''}`);
  }
}

async function down(knex) {
  for (const { name } of indexesFor(clientOf(knex))) await knex.raw(`DROP INDEX IF EXISTS ${name}`);
}

module.exports = { up, down, feedSortKey, indexesFor };
