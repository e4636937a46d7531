/**
 * Catalogue items 25 and 26: races between instances. Two instances share one database: this process's and the built
 * app in a process of its own (two server processes for the scheduler). Ten concurrent creates with the same title
 * get ten distinct slugs and no error; two scheduler runs at the same moment, in two processes, publish each due
 * document exactly once. And Strapi's after-commit tasks (entry events), which nobody awaits, are logged when they lose
 * the database instead of ending the process with an unhandled rejection.
 */

import { spawn } from 'child_process';
import path from 'path';
import request from 'supertest';
import { ROOT } from '../helpers/databases';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startStrapi, type TestApp } from '../helpers/strapi';

const ARTICLE = 'api::article.article';

/** Loads the built app (no HTTP server), waits for "go" on stdin, runs the due schedules once and prints the result. */
const SCHEDULER = `
const { createStrapi } = require('@strapi/strapi');
(async () => {
  const strapi = await createStrapi({ appDir: process.env.TEST_APP_DIR, distDir: process.env.TEST_DIST_DIR }).load();
  process.stdout.write('ready\\n');
  await new Promise((resolve) => process.stdin.once('data', resolve));
  const run = await strapi.service('api::schedule.schedule').runDue();
  process.stdout.write('result ' + JSON.stringify(run) + '\\n');
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

interface SchedulerProcess {
  go(): void;
  result: Promise<{ published: number; unpublished: number; failed: number }>;
  ready: Promise<void>;
}

const startScheduler = (): SchedulerProcess => {
  const child = spawn(process.execPath, ['-e', SCHEDULER], {
    cwd: ROOT,
    env: { ...process.env, SEED_DEMO_CONTENT: 'false', TEST_APP_DIR: ROOT, TEST_DIST_DIR: path.join(ROOT, 'dist') },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const killer = setTimeout(() => child.kill('SIGKILL'), 90000);
  const lines = new Promise<void>((resolve) => child.once('exit', () => (clearTimeout(killer), resolve())));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready\n')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void lines.then(() => reject(new Error(`The scheduler process exited before it was ready:\n${output}`)));
  });
  const result = lines.then(() => {
    const line = output.split('\n').find((text) => text.startsWith('result '));
    if (!line) throw new Error(`The scheduler process gave no result:\n${output}`);
    return JSON.parse(line.slice('result '.length));
  });
  return { go: () => child.stdin.write('go\n'), result, ready };
};

describe('races between instances', () => {
  let app: TestApp;
  let other: ServerProcess;
  let token: string;

  beforeAll(async () => {
    app = await startStrapi('faults-races', { listen: true });
    token = await app.fullAccessToken();
    other = await startServerProcess();
  });

  afterAll(async () => {
    await other?.stop();
    await app?.stop();
  });

  it('gives ten concurrent creates with the same title ten distinct slugs, on two instances, without an error', async () => {
    const title = '同一个标题的并发稿件';
    const create = (baseUrl: string) =>
      request(baseUrl).post('/api/articles?status=draft').set('Authorization', `Bearer ${token}`).send({ data: { title } });
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => create(i % 2 === 0 ? app.baseUrl! : other.baseUrl)));
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const slugs = responses.map((response) => response.body.data.slug as string);
    expect(new Set(slugs).size).toBe(10);
    expect(slugs).toContain('tong-yi-ge-biao-ti-de-bing-fa-gao-jian');
    const rows = (await app.strapi.db.query(ARTICLE).findMany({ where: { title }, select: ['slug'] })) as Array<{ slug: string }>;
    expect(new Set(rows.map((row) => row.slug)).size).toBe(10);
  });

  it('publishes each due document exactly once when two scheduler processes run at the same moment', async () => {
    const past = new Date(Date.now() - 60000).toISOString();
    const due = [];
    for (let i = 0; i < 8; i += 1) {
      due.push(
        await app.strapi.documents(ARTICLE).create({ data: { title: `定时稿件 ${i}`, scheduledPublishAt: past } as never, status: 'draft' })
      );
    }
    const [one, two] = [startScheduler(), startScheduler()];
    await Promise.all([one.ready, two.ready]);
    one.go();
    two.go();
    const runs = await Promise.all([one.result, two.result]);

    expect(runs.reduce((sum, run) => sum + run.published, 0)).toBe(due.length);
    expect(runs.map((run) => run.failed)).toEqual([0, 0]);
    for (const { documentId } of due) {
      const rows = (await app.strapi.db.query(ARTICLE).findMany({ where: { documentId }, select: ['publishedAt', 'scheduledPublishAt'] })) as Array<{
        publishedAt: unknown;
        scheduledPublishAt: unknown;
      }>;
      // one draft and one published row, and no schedule left to run again
      expect({ documentId, published: rows.filter((row) => row.publishedAt !== null).length, rows: rows.length }).toEqual({ documentId, published: 1, rows: 2 });
      expect(rows.every((row) => row.scheduledPublishAt === null)).toBe(true);
    }
  });

  it("logs an after-commit task (an entry event's read) that loses the database instead of leaving an unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      // what Strapi's document service does after each write: a task run on commit, whose promise nobody awaits
      await app.strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => Promise.reject(Object.assign(new Error('Connection terminated unexpectedly'), { code: 'ECONNRESET' })));
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('an after-commit task (entry event, webhooks) was lost: ECONNRESET'));
    } finally {
      warn.mockRestore();
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
