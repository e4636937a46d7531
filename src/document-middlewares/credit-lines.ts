/**
 * Keeps each photo's stored `creditLine` in step with its credit fields and its photographer, so that every
 * response that contains a photo (REST, GraphQL, nested, dynamic zones) carries the line without extra queries.
 */

import type { Core } from '@strapi/strapi';
import { paramsOf, type DocumentMiddleware } from './types';

const PHOTO = 'api::photo.photo';
const PHOTOGRAPHER = 'api::photographer.photographer';
const PHOTO_WRITES = new Set(['create', 'update', 'publish', 'discardDraft']);

interface WrittenDocument {
  documentId?: string;
  locale?: string | null;
  creditLine?: string | null;
}

const photosOfPhotographer = async (strapi: Core.Strapi, documentId: string): Promise<string[]> => {
  const rows = (await strapi.db.query(PHOTO).findMany({
    where: { photographer: { documentId } },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  return [...new Set(rows.map((row) => row.documentId))];
};

export const creditLinesMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    const creditLines = strapi.service('api::photo.credit-line');
    const params = paramsOf(context);

    if (context.uid === PHOTO && PHOTO_WRITES.has(context.action)) {
      const result = await next();
      const written = result as WrittenDocument | null;
      const documentId = written?.documentId ?? params.documentId;
      if (!documentId) return result;
      const lines = await creditLines.refresh([documentId]);
      // create/update return the written document: hand back its fresh line too
      if (written && 'creditLine' in written) {
        written.creditLine = lines.get(`${documentId}:${written.locale ?? ''}`) ?? null;
      }
      return result;
    }

    if (context.uid === PHOTOGRAPHER && (context.action === 'update' || context.action === 'delete')) {
      if (!params.documentId) return next();
      const photoIds = await photosOfPhotographer(strapi, params.documentId);
      const result = await next();
      await creditLines.refresh(photoIds);
      return result;
    }

    return next();
  };
