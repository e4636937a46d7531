/**
 * HTTP conventions CDNs and clients expect (README, "Response cache"): gzip and br, one ETag per representation,
 * `Vary: Accept-Encoding`, HEAD like GET without a body, cache-busting parameters ignored, GraphQL over GET with the
 * preflight header, and the response headers a browser may read. Requests go through node:http, so that the bytes on
 * the wire are what the test sees (supertest would decompress them).
 */

import http from 'http';
import zlib from 'zlib';
import { startStrapi, type TestApp } from '../helpers/strapi';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const LIST = '/api/articles?pagination[pageSize]=25';

describe('HTTP conventions', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('http-conventions', {
      seed: true,
      listen: true,
      env: { REDIS_URL: undefined, PUBLIC_URL: undefined, RESPONSE_CACHE: undefined, CACHE_BUSTING_PARAMS: undefined },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  const send = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> =>
    new Promise((resolve, reject) => {
      const request = http.request(`${app.baseUrl}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end();
    });

  const decoded = (response: RawResponse): Buffer => {
    const encoding = response.headers['content-encoding'];
    if (encoding === 'gzip') return zlib.gunzipSync(response.body);
    if (encoding === 'br') return zlib.brotliDecompressSync(response.body);
    expect(encoding).toBeUndefined();
    return response.body;
  };

  const varies = (response: RawResponse): string[] =>
    String(response.headers.vary ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase());

  describe('compression', () => {
    test.each([
      ['the article list', LIST],
      ['the feed', '/api/feed'],
      ['the RSS feed', '/api/feed.xml'],
      ['the Atom feed', '/api/feed.atom'],
    ])('sends %s as br and gzip that decode to the identity bytes, each with its own ETag and 304', async (_name, url) => {
      const identity = await send(url, { 'Accept-Encoding': 'identity' });
      expect(identity.status).toBe(200);
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.body.length).toBeGreaterThan(1024);
      const etags = new Set([identity.headers.etag]);
      for (const encoding of ['br', 'gzip'] as const) {
        const first = await send(url, { 'Accept-Encoding': encoding });
        const again = await send(url, { 'Accept-Encoding': encoding });
        for (const response of [first, again]) {
          expect({ url, encoding, status: response.status, sent: response.headers['content-encoding'] }).toEqual({ url, encoding, status: 200, sent: encoding });
          expect(decoded(response).equals(identity.body)).toBe(true);
          expect(response.body.length).toBeLessThan(identity.body.length / 2);
          expect(Number(response.headers['content-length'])).toBe(response.body.length);
          expect(varies(response)).toContain('accept-encoding');
          expect(response.headers['content-type']).toBe(identity.headers['content-type']);
        }
        expect(again.headers['x-cache']).toBe('HIT');
        expect(again.headers.etag).toBe(first.headers.etag);
        expect(first.headers.etag).toBe(`${String(identity.headers.etag).slice(0, -1)}-${encoding}"`);
        etags.add(first.headers.etag);

        const revalidated = await send(url, { 'Accept-Encoding': encoding, 'If-None-Match': String(first.headers.etag) });
        expect(revalidated.status).toBe(304);
        expect(revalidated.body.length).toBe(0);
        expect(revalidated.headers['content-encoding']).toBeUndefined();
        expect(revalidated.headers.etag).toBe(first.headers.etag);
        expect(varies(revalidated)).toContain('accept-encoding');
        // another representation's ETag does not revalidate this one
        const otherTag = await send(url, { 'Accept-Encoding': encoding, 'If-None-Match': String(identity.headers.etag) });
        expect(otherTag.status).toBe(200);
      }
      expect(etags.size).toBe(3);
      expect(varies(identity)).toContain('accept-encoding');
      expect((await send(url, { 'Accept-Encoding': 'identity', 'If-None-Match': String(identity.headers.etag) })).status).toBe(304);
    });

    it('prefers br to gzip at equal weight, honours q-values, and sends identity when nothing else is accepted', async () => {
      expect((await send(LIST, { 'Accept-Encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
      expect((await send(LIST, { 'Accept-Encoding': 'gzip;q=1, br;q=0.5' })).headers['content-encoding']).toBe('gzip');
      expect((await send(LIST, { 'Accept-Encoding': 'br;q=0, *' })).headers['content-encoding']).toBe('gzip');
      expect((await send(LIST, { 'Accept-Encoding': 'deflate' })).headers['content-encoding']).toBeUndefined();
      expect((await send(LIST)).headers['content-encoding']).toBeUndefined();
    });

    it('leaves a small body uncompressed, still with Vary', async () => {
      const small = await send('/api/tags?pagination[pageSize]=1&fields[0]=name', { 'Accept-Encoding': 'br, gzip' });
      expect(small.status).toBe(200);
      expect(small.body.length).toBeLessThan(1024);
      expect(small.headers['content-encoding']).toBeUndefined();
      expect(varies(small)).toContain('accept-encoding');
      expect(small.headers.etag).toMatch(/^"[\w-]{43}"$/);
    });

    it('compresses responses the cache does not keep (with credentials) and the reader page', async () => {
      const token = await app.fullAccessToken();
      const personal = await send(LIST, { 'Accept-Encoding': 'gzip', Authorization: `Bearer ${token}` });
      expect(personal.status).toBe(200);
      expect(personal.headers['x-cache']).toBe('BYPASS');
      expect(personal.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(decoded(personal).toString()).data.length).toBeGreaterThan(0);

      for (const url of ['/', '/reader.js']) {
        const identity = await send(url, { 'Accept-Encoding': 'identity' });
        const br = await send(url, { 'Accept-Encoding': 'br' });
        expect({ url, status: br.status, sent: br.headers['content-encoding'] }).toEqual({ url, status: 200, sent: 'br' });
        expect(decoded(br).equals(identity.body)).toBe(true);
        expect(varies(br)).toContain('accept-encoding');
      }
    });
  });

  describe('HEAD', () => {
    it('answers like GET without a body: ETag, Cache-Control, Content-Length, Vary, and 304', async () => {
      const url = '/api/articles?pagination[pageSize]=10&sort[0]=title';
      // first as HEAD, before any GET filled the cache
      const cold = await send(url, { 'Accept-Encoding': 'identity' }, 'HEAD');
      const get = await send(url, { 'Accept-Encoding': 'identity' });
      for (const encoding of ['identity', 'gzip', 'br']) {
        const full = await send(url, { 'Accept-Encoding': encoding });
        const head = await send(url, { 'Accept-Encoding': encoding }, 'HEAD');
        expect({ encoding, status: head.status, bytes: head.body.length }).toEqual({ encoding, status: 200, bytes: 0 });
        for (const name of ['etag', 'cache-control', 'content-type', 'content-length', 'vary', 'content-encoding']) {
          expect({ encoding, name, value: head.headers[name] }).toEqual({ encoding, name, value: full.headers[name] });
        }
        expect(head.headers.etag).toBeDefined();
        expect(head.headers['x-cache']).toBe('HIT');
        const notModified = await send(url, { 'Accept-Encoding': encoding, 'If-None-Match': String(full.headers.etag) }, 'HEAD');
        expect(notModified.status).toBe(304);
        expect(notModified.body.length).toBe(0);
      }
      expect(cold.status).toBe(200);
      expect(cold.headers.etag).toBe(get.headers.etag);
      expect(cold.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      expect(Number(cold.headers['content-length'])).toBe(get.body.length);
    });

    it("keeps the feed's own Cache-Control and Last-Modified", async () => {
      const get = await send('/api/feed.atom');
      const head = await send('/api/feed.atom', {}, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      expect(head.headers['cache-control']).toBe('public, max-age=60');
      expect(head.headers['last-modified']).toBe(get.headers['last-modified']);
      expect((await send('/api/feed.atom', { 'If-Modified-Since': String(get.headers['last-modified']) }, 'HEAD')).status).toBe(304);
    });
  });

  describe('cache-busting parameters', () => {
    it('ignores `_`, `_t` and `v`: the same entry, the same ETag, no 400', async () => {
      const url = '/api/articles?pagination[pageSize]=5&locale=zh-Hans';
      const plain = await send(url, { 'Accept-Encoding': 'gzip' });
      expect(plain.status).toBe(200);
      for (const busted of [`${url}&_t=1&v=2`, `${url}&_=1712345678901`, `/api/articles?_t=123&pagination[pageSize]=5&v=abc&locale=zh-Hans`]) {
        const response = await send(busted, { 'Accept-Encoding': 'gzip' });
        expect({ busted, status: response.status, cache: response.headers['x-cache'], etag: response.headers.etag }).toEqual({
          busted,
          status: 200,
          cache: 'HIT',
          etag: plain.headers.etag,
        });
      }
      for (const busted of ['/api/feed?_t=9', '/api/feed.xml?v=2', '/api/activities/stats?groupBy=kind&_=1', '/api/categories?v=3']) {
        expect({ busted, status: (await send(busted)).status }).toEqual({ busted, status: 200 });
      }
    });

    it("still refuses other unknown parameters, in Strapi's error shape whatever the Accept-Encoding", async () => {
      for (const encoding of ['identity', 'gzip', 'br']) {
        const response = await send('/api/articles?_x=1&_t=2', { 'Accept-Encoding': encoding });
        expect({ encoding, status: response.status }).toEqual({ encoding, status: 400 });
        expect(JSON.parse(decoded(response).toString())).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', details: { key: '_x' } } });
      }
    });
  });

  describe('GraphQL over GET', () => {
    const source = '{ articles(pagination: { limit: 2 }) { title } }';
    const query = `/graphql?query=${encodeURIComponent(source)}`;

    test.each([
      ['apollo-require-preflight', { 'apollo-require-preflight': 'true' }],
      ['x-apollo-operation-name', { 'x-apollo-operation-name': 'Articles' }],
    ])('answers with the %s header', async (_name, headers) => {
      const response = await send(query, headers);
      expect(response.status).toBe(200);
      const viaPost = await app.http().post('/graphql').send({ query: source });
      expect(viaPost.body.data.articles.length).toBeGreaterThan(0);
      expect(JSON.parse(response.body.toString())).toEqual(viaPost.body);
      expect(response.headers.etag).toBeDefined();
    });

    it('answers HEAD like GET, before and after the response is stored, and with credentials', async () => {
      const url = `/graphql?query=${encodeURIComponent('{ articles(pagination: { limit: 3 }) { title } }')}`;
      const preflight = { 'apollo-require-preflight': 'true', 'Accept-Encoding': 'identity' };
      const cold = await send(url, preflight, 'HEAD');
      const get = await send(url, preflight);
      const warm = await send(url, preflight, 'HEAD');
      expect(get.status).toBe(200);
      for (const head of [cold, warm]) {
        expect({ status: head.status, bytes: head.body.length, etag: head.headers.etag }).toEqual({ status: 200, bytes: 0, etag: get.headers.etag });
        expect(Number(head.headers['content-length'])).toBe(get.body.length);
      }
      expect(warm.headers['x-cache']).toBe('HIT');
      expect((await send(url, { ...preflight, 'If-None-Match': String(get.headers.etag) }, 'HEAD')).status).toBe(304);
      const token = await app.fullAccessToken();
      const personal = await send(url, { ...preflight, Authorization: `Bearer ${token}` }, 'HEAD');
      expect({ status: personal.status, bytes: personal.body.length, cache: personal.headers['x-cache'] }).toEqual({ status: 200, bytes: 0, cache: 'BYPASS' });
      expect((await send(url, {}, 'HEAD')).status).toBe(400);
    });

    it('refuses a GET without a preflight header as CSRF', async () => {
      const response = await send(query);
      expect(response.status).toBe(400);
      expect(response.body.toString()).toMatch(/CSRF/);
    });
  });

  describe('CORS', () => {
    const origin = 'http://localhost:5173';

    it('exposes ETag, X-Cache and Retry-After to a browser', async () => {
      const response = await send(LIST, { Origin: origin });
      expect(response.headers['access-control-allow-origin']).toBe(origin);
      const exposed = String(response.headers['access-control-expose-headers']).split(',').map((name) => name.trim().toLowerCase());
      expect(exposed).toEqual(expect.arrayContaining(['etag', 'x-cache', 'retry-after']));
    });

    it('allows the GraphQL preflight headers', async () => {
      const preflight = await send(
        '/graphql',
        { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'apollo-require-preflight, x-apollo-operation-name' },
        'OPTIONS'
      );
      expect(preflight.status).toBe(204);
      const allowed = String(preflight.headers['access-control-allow-headers']).split(',').map((name) => name.trim().toLowerCase());
      expect(allowed).toEqual(expect.arrayContaining(['apollo-require-preflight', 'x-apollo-operation-name']));
    });
  });
});
