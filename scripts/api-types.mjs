// types/api.d.ts: TypeScript types of the content API (openapi-typescript) from the OpenAPI document the app
// serves at /api/openapi.json. Boots the compiled app (dist/) on a throwaway SQLite database, since the document
// comes from the registered routes. `npm run types` runs it after Strapi's own types; a test fails when stale.
// `--document <file> --out <file>` only converts a saved document (what that test does with the served one).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import openapiTS, { astToString } from 'openapi-typescript';
import { freshSecrets } from './bench/processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const out = option('--out') ?? path.join(root, 'types/api.d.ts');
const typesOf = async (document) => astToString(await openapiTS(structuredClone(document)));

if (option('--document')) {
  writeFileSync(out, await typesOf(JSON.parse(readFileSync(option('--document'), 'utf8'))));
  process.exit(0);
}

const require = createRequire(import.meta.url);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsroom-api-types-'));
Object.assign(process.env, {
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(scratch, 'data.db'),
  SEED_DEMO_CONTENT: 'false',
  SERVE_ADMIN_PANEL: 'false',
  CRON_ENABLED: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  ...freshSecrets(),
});

const { createStrapi } = require('@strapi/strapi');
const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist') }).load();
try {
  const document = strapi.service('api::openapi.openapi').document();
  writeFileSync(out, await typesOf(document));
  console.log(`${path.relative(root, out)} written`);
} finally {
  await strapi.destroy();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(0);
