import type { Core } from '@strapi/strapi';
import { responseCache } from '../api/cache/services/cache';

/**
 * Models whose rows never reach a public response: admin users, roles and permissions, admin and users-permissions
 * sessions, API and transfer tokens (an API token's `lastUsedAt` is written on every authenticated request, which
 * would otherwise empty the cache each time).
 */
const ignoredModel = (uid: string): boolean => uid.startsWith('admin::');

/**
 * Core-store records that no response is computed from: the upload plugin's usage metrics, written by a cron job of
 * its own 15 seconds after a new database first boots and then weekly, whatever `server.cron.enabled` says.
 */
const IGNORED_STORE_KEYS = new Set(['plugin_upload_metrics']);

interface WriteEvent {
  model: { uid: string };
  result?: unknown;
}

const ignored = ({ model, result }: WriteEvent): boolean => {
  if (ignoredModel(model.uid)) return true;
  if (model.uid !== 'strapi::core-store' || typeof result !== 'object' || result === null) return false;
  const { key } = result as { key?: unknown };
  return typeof key === 'string' && IGNORED_STORE_KEYS.has(key);
};

/**
 * Invalidates the response cache on every write through the query engine, of any model but the admin's: documents
 * and each of their draft, published and locale rows, components and relations (join tables are written with the
 * row that owns them), derived fields the app writes with the query engine (a photo's `creditLine` after a
 * photographer is renamed), upload files and folders, i18n locales, users-permissions roles and permissions (the
 * public role's permissions decide what is served), core-store settings (the default locale). The document service
 * writes through the query engine too, so one db lifecycle subscription sees create, update, publish, unpublish,
 * discardDraft and delete alike; a document-service middleware would miss uploads, locales and permissions.
 */
export const invalidateResponseCacheOnWrites = (strapi: Core.Strapi): void => {
  const written = async (event: WriteEvent) => {
    if (ignored(event)) return;
    await responseCache(strapi).contentWritten();
  };
  strapi.db.lifecycles.subscribe({
    afterCreate: written,
    afterCreateMany: written,
    afterUpdate: written,
    afterUpdateMany: written,
    afterDelete: written,
    afterDeleteMany: written,
  });
};
