/**
 * `npm run fuzz -- stale`: the stale-read checker on its own cluster, STALE_CHECK_WRITES writes (default 20,000)
 * from STALE_CHECK_SEED; exits 1 on any mismatch. STALE_CHECK_DEBUG=<write kind> prints every read after writes of
 * that kind with its X-Cache, to see whether a kind of write is followed by reads that could show it stale.
 */

import { checkStaleReads, staleCheckSettings } from './cluster';

checkStaleReads(staleCheckSettings(20000), (line) => process.stdout.write(`${line}\n`)).then(
  (report) => {
    process.stdout.write(`rerun: STALE_CHECK_WRITES=${report.writes} STALE_CHECK_SEED=${report.seed} npm run fuzz -- stale\n`);
    process.exit(report.mismatchCount > 0 ? 1 : 0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
);
