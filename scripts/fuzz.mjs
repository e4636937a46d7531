// `npm run fuzz`: compiles the server (dist/) and the fuzz harness (tests/fuzz/, bundled with esbuild into .tmp/fuzz/),
// then runs it. Arguments go to tests/fuzz/cli.ts (--cases, --seed, --database, --concurrency, --replay).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } }).status ?? 1;

if (run([path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']) !== 0) process.exit(1);
// the bundle sits two folders below the root, as tests/fuzz/ does, so that the test helpers find the app
const outfile = path.join(root, '.tmp', 'fuzz', 'cli.cjs');
await build({ entryPoints: [path.join(root, 'tests/fuzz/cli.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', target: 'node20', logLevel: 'warning' });
process.exit(run([outfile, ...process.argv.slice(2)]));
