// Upload credits (part of `npm run bench`, run by scripts/bench.mjs in a process of its own): reading credits from a
// 24-megapixel JPEG (and the whole upload check) against the time Strapi's own upload of that file takes
// (storing it and generating its formats). Results in bench/results/<date>-upload-credits.{json,md}.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');
const runs = { read: quick ? 10 : 30, inspect: quick ? 5 : 15, upload: quick ? 3 : 8 };

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
  APP_KEYS: 'bench-a,bench-b',
  API_TOKEN_SALT: 'bench',
  ADMIN_JWT_SECRET: 'bench',
  TRANSFER_TOKEN_SALT: 'bench',
  JWT_SECRET: 'bench',
  ENCRYPTION_KEY: 'bench-encryption-key-32-chars-xx',
  PORT: '0',
  HOST: '127.0.0.1',
  PUBLIC_DIR: path.join(scratch, 'public'),
});

const { createStrapi } = require('@strapi/strapi');
const sharp = require('sharp');
// dist/ is compiled by scripts/bench.mjs
const strapi = await createStrapi({ appDir: root, distDir: path.join(root, 'dist') }).load();

try {
  const { embedCredit } = require('#newsroom-media');
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

} finally {
  await strapi.destroy();
  rmSync(scratch, { recursive: true, force: true });
}
