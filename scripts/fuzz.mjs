// `npm run fuzz`: compiles the server (dist/) and the fuzz harnesses (tests/fuzz/, bundled with esbuild into
// .tmp/fuzz/), then runs the request fuzzer and the stale-read checker, one after the other.
// Arguments go to the request fuzzer, tests/fuzz/cli.ts (--cases, --seed, --database, --concurrency, --replay);
// `npm run fuzz -- stale` runs the stale-read checker alone (tests/fuzz/stale/cli.ts: STALE_CHECK_WRITES, default
// 20,000, and STALE_CHECK_SEED), `npm run fuzz -- requests [args]` the request fuzzer alone.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } }).status ?? 1;

const [first, ...rest] = process.argv.slice(2);
const only = first === 'stale' || first === 'requests' ? first : undefined;
const args = only ? rest : process.argv.slice(2);

if (run([path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']) !== 0) process.exit(1);
// the bundles sit two folders below the root, as tests/fuzz/ does, so that the test helpers find the app
const bundle = async (entry, name) => {
  const outfile = path.join(root, '.tmp', 'fuzz', name);
  await build({ entryPoints: [path.join(root, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', target: 'node20', logLevel: 'warning' });
  return outfile;
};
let status = 0;
if (only !== 'stale') status = run([await bundle('tests/fuzz/cli.ts', 'cli.cjs'), ...args]);
if (only !== 'requests') {
  // the cluster helpers start built instances with `strapi start` on PostgreSQL
  const stale = run([await bundle('tests/fuzz/stale/cli.ts', 'stale.cjs')]);
  status = status || stale;
}
process.exit(status);
