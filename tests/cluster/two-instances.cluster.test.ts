/**
 * Two built instances in production mode behind nginx (deploy/nginx/newsroom.conf), on one fresh PostgreSQL
 * database and one Redis: started at the same moment, then driven through nginx, or pinned to an instance by its
 * own port where a test must prove "the other one". Figures (requests sent, failed, lost writes) are printed.
 */

import { randomBytes } from 'crypto';
import { startCluster, waitUntilReady, type Cluster } from '../helpers/cluster';
import { cm, expectStatus, httpClient, setUpAccounts, type Json } from '../helpers/cluster-http';
import { creditedJpeg } from '../helpers/images';

jest.setTimeout(240000);

type Name = 'a' | 'b';

const LOCALE = 'zh-Hans';
const ARTICLE = 'api::article.article';
const PHOTO = 'api::photo.photo';
const other = (name: Name): Name => (name === 'a' ? 'b' : 'a');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const unique = (label: string) => `${label}-${randomBytes(4).toString('hex')}`;

let cluster: Cluster;
let adminJwt: string;
let editorJwt: string;
let apiToken: string;
let photographerJwt: string;
let scheduled: { documentId: string; title: string };

const via = (target: Name | 'nginx'): string => {
  if (target !== 'nginx') return cluster.instances[target].baseUrl;
  if (!cluster.nginx) throw new Error('this cluster runs without nginx');
  return cluster.nginx.baseUrl;
};

const call = httpClient(via);

beforeAll(async () => {
  cluster = await startCluster();
  ({ adminJwt, editorJwt, apiToken, photographerJwt } = await setUpAccounts(call, 'nginx'));
  // due in two seconds: the next cron tick (every minute, on both instances) publishes it
  const title = unique('定时发布');
  const created = expectStatus(
    await call('nginx', `/api/articles?status=draft`, {
      method: 'POST',
      auth: apiToken,
      json: { data: { title, scheduledPublishAt: new Date(Date.now() + 2000).toISOString() } },
    }),
    201
  );
  scheduled = { documentId: created.body.data.documentId, title };
});

afterAll(async () => {
  await cluster?.stop();
});

describe('start-up of two instances at once on a fresh database', () => {
  it('brings both up, one after the other behind the start-up lock', async () => {
    for (const name of ['a', 'b'] as const) {
      const ready = await call(name, '/api/ready');
      expect(ready).toMatchObject({ status: 200, body: { status: 'ok', checks: { database: 'ok', storage: 'ok', redis: 'ok' } } });
    }
    const waited = (['a', 'b'] as const).filter((name) => cluster.instances[name].process.output().includes('[startup] another instance is starting'));
    expect(waited).toHaveLength(1);
  });

  it('did the start-up writes once: no duplicate roles, locales or webhooks', async () => {
    const adminRoles = expectStatus(await call('nginx', '/admin/roles', { auth: adminJwt }), 200).body.data as Array<{ code: string }>;
    const codes = adminRoles.map((role) => role.code).sort();
    expect(codes).toEqual([...new Set(codes)]);
    expect(codes).toEqual(expect.arrayContaining(['newsroom-chief-editor', 'newsroom-photographer', 'strapi-editor', 'strapi-author', 'strapi-super-admin']));

    const upRoles = expectStatus(await call('nginx', '/users-permissions/roles', { auth: adminJwt }), 200).body.roles as Array<{ type: string }>;
    const types = upRoles.map((role) => role.type).sort();
    expect(types).toEqual([...new Set(types)]);
    expect(types).toEqual(expect.arrayContaining(['public', 'authenticated', 'photographer']));

    const locales = expectStatus(await call('nginx', '/i18n/locales', { auth: adminJwt }), 200).body as Array<{ code: string }>;
    const localeCodes = locales.map((locale) => locale.code).sort();
    expect(localeCodes).toEqual([...new Set(localeCodes)]);

    const webhooks = expectStatus(await call('nginx', '/admin/webhooks', { auth: adminJwt }), 200).body.data as Array<{ name: string }>;
    expect(webhooks.filter((webhook) => webhook.name.includes('FRONTEND_WEBHOOK_URL'))).toHaveLength(1);
  });
});

