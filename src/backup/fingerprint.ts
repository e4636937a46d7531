/**
 * A fingerprint of the newsroom that a faithful restore leaves unchanged: per table its row count and a hash of its
 * rows (in the archive's database-neutral form); per content type, locale and status the number of documents and a
 * hash of each document's public JSON (the document service's answer, populated one level and sanitized as the
 * content API sanitizes it for a reader); per uploaded file a hash of its bytes.
 */

import { createHash } from 'crypto';
import fs from 'fs/promises';
import path from 'path';
import type { Core, UID } from '@strapi/strapi';
import { listFiles } from './backup';
import { uploadsDir, contentUids } from './manifest';
import { backupTables, toArchiveValue } from './tables';

export interface Fingerprint {
  tables: Record<string, { rows: number; sha256: string }>;
  /** the admin roles' permissions by meaning (their tables are left out of `tables`) */
  permissions: { count: number; sha256: string };
  /** `uid` → `locale` (or `-` for a type without locales) → `draft` | `published` */
  documents: Record<string, Record<string, Record<string, { count: number; sha256: string }>>>;
  files: { count: number; bytes: number; sha256: string };
}

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest('hex');

/** JSON with object keys sorted: PostgreSQL's jsonb keeps keys in an order of its own, which means nothing. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner
  );
const PAGE = 500;

/**
 * A row every start rewrites whatever the data: the upload plugin draws a new random time for its weekly telemetry
 * metrics at each start until it has sent them once (never, with telemetry off).
 */
const volatileRows = (strapi: Core.Strapi): { table: string; column: string; values: string[] } => {
  const store = strapi.db.metadata.get('strapi::core-store');
  return { table: store.tableName, column: (store.attributes.key as { columnName?: string }).columnName ?? 'key', values: ['plugin_upload_metrics'] };
};

/**
 * The admin permissions' tables. On PostgreSQL the first start after a restore may re-create the super admin's
 * permissions with new ids: Strapi compares their `locales` with the locales read in no particular order, and the
 * restored table can answer in another order. Compared by meaning instead (permissionsByMeaning).
 */
const permissionTables = (strapi: Core.Strapi): string[] => {
  const permission = strapi.db.metadata.get('admin::permission');
  const role = permission.attributes.role as { joinTable?: { name: string } };
  return [permission.tableName, ...(role.joinTable ? [role.joinTable.name] : [])];
};

const permissionsByMeaning = async (strapi: Core.Strapi): Promise<Fingerprint['permissions']> => {
  const rows = (await strapi.db.query('admin::permission').findMany({ populate: ['role'] })) as Array<Record<string, unknown>>;
  const meanings = rows
    .map(({ action, actionParameters, subject, properties, conditions, role }) => {
      const { locales, ...rest } = (properties ?? {}) as { locales?: string[] };
      return canonicalJson({ action, actionParameters, subject, conditions, role: (role as { code?: string } | null)?.code ?? null,
        properties: { ...rest, ...(locales ? { locales: [...locales].sort() } : {}) } });
    })
    .sort();
  return { count: meanings.length, sha256: sha256(meanings.join('\n')) };
};

const hashTables = async (strapi: Core.Strapi): Promise<Fingerprint['tables']> => {
  const client = strapi.db.dialect.client;
  const volatile = volatileRows(strapi);
  const skipped = new Set(permissionTables(strapi));
  const result: Fingerprint['tables'] = {};
  for (const table of backupTables(strapi.db).filter(({ name }) => !skipped.has(name))) {
    const names = table.columns.map((column) => column.name);
    const query = strapi.db.connection(table.name).select(names).orderBy(table.idColumn ? [table.idColumn] : names);
    if (table.name === volatile.table) query.whereNotIn(volatile.column, volatile.values);
    const rows = (await query) as Array<Record<string, unknown>>;
    const hash = createHash('sha256');
    for (const row of rows) hash.update(`${canonicalJson(table.columns.map((column) => toArchiveValue(row[column.name], column.type, client)))}\n`);
    result[table.name] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return result;
};

/**
 * The entries of a morph relation's inverse side (a file's `related`) come in the database's order: no column
 * ranks them, and PostgreSQL answers a restored table in another order than SQLite. Sorted before hashing.
 */
const unorderedSorted = (model: { attributes: Record<string, unknown> }, json: Record<string, unknown>): Record<string, unknown> => {
  const sorted = { ...json };
  for (const [name, attribute] of Object.entries(model.attributes)) {
    const { type, relation } = attribute as { type?: string; relation?: string };
    const value = sorted[name];
    if (type === 'relation' && relation === 'morphToMany' && Array.isArray(value)) sorted[name] = [...value].sort((a, b) => {
      const [left, right] = [canonicalJson(a), canonicalJson(b)];
      return left < right ? -1 : left > right ? 1 : 0;
    });
  }
  return sorted;
};

const hashDocuments = async (strapi: Core.Strapi): Promise<Fingerprint['documents']> => {
  const locales = ((await strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map((locale) => locale.code).sort();
  const result: Fingerprint['documents'] = {};
  for (const uid of contentUids(strapi)) {
    const model = strapi.getModel(uid as UID.ContentType);
    const localized = (model.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
    const statuses = model.options?.draftAndPublish ? ['draft', 'published'] : ['published'];
    result[uid] = {};
    for (const locale of localized ? locales : ['-']) {
      result[uid][locale] = {};
      for (const status of statuses) {
        const hashes: string[] = [];
        for (let start = 0; ; start += PAGE) {
          const page = (await strapi.documents(uid as UID.ContentType).findMany({
            ...(localized ? { locale } : {}),
            status,
            populate: '*',
            sort: 'id:asc',
            start,
            limit: PAGE,
          } as never)) as unknown[];
          for (const document of page) {
            const publicJson = await strapi.contentAPI.sanitize.output(document as Record<string, unknown>, model, { auth: undefined });
            hashes.push(sha256(canonicalJson(unorderedSorted(model, publicJson as Record<string, unknown>))));
          }
          if (page.length < PAGE) break;
        }
        result[uid][locale][status] = { count: hashes.length, sha256: sha256(hashes.sort().join('\n')) };
      }
    }
  }
  return result;
};

const hashFiles = async (strapi: Core.Strapi): Promise<Fingerprint['files']> => {
  const root = uploadsDir(strapi);
  const hash = createHash('sha256');
  let bytes = 0;
  const files = await listFiles(root);
  for (const relative of files) {
    const data = await fs.readFile(path.join(root, relative));
    bytes += data.length;
    hash.update(`${relative} ${sha256(data)}\n`);
  }
  return { count: files.length, bytes, sha256: hash.digest('hex') };
};

export const fingerprint = async (strapi: Core.Strapi): Promise<Fingerprint> => ({
  tables: await hashTables(strapi),
  permissions: await permissionsByMeaning(strapi),
  documents: await hashDocuments(strapi),
  files: await hashFiles(strapi),
});
