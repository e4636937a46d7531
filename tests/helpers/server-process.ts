/**
 * The built app as production runs it (`strapi start`), in a child process on a free port: for the fault tests that
 * kill it, signal it or restart its database. It inherits this process's environment (the database, secrets and
 * uploads folder that `startStrapi` set), plus `env`.
 */

import { spawn, type ChildProcess } from 'child_process';
import net from 'net';
import path from 'path';
import { ROOT } from './databases';

const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

export interface ServerProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** everything it wrote to stdout and stderr so far */
  output(): string;
  /** resolves when the process has exited */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves with the exit */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address !== 'string' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `/_health` until it answers, the process exits, or `timeoutMs` passes. */
const waitUntilUp = async (server: ServerProcess, timeoutMs: number): Promise<void> => {
  let exited = false;
  void server.exited.then(() => (exited = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server exited while starting:\n${server.output()}`);
    const up = await fetch(`${server.baseUrl}/_health`).then((response) => response.status === 204, () => false);
    if (up) return;
    await sleep(200);
  }
  server.child.kill('SIGKILL');
  throw new Error(`The server did not start within ${timeoutMs} ms:\n${server.output()}`);
};

export interface SpawnOptions {
  env?: Record<string, string | undefined>;
  /** wait until it serves (default), or return at once (to watch a start that should fail) */
  wait?: boolean;
  timeoutMs?: number;
  /** a given port (to restart an instance where a load balancer expects it), else a free one */
  port?: number;
}

export const startServerProcess = async ({ env = {}, wait = true, timeoutMs = 60000, port: givenPort }: SpawnOptions = {}): Promise<ServerProcess> => {
  const port = givenPort ?? (await freePort());
  const childEnv: NodeJS.ProcessEnv = { ...process.env, SEED_DEMO_CONTENT: 'false', HOST: '127.0.0.1', PORT: String(port) };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal }))
  );
  const server: ServerProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    exited,
    stop: async (graceMs = 15000) => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const killed = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(killed);
      return result;
    },
  };
  if (wait) await waitUntilUp(server, timeoutMs);
  return server;
};

/** Kills the process at once (no shutdown at all) and waits for it to be gone. */
export const killHard = async (server: ServerProcess): Promise<void> => {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGKILL');
  await server.exited;
};
