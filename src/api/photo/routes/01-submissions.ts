/**
 * Photographers' endpoints from the newsroom-media plugin: POST /api/photos/submit, GET /api/photos/mine,
 * PUT /api/photos/mine/:documentId. This file sorts before photo.ts, so these routes come before
 * GET /api/photos/:id.
 */

import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  type: 'content-api',
  routes: strapi.plugin('newsroom-media').service('routes').submissionRoutes('/photos'),
});
