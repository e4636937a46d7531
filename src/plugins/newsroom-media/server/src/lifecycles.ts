/**
 * The upload plugin writes files with the query engine, so document middlewares never see them: database
 * lifecycles on plugin::upload.file record each new image's metadata and forget it when the file goes.
 */

import type { Core } from '@strapi/strapi';
import { STATE_KEY, type InspectedRequestFile } from './request-state';
import type { UploadedFile } from './services/files';
import { getService } from './utils';

/** The request's next inspected file not yet matched to a stored one (uploads are stored in request order). */
const takeInspected = (strapi: Core.Strapi): InspectedRequestFile | null => {
  const state = strapi.requestContext.get()?.state as Record<string, InspectedRequestFile[] | undefined> | undefined;
  const next = state?.[STATE_KEY]?.find((file) => !file.recorded);
  if (!next) return null;
  next.recorded = true;
  return next;
};

export const subscribeToUploads = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe({
    models: ['plugin::upload.file'],
    async afterCreate(event) {
      const file = event.result as UploadedFile;
      getService(strapi, 'storage').noteRow(file.id);
      const inspected = takeInspected(strapi);
      await getService(strapi, 'files').recordUpload(file, inspected?.metadata ?? null);
    },
    async afterDelete(event) {
      const file = event.result as { id?: number } | null;
      if (file?.id) await getService(strapi, 'files').forget(file.id);
    },
  });
};
