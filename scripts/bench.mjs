// `npm run bench [-- --quick]`: measurements that are reported as ratios from one run, never asserted in tests.
// 1. Upload credits: reading credits from a 24-megapixel JPEG (and the whole upload check) against the time
//    Strapi's own upload of that file takes (storing it and generating its formats).
// 2. Reads: /api/feed and /api/activities/stats against the plain /api/articles list, with 10,000 articles and
//    10,000 activities (1,000 each with --quick), 10 connections: requests/s, p50/p99, queries per request.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const runs = { read: quick ? 10 : 30, inspect: quick ? 5 : 15, upload: quick ? 3 : 8 };
const documents = quick ? 1000 : 10000;
const loadSeconds = quick ? 4 : 10;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const time = async (work) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
mkdirSync(path.join(scratch, 'public', 'uploads'), { recursive: true });
Object.assign(process.env, {
  NODE_ENV: 'development',
  LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SERVE_ADMIN_PANEL: 'false',
  SEED_DEMO_CONTENT: 'false',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(scratch, 'bench.db'),
  PORT: '0',
  HOST: '127.0.0.1',
  PUBLIC_DIR: path.join(scratch, 'public'),
});

const { compileStrapi, createStrapi } = require('@strapi/strapi');
const sharp = require('sharp');
const { distDir } = await compileStrapi();
const strapi = await createStrapi({ appDir: root, distDir }).load();

