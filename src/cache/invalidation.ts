/**
 * Invalidation on every write through the query engine (README, "Response cache"). The document service writes
 * through it too, so one db lifecycle subscription sees create, update, publish, unpublish, discardDraft and delete
 * alike, and also uploads, locales, permissions and settings, which a document-service middleware would miss.
 *
 * With `CACHE_INVALIDATION=tags` a write invalidates what it changed (src/cache/tags.ts): nothing for a draft row, a
 * document's tags for a public change, the owners of an uploaded file; everything for permissions, locales, settings
 * and for bulk writes whose rows cannot be told. With `global`, every write invalidates everything.
 */

import type { Core } from '@strapi/strapi';
import { ALL, UPLOAD_FILE, linkTags, owningRelations, uniqueAttributes, writeTags, type ModelInfo } from './tags';

/**
 * Models whose rows never reach a public response: admin users, roles and permissions, admin and users-permissions
 * sessions, API and transfer tokens (an API token's `lastUsedAt` is written on every authenticated request), and the
 * media library's folders. Components are written with the document that owns them, whose own write is seen.
 */
const ignoredModel = (uid: string, model: ModelInfo | undefined): boolean =>
  uid.startsWith('admin::') || uid === 'plugin::upload.folder' || (model !== undefined && !model.document);

/**
 * Core-store records that no response is computed from: the upload plugin's usage metrics, written by a cron job of
 * its own 15 seconds after a new database first boots and then weekly, whatever `server.cron.enabled` says.
 */
const IGNORED_STORE_KEYS = new Set(['plugin_upload_metrics']);

/** Types whose every write changes what is served to everyone: the public role's permissions, locales, settings. */
const everything = (uid: string): boolean => !uid.startsWith('api::') && !uid.startsWith('plugin::newsroom-media.') && uid !== UPLOAD_FILE;

type Row = Record<string, unknown>;

/** writes whose rows are read before they happen: afterwards they are gone, or cannot be told from the result */
const READ_BEFORE = new Set(['afterDelete', 'afterDeleteMany', 'afterUpdateMany']);

/** Rows of a draft-and-publish type that are published; every row of another type. */
const publishedOnly = (model: ModelInfo, where: Row): Row => (model.draftAndPublish ? { $and: [where, { publishedAt: { $notNull: true } }] } : where);

interface WriteEvent {
  action: string;
  model: { uid: string };
  params?: { where?: unknown; data?: unknown; filters?: unknown; _q?: unknown };
  result?: unknown;
  state: Record<string, unknown>;
}

export interface Invalidator {
  /** records the tags of a write: invalidated now, at the commit of its transaction, and again when its request ends */
  written(tags: readonly string[]): Promise<void>;
}

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

