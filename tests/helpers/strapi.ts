import { spawn } from 'child_process';
import { randomBytes } from 'crypto';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { createTestDatabase, ROOT, type TestDatabase, type TestDatabaseClient } from './databases';

export interface TestApp {
  strapi: Core.Strapi;
  db: TestDatabase;
  publicDir: string;
  /** The server's address when started with `listen: true`, e.g. http://127.0.0.1:40123 */
  baseUrl?: string;
  http: () => ReturnType<typeof request>;
  /** A full-access API token, for the authenticated writes that tests set up. */
  fullAccessToken: () => Promise<string>;
  stop(): Promise<void>;
}

const secret = (): string => randomBytes(18).toString('base64');

/** Random values for every secret the app needs (production refuses missing or example ones). */
export const testSecrets = (): Record<string, string> => ({
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

export interface StartOptions {
  seed?: boolean;
  adminPanel?: boolean;
  listen?: boolean;
  /** environment of this instance, read while it loads; `undefined` unsets a variable */
  env?: Record<string, string | undefined>;
  /** the database, when not the tier's (TEST_DATABASE) */
  client?: TestDatabaseClient;
}

const applyEnv = (target: NodeJS.ProcessEnv, env: Record<string, string | undefined>): NodeJS.ProcessEnv => {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete target[name];
    else target[name] = value;
  }
  return target;
};

/**
 * A throwaway public folder: the app's static files (reader page), but an empty uploads folder of its own. It sits in
 * a folder of its own, so that a test can check that nothing was written next to it while other suites write to the
 * system's temporary folder. Remove it with {@link removePublicDir}.
 */
export const createPublicDir = async (): Promise<string> => {
  const publicDir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-public-')), 'public');
  await fs.cp(path.join(ROOT, 'public'), publicDir, {
    recursive: true,
    filter: (source) => !source.startsWith(path.join(ROOT, 'public', 'uploads', '')),
  });
  await fs.mkdir(path.join(publicDir, 'uploads'), { recursive: true });
  return publicDir;
};

export const removePublicDir = (publicDir: string): Promise<void> => fs.rm(path.dirname(publicDir), { recursive: true, force: true });

/**
 * Boots the compiled app (dist/, built once per test run by scripts/test.mjs) on a throwaway database and a
 * throwaway public folder. Each suite boots its own instance.
 */
export const startStrapi = async (
  label: string,
  { seed = false, adminPanel = false, listen = false, env = {}, client }: StartOptions = {}
): Promise<TestApp> => {
  const db = await createTestDatabase(label, client);
  const publicDir = await createPublicDir();

  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SERVE_ADMIN_PANEL: adminPanel ? 'true' : 'false',
    SEED_DEMO_CONTENT: seed ? 'true' : 'false',
    // tests run the scheduled tasks themselves; a cron tick would also add queries to the ones a test counts
    CRON_ENABLED: 'false',
    PUBLIC_DIR: publicDir,
    ...testSecrets(),
    ...db.env,
  });
  applyEnv(process.env, env);

  const strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  await strapi.server.mount();
  let baseUrl: string | undefined;
  if (listen) {
    await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const address = strapi.server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('The test server has no TCP address');
    baseUrl = `http://127.0.0.1:${address.port}`;
  }

  let token: string | undefined;
  return {
    strapi,
    db,
    publicDir,
    baseUrl,
    http: () => request(strapi.server.httpServer),
    fullAccessToken: async () => {
      if (!token) {
        const created = (await strapi.service('admin::api-token').create({
          name: `test-${randomBytes(4).toString('hex')}`,
          type: 'full-access',
          lifespan: null,
          description: 'integration tests',
        })) as { accessKey: string };
        token = created.accessKey;
      }
      return token;
    },
    stop: async () => {
      await strapi.destroy();
      await db.drop();
      await removePublicDir(publicDir);
    },
  };
};

export interface TestProcess {
  baseUrl: string;
  http: () => ReturnType<typeof request>;
  /** a full-access API token of that instance, when asked for (`apiToken`) */
  token?: string;
  stop(): Promise<void>;
}

/** Boots the compiled app in this process and reports its port (and a new API token if asked); stops it when told. */
const CHILD = `
const { createStrapi } = require('@strapi/strapi');
(async () => {
  const strapi = await createStrapi({ appDir: process.env.TEST_APP_DIR, distDir: process.env.TEST_DIST_DIR }).load();
  await strapi.server.mount();
  await new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
  process.on('message', () => strapi.destroy().then(() => process.exit(0)));
  const token = process.env.TEST_API_TOKEN === 'true'
    ? (await strapi.service('admin::api-token').create({ name: 'test', type: 'full-access', lifespan: null, description: 'tests' })).accessKey
    : undefined;
  process.send({ port: strapi.server.httpServer.address().port, token });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

/**
 * Another instance of `app`'s server, as a load balancer would run it: same database, secrets and uploads, its own
 * process (two Strapi apps cannot share one process: Strapi keeps some registries at module level). Its own settings
 * come in `env`; it never seeds. Stop it before `app`, which owns the database. `appDir` boots another app instead
 * (a JavaScript one runs from its own folder: `distDir` the same).
 */
export const startStrapiProcess = async (
  env: Record<string, string | undefined> = {},
  { appDir = ROOT, distDir = path.join(ROOT, 'dist'), apiToken = false }: { appDir?: string; distDir?: string; apiToken?: boolean } = {}
): Promise<TestProcess> => {
  const child = spawn(process.execPath, ['-e', CHILD], {
    cwd: appDir,
    env: applyEnv(
      { ...process.env, SEED_DEMO_CONTENT: 'false', TEST_APP_DIR: appDir, TEST_DIST_DIR: distDir, TEST_API_TOKEN: String(apiToken) },
      env
    ),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const { port, token } = await new Promise<{ port: number; token?: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { port: number; token?: string }));
    child.once('exit', (code) => reject(new Error(`The second instance exited (${code}) while starting:\n${output}`)));
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    http: () => request(baseUrl),
    token,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.send('stop');
      const killed = setTimeout(() => child.kill('SIGKILL'), 15000);
      await exited;
      clearTimeout(killed);
    },
  };
};

/** Counts documents (not rows: drafts and locales share a documentId) of a content type. */
export const countDocuments = async (strapi: Core.Strapi, uid: string): Promise<number> => {
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId'] })) as Array<{ documentId: string }>;
  return new Set(rows.map((row) => row.documentId)).size;
};
