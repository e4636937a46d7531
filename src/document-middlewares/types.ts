import type { Modules } from '@strapi/strapi';

export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;

/** The parts of document-service params that our middlewares read; the generated union is too wide to narrow. */
export interface DocumentParams {
  documentId?: string;
  locale?: string;
  status?: 'draft' | 'published';
  data?: Record<string, unknown>;
}

export const paramsOf = (context: Parameters<DocumentMiddleware>[0]): DocumentParams =>
  context.params as DocumentParams;
