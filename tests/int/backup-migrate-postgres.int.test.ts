/**
 * The migration path: `npm run backup` of a SQLite newsroom restored by `npm run restore` into an empty PostgreSQL
 * database. Everything must read the same: the fingerprint (tables in the archive's neutral form, every document's
 * public JSON, every file's bytes), the seed article and its credits, the activities' figures, and the desk signs in.
 * PostgreSQL tier only (it needs both databases; the same-database round trips are in backup-restore.int.test.ts).
 */

import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { fingerprint } from '../../src/backup/fingerprint';
import { addDraftContent, adminCreatesArticle, createTarget, fingerprintOf, photoCredits, readerView, runScript, SEED_CREDITS, type Target } from '../helpers/backup';
import { startServerProcess } from '../helpers/server-process';
import { startStrapi, type TestApp } from '../helpers/strapi';

let source: TestApp;
let restored: Target;
let scratch: string;

afterAll(async () => {
  await restored?.drop();
  await source?.stop();
  if (scratch) await fs.rm(scratch, { recursive: true, force: true });
});

it('moves a SQLite newsroom to PostgreSQL with nothing lost', async () => {
  // Given the seeded newsroom on SQLite, with drafts, and its backup
  source = await startStrapi('backup-sqlite-source', { seed: true, listen: true, client: 'sqlite' });
  await addDraftContent(source.strapi);
  scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-migrate-test-'));
  const archive = path.join(scratch, 'newsroom.backup');
  const backup = await runScript('backup', ['--out', archive], {});
  expect(backup.code).toBe(0);
  // after the backup: its start was the database's second, which settles the content manager's component settings
  const beforeView = await readerView(source.baseUrl as string);
  const before = await fingerprint(source.strapi);

  // When it is restored into an empty PostgreSQL database
  restored = await createTarget('backup-postgres-target', 'postgres');
  const restore = await runScript('restore', [archive], restored.env);
  expect(restore.code).toBe(0);

  // Then the fingerprint and what readers see are the same, and the desk signs in and writes
  // one start after the other: two instances starting at once on PostgreSQL duplicate admin permissions (the
  // roles' bootstrap races; seen here as 321 → 429 rows)
  const after = await fingerprintOf(restored.env);
  const server = await startServerProcess({ env: restored.env, timeoutMs: 240000 });
  try {
    expect(after).toEqual(before);
    expect(after.documents['api::article.article'].en).toMatchObject({ draft: { count: 1 }, published: { count: 1 } });
    const afterView = await readerView(server.baseUrl);
    // in the same order too: the stats' order is total and spelled the same on both databases (count, then key in
    // code-point order with the campaign-less group last), ties and all
    expect(afterView).toEqual(beforeView);
    expect(beforeView.byCampaign.data.some((group: { key: string | null }) => group.key === null)).toBe(true);
    expect(photoCredits(afterView.article)).toEqual(SEED_CREDITS);
    expect(await adminCreatesArticle(server.baseUrl, '迁移之后的新文章')).toBe(201);
  } finally {
    await server.stop();
  }
}, 900000);