describe('a photo from submission to readers across instances', () => {
  it('is submitted through one instance, published through the other, and read from either with its credit', async () => {
    const form = new FormData();
    const jpeg = await creditedJpeg({ caption: '集群测试图说', byline: '李明', bylineTitle: '记者' });
    form.append('files', new Blob([jpeg], { type: 'image/jpeg' }), 'cluster.jpg');
    const submitted = expectStatus(await call('nginx', '/api/photos/submit', { method: 'POST', auth: photographerJwt, body: form }), 201);
    const landed = cluster.instanceOf(submitted.response);
    expect(landed).toBeDefined();
    const [photo] = submitted.body.data as Json[];
    expect(photo).toMatchObject({ status: 'draft', creditLine: '■ 摄影 记者 李明' });
    expect(photo.image.url.startsWith(`${cluster.storageEndpoint}/`)).toBe(true);

    // the editor works on the other instance
    const publisher = other(landed as Name);
    expectStatus(await call(publisher, cm(PHOTO, `/${photo.documentId}/actions/publish?locale=${LOCALE}`), { method: 'POST', auth: editorJwt, json: {} }), 200);

    for (const reader of ['a', 'b', 'nginx'] as const) {
      const read = expectStatus(await call(reader, `/api/photos/${photo.documentId}?populate=image`), 200);
      expect(read.body.data).toMatchObject({ creditLine: '■ 摄影 记者 李明', image: { url: photo.image.url } });
      // the original, byte for byte, from the bucket (relative URLs, on local disk, would be served by the instance)
      const image = await fetch(new URL(read.body.data.image.url, via(reader)));
      expect(image.status).toBe(200);
      expect(Buffer.from(await image.arrayBuffer()).length).toBe(jpeg.length);
    }
  });
});

describe('no stale read across instances', () => {
  /** Reads `path` from both instances until both have it cached, so that a stale entry would be served. */
  const primeBoth = async (path: string) => {
    for (const name of ['a', 'b'] as const) {
      await call(name, path);
      expect((await call(name, path)).headers.get('x-cache')).toBe('HIT');
    }
  };

  /** Every read after a write, on both instances and through nginx. */
  const readEverywhere = async (path: string) =>
    Promise.all((['a', 'b', 'nginx'] as const).map(async (target) => ({ target, ...(await call(target, path)) })));

  /**
   * Steps of writes on one document, each followed by reads on both instances and through nginx of `list`, primed
   * into both caches before the write; a read that does not show `expected` (the `field` of each item) is stale.
   */
  const steps = (list: string, field: 'title' | 'caption') => {
    const stale: string[] = [];
    return {
      stale,
      step: async (name: string, write: () => Promise<unknown>, expected: string[]) => {
        await primeBoth(list);
        await write();
        for (const result of await readEverywhere(list)) {
          const seen = (result.body.data as Json[]).map((item) => item[field]);
          if (JSON.stringify(seen) !== JSON.stringify(expected)) stale.push(`${name} on ${result.target}: ${JSON.stringify(seen)}`);
        }
      },
    };
  };
  const cmAction = (writer: Name, uid: string, documentId: string, action: 'publish' | 'unpublish') => async () =>
    expectStatus(await call(writer, cm(uid, `/${documentId}/actions/${action}?locale=${LOCALE}`), { method: 'POST', auth: editorJwt, json: {} }), 200);

  it.each(['a', 'b'] as const)('after create, update, unpublish, publish and delete of an article written through %s', async (writer) => {
    const title = unique('集群文章');
    const { stale, step } = steps(`/api/articles?filters[title][$startsWith]=${encodeURIComponent(title)}`, 'title');
    let documentId = '';
    await step('create', async () => {
      const created = expectStatus(await call(writer, '/api/articles', { method: 'POST', auth: apiToken, json: { data: { title } } }), 201);
      documentId = created.body.data.documentId;
    }, [title]);
    await step('update', async () =>
      expectStatus(await call(writer, `/api/articles/${documentId}`, { method: 'PUT', auth: apiToken, json: { data: { title: `${title} 改` } } }), 200),
    [`${title} 改`]);
    await step('unpublish', cmAction(writer, ARTICLE, documentId, 'unpublish'), []);
    await step('publish', cmAction(writer, ARTICLE, documentId, 'publish'), [`${title} 改`]);
    await step('delete', async () => expectStatus(await call(writer, `/api/articles/${documentId}`, { method: 'DELETE', auth: apiToken }), 204), []);
    expect(stale).toEqual([]);
  });

  it.each(['a', 'b'] as const)('after submit, publish, update, unpublish and delete of a photo written through %s', async (writer) => {
    const caption = unique('集群图片');
    const { stale, step } = steps(`/api/photos?filters[caption][$startsWith]=${encodeURIComponent(caption)}`, 'caption');
    let documentId = '';
    await step('submit (a draft)', async () => {
      const form = new FormData();
      form.append('files', new Blob([await creditedJpeg({ caption, byline: '王强' })], { type: 'image/jpeg' }), 'p.jpg');
      const submitted = expectStatus(await call(writer, '/api/photos/submit', { method: 'POST', auth: photographerJwt, body: form }), 201);
      documentId = (submitted.body.data as Json[])[0].documentId;
    }, []);
    await step('publish', cmAction(writer, PHOTO, documentId, 'publish'), [caption]);
    await step('update', async () =>
      expectStatus(await call(writer, `/api/photos/${documentId}`, { method: 'PUT', auth: apiToken, json: { data: { caption: `${caption} 改` } } }), 200),
    [`${caption} 改`]);
    await step('unpublish', cmAction(writer, PHOTO, documentId, 'unpublish'), []);
    await step('publish again', cmAction(writer, PHOTO, documentId, 'publish'), [`${caption} 改`]);
    await step('delete', async () => expectStatus(await call(writer, `/api/photos/${documentId}`, { method: 'DELETE', auth: apiToken }), 204), []);
    expect(stale).toEqual([]);
  });
});

