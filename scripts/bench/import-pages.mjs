// Import benchmark (part of `npm run bench`, run by scripts/bench.mjs in a process of its own, once per database):
// the time per page of POST /api/imports against creating the same documents through the REST API request by
// request, as a tool without the importer would (upload each image, find or create each photographer, create each
// photo, then the article with its body), on a real server (app-server.mjs) with a full-access API token.
//   text: the seed page (src/seed/article-text.ts, 7 photo blocks) with 7 small JPEGs
//   docx: the seed page cut to its first 5 photos, as a Word document with 5 embedded 6-megapixel JPEGs
// The request-by-request client is handed the parsed page (its own parsing is not timed). Both paths are checked
// to make the same article, photos and files before anything is timed.
// `node scripts/bench/import-pages.mjs [--quick] [--db=sqlite|postgres] [--out=result.json] [--no-build]`: without
// --out the results go to bench/results/<date>-import-<db>[-quick].{json,md}. For trying the script out:
// `--runs=1 --docx-photo=600x400` (a smaller .docx photo than the 6 MP one).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createDatabase, postgresAnswers } from './databases.mjs';
import docx from './docx.cjs';
import { benchEnv, startServer } from './processes.mjs';
import { importSection } from './report.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const option = (name) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = argv.includes('--quick');
const client = option('db') ?? 'sqlite';
const out = option('out');
// a 6-megapixel .docx page stores 5 images with their formats: fewer runs than the text page
const forced = option('runs') ? Number(option('runs')) : undefined;
const runs = { text: forced ?? (quick ? 3 : 10), docx: forced ?? (quick ? 3 : 5) };
const [docxWidth, docxHeight] = (option('docx-photo') ?? '3000x2000').split('x').map(Number);

if (!argv.includes('--no-build')) await require('@strapi/strapi').compileStrapi();
const sharp = require('sharp');
const qs = require('qs');
const { parsePage } = require(path.join(root, 'dist/src/import/parse.js'));
const { seedArticleText } = require(path.join(root, 'dist/src/seed/article-text.js'));

const round = (value, digits = 1) => Number(value.toFixed(digits));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** nearest rank */
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];

/** A JPEG of noise (so it compresses like a photo, not like a flat colour), different for each index. */
const noisePhoto = async (index, width, height) => {
  const raw = await sharp({ create: { width, height, channels: 3, background: '#777', noise: { type: 'gaussian', mean: 100 + index * 8, sigma: 30 } } })
    .raw()
    .toBuffer();
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
};

const photoBlocks = (page) => page.blocks.filter((block) => block.kind === 'photo');

/** The seed page as a .docx holding its first `photos` photo blocks, each picture right above its block. */
const docxPage = async (photos, images) => {
  const lines = seedArticleText.split('\n');
  const blocks = photoBlocks(parsePage(seedArticleText));
  // the page ends right before the first photo block left out
  const text = lines.slice(0, blocks.length > photos ? blocks[photos].line - 1 : lines.length).join('\n');
  const pictureAt = new Map(photoBlocks(parsePage(text)).map((block, index) => [block.line - 1, index]));
  const paragraphs = [];
  lines.slice(0, text.split('\n').length).forEach((line, index) => {
    if (pictureAt.has(index)) paragraphs.push({ image: images[pictureAt.get(index)], mime: 'image/jpeg', width: 600, height: 400 });
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    const style = heading ? { 1: 'Title', 2: 'Subtitle', 3: 'Heading3' }[heading[1].length] : undefined;
    paragraphs.push(style ? { style, text: heading[2] } : { text: line });
  });
  return { text, data: await docx.buildDocx({ paragraphs }) };
};

/** An HTTP client on the bench server that counts its requests. */
const apiClient = (server, token) => {
  let requests = 0;
  const call = async (method, url, body) => {
    requests += 1;
    const json = body !== undefined && !(body instanceof FormData);
    const response = await fetch(`${server.base}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(json ? { 'content-type': 'application/json' } : {}) },
      body: json ? JSON.stringify(body) : body,
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 400)}`);
    return JSON.parse(text);
  };
  return { call, requests: () => requests };
};

const imageBlob = (image) => new Blob([image.data], { type: 'image/jpeg' });

/** One POST /api/imports: the page in `file`, its images (for a text page) in `images`. */
const importPage = async (api, page, sourceId) => {
  const form = new FormData();
  form.append('file', new Blob([page.data], { type: page.mime }), page.fileName);
  for (const image of page.images) form.append('images', imageBlob(image), image.name);
  form.append('dryRun', 'false');
  form.append('sourceId', sourceId);
  const { data } = await api.call('POST', '/api/imports', form);
  return data.article.documentId;
};

