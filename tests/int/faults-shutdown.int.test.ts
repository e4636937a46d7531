/**
 * Catalogue item 24: SIGTERM with requests in flight. The built app runs as `strapi start` in a process of its own;
 * a request is held open by sending its body slowly. After the signal, new connections are refused, the request in
 * flight finishes with its answer and the process exits 0; SHUTDOWN_TIMEOUT bounds the wait for a request that never
 * finishes, and the process still exits 0 after closing it.
 */

import http from 'http';
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

  beforeAll(async () => {
    app = await startStrapi('faults-shutdown');
  });

  afterAll(async () => {
    await app?.stop();
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
});
