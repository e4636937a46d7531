/**
 * The plugin's own content-API routes, under its prefix: /api/newsroom-media/photos/submit, …/photos/mine.
 * They also register the actions (plugin::newsroom-media.submission.*) that users-permissions grants.
 * An app that wants the endpoints under its photo collection (/api/photos/submit) mounts the same handlers
 * with services/routes.ts in a route file that sorts before its own, since Strapi registers plugin routes
 * after the app's and `GET /photos/:id` would otherwise answer `/photos/mine`.
 */

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/photos/submit', handler: 'submission.submit', config: { policies: [] } },
      { method: 'GET', path: '/photos/mine', handler: 'submission.mine', config: { policies: [] } },
      { method: 'PUT', path: '/photos/mine/:documentId', handler: 'submission.updateMine', config: { policies: [] } },
    ],
  },
};
