/**
 * The cluster tier's set-up: a fresh PostgreSQL database, Redis under a key prefix of the run's own, one uploads
 * folder, two built app instances in production mode on fixed ports (so that one can be restarted where nginx
 * expects it), nginx in front, and a webhook receiver that counts what the instances announce.
 *
 * Uploads go to a real S3-protocol server (tests/helpers/s3-server.ts, UPLOAD_PROVIDER=s3), as they must once the
 * instances are on different hosts; `storageEnv` is the one place that says so (`{ PUBLIC_DIR }` alone would share
 * one local uploads folder instead).
 */

import { randomBytes } from 'crypto';
import http from 'http';
import type { AddressInfo } from 'net';
import { createTestDatabase, type TestDatabase } from './databases';
import { startNginx, type Nginx } from './nginx';
import { TEST_REDIS_URL, connectTestRedis, dropTestRedis } from './redis';
import { freePort, startServerProcess, type ServerProcess } from './server-process';
import { startS3Server } from './s3-server';
import { createPublicDir, removePublicDir, testSecrets } from './strapi';

export interface WebhookCall {
  event: string;
  model?: string;
  entry?: { documentId?: string; locale?: string };
}

export type InstanceName = 'a' | 'b' | 'oracle';

export interface Instance {
  name: InstanceName;
  port: number;
  baseUrl: string;
  process: ServerProcess;
}

export interface ClusterOptions {
  /** nginx in front of a and b (default true) */
  nginx?: boolean;
  /**
   * a third instance on the same database and Redis with RESPONSE_CACHE=off: what a reader gets uncached at the
   * same moment (default false)
   */
  oracle?: boolean;
  /** environment of every instance, over the tier's */
  env?: Record<string, string>;
}

export interface Cluster {
  /** undefined when started with `nginx: false` */
  nginx: Nginx | undefined;
  instances: Record<'a' | 'b', Instance>;
  /** the uncached instance, when started with `oracle: true` */
  oracle: Instance | undefined;
  /** the webhook calls received so far */
  webhooks: WebhookCall[];
  /** where uploaded files are stored: the S3 server's address */
  storageEndpoint: string;
  /** (re)starts an instance on its port and waits until it is ready */
  start(name: 'a' | 'b'): Promise<Instance>;
  /** the instance whose port an nginx response names in X-Upstream-Addr (the last one tried) */
  instanceOf(response: Response): 'a' | 'b' | undefined;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `GET /api/ready` on the instance itself until it answers 200. */
export const waitUntilReady = async (baseUrl: string, timeoutMs = 60000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${baseUrl}/api/ready`).then((response) => response.status, () => 0);
    if (status === 200) return;
    await sleep(200);
  }
  throw new Error(`${baseUrl} was not ready within ${timeoutMs} ms`);
};

const webhookReceiver = async (calls: WebhookCall[]): Promise<{ url: string; close(): Promise<void> }> => {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      try {
        calls.push(JSON.parse(body) as WebhookCall);
      } catch {
        calls.push({ event: `unparsable: ${body.slice(0, 100)}` });
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/revalidate`, close: () => new Promise((resolve) => server.close(() => resolve())) };
};

export const startCluster = async ({ nginx: withNginx = true, oracle: withOracle = false, env: extraEnv = {} }: ClusterOptions = {}): Promise<Cluster> => {
  // the database of this run, on the PostgreSQL server of TEST_POSTGRES_URL
  process.env.TEST_DATABASE = 'postgres';
  const db: TestDatabase = await createTestDatabase('cluster');
  const redisPrefix = `newsroom-cluster-${randomBytes(4).toString('hex')}:`;
  const redis = await connectTestRedis();
  const publicDir = await createPublicDir();
  const webhooks: WebhookCall[] = [];
  const receiver = await webhookReceiver(webhooks);
  const s3 = await startS3Server();
  const storageEnv: Record<string, string> = { PUBLIC_DIR: publicDir, ...s3.env };

  const env: Record<string, string> = {
    NODE_ENV: 'production',
    ...testSecrets(),
    ...db.env,
    ...storageEnv,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    IS_PROXIED: 'true',
    CRON_ENABLED: 'true',
    SEED_DEMO_CONTENT: 'false',
    SERVE_ADMIN_PANEL: 'false',
    FRONTEND_WEBHOOK_URL: receiver.url,
    SHUTDOWN_TIMEOUT: '10',
    STRAPI_TELEMETRY_DISABLED: 'true',
    // the start-up lock's messages are info
    LOG_LEVEL: 'info',
    ...extraEnv,
  };
  const ports = { a: await freePort(), b: await freePort(), oracle: await freePort() };
  const instances = {} as Record<'a' | 'b', Instance>;
  let oracle: Instance | undefined;
  const launch = async (name: InstanceName): Promise<Instance> => {
    const port = ports[name];
    const child = await startServerProcess({ env: name === 'oracle' ? { ...env, RESPONSE_CACHE: 'off' } : env, port, timeoutMs: 180000 });
    await waitUntilReady(child.baseUrl);
    return { name, port, baseUrl: child.baseUrl, process: child };
  };
  const start = async (name: 'a' | 'b'): Promise<Instance> => {
    instances[name] = await launch(name);
    return instances[name];
  };

  let nginx: Nginx | undefined;
  const stop = async () => {
    await nginx?.stop();
    await Promise.all([...Object.values(instances), ...(oracle ? [oracle] : [])].map((instance) => instance.process.stop(15000)));
    await receiver.close();
    await s3.stop();
    await dropTestRedis(redis, redisPrefix);
    await db.drop();
    await removePublicDir(publicDir);
  };
  try {
    // both at once on the fresh database: the start-up race
    await Promise.all([start('a'), start('b'), withOracle ? launch('oracle').then((started) => (oracle = started)) : undefined]);
    if (withNginx) nginx = await startNginx([ports.a, ports.b]);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    nginx,
    instances,
    oracle,
    webhooks,
    storageEndpoint: s3.endpoint,
    start,
    instanceOf: (response) => {
      const addresses = response.headers.get('x-upstream-addr') ?? '';
      const last = addresses.split(',').pop()?.trim() ?? '';
      if (last === `127.0.0.1:${ports.a}`) return 'a';
      if (last === `127.0.0.1:${ports.b}`) return 'b';
      return undefined;
    },
    stop,
  };
};
