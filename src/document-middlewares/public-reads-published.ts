/**
 * The public (unauthenticated) role reads published content only: a request for drafts through REST
 * (`?status=draft`) or GraphQL (`status: DRAFT`) is refused with 403. So is any other status than `published`
 * (`?status=DRAFT`, `?status[0]=draft`): the document service reads drafts for every status it does not know.
 * Admin users, API tokens and server-side code (no HTTP request) are not affected.
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
    // (no status: server-side code, which picks its own; REST and GraphQL always pass one)
    if (params.status === undefined || params.status === 'published') return next();

    const request = strapi.requestContext.get();
    const state = request?.state as { auth?: { credentials?: unknown }; preview?: { uid: string; documentId: string } } | undefined;
    if (state?.preview && state.preview.uid === context.uid && state.preview.documentId === params.documentId) return next();
    if (request && !state?.auth?.credentials) {
      throw new errors.ForbiddenError('Drafts are not available to the public; sign in to read them');
    }
    return next();
  };