describe('the login limit across instances', () => {
  it('counts failures made on either instance together', async () => {
    // a client address of this test's own (IS_PROXIED trusts one X-Forwarded-For hop), so no other test is limited
    const client = { 'X-Forwarded-For': '203.0.113.77' };
    const attempt = (target: Name) =>
      call(target, '/api/auth/local', { method: 'POST', headers: client, json: { identifier: 'li.ming@newsroom.test', password: 'wrong-password' } });
    const statuses: number[] = [];
    for (const target of ['a', 'b', 'a', 'b', 'a'] as const) statuses.push((await attempt(target)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    // the sixth, on either instance, is refused: 3 failures were counted on a and 2 on b
    for (const target of ['b', 'a'] as const) {
      const refused = await attempt(target);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    }
  });
});

describe('scheduled publishing with cron on both instances', () => {
  it('publishes the due article exactly once', async () => {
    const deadline = Date.now() + 125000;
    let status = 404;
    while (Date.now() < deadline) {
      status = (await call('nginx', `/api/articles/${scheduled.documentId}`)).status;
      if (status === 200) break;
      await sleep(1000);
    }
    expect(status).toBe(200);
    // both instances ran the same tick; their webhooks are sent after the commit
    await sleep(5000);
    const publishes = cluster.webhooks.filter((call) => call.event === 'entry.publish' && call.entry?.documentId === scheduled.documentId);
    expect(publishes).toHaveLength(1);
  });
});

interface LoadFigures {
  sent: number;
  failed: number;
  statuses: Record<string, number>;
  /** the instance that answered, from X-Upstream-Addr */
  answeredBy: Record<string, number>;
}

/** `concurrency` readers through nginx until `stop()`; every answer other than 200 counts as failed. */
const readLoad = (concurrency: number) => {
  const figures: LoadFigures = { sent: 0, failed: 0, statuses: {}, answeredBy: {} };
  const lastAnswer: Partial<Record<Name, number>> = {};
  let running = true;
  const paths = ['/api/articles', '/api/photos?populate=image', '/api/feed', `/api/articles/${scheduled.documentId}`];
  const reader = async (index: number) => {
    let i = index;
    while (running) {
      i += 1;
      figures.sent += 1;
      const status = await fetch(`${via('nginx')}${paths[i % paths.length]}`).then(
        async (response) => {
          await response.arrayBuffer();
          const name = cluster.instanceOf(response);
          if (name) {
            figures.answeredBy[name] = (figures.answeredBy[name] ?? 0) + 1;
            lastAnswer[name] = Date.now();
          }
          return String(response.status);
        },
        (error: Error) => `error ${error.message}`
      );
      figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
      if (status !== '200') figures.failed += 1;
    }
  };
  const readers = Array.from({ length: concurrency }, (_, index) => reader(index));
  return {
    figures,
    /** resolves once nginx has sent a read to `name` after `since` */
    servedBy: async (name: Name, since: number, timeoutMs = 30000) => {
      const deadline = Date.now() + timeoutMs;
      while ((lastAnswer[name] ?? 0) <= since) {
        if (Date.now() > deadline) throw new Error(`nginx sent no read to ${name} within ${timeoutMs} ms`);
        await sleep(100);
      }
    },
    stop: async () => {
      running = false;
      await Promise.all(readers);
      return figures;
    },
  };
};

/** Creates articles through nginx one after the other until `stop()`; remembers the acknowledged ones. */
const writeLoad = () => {
  const acknowledged: string[] = [];
  let sent = 0;
  let failed = 0;
  let running = true;
  const writer = (async () => {
    while (running) {
      sent += 1;
      const title = unique('写入');
      const result = await call('nginx', '/api/articles', { method: 'POST', auth: apiToken, json: { data: { title } } }).catch(() => undefined);
      if (result?.status === 201) acknowledged.push(result.body.data.documentId);
      else failed += 1;
      await sleep(50);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await writer;
      // every acknowledged write is there, read from each instance
      let lost = 0;
      for (const documentId of acknowledged) {
        const found = await Promise.all((['a', 'b'] as const).map((name) => call(name, `/api/articles/${documentId}`)));
        if (found.some((result) => result.status !== 200)) lost += 1;
      }
      return { sent, failed, acknowledged: acknowledged.length, lost };
    },
  };
};

describe('an instance lost and replaced under load', () => {
  it('kill -9: nginx retries on the other, no read fails, no acknowledged write is lost; it restarts and rejoins', async () => {
    const load = readLoad(4);
    const writes = writeLoad();
    await sleep(2000);
    const victim: Name = 'a';
    const killedAt = Date.now();
    cluster.instances[victim].process.child.kill('SIGKILL');
    await cluster.instances[victim].process.exited;
    await sleep(4000);
    const failedWhileDown = load.figures.failed;
    const restartedAt = Date.now();
    await cluster.start(victim);
    await load.servedBy(victim, restartedAt);
    const reads = await load.stop();
    const written = await writes.stop();
    console.log(
      `[cluster] kill -9 of one instance under read load: reads sent ${reads.sent}, failed ${reads.failed} ` +
        `(${failedWhileDown} before the restart) ${JSON.stringify(reads.statuses)}, answered by ${JSON.stringify(reads.answeredBy)}; ` +
        `writes sent ${written.sent}, acknowledged ${written.acknowledged}, failed ${written.failed}, lost ${written.lost}; ` +
        `down ${((restartedAt - killedAt) / 1000).toFixed(1)} s`
    );
    expect({ failedReads: reads.failed, lostWrites: written.lost }).toEqual({ failedReads: 0, lostWrites: 0 });
    expect(written.acknowledged).toBeGreaterThan(0);
  });

  it('rolling restart (SIGTERM one, start it, then the other) under read load: 0 failed requests', async () => {
    const load = readLoad(4);
    const writes = writeLoad();
    await sleep(1000);
    const exits: Array<{ code: number | null; signal: NodeJS.Signals | null }> = [];
    for (const name of ['a', 'b'] as const) {
      const instance = cluster.instances[name];
      instance.process.child.kill('SIGTERM');
      exits.push(await instance.process.exited);
      const restartedAt = Date.now();
      await cluster.start(name);
      await waitUntilReady(cluster.instances[name].baseUrl);
      await load.servedBy(name, restartedAt);
    }
    const reads = await load.stop();
    const written = await writes.stop();
    console.log(
      `[cluster] rolling restart under read load: reads sent ${reads.sent}, failed ${reads.failed} ${JSON.stringify(reads.statuses)}, ` +
        `answered by ${JSON.stringify(reads.answeredBy)}; writes sent ${written.sent}, acknowledged ${written.acknowledged}, ` +
        `failed ${written.failed}, lost ${written.lost}`
    );
    expect(exits).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    expect({ failedReads: reads.failed, failedWrites: written.failed, lostWrites: written.lost }).toEqual({ failedReads: 0, failedWrites: 0, lostWrites: 0 });
  });
});
