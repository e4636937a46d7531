/**
 * The tables a backup holds, read from `strapi.db.metadata` (content types, components, join and morph tables), never
 * from a list of names, and the values in a form both databases read back the same: dates as ISO strings, booleans
 * as booleans, JSON as values. Tables Strapi keeps for itself outside the metadata (schema hash, migrations) stay
 * the target's own.
 */

import type { Core } from '@strapi/strapi';

export interface ColumnSpec {
  name: string;
  type: string;
}

export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  /** tables this one's foreign keys point to (itself excluded) */
  references: string[];
  /** the auto-increment primary key, when the table has one */
  idColumn?: string;
}

interface SchemaTable {
  name: string;
  columns: Array<{ name: string; type: string }>;
  foreignKeys: Array<{ referencedTable: string }>;
}

type Database = Core.Strapi['db'];

const schemaOf = (db: Database): SchemaTable[] => (db as unknown as { schema: { schema: { tables: SchemaTable[] } } }).schema.schema.tables;

/** Every table of the app's metadata, in an order where a table comes after the tables it references. */
export const backupTables = (db: Database): TableSpec[] => {
  const tables = schemaOf(db).map((table) => ({
    name: table.name,
    columns: table.columns.map(({ name, type }) => ({ name, type })),
    references: [...new Set(table.foreignKeys.map((key) => key.referencedTable))].filter((name) => name !== table.name),
    idColumn: table.columns.find((column) => column.type === 'increments')?.name,
  }));
  return dependencyOrder(tables);
};

/** Orders tables so that every table follows those it references (a cycle keeps the tables' own order). */
export const dependencyOrder = <T extends { name: string; references: string[] }>(tables: T[]): T[] => {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const ordered: T[] = [];
  const visit = (table: T) => {
    if (placed.has(table.name) || visiting.has(table.name)) return;
    visiting.add(table.name);
    for (const name of table.references) {
      const referenced = byName.get(name);
      if (referenced) visit(referenced);
    }
    visiting.delete(table.name);
    placed.add(table.name);
    ordered.push(table);
  };
  [...tables].sort((a, b) => a.name.localeCompare(b.name)).forEach(visit);
  return ordered;
};

const DATE_TIME = new Set(['datetime', 'timestamp']);
const JSON_TYPES = new Set(['json', 'jsonb']);

/** A value as the archive stores it, from the database `client` it was read from. */
export const toArchiveValue = (value: unknown, type: string, client: string): unknown => {
  if (value === null || value === undefined) return null;
  if (DATE_TIME.has(type)) {
    // SQLite keeps what knex bound: epoch milliseconds from a Date, or text written by hand
    const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
    if (Number.isNaN(date.getTime())) throw new Error(`Unreadable ${type} value ${JSON.stringify(value)}`);
    return date.toISOString();
  }
  if (type === 'boolean') return value === true || value === 1 || value === '1' || value === 't' || value === 'true';
  if (JSON_TYPES.has(type)) {
    // PostgreSQL answers jsonb as text (Strapi turns its parser off), SQLite keeps text too
    if (typeof value === 'string') {
      try {
        return { $json: JSON.parse(value) as unknown };
      } catch {
        return { $text: value }; // not JSON: kept as the text it is
      }
    }
    return { $json: value };
  }
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  if (client === 'postgres' && type === 'date' && value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
};

/** A value as knex binds it into the target database (knex turns Dates and booleans into SQLite's forms). */
export const fromArchiveValue = (value: unknown, type: string): unknown => {
  if (value === null || value === undefined) return null;
  if (DATE_TIME.has(type)) return new Date(value as string);
  if (value && typeof value === 'object') {
    if ('$json' in value) return JSON.stringify((value as { $json: unknown }).$json);
    if ('$text' in value) return (value as { $text: string }).$text;
    if ('$base64' in value) return Buffer.from((value as { $base64: string }).$base64, 'base64');
  }
  return value;
};
