/**
 * On the configured photo type: a new or re-imaged photo fills its empty fields from its file's metadata,
 * and after every write its `creditLine` and `structuredData` are recomputed. On the photographer type: a
 * rename or a deletion recomputes the credit of every photo of that photographer.
 */

import type { Core, Modules, UID } from '@strapi/strapi';
import { getService, photoRelations, pluginConfig } from '../utils';

type Middleware = Modules.Documents.Middleware.Middleware;

interface Params {
  documentId?: string;
  locale?: string;
  data?: Record<string, unknown>;
}

interface Written {
  documentId?: string;
  locale?: string | null;
  [field: string]: unknown;
}

const PHOTO_WRITES = new Set(['create', 'update', 'publish', 'discardDraft']);

export const photoCreditsMiddleware =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const config = pluginConfig(strapi);
    const credits = getService(strapi, 'credits');
    const params = context.params as Params;

    if (context.uid === config.photo.uid && PHOTO_WRITES.has(context.action)) {
      const { fields } = config.photo;
      if ((context.action === 'create' || context.action === 'update') && params.data && fields.image in params.data) {
        const existing =
          context.action === 'update' && params.documentId
            ? ((await strapi.db.query(context.uid as UID.Schema).findOne({
                where: { documentId: params.documentId, ...(params.locale ? { locale: params.locale } : {}) },
                populate: photoRelations(config),
              })) as Record<string, unknown> | null)
            : null;
        await credits.fillFromFile(params.data, existing);
      }

      const result = await next();
      const written = result as Written | null;
      const documentId = written?.documentId ?? params.documentId;
      if (!documentId) return result;
      const fresh = (await credits.refresh([documentId])).get(`${documentId}:${written?.locale ?? ''}`);
      // the answer carries what was just stored
      if (written && fields.creditLine in written) written[fields.creditLine] = fresh?.creditLine ?? null;
      if (written && fresh && fields.structuredData in written) written[fields.structuredData] = fresh.structuredData;
      return result;
    }

    if (config.photographer && context.uid === config.photographer.uid && (context.action === 'update' || context.action === 'delete')) {
      if (!params.documentId) return next();
      const rows = (await strapi.db.query(config.photo.uid as UID.Schema).findMany({
        where: { [config.photo.fields.photographer]: { documentId: params.documentId } },
        select: ['documentId'],
      })) as Array<{ documentId: string }>;
      const result = await next();
      await credits.refresh([...new Set(rows.map((row) => row.documentId))]);
      return result;
    }

    return next();
  };
