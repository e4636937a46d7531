/**
 * Catalogue item 24: SIGTERM with requests in flight. The built app runs as `strapi start` in a process of its own;
 * a request is held open by sending its body slowly. After the signal, new connections are refused, the request in
 * flight finishes with its answer and the process exits 0; SHUTDOWN_TIMEOUT bounds the wait for a request that never
 * finishes, and the process still exits 0 after closing it. From the signal on, readiness answers 503; with Redis
 * configured, the pool and the Redis clients close and the process exits 0.
 */

import http from 'http';
import net from 'net';
import { connectTestRedis, dropTestRedis, TEST_REDIS_URL } from '../helpers/redis';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';

const QUERY = JSON.stringify({ query: '{ categories { name } }' });

interface Held {
  /** sends the rest of the body */
  finish(): void;
  response: Promise<{ status: number; body: string } | { error: string }>;
}

/** A POST /graphql whose body is sent in two parts: the request is in flight until `finish`. */
const holdRequest = (server: ServerProcess): Held => {
  const body = Buffer.from(QUERY);
  const half = Math.floor(body.length / 2);
  const request = http.request(`${server.baseUrl}/graphql`, {
    method: 'POST',
    agent: false,
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
  });
  const response = new Promise<{ status: number; body: string } | { error: string }>((resolve) => {
    request.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', (error) => resolve({ error: error.message }));
    });
    request.on('error', (error) => resolve({ error: error.message }));
  });
  request.write(body.subarray(0, half));
  return { finish: () => request.end(body.subarray(half)), response };
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const connects = (server: ServerProcess): Promise<string> =>
  fetch(`${server.baseUrl}/_health`).then(
    (response) => `status ${response.status}`,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? 'error'
  );

describe('SIGTERM with requests in flight', () => {
  let app: TestApp;
  const prefix = `newsroom-test-shutdown-${process.pid}:`;

  beforeAll(async () => {
    app = await startStrapi('faults-shutdown');
  });

  afterAll(async () => {
    await app?.stop();
    await dropTestRedis(await connectTestRedis(), prefix);
  });

  it('lets a request in flight finish, refuses new connections, and exits 0', async () => {
    const server = await startServerProcess({ env: { SHUTDOWN_TIMEOUT: '20' } });
    try {
      const held = holdRequest(server);
      await sleep(300); // the server has the headers and half the body
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      await sleep(500);
      expect(await connects(server)).toBe('ECONNREFUSED');

      held.finish();
      const answer = await held.response;
      expect(answer).toMatchObject({ status: 200 });
      expect(JSON.parse((answer as { body: string }).body)).toEqual({ data: { categories: expect.any(Array) } });

      const exit = await server.exited;
      const seconds = (Date.now() - signalled) / 1000;
      expect({ exit, withinTimeout: seconds < 20 }).toEqual({ exit: { code: 0, signal: null }, withinTimeout: true });
      expect(server.output()).not.toMatch(/unhandled|UnhandledPromiseRejection/i);
    } finally {
      await server.stop(1000);
    }
  });

  it('closes a request that does not finish within SHUTDOWN_TIMEOUT and still exits 0', async () => {
    const server = await startServerProcess({ env: { SHUTDOWN_TIMEOUT: '2' } });
    try {
      const held = holdRequest(server); // never finished
      await sleep(300);
      const signalled = Date.now();
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      const seconds = (Date.now() - signalled) / 1000;
      expect(exit).toEqual({ code: 0, signal: null });
      // it waited for the request, then gave up on it within a bound
      expect({ waited: seconds >= 1.9, bounded: seconds < 15 }).toEqual({ waited: true, bounded: true });
      expect(await held.response).toHaveProperty('error');
    } finally {
      await server.stop(1000);
    }
  });

  it('answers 503 on /api/ready once the signal is received, so that a load balancer stops sending', async () => {
    const server = await startServerProcess({ env: { SHUTDOWN_TIMEOUT: '20' } });
    try {
      // a keep-alive connection that has begun a request before the signal: the listener is closed, it is not
      const socket = net.connect(server.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      socket.write('GET /api/ready HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      await sleep(300);
      server.child.kill('SIGTERM');
      await sleep(500);
      socket.write('\r\n');
      await closed;
      const [head, body] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 503 /);
      expect(head).toMatch(/\r\nretry-after: 5\r\n/i);
      expect(JSON.parse(body)).toMatchObject({
        data: null,
        error: { status: 503, name: 'ServiceUnavailableError', message: 'The server is shutting down', details: { stopping: true } },
      });
      expect(await server.exited).toEqual({ code: 0, signal: null });
    } finally {
      await server.stop(1000);
    }
  });

  it('with Redis configured, closes the pool and both Redis clients and exits 0 after a request in flight', async () => {
    const server = await startServerProcess({ env: { SHUTDOWN_TIMEOUT: '20', REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, LOG_LEVEL: 'info' } });
    try {
      expect((await fetch(`${server.baseUrl}/api/ready`).then((response) => response.json())) as unknown).toMatchObject({ checks: { redis: 'ok' } });
      const held = holdRequest(server);
      await sleep(300);
      server.child.kill('SIGTERM');
      await sleep(300);
      held.finish();
      expect(await held.response).toMatchObject({ status: 200 });
      // a Redis client or the pool that did not close would end in the forced exit (1) or an error (1)
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('[shutdown] connections, database pool and Redis closed; exiting');
      expect(server.output()).not.toMatch(/did not shut down|\[shutdown\] Error|unhandled/i);
    } finally {
      await server.stop(1000);
    }
  });
});
