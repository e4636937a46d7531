/**
 * The CI sample of the fuzzer (tests/fuzz/, `npm run fuzz` runs 100,000+ cases): a fixed seed, 5,000 cases against
 * the built app seeded with the demo content and the draft fixtures, on this tier's database. Every case: no 5xx,
 * Strapi's error shape on a 4xx, no private field, no secret value, no draft. A failure prints its shrunk request.
 */

import { renderRequest } from '../fuzz/check';
import { formatReport, runFuzz } from '../fuzz/run';
import { restPathOf } from '../fuzz/model';
import { startFuzzTarget, type FuzzTarget } from '../fuzz/setup';
import { testDatabaseClient } from '../helpers/databases';

const SEED = 20261203;
const CASES = 5000;

let target: FuzzTarget;

beforeAll(async () => {
  target = await startFuzzTarget({ database: testDatabaseClient(), servers: 2 });
}, 600000);

afterAll(async () => {
  await target?.stop();
});

it(`${CASES} fixed-seed cases over REST, the custom endpoints and GraphQL find no failure`, async () => {
  const report = await runFuzz({ baseUrls: target.baseUrls, summary: target.summary, cases: CASES, seed: SEED, concurrency: 8 });
  // the whole report, so that a failure shows its shrunk request and its replay
  // with the servers' own error log, since a failure that passes when sent again is only explained there
  const serverErrors = () => target.servers.map((server, index) => `server ${index + 1}:\n${server.output().slice(-4000)}`).join('\n');
  expect(report.failures.length === 0 ? 'no failures' : `${formatReport(report, renderRequest)}\n${serverErrors()}`).toBe('no failures');
  expect(report.cases).toBe(CASES);
  const endpoints = Object.keys(report.perEndpoint);
  for (const type of target.summary.publicTypes) expect(endpoints).toContain(`GET ${restPathOf(type)}`);
  for (const endpoint of ['GET /api/feed', 'GET /api/feed.xml', 'GET /api/activities/stats', 'GET /api/campaigns/:slug/hub', 'GET /api/preview', 'POST /api/photos/submit']) {
    expect(endpoints).toContain(endpoint);
  }
  expect(endpoints.filter((endpoint) => endpoint.startsWith('POST /graphql ')).length).toBeGreaterThan(10);
  // the fixtures the draft check looks for: a draft-only and a newer-draft text per draft-and-publish type
  expect(target.summary.drafts.markers).toHaveLength(2 * target.summary.publicTypes.filter((type) => type.draftAndPublish).length);
}, 900000);
