// Child processes of the benchmark: a Strapi server (app-server.mjs) or the raw-SQL server (raw-server.mjs),
// each started with its own environment and stopped by its pid.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const secret = () => randomBytes(24).toString('base64');
/** The app's secrets, fresh for one benchmark run. */
export const freshSecrets = () => ({
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

/** The environment every benchmark server runs with: as served, on fresh secrets, files under `scratch`/public. */
export const benchEnv = (scratch) => ({
  NODE_ENV: 'production', // as served: no GraphQL playground, production logging
  LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SERVE_ADMIN_PANEL: 'false',
  SEED_DEMO_CONTENT: 'false',
  // no scheduled-publishing tick inside a measured window or a query count
  CRON_ENABLED: 'false',
  GRAPHQL_INTROSPECTION: 'false',
  PUBLIC_DIR: path.join(scratch, 'public'),
  ...freshSecrets(),
  PORT: '0',
  HOST: '127.0.0.1',
});

/** Starts a server script; resolves once it answers HTTP, with the time that took from the fork. */
export const startServer = async (script, env, { execArgv = [] } = {}) => {
  const answersCalls = script === 'app-server.mjs';
  const started = performance.now();
  const child = fork(path.join(here, script), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let nextId = 1;
  const port = await new Promise((resolve, reject) => {
    child.on('message', (message) => {
      if (message.type === 'listening') resolve(message.port);
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error));
      else waiting.resolve(message.result);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
  const base = `http://127.0.0.1:${port}`;
  // the server answers when a request does, not when it says it listens
  for (;;) {
    const response = await fetch(`${base}/_health`).catch(() => null);
    if (response) {
      await response.arrayBuffer();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const startMs = performance.now() - started;
  return {
    base,
    startMs,
    call: answersCalls ? (type, options) =>
      new Promise((resolve, reject) => {
        const id = nextId;
        nextId += 1;
        pending.set(id, { resolve, reject });
        child.send({ id, type, options });
      }) : undefined,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};

/** The servers of one benchmark on `database`: started with the bench environment, stopped one by one or all at the end. */
export const serverPool = (baseEnv, database) => {
  const servers = [];
  return {
    start: async (script, env, on = database) => {
      const server = await startServer(script, { ...baseEnv, ...on.env, ...env });
      servers.push(server);
      return server;
    },
    stop: async (server) => {
      await server.stop();
      servers.splice(servers.indexOf(server), 1);
    },
    stopAll: async () => {
      for (const server of [...servers]) await server.stop();
    },
  };
};
