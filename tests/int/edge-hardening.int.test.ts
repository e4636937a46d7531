/**
 * The edge of the server in production: GraphQL limits (aliases, tokens, directives, cost, batches, introspection),
 * CORS from CORS_ORIGINS (also on cached responses and preflights), odd requests (huge query strings, prototype
 * keys, malformed bodies) and error bodies without stack traces, file paths or SQL.
 */

import net from 'net';
import { startStrapi, startStrapiProcess, type TestApp } from '../helpers/strapi';

type Json = Record<string, any>;

const DESK = 'https://desk.example.org';
const READER = 'https://news.example.org';
const EVIL = 'https://evil.example';
/** what an error body of a production server must never contain: stack frames, source paths, SQL */
const LEAK = /\bat \S+ \(|\/(?:work|home|usr|tmp|node_modules)\/|\.(?:ts|js):\d+|\bselect\b.+\bfrom\b|\binsert into\b|SQLITE_|\bsyntax error at\b/i;

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: articles { title }`).join(' ')} }`;

describe('edge hardening (NODE_ENV=production)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('edge', {
      seed: true,
      listen: true,
      env: { NODE_ENV: 'production', PUBLIC_URL: READER, CORS_ORIGINS: DESK, REDIS_URL: undefined, RESPONSE_CACHE: undefined },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  const graphql = (body: unknown, origin?: string) => {
    const request = app.http().post('/graphql').set('Content-Type', 'application/json');
    if (origin) request.set('Origin', origin);
    return request.send(JSON.stringify(body));
  };
  const codeOf = (response: { body: Json }) => response.body.errors?.[0]?.extensions?.code;
  const expectStrapiError = (response: { status: number; body: Json }, status: number) => {
    expect(response.status).toBe(status);
    expect(response.body).toEqual({
      data: null,
      error: { status, name: expect.any(String), message: expect.any(String), details: expect.anything() },
    });
  };

  describe('GraphQL limits', () => {
    it('refuses 1,000 aliases of articles before running any of them (400, GraphQL error shape)', async () => {
      const response = await graphql({ query: aliases(1000) });
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(codeOf(response));
      expect(response.text.length).toBeLessThan(2000);
    });

    it('allows 15 aliases and refuses the 16th (GRAPHQL_MAX_ALIASES)', async () => {
      const allowed = await graphql({ query: aliases(15) });
      expect(allowed.status).toBe(200);
      expect(allowed.body.data.a14.length).toBeGreaterThan(0);
      const refused = await graphql({ query: aliases(16) });
      expect(refused.status).toBe(400);
      expect(codeOf(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(refused.body.errors[0].message).toMatch(/Aliases limit of 15 exceeded/);
    });

    it('refuses a query of more than 1,000 tokens (GRAPHQL_MAX_TOKENS)', async () => {
      const response = await graphql({ query: `{ articles { ${'title '.repeat(1000)}} }` });
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
      expect(response.body.errors[0].message).toMatch(/more that 1000 tokens/);
    });

    it('refuses more than 50 directives (GRAPHQL_MAX_DIRECTIVES)', async () => {
      const response = await graphql({ query: `{ articles { title ${'@include(if: true) '.repeat(51)}} }` });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: Json) => error.message).join('\n')).toMatch(/Directives limit of 50 exceeded/);
    });

    it('refuses a query whose estimated cost is over 5,000, within the depth limit (GRAPHQL_MAX_COST)', async () => {
      // nested fragments: each level multiplies the cost, not the depth
      const levels = 10;
      const fragments = Array.from({ length: levels }, (_, i) =>
        i === 0 ? 'fragment F0 on Article { title slug summary kicker subtitle }' : `fragment F${i} on Article { title ...F${i - 1} }`
      );
      const cheap = await graphql({ query: `{ articles { ...F1 } } ${fragments.slice(0, 2).join(' ')}` });
      expect(cheap.status).toBe(200);
      const costly = await graphql({ query: `{ articles { ...F${levels - 1} } } ${fragments.join(' ')}` });
      expect(costly.status).toBe(400);
      expect(codeOf(costly)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(costly.body.errors[0].message).toMatch(/Cost limit of 5000 exceeded/);
    });

    it('refuses a batched array of operations (400)', async () => {
      const response = await graphql([{ query: '{ articles { title } }' }, { query: '{ articles { title } }' }]);
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe('BAD_REQUEST');
    });

    it('has introspection off and names no fields a client did not ask for', async () => {
      for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Article") { fields { name } } }']) {
        const response = await graphql({ query });
        expect(response.status).toBe(400);
        expect(response.body.errors[0].extensions.validationErrorCode).toBe('INTROSPECTION_DISABLED');
      }
      const typo = await graphql({ query: '{ articlez { title } }' });
      expect(typo.status).toBe(400);
      expect(typo.text).not.toMatch(/Did you mean/);
    });

    it('never caches a refused query', async () => {
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await graphql({ query: aliases(16) });
        expect(response.status).toBe(400);
        expect(response.headers['x-cache']).not.toBe('HIT');
        expect(response.headers.etag).toBeUndefined();
      }
    });
  });

  describe('CORS', () => {
    const get = (url: string, origin?: string) => {
      const request = app.http().get(url);
      return origin ? request.set('Origin', origin) : request;
    };
    const exposed = (response: { headers: Record<string, string> }) =>
      (response.headers['access-control-expose-headers'] ?? '').toLowerCase().split(/\s*,\s*/);

    it.each([
      ['a CORS_ORIGINS origin', DESK],
      ["the reader page's own origin (PUBLIC_URL)", READER],
    ])('lets %s read with credentials, ETag and X-Cache exposed', async (_label, origin) => {
      for (const response of [await get('/api/articles', origin), await graphql({ query: '{ articles { title } }' }, origin)]) {
        expect(response.status).toBe(200);
        expect(response.headers['access-control-allow-origin']).toBe(origin);
        expect(response.headers['access-control-allow-credentials']).toBe('true');
        expect(exposed(response)).toEqual(expect.arrayContaining(['etag', 'x-cache']));
        expect(response.headers.vary).toMatch(/Origin/i);
      }
    });

    it.each([
      ['an unknown origin', EVIL],
      ['a loopback origin in production when CORS_ORIGINS does not list it', 'http://localhost:3000'],
      ['a look-alike of a listed origin', 'https://desk.example.org.evil.example'],
    ])('gives %s no Access-Control-Allow-* headers, on REST and GraphQL', async (_label, origin) => {
      for (const response of [await get('/api/articles', origin), await graphql({ query: '{ articles { title } }' }, origin)]) {
        expect(response.status).toBe(200);
        expect(response.headers['access-control-allow-origin']).toBeUndefined();
        expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      }
    });

    it('answers the preflight of a listed origin with the headers a client needs, and no one else', async () => {
      const requested = 'content-type,authorization,if-none-match,apollo-require-preflight';
      const preflight = (origin: string) =>
        app
          .http()
          .options('/graphql')
          .set('Origin', origin)
          .set('Access-Control-Request-Method', 'POST')
          .set('Access-Control-Request-Headers', requested);
      const allowed = await preflight(DESK);
      expect(allowed.status).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe(DESK);
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      expect(allowed.headers['access-control-allow-headers'].toLowerCase().split(',')).toEqual(expect.arrayContaining(requested.split(',')));
      const refused = await preflight(EVIL);
      expect(refused.status).toBeLessThan(500);
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
      expect(refused.headers['access-control-allow-headers']).toBeUndefined();
    });

    it('sets the CORS headers of each request on a cached response, never those of the request that stored it', async () => {
      const url = '/api/articles?pagination[pageSize]=3&sort=title';
      expect((await get(url, DESK)).headers['x-cache']).toBe('MISS');
      const cases: Array<[string | undefined, string | undefined]> = [
        [DESK, DESK],
        [EVIL, undefined],
        // not a browser's cross-origin request: `*` from strapi::cors, never with credentials
        [undefined, '*'],
        [READER, READER],
      ];
      for (const [origin, allowOrigin] of cases) {
        const response = await get(url, origin);
        expect({ origin, cache: response.headers['x-cache'], allowOrigin: response.headers['access-control-allow-origin'] || undefined }).toEqual({
          origin,
          cache: 'HIT',
          allowOrigin,
        });
        expect(response.headers['access-control-allow-credentials']).toBe(origin && allowOrigin ? 'true' : undefined);
        expect(response.headers.vary).toMatch(/Origin/i);
      }
      // the same for a public GraphQL query, and for a 304 revalidation
      const query = { query: '{ articles(pagination: { pageSize: 2 }) { title } }' };
      await graphql(query, EVIL);
      const hit = await graphql(query, DESK);
      expect([hit.headers['x-cache'], hit.headers['access-control-allow-origin']]).toEqual(['HIT', DESK]);
      const evilHit = await graphql(query, EVIL);
      expect([evilHit.headers['x-cache'], evilHit.headers['access-control-allow-origin']]).toEqual(['HIT', undefined]);
      const etag = (await get(url, DESK)).headers.etag;
      const notModified = await get(url, DESK).set('If-None-Match', etag);
      expect([notModified.status, notModified.headers['access-control-allow-origin']]).toEqual([304, DESK]);
    });
  });

  describe('odd requests', () => {
    /** A raw HTTP/1.1 request over a socket: the status the server answers with, or the socket error it ends with. */
    const rawRequest = (path: string): Promise<{ status?: number; error?: string }> =>
      new Promise((resolve) => {
        const { port } = new URL(app.baseUrl ?? '');
        const socket = net.connect(Number(port), '127.0.0.1');
        let received = '';
        const timer = setTimeout(() => socket.destroy(new Error('no answer within 10 s')), 10000);
        const done = (result: { status?: number; error?: string }) => {
          clearTimeout(timer);
          socket.destroy();
          resolve(result);
        };
        socket.on('data', (chunk) => {
          received += chunk.toString('latin1');
          const match = /^HTTP\/1\.1 (\d{3})/.exec(received);
          if (match) done({ status: Number(match[1]) });
        });
        socket.on('error', (error) => done({ error: error.message }));
        socket.on('close', () => done({ error: received === '' ? 'closed without an answer' : received.slice(0, 80) }));
        socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      });

    it('answers a 1 MB query string with a clear 4xx, not a reset or a 500, and a large accepted one (8 KB) with 200', async () => {
      const huge = await rawRequest(`/api/articles?filters[title][$contains]=${'a'.repeat(1024 * 1024)}`);
      expect(huge.error).toBeUndefined();
      expect(huge.status).toBeGreaterThanOrEqual(400);
      expect(huge.status).toBeLessThan(500);
      const large = await app.http().get(`/api/articles?filters[title][$contains]=${'a'.repeat(8 * 1024)}`);
      expect(large.status).toBe(200);
      expect(large.body.data).toEqual([]);
    });

    it.each([
      ['__proto__[polluted]=1'],
      ['constructor[prototype][polluted]=1'],
      ['filters[__proto__][polluted]=1'],
      ['filters[title][constructor][prototype][polluted]=1'],
      ['%5F%5Fproto%5F%5F[polluted]=1'],
    ])('refuses the query string %s (400 ValidationError)', async (query) => {
      for (const url of [`/api/articles?${query}`, `/api/feed?${query}`]) {
        const response = await app.http().get(url);
        expectStrapiError(response, 400);
        expect(response.body.error.name).toBe('ValidationError');
      }
    });

    it.each([
      ['/api/auth/local', '__proto__', '{"identifier":"a@b.c","password":"x","__proto__":{"polluted":true}}'],
      ['/api/auth/local', 'constructor.prototype', '{"identifier":"a@b.c","password":"x","constructor":{"prototype":{"polluted":true}}}'],
      ['/api/auth/local', 'malformed JSON', '{"identifier":"a@b.c",'],
      ['/graphql', '__proto__', '{"query":"{ articles { title } }","variables":{"__proto__":{"polluted":true}}}'],
      ['/graphql', 'constructor.prototype', '{"query":"{ articles { title } }","extensions":{"constructor":{"prototype":{"polluted":true}}}}'],
      ['/graphql', 'malformed JSON', '{"query":"{ articles { title } }"'],
    ])('refuses a JSON body to %s with %s (400)', async (url, _label, body) => {
      const response = await app.http().post(url).set('Content-Type', 'application/json').send(body);
      expectStrapiError(response, 400);
    });

    it.each([
      ['a body cut off inside a part', '--XYZ\r\nContent-Disposition: form-data; name="files"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\nabc'],
      ['no boundary at all', 'just some bytes'],
      ['a part without headers', '--XYZ\r\n\r\n\r\n--XYZ--\r\n'],
    ])('refuses a malformed multipart upload: %s (4xx, no file stored)', async (_label, body) => {
      const before = await app.strapi.db.query('plugin::upload.file').count();
      const token = await app.fullAccessToken();
      const response = await app
        .http()
        .post('/api/upload')
        .set('Authorization', `Bearer ${token}`)
        .set('Content-Type', 'multipart/form-data; boundary=XYZ')
        .send(body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body).toEqual({ data: null, error: expect.objectContaining({ status: response.status, message: expect.any(String) }) });
      expect(await app.strapi.db.query('plugin::upload.file').count()).toBe(before);
    });

    it('is still up, and no prototype was polluted in the server process', async () => {
      expect(({} as Json).polluted).toBeUndefined();
      expect((Object.create(null) as Json).polluted).toBeUndefined();
      expect((JSON.parse('{}') as Json).polluted).toBeUndefined();
      expect((await app.http().get('/_health')).status).toBe(204);
      expect((await app.http().get('/api/articles')).status).toBe(200);
    });
  });

  describe('error bodies', () => {
    it('name the problem of a bad request, without a stack', async () => {
      for (const url of ['/api/articles?filters[nope][$eq]=1', '/api/articles?filters[publishDate][$eq]=not-a-date', '/api/articles?sort=nope']) {
        const response = await app.http().get(url);
        expectStrapiError(response, 400);
        expect(response.text).not.toMatch(LEAK);
      }
    });

    it('carry no stack trace, file path or SQL for filter values that reach the database', async () => {
      // PostgreSQL refuses these values in the query itself (SQLite compares them); the status is the query
      // validation's business, the body must not show the database's error either way
      for (const url of ['/api/articles?filters[id][$eq]=abc', '/api/activities?filters[fundsAmount][$gt]=abc', '/api/articles?filters[id][$gt]=99999999999999999999999']) {
        const response = await app.http().get(url);
        expect({ url, error: response.body.error?.message ?? null }).toEqual({ url, error: response.status >= 400 ? expect.any(String) : null });
        expect(response.text).not.toMatch(LEAK);
      }
      const query = await graphql({ query: '{ activities(filters: { fundsAmount: { gt: 1e400 } }) { title } }' });
      expect(query.text).not.toMatch(LEAK);
      for (const error of query.body.errors ?? []) expect(error.extensions.stacktrace).toBeUndefined();
    });

    it('carry no stack trace, file path or SQL when the database fails, in REST and GraphQL', async () => {
      const { tableName } = app.strapi.db.metadata.get('api::activity.activity');
      // (a fresh schema builder per statement: a builder runs all the statements it has collected)
      const rename = (from: string, to: string) => app.strapi.db.connection.schema.renameTable(from, to);
      // a real database error: the table is gone while the server runs
      await rename(tableName, `${tableName}_gone`);
      try {
        const rest = await app.http().get('/api/activities?pagination[pageSize]=2');
        expect(rest.status).toBe(500);
        expect(rest.body).toEqual({ data: null, error: { status: 500, name: 'InternalServerError', message: 'Internal Server Error' } });
        expect(rest.text).not.toMatch(LEAK);
        expect(rest.text).not.toContain(tableName);

        const query = await graphql({ query: '{ activities { title } }' });
        expect(query.body.errors).toHaveLength(1);
        expect(query.body.errors[0].message).toBe('Internal Server Error');
        expect(query.body.errors[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
        expect(query.text).not.toMatch(LEAK);
        expect(query.text).not.toContain(tableName);
      } finally {
        await rename(`${tableName}_gone`, tableName);
      }
      expect((await app.http().get('/api/activities?pagination[pageSize]=2')).status).toBe(200);
    });

    it('keep the message and code of errors the app raises on purpose in GraphQL resolvers', async () => {
      const response = await graphql({ query: '{ campaignHub(slug: "no-such-campaign") { figures { activities } } }' });
      expect(response.body.errors[0].extensions.code).toBe('STRAPI_NOT_FOUND_ERROR');
      expect(response.body.errors[0].message).toMatch(/no-such-campaign/);
      expect(response.text).not.toMatch(LEAK);
      expect(response.body.errors[0].extensions.stacktrace).toBeUndefined();
    });
  });

  describe('CORS defaults, without CORS_ORIGINS (other instances on the same database)', () => {
    it.each([
      ['production', [[READER, READER], ['http://localhost:1337', undefined], ['http://127.0.0.1:5173', undefined], [EVIL, undefined]]],
      [
        'development',
        [
          [READER, READER],
          ['http://localhost:1337', 'http://localhost:1337'],
          ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
          ['http://[::1]:8080', 'http://[::1]:8080'],
          [EVIL, undefined],
          ['http://localhost.evil.example', undefined],
        ],
      ],
    ] as Array<[string, Array<[string, string | undefined]>]>)('%s', async (environment, cases) => {
      const instance = await startStrapiProcess({ NODE_ENV: environment, PUBLIC_URL: READER, CORS_ORIGINS: undefined });
      try {
        for (const [origin, allowed] of cases) {
          const response = await instance.http().get('/api/articles').set('Origin', origin);
          expect({ origin, status: response.status, allowed: response.headers['access-control-allow-origin'] }).toEqual({ origin, status: 200, allowed });
        }
      } finally {
        await instance.stop();
      }
    });
  });
});
