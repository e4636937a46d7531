/**
 * Catalogue item 23: the response cache's Redis killed (SIGKILL) and started again, with reads and a write in
 * between. The suite runs a redis-server of its own on a free port, persisting every write (appendfsync always), so
 * that it comes back with the entries it held: stale ones, since a write happened while it was away.
 */

import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs/promises';
import net from 'net';
import os from 'os';
import path from 'path';
import request from 'supertest';
import { freePort } from '../helpers/server-process';
import { startStrapi, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const startRedis = async (port: number, dir: string): Promise<ChildProcess> => {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''], {
    stdio: 'ignore',
  });
  // bounded wait until it accepts connections
  for (let i = 0; i < 100; i += 1) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) return child;
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port}`);
};

const killRedis = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
};

describe('Redis killed and back during reads and writes', () => {
  let app: TestApp;
  let redis: ChildProcess;
  let port: number;
  let dir: string;
  let token: string;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-redis-'));
    port = await freePort();
    redis = await startRedis(port, dir);
    // listening: requests keep one origin, which is part of a cache key
    app = await startStrapi('faults-redis', { listen: true, env: { REDIS_URL: `redis://127.0.0.1:${port}`, RESPONSE_CACHE: undefined } });
    token = await app.fullAccessToken();
  });

  afterAll(async () => {
    await app?.stop();
    if (redis) await killRedis(redis);
    await fs.rm(dir, { recursive: true, force: true });
  });

  const names = (body: Json): string[] => (body.data as Json[]).map((tag) => tag.name as string).sort();
  const read = () => request(app.baseUrl!).get('/api/tags?pagination[pageSize]=100');
  const create = async (name: string) => {
    const response = await request(app.baseUrl!).post('/api/tags').set('Authorization', `Bearer ${token}`).send({ data: { name } });
    expect(response.status).toBe(201);
  };

  it('serves correct answers uncached while Redis is down, and nothing stale once it is back', async () => {
    await create('停电之前');
    await read();
    const cached = await read();
    expect([cached.status, cached.headers['x-cache']]).toEqual([200, 'HIT']);
    expect(names(cached.body)).toEqual(['停电之前']);

    await killRedis(redis);
    const during: Array<{ status: number; cache: string; names: string[] }> = [];
    for (let i = 0; i < 10; i += 1) {
      if (i === 5) await create('停电期间');
      const response = await read();
      during.push({ status: response.status, cache: response.headers['x-cache'], names: names(response.body) });
    }
    // every answer is right, and none came from Redis
    expect(during.every(({ status, cache }) => status === 200 && cache !== 'HIT')).toBe(true);
    expect(during.slice(0, 5).every(({ names: list }) => list.join() === '停电之前')).toBe(true);
    expect(during.slice(5).every(({ names: list }) => list.join() === ['停电之前', '停电期间'].sort().join())).toBe(true);

    // back, with its entries from before the write (persisted): they must not be served
    redis = await startRedis(port, dir);
    let back: { status: number; names: string[]; cache: string } | undefined;
    for (let i = 0; i < 100; i += 1) {
      const response = await read();
      back = { status: response.status, names: names(response.body), cache: response.headers['x-cache'] };
      expect(back.names).toEqual(['停电之前', '停电期间'].sort());
      if (back.cache === 'HIT') break; // the cache is in use again
      await sleep(100);
    }
    expect(back?.cache).toBe('HIT');
    expect(back?.status).toBe(200);
  });
});
