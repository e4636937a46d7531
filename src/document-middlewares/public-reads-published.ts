/**
 * The public (unauthenticated) role reads published content only: a request for drafts through REST
 * (`?status=draft`) or GraphQL (`status: DRAFT`) is refused with 403, any status but published or draft with 400
 * (for everyone). Admin users, API tokens and server-side code (no HTTP request) may read drafts.
 */

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { paramsOf, type DocumentMiddleware } from './types';

const READS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

export const publicReadsPublishedMiddleware =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (context, next) => {
    if (!READS.has(context.action)) return next();
    const params = paramsOf(context);
    const request = strapi.requestContext.get();
    // the document service reads every status but `published` as drafts: `?status=x` served them to the public
    if (request && params.status !== undefined && params.status !== 'published' && params.status !== 'draft') {
      throw new errors.ValidationError('status must be published or draft', { errors: [{ path: ['status'], message: 'must be published or draft', name: 'ValidationError' }] });
    }
    if (params.status !== 'draft') return next();

    const state = request?.state as { auth?: { credentials?: unknown }; preview?: { uid: string; documentId: string } } | undefined;
    if (state?.preview && state.preview.uid === context.uid && state.preview.documentId === params.documentId) return next();
    if (request && !state?.auth?.credentials) {
      throw new errors.ForbiddenError('Drafts are not available to the public; sign in to read them');
    }
    return next();
  };
