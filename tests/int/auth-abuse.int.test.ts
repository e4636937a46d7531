/**
 * Abuse of authentication (issue 11, catalogue items 9-11): mass assignment on registration and on content writes,
 * login brute force (two instances behind one proxy sharing one Redis; then no Redis and no proxy; then Redis unreachable),
 * and forged, expired or misplaced JWTs and tokens on REST, GraphQL and the admin API.
 * Every login test takes client addresses and identifiers of its own, so no two tests share a count.
 */

import { createHmac, randomBytes } from 'crypto';
import net from 'net';
import Redis from 'ioredis';
import { connectTestRedis, dropTestRedis, TEST_REDIS_URL } from '../helpers/redis';
import { startStrapi, startStrapiProcess, type TestApp, type TestProcess } from '../helpers/strapi';

type Json = Record<string, any>;
type Http = () => ReturnType<TestApp['http']>;

const REDIS_URL = TEST_REDIS_URL;
const PREFIX = `newsroom-test:${randomBytes(4).toString('hex')}:`;
const USER = 'plugin::users-permissions.user';
const PASSWORD = 'Correct-Horse-2026';
const ADMIN = { email: 'admin@newsroom.local', password: 'Newsroom-Admin-2026' };
const EDITOR = { email: 'editor@newsroom.local', password: 'Newsroom-Editor-2026' };
/** the limit settings at their documented defaults */
const DEFAULT_LIMITS = { LOGIN_LIMIT: undefined, LOGIN_MAX_FAILURES: undefined, LOGIN_WINDOW_SECONDS: undefined, AUTH_MAX_REQUESTS: undefined };

let addressCount = 0;
/** A client address of the test's own (TEST-NET-2), as the trusted proxy would report it. */
const nextAddress = () => {
  addressCount += 1;
  return `198.51.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}`;
};
const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

const login = (http: Http, identifier: string, password: string, address?: string) => {
  const request = http().post('/api/auth/local');
  if (address) request.set('X-Forwarded-For', address);
  return request.send({ identifier, password });
};

const LOGIN_MUTATION = 'mutation Login($input: UsersPermissionsLoginInput!) { login(input: $input) { jwt user { id } } }';
const graphqlLogin = (http: Http, identifier: string, password: string, address: string) =>
  http().post('/graphql').set('X-Forwarded-For', address).send({ query: LOGIN_MUTATION, variables: { input: { identifier, password, provider: 'local' } } });

const expectRateLimited = (response: { status: number; body: Json; headers: Record<string, string> }) => {
  expect(response.status).toBe(429);
  expect(response.body).toEqual({
    data: null,
    error: { status: 429, name: 'RateLimitError', message: expect.any(String), details: { retryAfter: expect.any(Number) } },
  });
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(300);
};

const expectInvalidCredentials = (response: { status: number; body: Json }) => {
  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError', message: 'Invalid identifier or password' });
};

const createUser = async (app: TestApp, label: string): Promise<{ id: number; email: string; username: string }> => {
  const role = (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } })) as { id: number };
  const username = unique(label);
  const email = `${username}@example.org`;
  const user = (await app.strapi.plugin('users-permissions').service('user').add({
    username,
    email,
    password: PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  })) as { id: number };
  return { id: user.id, email, username };
};

