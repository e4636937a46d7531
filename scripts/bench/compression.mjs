// Compression in `npm run bench`: the article list (request 1) and the feed, as br, gzip and identity
// (Accept-Encoding), from the response cache (its default) and uncached (RESPONSE_CACHE=off, where each coding is
// made per request). Bytes are the body as sent on the wire (node:http, no decoding); req/s from autocannon with
// the same Accept-Encoding, after an untimed pass over every row. Ratios come from this one run.
import http from 'node:http';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const CONNECTIONS = 10;
export const COMPRESSION_ENDPOINTS = [
  { key: 'list', name: 'article list (request 1)', path: '/api/articles?pagination[pageSize]=25' },
  { key: 'feed', name: 'feed (/api/feed)', path: '/api/feed' },
];
const ENCODINGS = ['br', 'gzip', 'identity'];

const round = (value, digits = 0) => Number(value.toFixed(digits));

/** One GET with this Accept-Encoding: the raw body, its coding, X-Cache. */
const rawGet = (base, path, encoding) =>
  new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, body: Buffer.concat(chunks), encoding: response.headers['content-encoding'] ?? 'identity', xCache: response.headers['x-cache'] }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });

const decode = ({ body, encoding }) => (encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : body);

/** The rows of one server (`label`: cached or uncached) for every endpoint and coding. */
export const compressionRows = async (server, label, { warmup, seconds }) => {
  // one untimed pass over every row first: a fresh process is slow in its first seconds (JIT, the database's pages),
  // which would otherwise fall on whichever row is measured first
  for (const endpoint of COMPRESSION_ENDPOINTS) {
    for (const encoding of ENCODINGS) {
      await autocannon({ url: `${server.base}${endpoint.path}`, connections: CONNECTIONS, headers: { 'accept-encoding': encoding }, duration: warmup });
    }
  }
  const rows = [];
  for (const endpoint of COMPRESSION_ENDPOINTS) {
    const identity = await rawGet(server.base, endpoint.path, 'identity');
    for (const encoding of ENCODINGS) {
      await rawGet(server.base, endpoint.path, encoding); // the first one stores this coding
      const probe = await rawGet(server.base, endpoint.path, encoding);
      if (probe.status !== 200 || probe.encoding !== encoding) throw new Error(`${endpoint.path} as ${encoding}: ${probe.status}, sent as ${probe.encoding}`);
      if (!decode(probe).equals(identity.body)) throw new Error(`${endpoint.path} as ${encoding} does not decode to the identity body`);
      const options = { url: `${server.base}${endpoint.path}`, connections: CONNECTIONS, headers: { 'accept-encoding': encoding } };
      await autocannon({ ...options, duration: warmup });
      const result = await autocannon({ ...options, duration: seconds });
      const row = {
        key: endpoint.key,
        name: endpoint.name,
        server: label,
        encoding,
        bytes: probe.body.length,
        xCache: probe.xCache ?? null,
        requestsPerSecond: round(result.requests.average, 1),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.non2xx,
      };
      rows.push(row);
      console.log(`  ${label.padEnd(10)} ${`${endpoint.name}, ${encoding}`.padEnd(52)} ${String(row.requestsPerSecond).padStart(7)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  ${row.bytes} B${row.xCache ? `  X-Cache ${row.xCache}` : ''}`);
    }
  }
  return rows;
};

/** Bytes and req/s of each coding against identity, and cached against uncached, per endpoint. */
export const compressionRatios = (rows) => {
  const find = (key, server, encoding) => rows.find((row) => row.key === key && row.server === server && row.encoding === encoding);
  const ratio = (a, b) => (a && b ? round(a / b, 3) : null);
  const ratios = {};
  for (const { key } of COMPRESSION_ENDPOINTS) {
    for (const encoding of ['br', 'gzip']) {
      ratios[`${key}: bytes ${encoding}/identity`] = ratio(find(key, 'cached', encoding)?.bytes, find(key, 'cached', 'identity')?.bytes);
    }
    for (const server of ['cached', 'uncached']) {
      for (const encoding of ['br', 'gzip']) {
        ratios[`${key} ${server}: req/s ${encoding}/identity`] = ratio(find(key, server, encoding)?.requestsPerSecond, find(key, server, 'identity')?.requestsPerSecond);
      }
    }
    for (const encoding of ENCODINGS) {
      ratios[`${key} ${encoding}: req/s cached/uncached`] = ratio(find(key, 'cached', encoding)?.requestsPerSecond, find(key, 'uncached', encoding)?.requestsPerSecond);
    }
  }
  return ratios;
};
