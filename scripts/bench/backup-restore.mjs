// `node scripts/bench/backup-restore.mjs [--articles=10000] [--db=sqlite|postgres] [--verify]`: times `npm run backup`
// and `npm run restore` on the bench data set (scripts/bench/seed.mjs: N articles, N photos with file rows, N
// activities), on SQLite and PostgreSQL, plus SQLite → PostgreSQL; with --verify also the fingerprints, which must be
// equal. Wall times include each command's own start of the app; the commands' reported times exclude it.
// Results in bench/results/<date>-backup-restore.{json,md}. Run after `npm run build` (uses --no-build).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createDatabase, postgresAnswers } from './databases.mjs';
import { freshSecrets } from './processes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const argv = process.argv.slice(2);
const articles = Number(argv.find((arg) => arg.startsWith('--articles='))?.slice('--articles='.length) ?? 10000);
const only = argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
const verify = argv.includes('--verify');

const scratch = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-backup-'));
const baseEnv = {
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SERVE_ADMIN_PANEL: 'false',
  SEED_DEMO_CONTENT: 'false',
  CRON_ENABLED: 'false',
  ...freshSecrets(),
};

const run = (args, env) =>
  new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const seconds = Number(((performance.now() - start) / 1000).toFixed(1));
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}:\n${stderr}`));
      else resolve({ seconds, stderr });
    });
  });

const SEED = `
import { createRequire } from 'node:module';
import { bulkSeed } from ${JSON.stringify(path.join(root, 'scripts/bench/seed.mjs'))};
const require = createRequire(import.meta.url);
const strapi = await require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(root)}, distDir: ${JSON.stringify(path.join(root, 'dist'))} }).load();
await bulkSeed(strapi, { articles: ${articles} });
await strapi.destroy();
process.exit(0);
`;

/** a database and an uploads folder, with the environment that points the app at them */
const place = async (client, label) => {
  const db = await createDatabase(client, scratch, label);
  const publicDir = path.join(scratch, `public-${label}-${client}`);
  mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
  return { client, env: { ...baseEnv, ...db.env, PUBLIC_DIR: publicDir }, drop: db.drop };
};

const reported = (stderr, pattern) => Number(stderr.match(pattern)?.[1]);
const fingerprintOf = async (env, label) => {
  const out = path.join(scratch, `${label}.json`);
  const { seconds } = await run([path.join(root, 'scripts/backup.mjs'), '--no-build', '--verify', '--out', out], env);
  return { seconds, json: readFileSync(out, 'utf8') };
};

const clients = ['sqlite', 'postgres'].filter((client) => !only || client === only);
const results = [];
try {
  if (clients.includes('postgres') && !(await postgresAnswers())) throw new Error('PostgreSQL does not answer (BENCH_POSTGRES_URL)');
  const archives = {};
  for (const client of clients) {
    const source = await place(client, 'source');
    const seeded = await run(['--input-type=module', '-e', SEED], source.env);
    const archive = path.join(scratch, `${client}.backup`);
    const backup = await run([path.join(root, 'scripts/backup.mjs'), '--no-build', '--out', archive], source.env);
    archives[client] = { archive, source };
    console.log(`${client}: seeded ${articles} articles in ${seeded.seconds} s; backup ${backup.seconds} s wall, ${statSync(archive).size} bytes`);
    results.push({
      step: `backup ${client}`,
      wallSeconds: backup.seconds,
      seconds: reported(backup.stderr, / in ([\d.]+) s/),
      archiveBytes: statSync(archive).size,
      rows: reported(backup.stderr, /backup: (\d+) rows/),
    });
  }
  const pairs = clients.map((client) => [client, client]);
  if (clients.length === 2) pairs.push(['sqlite', 'postgres']);
  for (const [from, to] of pairs) {
    const target = await place(to, `target-${from}`);
    const restore = await run([path.join(root, 'scripts/restore.mjs'), '--no-build', archives[from].archive], target.env);
    const row = {
      step: `restore ${from} → ${to}`,
      wallSeconds: restore.seconds,
      seconds: reported(restore.stderr, / in ([\d.]+) s \(/),
      checkSeconds: reported(restore.stderr, /checked first in ([\d.]+) s/),
      rows: reported(restore.stderr, /restore: (\d+) rows/),
    };
    if (verify) {
      const [before, after] = [await fingerprintOf(archives[from].source.env, `before-${from}`), await fingerprintOf(target.env, `after-${from}-${to}`)];
      row.fingerprintEqual = before.json === after.json;
      row.verifySeconds = after.seconds;
    }
    console.log(`${row.step}: ${row.wallSeconds} s wall (${row.seconds} s restoring, ${row.checkSeconds} s checking)${verify ? `, fingerprint equal: ${row.fingerprintEqual} (verify ${row.verifySeconds} s)` : ''}`);
    results.push(row);
    await target.drop();
  }
  for (const { source } of Object.values(archives)) await source.drop();

  const date = new Date().toISOString().slice(0, 10);
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, load: os.loadavg().map((value) => Number(value.toFixed(1))) };
  const file = path.join(root, 'bench/results', `${date}-backup-restore`);
  writeFileSync(`${file}.json`, `${JSON.stringify({ articles, machine, results }, null, 2)}\n`);
  const lines = [
    `# Backup and restore, ${articles} bench articles (${date})`,
    '',
    `Machine: ${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, load average ${machine.load.join(' / ')} at the end.`,
    'Wall times include the command starting the app; "seconds" is the command\'s own work.',
    '',
    '| step | wall s | work s | check s | rows | archive bytes | fingerprint equal |',
    '|---|---|---|---|---|---|---|',
    ...results.map((row) => `| ${row.step} | ${row.wallSeconds} | ${row.seconds} | ${row.checkSeconds ?? ''} | ${row.rows} | ${row.archiveBytes ?? ''} | ${row.fingerprintEqual ?? ''} |`),
    '',
  ];
  writeFileSync(`${file}.md`, lines.join('\n'));
  console.log(lines.join('\n'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
