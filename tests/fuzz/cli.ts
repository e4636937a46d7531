/**
 * `npm run fuzz [-- --cases N --seed S --database sqlite|postgres --concurrency C --servers K --max-minutes M
 * --replay SEED:PATH]`: boots the built app on a fresh database seeded with the demo content and the draft fixtures, runs the cases, prints cases/s,
 * the count per endpoint and every failure with its shrunk request; exits 1 on any failure, or when the time
 * limit stopped it before all cases ran.
 */

import fs from 'fs/promises';
import path from 'path';
import { parseArgs } from 'util';
import { ROOT } from '../helpers/databases';
import { renderRequest } from './check';
import { formatReport, runFuzz } from './run';
import { startFuzzTarget } from './setup';

const main = async (): Promise<number> => {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '100000' },
      seed: { type: 'string' },
      database: { type: 'string', default: 'sqlite' },
      concurrency: { type: 'string', default: '8' },
      servers: { type: 'string', default: '2' },
      'max-minutes': { type: 'string' },
      replay: { type: 'string' },
    },
  });
  const database = values.database;
  if (database !== 'sqlite' && database !== 'postgres') throw new Error(`--database must be sqlite or postgres, got ${database}`);
  const cases = Number(values.cases);
  const concurrency = Number(values.concurrency);
  const servers = Number(values.servers);
  if (!Number.isInteger(servers) || servers < 1) throw new Error('--servers must be a whole number, at least 1');
  const maxMinutes = values['max-minutes'] === undefined ? undefined : Number(values['max-minutes']);
  if (maxMinutes !== undefined && !(maxMinutes > 0)) throw new Error('--max-minutes must be a positive number');
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(concurrency) || concurrency < 1 || !Number.isInteger(seed)) {
    throw new Error('--cases, --concurrency and --seed must be whole numbers (cases and concurrency at least 1)');
  }
  let replay: { seed: number; path: string } | undefined;
  if (values.replay) {
    const [replaySeed, ...path] = values.replay.split(':');
    replay = { seed: Number(replaySeed), path: path.join(':') };
  }

  process.stdout.write(`booting the app on ${database}, seeding the demo content and the draft fixtures…\n`);
  const target = await startFuzzTarget({ database, servers });
  await fs.mkdir(path.join(ROOT, '.tmp', 'fuzz'), { recursive: true });
  await fs.writeFile(path.join(ROOT, '.tmp', 'fuzz', `summary-${database}.json`), JSON.stringify(target.summary, null, 1));
  try {
    process.stdout.write(replay ? `replaying ${values.replay}\n` : `fuzzing ${cases} cases, seed ${seed}, concurrency ${concurrency}, servers ${target.baseUrls.join(' ')}\n`);
    let last = Date.now();
    const report = await runFuzz({
      baseUrls: target.baseUrls,
      summary: target.summary,
      cases,
      seed,
      concurrency,
      replay,
      timeLimitMs: maxMinutes === undefined ? undefined : maxMinutes * 60000,
      onFailure: (failure) => process.stdout.write(`failure: ${failure.problems.join('; ')}\n${renderRequest(failure.baseUrl, failure.request)}\n`),
      onProgress: (done) => {
        if (Date.now() - last < 10000) return;
        last = Date.now();
        process.stdout.write(`  ${done} cases…\n`);
      },
    });
    process.stdout.write(`${formatReport(report, renderRequest)}\n`);
    process.stdout.write(`seed ${seed} (rerun: npm run fuzz -- --database ${database} --cases ${cases} --seed ${seed} --concurrency ${concurrency} --servers ${servers})\n`);
    if (report.failures.length > 0) {
      const errors = target.servers.flatMap((server) => server.output().split('\n')).filter((line) => /error/i.test(line)).slice(-20);
      if (errors.length) process.stdout.write(`server errors (last 20):\n${errors.join('\n')}\n`);
    }
    return report.failures.length > 0 || report.interrupted ? 1 : 0;
  } finally {
    await target.stop();
  }
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  }
);