// JWTs made by hand: HS256 with a given secret, or no signature at all
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signJwt = (payload: Json, secret: string, header: Json = { alg: 'HS256', typ: 'JWT' }) => {
  const unsigned = `${base64url(header)}.${base64url(payload)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
};
const withPayload = (jwt: string, change: (payload: Json) => Json) => {
  const [header, payload, signature] = jwt.split('.');
  return [header, base64url(change(JSON.parse(Buffer.from(payload, 'base64url').toString()) as Json)), signature].join('.');
};
const withSignature = (jwt: string) => {
  const [header, payload, signature] = jwt.split('.');
  const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
  return [header, payload, flipped].join('.');
};
const now = () => Math.floor(Date.now() / 1000);

describe('two instances behind one trusted proxy, sharing Redis', () => {
  let a: TestApp;
  let b: TestProcess;
  let redis: Redis;
  let token: string;
  const SHARED = { ...DEFAULT_LIMITS, REDIS_URL, REDIS_PREFIX: PREFIX, IS_PROXIED: '1', PUBLIC_URL: undefined };
  const instances = (): Http[] => [() => a.http(), () => b.http()];

  beforeAll(async () => {
    redis = await connectTestRedis();
    a = await startStrapi('auth-abuse', { env: SHARED });
    b = await startStrapiProcess(SHARED);
    token = await a.fullAccessToken();
  });

  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await dropTestRedis(redis, PREFIX);
  });

  describe('login brute force (item 10)', () => {
    it('refuses the 6th attempt for one identifier, from any address, on either instance, however it is written', async () => {
      const user = await createUser(a, 'victim');
      const spellings = [user.email, user.email.toUpperCase(), ` ${user.email} `, user.email.replace('@', '\u200b@'), user.email.replace(/e/g, 'ｅ')];
      for (const [index, identifier] of spellings.entries()) {
        expectInvalidCredentials(await login(instances()[index % 2], identifier, 'wrong-password', nextAddress()));
      }
      // the right password from a new address on the other instance: refused too, so the limit is no oracle
      expectRateLimited(await login(instances()[1], user.email, PASSWORD, nextAddress()));
      // the counts live in Redis, under this suite's prefix
      expect((await redis.keys(`${PREFIX}login-limit:api:login:id:*`)).length).toBeGreaterThan(0);
      // another account is not affected
      const other = await createUser(a, 'bystander');
      expect((await login(instances()[1], other.email, PASSWORD, nextAddress())).status).toBe(200);
    });

    it('refuses the 6th failure from one address across identifiers; other addresses go on', async () => {
      const address = nextAddress();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expectInvalidCredentials(await login(instances()[attempt % 2], unique('nobody'), 'wrong', address));
      }
      const user = await createUser(a, 'same-address');
      expectRateLimited(await login(instances()[0], user.email, PASSWORD, address));
      expectRateLimited(await login(instances()[1], unique('nobody'), 'wrong', address));
      expect((await login(instances()[1], user.email, PASSWORD, nextAddress())).status).toBe(200);
    });

    it('counts parallel attempts: of 20 at once for one account, exactly 5 are tried', async () => {
      const user = await createUser(a, 'parallel');
      // on the instance that listens on a port of its own (supertest would open one server per request on the other)
      const responses = await Promise.all(Array.from({ length: 20 }, () => login(() => b.http(), user.email, 'wrong', nextAddress())));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([...Array(5).fill(400), ...Array(15).fill(429)]);
    });

    it('lets a client-sent X-Forwarded-For neither reset nor shift its count (IS_PROXIED=1: only the last hop is believed)', async () => {
      const real = nextAddress();
      // the proxy appends the address it saw to whatever the client sent
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await instances()[attempt % 2]()
          .post('/api/auth/local')
          .set('X-Forwarded-For', `${nextAddress()}, 10.0.0.${attempt}, ${real}`)
          .send({ identifier: unique('nobody'), password: 'wrong' });
        expectInvalidCredentials(response);
      }
      const spoofed = await a.http().post('/api/auth/local').set('X-Forwarded-For', `${nextAddress()}, ${real}`).send({ identifier: unique('nobody'), password: 'wrong' });
      expectRateLimited(spoofed);
    });

    it("does not reset another identifier's count, nor the address's failures, on a success; its own count is forgotten", async () => {
      const target = await createUser(a, 'target');
      const other = await createUser(a, 'other');
      for (let attempt = 0; attempt < 4; attempt += 1) expectInvalidCredentials(await login(instances()[attempt % 2], target.email, 'wrong', nextAddress()));
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await login(instances()[attempt % 2], other.email, PASSWORD, nextAddress())).status).toBe(200);
      expectInvalidCredentials(await login(instances()[0], target.email, 'wrong', nextAddress()));
      expectRateLimited(await login(instances()[1], target.email, 'wrong', nextAddress()));

      // one address: 3 failures, a success (not a failure, and no reset), 2 failures, then refused
      const address = nextAddress();
      for (let attempt = 0; attempt < 3; attempt += 1) expectInvalidCredentials(await login(instances()[attempt % 2], unique('nobody'), 'wrong', address));
      expect((await login(instances()[0], other.email, PASSWORD, address)).status).toBe(200);
      for (let attempt = 0; attempt < 2; attempt += 1) expectInvalidCredentials(await login(instances()[attempt % 2], unique('nobody'), 'wrong', address));
      expectRateLimited(await login(instances()[1], unique('nobody'), 'wrong', address));

      // the account's owner signing in forgets the failures of that account only
      const owner = await createUser(a, 'owner');
      for (let attempt = 0; attempt < 4; attempt += 1) expectInvalidCredentials(await login(instances()[attempt % 2], owner.email, 'wrong', nextAddress()));
      expect((await login(instances()[0], owner.email, PASSWORD, nextAddress())).status).toBe(200);
      for (let attempt = 0; attempt < 5; attempt += 1) expectInvalidCredentials(await login(instances()[attempt % 2], owner.email, 'wrong', nextAddress()));
      expectRateLimited(await login(instances()[0], owner.email, PASSWORD, nextAddress()));
    });

    it('counts the GraphQL login mutation together with REST', async () => {
      const user = await createUser(a, 'graphql');
      for (let attempt = 0; attempt < 3; attempt += 1) expectInvalidCredentials(await login(instances()[attempt % 2], user.email, 'wrong', nextAddress()));
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const response = await graphqlLogin(instances()[attempt % 2], user.email.toUpperCase(), 'wrong', nextAddress());
        expect(response.body.errors[0].extensions.error.name).toBe('ValidationError');
      }
      const refused = await graphqlLogin(instances()[1], user.email, PASSWORD, nextAddress());
      expect(refused.status).toBeLessThan(500);
      expect(refused.body.data).toBeNull();
      expect(refused.body.errors[0].extensions).toMatchObject({ code: 'STRAPI_RATE_LIMIT_ERROR', error: { name: 'RateLimitError' } });
      expectRateLimited(await login(instances()[0], user.email, PASSWORD, nextAddress()));

      // and the other way round: GraphQL failures first, then REST is refused
      const second = await createUser(a, 'graphql-first');
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await graphqlLogin(instances()[attempt % 2], second.email, 'wrong', nextAddress());
        expect(response.body.errors[0].extensions.error.name).toBe('ValidationError');
      }
      expectRateLimited(await login(instances()[1], second.email, PASSWORD, nextAddress()));
      const working = await graphqlLogin(instances()[0], (await createUser(a, 'graphql-ok')).email, PASSWORD, nextAddress());
      expect(working.body.data.login.jwt).toEqual(expect.any(String));
    });

    it('limits the admin panel login the same way', async () => {
      const spellings = [EDITOR.email, EDITOR.email.toUpperCase(), `${EDITOR.email} `, EDITOR.email, EDITOR.email];
      for (const [index, email] of spellings.entries()) {
        const response = await instances()[index % 2]().post('/admin/login').set('X-Forwarded-For', nextAddress()).send({ email, password: 'wrong' });
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('ApplicationError');
      }
      expectRateLimited(await b.http().post('/admin/login').set('X-Forwarded-For', nextAddress()).send(EDITOR));
      // a user-facing login of the same name is counted apart
      expectInvalidCredentials(await login(instances()[0], EDITOR.email, 'wrong', nextAddress()));
    });

    it('limits forgot-password and reset-password flooding, per address and per e-mail', async () => {
      const address = nextAddress();
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const response = await instances()[attempt % 2]().post('/api/auth/forgot-password').set('X-Forwarded-For', address).send({ email: `${unique('x')}@example.org` });
        expect(response.status).toBe(200);
      }
      expectRateLimited(await a.http().post('/api/auth/forgot-password').set('X-Forwarded-For', address).send({ email: `${unique('x')}@example.org` }));

      const email = `${unique('flooded')}@example.org`;
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const response = await instances()[attempt % 2]().post('/api/auth/forgot-password').set('X-Forwarded-For', nextAddress()).send({ email });
        expect(response.status).toBe(200);
      }
      expectRateLimited(await b.http().post('/api/auth/forgot-password').set('X-Forwarded-For', nextAddress()).send({ email: email.toUpperCase() }));

      const resetter = nextAddress();
      const reset = () => ({ code: randomBytes(8).toString('hex'), password: 'New-Password-1', passwordConfirmation: 'New-Password-1' });
      for (let attempt = 0; attempt < 10; attempt += 1) {
        const response = await instances()[attempt % 2]().post('/api/auth/reset-password').set('X-Forwarded-For', resetter).send(reset());
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe('Incorrect code provided');
      }
      expectRateLimited(await a.http().post('/api/auth/reset-password').set('X-Forwarded-For', resetter).send(reset()));
    });
  });

  describe('mass assignment (item 9)', () => {
    const register = (body: Json) => a.http().post('/api/auth/local/register').set('X-Forwarded-For', nextAddress()).send(body);
    const usersWithEmail = (email: string) => a.strapi.db.query(USER).count({ where: { email } });

    it('registers with username, email and password, on the default role, unconfirmed fields chosen by the server', async () => {
      const username = unique('reader');
      const response = await register({ username, email: `${username}@example.org`, password: PASSWORD });
      expect(response.status).toBe(200);
      const stored = (await a.strapi.db.query(USER).findOne({ where: { username }, populate: { role: true } })) as Json;
      expect(stored).toMatchObject({ provider: 'local', blocked: false, role: { type: 'authenticated' } });
    });

    test.each([
      ['role', async () => ((await a.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'photographer' } })) as Json).id],
      ['role', async () => ({ connect: [{ id: 1 }] })],
      ['confirmed', async () => true],
      ['blocked', async () => false],
      ['provider', async () => 'github'],
      ['id', async () => 999999],
      ['documentId', async () => 'abcdefghijklmnopqrstuvwx'],
      ['resetPasswordToken', async () => 'known-token'],
      ['confirmationToken', async () => 'known-token'],
      ['createdBy', async () => 1],
    ])('refuses registration with %s (400) and stores nothing', async (field, value) => {
      const username = unique('intruder');
      const email = `${username}@example.org`;
      const response = await register({ username, email, password: PASSWORD, [field]: await value() });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError', message: `Invalid parameters: ${field}` } });
      expect(await usersWithEmail(email)).toBe(0);
    });

    it('refuses extra fields in the GraphQL register mutation and stores nothing', async () => {
      const username = unique('gql-intruder');
      const email = `${username}@example.org`;
      const response = await a.http()
        .post('/graphql')
        .set('X-Forwarded-For', nextAddress())
        .send({ query: `mutation { register(input: { username: "${username}", email: "${email}", password: "${PASSWORD}", role: 3, confirmed: true }) { jwt } }` });
      expect(response.status).toBe(400);
      expect(response.body.errors.length).toBeGreaterThan(0);
      expect(await usersWithEmail(email)).toBe(0);
    });

    const auth = () => ({ Authorization: `Bearer ${token}` });
    const rows = (uid: string, where: Json) => a.strapi.db.query(uid as never).findMany({ where, populate: { createdBy: true, updatedBy: true } }) as Promise<Json[]>;

    it.each([
      ['publishedAt', '2001-01-01T00:00:00.000Z'],
      ['createdBy', 1],
      ['updatedBy', 1],
      ['documentId', 'aaaaaaaaaaaaaaaaaaaaaaaa'],
      ['id', 424242],
      ['createdAt', '2001-01-01T00:00:00.000Z'],
      ['locale', 'en'],
    ])('REST with an API token: %s in the body is refused (400) or not stored', async (field, value) => {
      const title = unique('mass-assignment');
      const response = await a.http().post('/api/articles?status=draft').set(auth()).send({ data: { title, [field]: value } });
      expect(response.status).toBeLessThan(500);
      const stored = await rows('api::article.article', { title });
      if (response.status === 400) {
        expect(response.body.error.name).toBe('ValidationError');
        expect(stored).toHaveLength(0);
        return;
      }
      expect(response.status).toBe(201);
      expect(stored).toHaveLength(1); // a draft only: nothing published
      const [row] = stored;
      expect(row.publishedAt).toBeNull();
      expect(row.createdBy).toBeNull();
      expect(row.updatedBy).toBeNull();
      expect(row.documentId).not.toBe('aaaaaaaaaaaaaaaaaaaaaaaa');
      expect(row.id).not.toBe(424242);
      expect(String(row.createdAt)).not.toContain('2001');
      if (field === 'locale') expect(row.locale).not.toBe('en'); // the body's locale is ignored
    });

    it('REST update with an API token cannot move a document, its author or its publication', async () => {
      const created = await a.http().post('/api/articles?status=draft').set(auth()).send({ data: { title: unique('to-update') } });
      expect(created.status).toBe(201);
      const { documentId } = created.body.data as Json;
      for (const data of [{ documentId: 'bbbbbbbbbbbbbbbbbbbbbbbb' }, { publishedAt: new Date().toISOString() }, { createdBy: 1 }, { updatedBy: 1 }, { id: 1 }]) {
        const response = await a.http().put(`/api/articles/${documentId}?status=draft`).set(auth()).send({ data });
        expect({ data, status: response.status < 500 }).toEqual({ data, status: true });
      }
      const stored = await rows('api::article.article', { documentId });
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ publishedAt: null, createdBy: null, updatedBy: null });
      expect(await a.strapi.db.query('api::article.article').count({ where: { documentId: 'bbbbbbbbbbbbbbbbbbbbbbbb' } })).toBe(0);
    });

    it('refuses a photo creditLine or structuredData from REST and GraphQL, ', async () => {
      const rest = await a.http().post('/api/photos?status=draft').set(auth()).send({ data: { creditName: '某人', creditLine: '■ 伪造' } });
      expect(rest.status).toBe(400);
      const structured = await a.http().post('/api/photos?status=draft').set(auth()).send({ data: { creditName: '某人', structuredData: { '@type': 'x' } } });
      expect(structured.status).toBe(400);
      expect(await a.strapi.db.query('api::photo.photo').count({ where: { creditName: '某人' } })).toBe(0);

      const graphql = await a.http()
        .post('/graphql')
        .set(auth())
        .send({ query: 'mutation { createPhoto(status: DRAFT, data: { creditName: "某人", creditLine: "■ 伪造" }) { documentId } }' });
      expect(graphql.status).toBe(400);
      expect(await a.strapi.db.query('api::photo.photo').count({ where: { creditName: '某人' } })).toBe(0);

    });

    it('GraphQL writes with an API token cannot set publishedAt, createdBy or documentId', async () => {
      for (const field of ['publishedAt: "2001-01-01T00:00:00.000Z"', 'createdBy: 1', 'documentId: "cccccccccccccccccccccccc"', 'id: 5']) {
        const title = unique('gql-mass');
        const response = await a.http()
          .post('/graphql')
          .set(auth())
          .send({ query: `mutation { createArticle(status: DRAFT, data: { title: "${title}", ${field} }) { documentId } }` });
        expect(response.status).toBeLessThan(500);
        const stored = await rows('api::article.article', { title });
        if (response.body.errors) {
          expect(stored).toHaveLength(0);
          continue;
        }
        expect(stored).toHaveLength(1);
        expect(stored[0]).toMatchObject({ publishedAt: null, createdBy: null });
        expect(stored[0].documentId).not.toBe('cccccccccccccccccccccccc');
      }
    });
  });

  describe('forged, expired and misplaced JWTs (item 11)', () => {
    let userJwt: string;
    let adminJwt: string;
    let userId: number;

    beforeAll(async () => {
      const user = await createUser(a, 'jwt');
      userId = user.id;
      const signedIn = await login(() => a.http(), user.email, PASSWORD, nextAddress());
      expect(signedIn.status).toBe(200);
      userJwt = signedIn.body.jwt as string;
      const admin = await a.http().post('/admin/login').set('X-Forwarded-For', nextAddress()).send(ADMIN);
      expect(admin.status).toBe(200);
      adminJwt = admin.body.data.token as string;
    });

    const contentApi = (http: Http, bearer: string) => http().get('/api/users/me').set('Authorization', `Bearer ${bearer}`);
    const graphqlMe = (http: Http, bearer: string) => http().post('/graphql').set('Authorization', `Bearer ${bearer}`).send({ query: '{ articles { documentId } }' });
    const adminApi = (http: Http, bearer: string) => http().get('/admin/users/me').set('Authorization', `Bearer ${bearer}`);

    it('accepts the genuine tokens where they belong', async () => {
      expect((await contentApi(() => a.http(), userJwt)).body.id).toBe(userId);
      expect((await graphqlMe(() => b.http(), userJwt)).status).toBe(200);
      expect((await adminApi(() => b.http(), adminJwt)).status).toBe(200);
    });

    const forgedUserJwts = (): Array<[string, string]> => [
      ['a tampered signature', withSignature(userJwt)],
      ['a tampered payload (another id)', withPayload(userJwt, (payload) => ({ ...payload, id: payload.id + 1 }))],
      ['alg none', `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ id: userId, iat: now() })}.`],
      ['alg none, signature kept', `${base64url({ alg: 'none', typ: 'JWT' })}.${userJwt.split('.')[1]}.${userJwt.split('.')[2]}`],
      ['a wrong secret', signJwt({ id: userId, iat: now(), exp: now() + 3600 }, randomBytes(24).toString('base64'))],
      ['an expired token', signJwt({ id: userId, iat: now() - 7200, exp: now() - 3600 }, process.env.JWT_SECRET as string)],
      ['HS512 with the right secret but a changed header', withPayload(userJwt, (payload) => payload).replace(/^[^.]+/, base64url({ alg: 'HS512', typ: 'JWT' }))],
      ['garbage', 'not.a.jwt'],
      ['an admin JWT', adminJwt],
    ];

    it('answers 401 on the content API, REST and GraphQL, on both instances, to forged, expired and admin JWTs', async () => {
      for (const [name, jwt] of forgedUserJwts()) {
        for (const http of instances()) {
          const rest = await contentApi(http, jwt);
          expect({ name, status: rest.status }).toEqual({ name, status: 401 });
          expect(rest.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError' } });
          const articles = await http().get('/api/articles').set('Authorization', `Bearer ${jwt}`);
          expect({ name, status: articles.status }).toEqual({ name, status: 401 });
          const graphql = await graphqlMe(http, jwt);
          expect({ name, status: graphql.status }).toEqual({ name, status: 401 });
        }
      }
    });

    it('answers 401 on the admin API to users-permissions JWTs, API tokens and forged admin JWTs', async () => {
      const forged: Array<[string, string]> = [
        ['a users-permissions JWT', userJwt],
        ['a full-access API token', token],
        ['a tampered admin signature', withSignature(adminJwt)],
        ['an admin payload made super', withPayload(adminJwt, (payload) => ({ ...payload, userId: 1, id: 1 }))],
        ['admin alg none', `${base64url({ alg: 'none', typ: 'JWT' })}.${adminJwt.split('.')[1]}.`],
        ['an admin JWT with a wrong secret', signJwt(JSON.parse(Buffer.from(adminJwt.split('.')[1], 'base64url').toString()) as Json, randomBytes(24).toString('base64'))],
        ['an expired admin JWT', signJwt({ ...(JSON.parse(Buffer.from(adminJwt.split('.')[1], 'base64url').toString()) as Json), iat: now() - 7200, exp: now() - 3600 }, process.env.ADMIN_JWT_SECRET as string)],
      ];
      for (const [name, bearer] of forged) {
        for (const http of instances()) {
          const response = await adminApi(http, bearer);
          expect({ name, status: response.status }).toEqual({ name, status: 401 });
        }
      }
    });
  });
});

/** A port that was just free. */
const freePort = async (): Promise<number> => {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
};

describe('no Redis, no proxy: counts in memory, X-Forwarded-For ignored', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('auth-abuse-memory', { env: { ...DEFAULT_LIMITS, REDIS_URL: undefined, IS_PROXIED: undefined, LOGIN_MAX_FAILURES: '3' } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('counts by the socket address whatever X-Forwarded-For says, with the configured limit', async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) expectInvalidCredentials(await login(() => app.http(), unique('nobody'), 'wrong', nextAddress()));
    const refused = await login(() => app.http(), unique('nobody'), 'wrong', nextAddress());
    expectRateLimited(refused);
    expect(refused.body.error.message).not.toContain('127.0.0.1');
  });
});

describe('Redis unreachable', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi('auth-abuse-no-redis', {
      env: { ...DEFAULT_LIMITS, REDIS_URL: `redis://127.0.0.1:${await freePort()}`, REDIS_PREFIX: PREFIX, IS_PROXIED: 'true' },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('counts in memory, never fails a login, and warned once (at start) rather than per request', async () => {
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      const user = await createUser(app, 'outage');
      expect((await login(() => app.http(), user.email, PASSWORD, nextAddress())).status).toBe(200);
      for (let attempt = 0; attempt < 5; attempt += 1) expectInvalidCredentials(await login(() => app.http(), user.email, 'wrong', nextAddress()));
      expectRateLimited(await login(() => app.http(), user.email, PASSWORD, nextAddress()));
      expect(warn.mock.calls.filter(([message]) => String(message).startsWith('[login-limit]'))).toHaveLength(0);
    } finally {
      warn.mockRestore();
    }
  });
});
