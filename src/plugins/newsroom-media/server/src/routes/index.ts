/**
 * The admin route of the page 导入稿件 (POST /newsroom-media/imports, for admins with plugin::newsroom-media.import),
 * and the plugin's own content-API routes, under its prefix: /api/newsroom-media/photos/submit, …/photos/mine.
 * They also register the actions (plugin::newsroom-media.submission.*) that users-permissions grants.
 * An app that wants the endpoints under its photo collection (/api/photos/submit) mounts the same handlers
 * with services/routes.ts in a route file that sorts before its own, since Strapi registers plugin routes
 * after the app's and `GET /photos/:id` would otherwise answer `/photos/mine`.
 */

import { IMPORT_ACTION } from '../permissions';

export default {
  // /newsroom-media/imports: the admin page 导入稿件 (multipart: file, images, dryRun, locale, sourceId)
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'POST',
        path: '/imports',
        handler: 'imports.create',
        config: { policies: [{ name: 'admin::hasPermissions', config: { actions: [IMPORT_ACTION] } }] },
      },
    ],
  },
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/photos/submit', handler: 'submission.submit', config: { policies: [] } },
      { method: 'GET', path: '/photos/mine', handler: 'submission.mine', config: { policies: [] } },
      { method: 'PUT', path: '/photos/mine/:documentId', handler: 'submission.updateMine', config: { policies: [] } },
    ],
  },
};
