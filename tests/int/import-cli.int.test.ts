/**
 * `npm run import` (scripts/import.mjs) as an editor runs it on a folder of pages: a progress line per page and a
 * summary, dry run writing nothing, a second run updating instead of duplicating, and a bad page reported with
 * its line while the others still import. The CLI runs as its own process on the suite's database.
 */

import { spawn } from 'child_process';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { ROOT } from '../helpers/databases';
import { buildDocx } from '../helpers/docx';
import { creditedJpeg, plainJpeg } from '../helpers/images';
import { countDocuments, startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let folder: string;

const runCli = (args: string[]): Promise<{ code: number | null; output: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/import.mjs'), ...args, '--built'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });

const footprint = async () => ({
  articles: await countDocuments(app.strapi, 'api::article.article'),
  photos: await countDocuments(app.strapi, 'api::photo.photo'),
  photographers: await countDocuments(app.strapi, 'api::photographer.photographer'),
  files: await app.strapi.db.query('plugin::upload.file').count(),
});

beforeAll(async () => {
  app = await startStrapi('import-cli', { seed: true });
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-import-cli-'));
  await fs.writeFile(path.join(folder, '01-contest.txt'), ['# 职工技能大赛落幕', '', '共有412家企业参赛。', '', '决赛现场。', '■ 摄影 记者 陈文骁'].join('\n'));
  // the images of 01-contest.txt, in the folder named like it
  await fs.mkdir(path.join(folder, '01-contest'));
  await fs.writeFile(path.join(folder, '01-contest', 'final.jpg'), await creditedJpeg({ caption: '文件说明', byline: '陈文骁', bylineTitle: '记者' }));
  await fs.writeFile(
    path.join(folder, '02-reading.docx'),
    await buildDocx({
      paragraphs: [
        { style: 'Title', text: '职工书屋建设' },
        { text: '扶持命名20家市级职工书屋。' },
        { image: await plainJpeg(400, 300), mime: 'image/jpeg' },
        { text: '书屋一角。' },
        { text: '■ 摄影 通讯员 徐度晓' },
      ],
    })
  );
}, 120_000);

afterAll(async () => {
  await fs.rm(folder, { recursive: true, force: true });
  await app?.stop();
});

describe('npm run import', () => {
  it('--dry-run: a line per page and a summary, nothing written', async () => {
    const before = await footprint();
    const { code, output } = await runCli([folder, '--dry-run']);
    expect(output).toMatch(/\[1\/2\] 01-contest\.txt: would import “职工技能大赛落幕” \(utf-8; 1 photos, 0 without image/);
    expect(output).toMatch(/\[2\/2\] 02-reading\.docx: would import “职工书屋建设” \(docx; 1 photos, 0 without image/);
    expect(output).toMatch(/2 page\(s\): 0 created, 0 updated, 2 checked \(dry run\), 0 failed/);
    expect(code).toBe(0);
    expect(await footprint()).toEqual(before);
  }, 120_000);

  it('imports a folder, then updates the same drafts when run again', async () => {
    const before = await footprint();
    const first = await runCli([folder]);
    expect(first.output).toMatch(/2 page\(s\): 2 created, 0 updated, 0 checked \(dry run\), 0 failed; 2 photos \(0 without image\)/);
    expect(first.code).toBe(0);
    const after = await footprint();
    expect(after).toEqual({ ...before, articles: before.articles + 2, photos: before.photos + 2, files: before.files + 2 });

    const second = await runCli([folder]);
    expect(second.output).toMatch(/2 page\(s\): 0 created, 2 updated/);
    expect(second.code).toBe(0);
    // the same drafts, and the same images are not stored twice
    expect(await footprint()).toEqual(after);
  }, 180_000);

  it('a bad page fails with its line number and exit code 1, the others still import', async () => {
    await fs.writeFile(path.join(folder, '03-bad.txt'), '# 标题\n\n正文。\n\n说明。\n■ 美编 张三\n');
    const before = await footprint();
    const { code, output } = await runCli([folder, '--dry-run']);
    expect(output).toMatch(/\[3\/3\] 03-bad\.txt: FAILED .*\(line 6, expected /);
    expect(output).toMatch(/3 page\(s\): 0 created, 0 updated, 2 checked \(dry run\), 1 failed/);
    expect(code).toBe(1);
    expect(await footprint()).toEqual(before);
  }, 120_000);

  it('refuses a missing path and an unknown option with its usage', async () => {
    const missing = await runCli([path.join(folder, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.output).toMatch(/does not exist/);
    const unknown = await runCli([folder, '--publish']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toMatch(/unknown option --publish\nusage: npm run import/);
  }, 60_000);
});
