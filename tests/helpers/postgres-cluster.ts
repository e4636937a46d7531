/**
 * A PostgreSQL cluster of a test's own (never the system one), for tests that restart or stop the database:
 * initdb in a temporary folder, fsync off, on a free port, run as the postgres user (PostgreSQL refuses root).
 * Every command is bounded; `destroy` stops it (immediate) and removes the folder.
 */

import { execFile } from 'child_process';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { promisify } from 'util';
import { freePort } from './server-process';

const run = promisify(execFile);
const BIN = process.env.TEST_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PostgresCluster {
  port: number;
  /** the admin URL, as TEST_POSTGRES_URL */
  url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: connections are terminated (57P01) */
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

const asPostgres = async (command: string, args: string[]): Promise<void> => {
  await run('runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args], { timeout: 60000 });
};

export const createPostgresCluster = async (): Promise<PostgresCluster> => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-pg-'));
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  await fs.chown(dir, Number(stdout.trim()), Number(gid.trim()));
  const data = path.join(dir, 'data');
  const port = await freePort();
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const pgCtl = (args: string[]) => asPostgres('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '30', ...args]);
  const cluster: PostgresCluster = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => pgCtl(['-o', options, 'start']),
    stop: () => pgCtl(['-m', 'fast', 'stop']),
    destroy: async () => {
      // pg_ctl status exits 3 when the server is not running
      const running = await asPostgres('pg_ctl', ['-D', data, 'status']).then(() => true, (error: { code?: number }) => {
        if (error.code === 3) return false;
        throw error;
      });
      if (running) await pgCtl(['-m', 'immediate', 'stop']);
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
};