export const subscribeToWrites = (strapi: Core.Strapi, models: (uid: string) => ModelInfo | undefined, cache: Invalidator, mode: 'tags' | 'global'): void => {
  const ignored = (event: WriteEvent): boolean => {
    const { uid } = event.model;
    if (ignoredModel(uid, models(uid))) return true;
    if (uid !== 'strapi::core-store') return false;
    const rows = isRow(event.result) ? [event.result] : [];
    const { data } = event.params ?? {};
    if (isRow(data)) rows.push(data);
    return rows.some((row) => typeof row.key === 'string' && IGNORED_STORE_KEYS.has(row.key));
  };

  /** what tagging a row needs, read from the database */
  const rowsWhere = async (uid: string, where: unknown): Promise<Row[]> => {
    const model = models(uid);
    if (!model || !isRow(where)) return [];
    const select = ['id', 'documentId', ...(model.localized ? ['locale'] : []), ...(model.draftAndPublish ? ['publishedAt'] : []), ...uniqueAttributes(model)];
    return (await strapi.db.query(uid as never).findMany({ where, select } as never)) as Row[];
  };

  /** the published rows' owning relations, as linkTags reads them (one query per relation, by Strapi) */
  const linksWhere = async (uid: string, where: unknown): Promise<Row[]> => {
    const model = models(uid);
    if (!model || !isRow(where)) return [];
    const relations = owningRelations(models, model);
    if (relations.length === 0) return [];
    const populate = Object.fromEntries(relations.map(({ attribute, fields }) => [attribute, { select: fields }]));
    return (await strapi.db.query(uid as never).findMany({ where: publishedOnly(model, where), select: ['id'], populate } as never)) as Row[];
  };

  /** complete rows: those of a result lack fields when the write selected fewer */
  const complete = async (uid: string, rows: Row[]): Promise<Row[] | undefined> => {
    const model = models(uid);
    if (!model) return undefined;
    const needed = ['documentId', ...(model.localized ? ['locale'] : []), ...(model.draftAndPublish ? ['publishedAt'] : []), ...uniqueAttributes(model)];
    if (rows.every((row) => needed.every((name) => name in row))) return rows;
    const ids = rows.map((row) => row.id);
    if (!ids.every((id) => typeof id === 'number' || typeof id === 'string')) return undefined;
    return rowsWhere(uid, { id: { $in: ids } });
  };

  /** An uploaded file changes the documents it is attached to (`related` of an upload with ref and refId). */
  const ownersOf = async (data: unknown): Promise<string[]> => {
    const related = isRow(data) && Array.isArray(data.related) ? data.related : [];
    const tags: string[] = [];
    for (const link of related) {
      if (!isRow(link) || typeof link.__type !== 'string') continue;
      const model = models(link.__type);
      if (!model) return [ALL];
      tags.push(...writeTags(model, await rowsWhere(link.__type, { id: link.id })));
    }
    return tags;
  };

  const tagsOf = async (event: WriteEvent, before: Row[] | undefined, linkedBefore: Row[]): Promise<string[]> => {
    const { uid } = event.model;
    const model = models(uid);
    if (everything(uid) || !model) return [ALL];
    let rows: Row[] | undefined;
    if (before) {
      rows = before;
      const { data } = event.params ?? {};
      // an updateMany that publishes rows
      if (isRow(data) && data.publishedAt !== undefined && data.publishedAt !== null) rows = before.map((row) => ({ ...row, publishedAt: data.publishedAt }));
    } else if (isRow(event.result) && 'id' in event.result) rows = await complete(uid, [event.result]);
    else if (isRow(event.result) && Array.isArray(event.result.ids)) rows = await rowsWhere(uid, { id: { $in: event.result.ids } });
    if (!rows) return [ALL];
    if (rows.some((row) => typeof row.documentId !== 'string' || (model.localized && typeof row.locale !== 'string'))) return [ALL];
    const tags = writeTags(model, rows);
    if (tags.length > 0) {
      // what the rows link to now, and linked to before the write (a document that left a category changes its pages)
      const ids = rows.map((row) => row.id).filter((id) => typeof id === 'number' || typeof id === 'string');
      const linked = before || ids.length === 0 ? linkedBefore : [...linkedBefore, ...(await linksWhere(uid, { id: { $in: ids } }))];
      tags.push(...linkTags(model, linked));
    }
    if (uid === UPLOAD_FILE) tags.push(...(await ownersOf(event.params?.data)));
    return tags;
  };

  /** Rows a delete or a bulk write is about to touch, read before it (undefined: they cannot be told). */
  const remember = async (event: WriteEvent) => {
    if (mode === 'global' || ignored(event) || everything(event.model.uid)) return;
    const params = event.params ?? {};
    if (params.filters !== undefined || params._q !== undefined) return;
    if (event.action !== 'beforeUpdate') event.state.rows = await rowsWhere(event.model.uid, params.where);
    event.state.links = await linksWhere(event.model.uid, params.where);
  };

  const written = async (event: WriteEvent) => {
    if (ignored(event)) return;
    if (mode === 'global') {
      await cache.written([ALL]);
      return;
    }
    const bulkOrDelete = READ_BEFORE.has(event.action);
    const before = bulkOrDelete ? (event.state.rows as Row[] | undefined) : undefined;
    const linkedBefore = Array.isArray(event.state.links) ? (event.state.links as Row[]) : [];
    const tags = bulkOrDelete && !before && !everything(event.model.uid) ? [ALL] : await tagsOf(event, before, linkedBefore);
    if (tags.length > 0) await cache.written(tags);
  };

  strapi.db.lifecycles.subscribe({
    beforeUpdate: remember,
    beforeDelete: remember,
    beforeDeleteMany: remember,
    beforeUpdateMany: remember,
    afterCreate: written,
    afterCreateMany: written,
    afterUpdate: written,
    afterUpdateMany: written,
    afterDelete: written,
    afterDeleteMany: written,
  } as never);
};