const creditedPerson = (block) =>
  block.credit && block.credit.creditRole !== 'provided' && block.credit.creditRole !== 'filePhoto' ? block.credit.name : null;

/** The same documents as the import, request by request: what a frontend or tool without the importer sends. */
const restPage = async (api, page) => {
  const photographers = new Map();
  for (const block of photoBlocks(page.parsed)) {
    const name = creditedPerson(block);
    if (!name || photographers.has(name)) continue;
    const filters = qs.stringify({ filters: { $or: [{ name: { $eq: name } }, { nameEn: { $eqi: name } }] }, fields: ['name'] }, { encodeValuesOnly: true });
    const [found] = (await api.call('GET', `/api/photographers?${filters}`)).data;
    photographers.set(name, found ? found.documentId : (await api.call('POST', '/api/photographers', { data: { name } })).data.documentId);
  }

  const photoIds = [];
  for (const [index, block] of photoBlocks(page.parsed).entries()) {
    const form = new FormData();
    form.append('files', imageBlob(page.images[index]), page.images[index].name);
    form.append('fileInfo', JSON.stringify({ caption: block.caption ?? '', alternativeText: block.caption ?? '' }));
    const [file] = await api.call('POST', '/api/upload', form);
    const data = { image: file.id };
    if (block.caption) Object.assign(data, { caption: block.caption, altText: block.caption });
    if (block.credit) {
      Object.assign(data, {
        creditRole: block.credit.creditRole,
        creditName: block.credit.creditRole === 'provided' ? block.credit.name : null,
        photographer: photographers.get(creditedPerson(block)) ?? null,
      });
    }
    photoIds.push((await api.call('POST', '/api/photos?status=draft', { data })).data.documentId);
  }

  let photoNumber = 0;
  const body = page.parsed.blocks.map((block) =>
    block.kind === 'photo'
      ? { __component: 'article.photo', photo: photoIds[photoNumber++] }
      : { __component: 'article.section', heading: block.heading, content: block.paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })) }
  );
  if (page.parsed.figures.length > 0) {
    body.push({
      __component: 'article.figures',
      heading: '文中数据',
      items: page.parsed.figures.map((figure) => ({ label: figure.label, value: figure.value, unit: figure.unit, atLeast: figure.atLeast, printed: figure.text, sentence: figure.sentence })),
    });
  }
  const { parsed } = page;
  const data = { title: parsed.title, kicker: parsed.kicker, subtitle: parsed.subtitle, summary: parsed.lead, body, cover: photoIds[0], gallery: photoIds };
  return (await api.call('POST', '/api/articles?status=draft', { data })).data.documentId;
};

/** A draft article as a client reads it back, without ids, dates and file URLs: what must be equal for both paths. */
const readBack = async (api, documentId) => {
  const photo = { populate: { image: { fields: ['width', 'height', 'size', 'mime', 'caption', 'alternativeText'] }, photographer: { fields: ['name'] } } };
  const populate = { body: { on: { 'article.section': true, 'article.photo': { populate: { photo } }, 'article.figures': { populate: { items: true } } } }, cover: true, gallery: true };
  const { data } = await api.call('GET', `/api/articles/${documentId}?${qs.stringify({ status: 'draft', populate }, { encodeValuesOnly: true })}`);
  const strip = (value) => {
    if (Array.isArray(value)) return value.map(strip);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'slug', 'metadata', 'contentUrl'].includes(key))
        .map(([key, item]) => [key, strip(item)])
    );
  };
  assert.equal(data.publishedAt, null, 'a draft');
  return { ...strip(data), cover: Boolean(data.cover), gallery: data.gallery.length };
};

/** One page made by `make`: ms, HTTP requests and SQL queries. */
const sample = async (server, api, make) => {
  await server.call('queries');
  const before = api.requests();
  const start = performance.now();
  await make();
  const ms = performance.now() - start;
  return { ms, requests: api.requests() - before, queries: await server.call('queries') };
};

const summary = (samples) => {
  const ms = samples.map((item) => item.ms);
  return {
    runs: samples.length,
    medianMs: round(median(ms)),
    p90Ms: samples.length >= 5 ? round(percentile(ms, 90)) : null,
    requests: median(samples.map((item) => item.requests)),
    queries: median(samples.map((item) => item.queries)),
  };
};