try {
  const { embedCredit } = require(path.join(root, 'src/plugins/newsroom-media/dist/server/src/metadata/write.js'));
  const width = 6000;
  const height = 4000;
  const photo = embedCredit(
    await sharp({ create: { width, height, channels: 3, background: '#777', noise: { type: 'gaussian', mean: 120, sigma: 40 } } })
      .jpeg({ quality: 85 })
      .toBuffer(),
    { caption: '金秋助学现场资助活动', byline: '李明', bylineTitle: '通讯员', credit: '淮北市总工会', dateCreated: '2020-09-10', city: '淮北' }
  );
  const source = path.join(scratch, 'photo-24mp.jpg');
  writeFileSync(source, photo);

  const files = strapi.plugin('newsroom-media').service('files');
  const uploads = strapi.plugin('newsroom-media').service('uploads');
  const upload = strapi.plugin('upload').service('upload');

  const readTimes = [];
  for (let i = 0; i < runs.read; i += 1) readTimes.push(await time(() => files.read(source)));

  const inspectTimes = [];
  for (let i = 0; i < runs.inspect; i += 1) {
    inspectTimes.push(await time(() => uploads.inspect({ filepath: source, originalFilename: 'photo.jpg', mimetype: 'image/jpeg', size: photo.length })));
  }

  // time our part of each upload (metadata record and credit written into the formats) separately from the whole
  const record = files.recordUpload.bind(files);
  let recordTime = 0;
  files.recordUpload = async (...args) => {
    const start = performance.now();
    await record(...args);
    recordTime += performance.now() - start;
  };
  const uploadTimes = [];
  const recordTimes = [];
  for (let i = 0; i < runs.upload; i += 1) {
    const copy = path.join(scratch, `upload-${i}.jpg`);
    writeFileSync(copy, photo);
    recordTime = 0;
    const total = await time(() =>
      upload.upload({ data: { fileInfo: { name: `photo-${i}.jpg` } }, files: { filepath: copy, originalFilename: `photo-${i}.jpg`, mimetype: 'image/jpeg', size: photo.length } })
    );
    uploadTimes.push(total - recordTime);
    recordTimes.push(recordTime);
  }

  const read = median(readTimes);
  const inspect = median(inspectTimes);
  const strapiUpload = median(uploadTimes);
  const credit = median(recordTimes);
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
    image: { width, height, megapixels: (width * height) / 1e6, bytes: photo.length },
    runs,
    medianMs: {
      metadataRead: Number(read.toFixed(2)),
      uploadCheck: Number(inspect.toFixed(2)),
      creditRecordAndFormats: Number(credit.toFixed(2)),
      strapiUpload: Number(strapiUpload.toFixed(2)),
    },
    ratios: {
      metadataReadPerStrapiUpload: Number((read / strapiUpload).toFixed(4)),
      uploadCheckPerStrapiUpload: Number((inspect / strapiUpload).toFixed(4)),
      allOursPerStrapiUpload: Number(((inspect + credit) / strapiUpload).toFixed(4)),
    },
  };

  const table = [
    `# Upload credits benchmark (${result.date.slice(0, 10)}, ${result.machine.cpus} cores, Node ${process.version})`,
    '',
    `A ${width}×${height} (${result.image.megapixels} MP, ${(photo.length / 1e6).toFixed(1)} MB) JPEG with IPTC and XMP credits; medians.`,
    '',
    '| step | median ms | / Strapi upload |',
    '|---|---:|---:|',
    `| reading IPTC, XMP, EXIF (header only) | ${result.medianMs.metadataRead} | ${result.ratios.metadataReadPerStrapiUpload} |`,
    `| whole upload check (sniff, pixel limit, truncation decode, metadata) | ${result.medianMs.uploadCheck} | ${result.ratios.uploadCheckPerStrapiUpload} |`,
    `| recording metadata and writing the credit into the formats | ${result.medianMs.creditRecordAndFormats} | ${(credit / strapiUpload).toFixed(4)} |`,
    `| Strapi's own upload (store, 4 formats) | ${result.medianMs.strapiUpload} | 1 |`,
    `| **all of ours** | ${(inspect + credit).toFixed(2)} | **${result.ratios.allOursPerStrapiUpload}** |`,
    '',
  ].join('\n');
  console.log(`\n${table}`);

  const stamp = result.date.slice(0, 10);
  writeFileSync(path.join(root, 'bench/results', `${stamp}-upload-credits${quick ? '-quick' : ''}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench/results', `${stamp}-upload-credits${quick ? '-quick' : ''}.md`), `${table}`);

  await benchReads(strapi);
} finally {
  await strapi.destroy();
  rmSync(scratch, { recursive: true, force: true });
}

async function benchReads(strapi) {
  const autocannon = require('autocannon');
  const { randomBytes } = require('node:crypto');
  const kinds = strapi.contentType('api::activity.activity').attributes.kind.enum;
  const documentId = () => randomBytes(12).toString('hex');

  // fast bulk path: published rows through the query engine, 500 per statement
  const bulk = async (uid, make) => {
    const start = performance.now();
    for (let offset = 0; offset < documents; offset += 500) {
      const data = Array.from({ length: Math.min(500, documents - offset) }, (_, i) => make(offset + i));
      await strapi.db.query(uid).createMany({ data });
    }
    return documents / ((performance.now() - start) / 1000);
  };
  const now = new Date();
  const articlesPerSecond = await bulk('api::article.article', (i) => ({
    documentId: documentId(), title: `文章 ${i}`, slug: `wen-zhang-${i}`, summary: `第 ${i} 篇文章的摘要`,
    publishDate: new Date(Date.UTC(2015, 0, 1) + i * 3600_000), publishedAt: now, locale: 'zh-Hans',
  }));
  const activitiesPerSecond = await bulk('api::activity.activity', (i) => ({
    documentId: documentId(), title: `活动 ${i}`, slug: `huo-dong-${i}`, kind: kinds[i % kinds.length],
    startDate: new Date(Date.UTC(2015, 0, 1) + (i % 3650) * 86400_000).toISOString().slice(0, 10),
    fundsAmount: (i % 1000) * 100.5, beneficiaries: i % 300, participants: i % 50, publishedAt: now, locale: 'zh-Hans',
  }));

  await strapi.listen();
  const { port } = strapi.server.httpServer.address();
  const base = `http://127.0.0.1:${port}`;
  const endpoints = [
    ['plain article list (/api/articles)', '/api/articles'],
    ['feed (/api/feed)', '/api/feed'],
    ['feed as RSS (/api/feed.xml)', '/api/feed.xml'],
    ['stats by kind', '/api/activities/stats?groupBy=kind'],
    ['stats by year', '/api/activities/stats?groupBy=year'],
  ];

  const queriesFor = async (url) => {
    let queries = 0;
    const count = () => { queries += 1; };
    strapi.db.connection.on('query', count);
    const response = await fetch(`${base}${url}`);
    await response.arrayBuffer();
    strapi.db.connection.off('query', count);
    return { queries, status: response.status };
  };

  // queries per request are counted first, one request at a time, before any load runs
  const counts = new Map();
  for (const [, url] of endpoints) {
    await queriesFor(url); // first request warms caches (locales, permissions)
    const { queries, status } = await queriesFor(url);
    if (status !== 200) throw new Error(`${url} answered ${status}`);
    counts.set(url, queries);
  }
  const rows = [];
  for (const [name, url] of endpoints) {
    const queries = counts.get(url);
    await autocannon({ url: `${base}${url}`, connections: 10, duration: 1 }); // warm-up
    const result = await autocannon({ url: `${base}${url}`, connections: 10, duration: loadSeconds });
    rows.push({
      name, url, queries,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50, p99: result.latency.p99,
      bytes: Math.round(result.throughput.average / Math.max(result.requests.average, 1)),
      errors: result.errors + result.non2xx,
    });
  }
  const plain = rows[0].requestsPerSecond;
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, database: 'sqlite' },
    documents: { articles: documents, activities: documents, bulkDocsPerSecond: { articles: Math.round(articlesPerSecond), activities: Math.round(activitiesPerSecond) } },
    load: { connections: 10, seconds: loadSeconds },
    endpoints: rows.map((row) => ({ ...row, perPlainList: Number((row.requestsPerSecond / plain).toFixed(3)) })),
  };
  const table = [
    `# Read benchmark (${result.date.slice(0, 10)}, ${result.machine.cpus} cores, SQLite, Node ${process.version})`,
    '',
    `${documents} published articles and ${documents} published activities (bulk path: ${result.documents.bulkDocsPerSecond.articles} articles/s, ${result.documents.bulkDocsPerSecond.activities} activities/s); 10 connections, ${loadSeconds} s each after a 1 s warm-up.`,
    '',
    '| endpoint | req/s | p50 ms | p99 ms | bytes | SQL queries | / plain list |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...result.endpoints.map((row) => `| ${row.name} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.bytes} | ${row.queries} | ${row.perPlainList} |`),
    '',
  ].join('\n');
  console.log(`\n${table}`);
  const stamp = result.date.slice(0, 10);
  writeFileSync(path.join(root, 'bench/results', `${stamp}-reads-sqlite${quick ? '-quick' : ''}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench/results', `${stamp}-reads-sqlite${quick ? '-quick' : ''}.md`), table);
}
