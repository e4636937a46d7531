/**
 * The randomized stale-read checker (tests/fuzz/stale/check.ts) with a fixed seed: two built instances with the
 * response cache on one fresh PostgreSQL database and one Redis, and an uncached third one as the oracle; every read
 * on a or b, cached or not, equals the oracle's answer at the same moment. `npm run fuzz -- stale` runs it longer.
 * STALE_CHECK_WRITES and STALE_CHECK_SEED change the program here too.
 */

import { checkStaleReads, staleCheckSettings } from '../fuzz/stale/cluster';
import { TEMPLATES } from '../fuzz/stale/reads';
import { WRITE_KINDS } from '../fuzz/stale/world';

/** sized for about three minutes on this 2-core machine */
const CI_WRITES = 800;

jest.setTimeout(900000);

it('serves no stale read over random writes on two instances sharing Redis', async () => {
  const report = await checkStaleReads(staleCheckSettings(CI_WRITES), (line) => console.log(line));
  expect(report.mismatches).toEqual([]);
  expect(report.mismatchCount).toBe(0);
  // a checker that sees no hits proves nothing
  expect(report.hits / report.reads).toBeGreaterThan(0.15);
  // every kind of write was made, and almost every kind of read
  const unwritten = WRITE_KINDS.filter(({ kind }) => !(report.writesByKind[kind]?.accepted > 0)).map(({ kind }) => kind);
  expect(unwritten).toEqual([]);
  expect(Object.keys(report.readsByLabel).length).toBeGreaterThan(TEMPLATES.length * 0.9);
});
