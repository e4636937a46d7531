import path from 'path';
import type { Core } from '@strapi/strapi';

/** The read-path index migration: plain JavaScript, as Strapi runs migrations from database/migrations. */
const MIGRATION = 'database/migrations/2026.11.25T00.00.00.read-path-indexes.js';

export interface ReadPathIndexes {
  /** Creates the indexes that are missing, on tables that exist (idempotent). */
  up(knex: unknown): Promise<void>;
  /** The indexes, by name, for one database client. */
  indexesFor(client: 'postgres' | 'sqlite'): Array<{ table: string; name: string }>;
  /** The feed's sort expression, which the expression indexes are built on. */
  feedSortKey(client: 'postgres' | 'sqlite', column: { column: string; type: string; alias?: string }): string;
}

/** The migration's module, loaded from the app's root (the same file from src and from the compiled dist). */
export const readPathIndexes = (strapi: Core.Strapi): ReadPathIndexes =>
  require(path.join(strapi.dirs.app.root, MIGRATION)) as ReadPathIndexes;
