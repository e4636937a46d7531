// Runs every test tier: unit, integration on SQLite, integration on PostgreSQL, the browser tier, then the cluster
// tier (two built instances behind nginx on PostgreSQL and Redis). The app (server and admin panel) is built once for
// the run. A tier whose service is missing (PostgreSQL not answering, no Chromium, no nginx) is reported as SKIPPED;
// under CI (CI=true) or REQUIRE_ALL_TIERS=1 the run fails instead. `node scripts/test.mjs --tier cluster` runs
// one tier (unit, sqlite, postgres, browser, cluster) after building the app. After the unit tier and the build, the
// tiers run in two lanes at once (SQLite then browser; PostgreSQL then cluster), each line prefixed with its tier;
// TEST_LANES=1 runs them one after the other.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const requireAll = process.env.CI === 'true' || process.env.REQUIRE_ALL_TIERS === '1';
const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const nginxPath = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
const tierIndex = process.argv.indexOf('--tier');
const onlyTier = tierIndex === -1 ? undefined : process.argv[tierIndex + 1];
const extraArgs = tierIndex === -1 ? process.argv.slice(2) : process.argv.slice(2).filter((_, index) => index !== tierIndex - 2 && index !== tierIndex - 1);
const TIERS = ['unit', 'sqlite', 'postgres', 'browser', 'cluster'];
if (onlyTier !== undefined && !TIERS.includes(onlyTier)) {
  console.error(`--tier must be one of ${TIERS.join(', ')}`);
  process.exit(2);
}
const wanted = (tier) => onlyTier === undefined || onlyTier === tier;
const resultsDir = path.join(root, '.tmp', 'test-results');
mkdirSync(resultsDir, { recursive: true });

const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const postgresAnswers = async () => {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    console.warn(`PostgreSQL does not answer at ${postgresUrl}: ${error.message}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

const tiers = [];
const jestArgs = (project, outputFile) => [
  // the upload plugin sniffs file types with an ES module that Jest's VM loads only with this flag
  '--experimental-vm-modules', path.join(root, 'node_modules/jest/bin/jest.js'), '--selectProjects', project, '--json', `--outputFile=${outputFile}`, ...extraArgs,
];
const readResults = (outputFile) => {
  try {
    return JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    // jest failed before writing results; its status says so
    return { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTotalTests: 0 };
  }
};
const resultsFile = (name) => path.join(resultsDir, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`);

const jestTier = (name, project, env = {}) => {
  const outputFile = resultsFile(name);
  console.log(`\n=== ${name} ===`);
  const status = run(process.execPath, jestArgs(project, outputFile), env);
  tiers.push({ name, status, ...readResults(outputFile) });
};

/** A tier in a lane: its output goes through line by line, each line prefixed with the tier's label. */
const jestTierAsync = (name, label, project, env = {}) =>
  new Promise((resolve) => {
    const outputFile = resultsFile(name);
    console.log(`\n=== ${name} (lines prefixed [${label}]) ===`);
    const child = spawn(process.execPath, jestArgs(project, outputFile), { cwd: root, env: { ...process.env, ...env } });
    const prefixLines = (stream, target) => {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) target.write(`[${label}] ${line}\n`);
      });
      stream.on('end', () => rest && target.write(`[${label}] ${rest}\n`));
    };
    prefixLines(child.stdout, process.stdout);
    prefixLines(child.stderr, process.stderr);
    child.on('close', (code) => {
      tiers.push({ name, status: code ?? 1, ...readResults(outputFile) });
      console.log(`=== ${name} done (exit ${code}) ===`);
      resolve();
    });
  });

if (wanted('unit')) jestTier('unit', 'unit');

