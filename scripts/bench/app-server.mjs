// One Strapi server for the benchmark, run as a child process of scripts/bench.mjs (fork, with IPC) so that ours,
// ours with the response cache and the vanilla baseline each get the machine to themselves.
// The parent sets the environment (database, RESPONSE_CACHE, NEWSROOM_VANILLA) and talks over IPC:
//   → { id, type: 'seed', options }      ← { id, result }   bulk-seeds the database (scripts/bench/seed.mjs)
//   → { id, type: 'queries' }            ← { id, result }   SQL queries since the last call (knex 'query' events)
//   → { id, type: 'token' }              ← { id, result }   a full-access API token for the write path
//   → { id, type: 'accounts', options }  ← { id, result }   an editor (admin) and a photographer (users-permissions
//                                                             account linked to a seeded photographer) for the working day
// and it sends { type: 'listening', port } once the server answers.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bulkSeed } from './seed.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { createStrapi } = require('@strapi/strapi');

const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist') }).load();
let queries = 0;
strapi.db.connection.on('query', () => {
  queries += 1;
});

const handlers = {
  seed: (options) => bulkSeed(strapi, options),
  queries: () => {
    const counted = queries;
    queries = 0;
    return counted;
  },
  token: async () => {
    const created = await strapi.service('admin::api-token').create({
      name: `bench-${Date.now()}`,
      type: 'full-access',
      lifespan: null,
      description: 'npm run bench: write path',
    });
    return created.accessKey;
  },
  accounts: async ({ password }) => {
    const editorRole = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
    if (!editorRole) throw new Error('the admin role strapi-editor is missing');
    const editor = { email: `editor-${Date.now()}@bench.local`, password };
    await strapi.service('admin::user').create({ ...editor, firstname: 'Bench', lastname: 'Editor', isActive: true, registrationToken: null, roles: [editorRole.id] });
    const photographerRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'photographer' } });
    if (!photographerRole) throw new Error('the users-permissions role photographer is missing');
    const photographer = { email: `photographer-${Date.now()}@bench.local`, password };
    const user = await strapi.plugin('users-permissions').service('user').add({
      username: photographer.email.split('@')[0], ...photographer, provider: 'local', confirmed: true, blocked: false, role: photographerRole.id,
    });
    const record = await strapi.documents('api::photographer.photographer').findFirst({ fields: ['documentId'] });
    if (!record) throw new Error('no photographer to link: seed first');
    await strapi.documents('api::photographer.photographer').update({ documentId: record.documentId, data: { account: user.id } });
    return { editor, photographer };
  },
};

process.on('message', async ({ id, type, options }) => {
  try {
    process.send({ id, result: await handlers[type](options) });
  } catch (error) {
    process.send({ id, error: error.stack ?? String(error) });
  }
});
process.on('disconnect', () => process.exit(0));

// as the integration tests do: without strapi.listen()'s banner and admin-panel side effects
await strapi.server.mount();
const { httpServer } = strapi.server;
await new Promise((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
process.send({ type: 'listening', port: httpServer.address().port });
