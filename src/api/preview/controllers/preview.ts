/**
 * preview controller: GET /api/preview?token=… answers with the document version the signed token names
 * (drafts included), for the reader page's preview view or any frontend. Nothing here is cacheable.
 */

import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { parseInput } from '../../../utils/query';
import { previewQuery } from '../schemas';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.set('X-Robots-Tag', 'noindex');
    const { token } = parseInput(previewQuery, ctx.query);

    const preview = strapi.service('api::preview.preview');
    const claims = preview.verify(token);
    // lets the public-reads-published document middleware serve this one document's draft
    ctx.state.preview = { uid: claims.uid, documentId: claims.documentId };
    const { type, document } = await preview.find(claims);
    ctx.body = {
      data: document,
      meta: {
        type,
        uid: claims.uid,
        locale: claims.locale,
        status: claims.status,
        expiresAt: new Date(claims.expiresAt * 1000).toISOString(),
      },
    };
  },
});