console.log('\n=== building the app once for the integration, browser and cluster tiers (strapi build) ===');
const built = run(process.execPath, [path.join(root, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
  STRAPI_TELEMETRY_DISABLED: 'true',
});
if (built !== 0) {
  console.error('Building the app failed');
  process.exit(1);
}

const postgresUp = (wanted('postgres') || wanted('cluster')) && (await postgresAnswers());

const sqliteLane = async () => {
  if (wanted('sqlite')) await jestTierAsync('integration (SQLite)', 'sqlite', 'int', { TEST_DATABASE: 'sqlite' });
  if (wanted('browser')) {
    if (existsSync(chromiumPath)) await jestTierAsync('browser (Chromium)', 'browser', 'e2e', { TEST_DATABASE: 'sqlite', CHROMIUM_PATH: chromiumPath });
    else tiers.push({ name: 'browser (Chromium)', skipped: `no Chromium at ${chromiumPath} (apt-get install chromium)` });
  }
};

const postgresLane = async () => {
  if (wanted('postgres')) {
    if (postgresUp) await jestTierAsync('integration (PostgreSQL)', 'postgres', 'int', { TEST_DATABASE: 'postgres', TEST_POSTGRES_URL: postgresUrl });
    else tiers.push({ name: 'integration (PostgreSQL)', skipped: 'PostgreSQL did not answer' });
  }
  // two built instances in production mode behind nginx, on a fresh PostgreSQL database and the shared Redis
  if (wanted('cluster')) {
    if (!existsSync(nginxPath)) tiers.push({ name: 'cluster (nginx, PostgreSQL, Redis)', skipped: `no nginx at ${nginxPath} (apt-get install nginx)` });
    else if (!postgresUp) tiers.push({ name: 'cluster (nginx, PostgreSQL, Redis)', skipped: 'PostgreSQL did not answer' });
    else await jestTierAsync('cluster (nginx, PostgreSQL, Redis)', 'cluster', 'cluster', { TEST_POSTGRES_URL: postgresUrl, NGINX_BIN: nginxPath });
  }
};

const startedAt = Date.now();
if (process.env.TEST_LANES === '1') {
  await sqliteLane();
  await postgresLane();
} else {
  await Promise.all([sqliteLane(), postgresLane()]);
}
console.log(`\nintegration, browser and cluster tiers took ${Math.round((Date.now() - startedAt) / 1000)} s`);

console.log('\n=== summary ===');
let failed = false;
for (const tier of tiers) {
  if (tier.skipped) {
    console.log(`${tier.name}: SKIPPED (${tier.skipped})`);
    if (requireAll) failed = true;
    continue;
  }
  const empty = tier.numTotalTests === 0;
  const pending = tier.numPendingTests > 0;
  console.log(
    `${tier.name}: ${tier.numPassedTests} passed, ${tier.numFailedTests} failed, ${tier.numPendingTests} skipped` +
      (empty ? ' (NO TESTS RAN)' : '')
  );
  if (tier.status !== 0 || empty || (requireAll && pending)) failed = true;
  // the names of failed tests come last, so the tail of a CI log says what failed
  for (const file of tier.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const reason = String(test.failureMessages?.[0] ?? '').split('\n').find((line) => line.trim()) ?? '';
      console.log(`  FAILED ${path.relative(root, file.name)} › ${test.fullName}\n    ${reason.trim().slice(0, 300)}`);
    }
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
      console.log(`  FAILED ${path.relative(root, file.name)} (suite failed to run)\n    ${String(file.message ?? '').split('\n').find((line) => line.trim())?.trim().slice(0, 300) ?? ''}`);
    }
  }
}
const passed = tiers.reduce((sum, tier) => sum + (tier.numPassedTests ?? 0), 0);
const failedCount = tiers.reduce((sum, tier) => sum + (tier.numFailedTests ?? 0), 0);
console.log(`\ntests: ${passed} passed, ${failedCount} failed`);
if (failed) {
  console.error(requireAll ? 'FAILED: a tier failed, ran no test, or was skipped (all tiers are required here)' : 'FAILED');
  process.exit(1);
}