/**
 * `count` pages each way after one untimed page each way, the two ways taking turns so that a change of load on
 * the machine weighs on both alike.
 */
const measurePair = async (server, api, count, ways) => {
  const samples = ways.map(() => []);
  for (let run = 0; run <= count; run += 1) {
    for (const [index, make] of ways.entries()) {
      const taken = await sample(server, api, () => make(run));
      if (run > 0) samples[index].push(taken);
    }
  }
  return samples.map(summary);
};

if (client === 'postgres' && !(await postgresAnswers())) {
  console.log('PostgreSQL does not answer (BENCH_POSTGRES_URL): import benchmark skipped');
  process.exit(0);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-import-'));
mkdirSync(path.join(scratch, 'public', 'uploads'), { recursive: true });
const database = await createDatabase(client, scratch, 'import');
let server;
try {
  const textImages = await Promise.all(Array.from({ length: 7 }, async (_, index) => ({ name: `photo-${index + 1}.jpg`, data: await noisePhoto(index, 800, 533) })));
  const docxImages = await Promise.all(Array.from({ length: 5 }, async (_, index) => ({ name: `image-${index + 1}.jpg`, data: await noisePhoto(index, docxWidth, docxHeight) })));
  const word = await docxPage(docxImages.length, docxImages.map((image) => image.data));
  const pages = {
    text: { fileName: 'page.txt', mime: 'text/plain', data: Buffer.from(seedArticleText), images: textImages, parsed: parsePage(seedArticleText), restImages: textImages },
    docx: {
      fileName: 'page.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      data: word.data,
      images: [],
      parsed: parsePage(word.text),
      restImages: docxImages,
    },
  };
  for (const [key, page] of Object.entries(pages)) {
    assert.equal(photoBlocks(page.parsed).length, page.restImages.length, `${key}: one image per photo block`);
  }

  server = await startServer('app-server.mjs', { ...benchEnv(scratch), ...database.env });
  const token = await server.call('token');
  const api = apiClient(server, token);
  const stamp = Date.now().toString(36);
  console.log(`\nImport on ${client}: ${runs.text} text pages, ${runs.docx} .docx pages (${(word.data.length / 1e6).toFixed(1)} MB) each way`);

  // both paths make the same draft article, photos and files (the check's pages create the photographers, which
  // every timed page then finds)
  for (const [key, page] of Object.entries(pages)) {
    const imported = await readBack(api, await importPage(api, page, `bench-check-${key}-${stamp}`));
    const created = await readBack(api, await restPage(api, { ...page, images: page.restImages }));
    assert.deepStrictEqual(created, imported, `${key}: the REST documents differ from the imported ones`);
  }

  const rows = {};
  for (const key of ['text', 'docx']) {
    const page = pages[key];
    [rows[`${key}Import`], rows[`${key}Rest`]] = await measurePair(server, api, runs[key], [
      (run) => importPage(api, page, `bench-${key}-${stamp}-${run}`),
      () => restPage(api, { ...page, images: page.restImages }),
    ]);
    console.log(`  ${key} import              ${JSON.stringify(rows[`${key}Import`])}`);
    console.log(`  ${key} request by request  ${JSON.stringify(rows[`${key}Rest`])}`);
  }

  const describe = (page) => ({
    photos: photoBlocks(page.parsed).length,
    pageBytes: page.data.length,
    imageBytes: page.restImages.reduce((sum, image) => sum + image.data.length, 0),
  });
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, database: client },
    quick,
    pages: {
      text: { ...describe(pages.text), image: '800×533 px' },
      docx: { ...describe(pages.docx), image: `${docxWidth}×${docxHeight} px (${round((docxWidth * docxHeight) / 1e6)} MP)` },
    },
    rows,
    ratios: {
      text: round(rows.textRest.medianMs / rows.textImport.medianMs, 2),
      docx: round(rows.docxRest.medianMs / rows.docxImport.medianMs, 2),
    },
  };
  if (out) writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  else {
    const name = `${result.date.slice(0, 10)}-import-${client}${quick ? '-quick' : ''}`;
    writeFileSync(path.join(root, 'bench/results', `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(path.join(root, 'bench/results', `${name}.md`), `${importSection(result)}\n`);
  }
  console.log(`\n${importSection(result)}`);
} finally {
  await server?.stop();
  await database.drop();
  rmSync(scratch, { recursive: true, force: true });
}
