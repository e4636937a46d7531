// `npm run bench [-- --quick] [-- --skip-upload] [-- --skip-import] [-- --db=sqlite|postgres] [-- --only=compression|working-day]`:
// measurements reported as ratios from one run, never asserted in tests. Results in bench/results/. `--only=compression`
// runs only the compression rows (br, gzip, identity; cached and uncached), `--only=working-day` only the working day
// (with the article by slug uncached, ours against the core controller); both skip the upload credits and the import.
// 1. Upload credits (scripts/bench/upload-credits.mjs).
// 2. Reads and writes (scripts/bench/reads.mjs) with 1,000 and 10,000 articles (1,000 with --quick), on SQLite and on
//    PostgreSQL when it answers: our article list against the vanilla Strapi baseline and the raw-SQL limit, the
//    feed, stats, GraphQL, the write path, SQL queries per request, cold start, and compression (br, gzip, identity).
// 3. Import (scripts/bench/import-pages.mjs, a process of its own per database): a page through POST /api/imports
//    against the same documents through the REST API request by request; in the same database's report.
// 4. The working day (scripts/bench/working-day.mjs) with 10,000 articles (1,000 with --quick): readers over thousands
//    of URLs while editors and a photographer write, the response cache in Redis, CACHE_INVALIDATION=global and tags.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresAnswers } from './bench/databases.mjs';
import { benchEnv } from './bench/processes.mjs';
import { benchDatabase } from './bench/reads.mjs';
import { writeReport } from './bench/report.mjs';
import { benchWorkingDay } from './bench/working-day.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
const part = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
if (part !== undefined && part !== 'compression' && part !== 'working-day') throw new Error(`--only must be compression or working-day, got ${part}`);
const sizes = quick ? [1000] : [1000, 10000];
const timing = quick
  ? { connections: 10, warmup: 1, seconds: 4, writeSeconds: 3 }
  : { connections: 10, warmup: 3, seconds: 10, writeSeconds: 5 };

await require('@strapi/strapi').compileStrapi();

if (!argv.includes('--skip-upload') && part === undefined) {
  const status = spawnSync(process.execPath, [path.join(root, 'scripts/bench/upload-credits.mjs'), ...(quick ? ['--quick'] : [])], { cwd: root, stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
mkdirSync(path.join(scratch, 'public', 'uploads'), { recursive: true });
const baseEnv = benchEnv(scratch);

const clients = ['sqlite', 'postgres'].filter((client) => !only || client === only);
const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version };
try {
  for (const client of clients) {
    if (client === 'postgres' && !(await postgresAnswers())) {
      console.log('\nPostgreSQL does not answer (BENCH_POSTGRES_URL): skipped');
      continue;
    }
    const runs = [];
    for (const articles of part === 'working-day' ? [] : sizes) {
      const coldStart = articles === sizes[sizes.length - 1] && part === undefined ? (quick ? 1 : 3) : 0;
      runs.push(await benchDatabase({ client, articles, scratch, baseEnv, timing, coldStart, only: part }));
    }
    let imports;
    if (!argv.includes('--skip-import') && part === undefined) {
      const out = path.join(scratch, `import-${client}.json`);
      const args = [path.join(root, 'scripts/bench/import-pages.mjs'), `--db=${client}`, `--out=${out}`, '--no-build', ...(quick ? ['--quick'] : [])];
      const status = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status;
      if (status !== 0) throw new Error(`scripts/bench/import-pages.mjs exited with ${status}`);
      imports = JSON.parse(readFileSync(out, 'utf8'));
    }
    const workingDay = part === undefined || part === 'working-day'
      ? await benchWorkingDay({ client, articles: sizes[sizes.length - 1], scratch, baseEnv, quick, bySlug: part === 'working-day' })
      : undefined;
    writeReport({ root, database: client, runs, timing, quick, machine, imports, part, workingDay });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
