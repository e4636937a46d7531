// `npm run backup -- --out <file>`: one archive of the newsroom (every table of the app's metadata and the uploads
// folder) from the configured database. `npm run backup -- --verify [--out <file>]` prints (or writes) the
// fingerprint that a faithful restore leaves unchanged (src/backup/fingerprint.ts). `--no-build`: dist/ is current.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { appFolders, loadApp, progressPrinter, require } from './backup-cli.mjs';

const argv = process.argv.slice(2);
const outIndex = argv.indexOf('--out');
const out = outIndex === -1 ? undefined : argv[outIndex + 1];
const verify = argv.includes('--verify');
if (!verify && !out) {
  console.error('Usage: npm run backup -- --out <file>   |   npm run backup -- --verify [--out <file.json>]');
  process.exit(2);
}

const folders = await appFolders(argv);
const { distDir } = folders;
const app = await loadApp(folders);
let failed = false;
try {
  if (verify) {
    const { fingerprint } = require(path.join(distDir, 'src/backup/fingerprint'));
    const json = JSON.stringify(await fingerprint(app), null, 2);
    if (out) writeFileSync(out, `${json}\n`);
    else process.stdout.write(`${json}\n`);
  } else {
    const { createBackup } = require(path.join(distDir, 'src/backup/backup'));
    const progress = progressPrinter('backup');
    const start = performance.now();
    const result = await createBackup(app, out, progress);
    progress.flush();
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.error(`backup: ${result.rows} rows and ${result.files} files (${result.fileBytes} bytes) in ${seconds} s → ${result.file} (${result.bytes} bytes, sha256 ${result.sha256})`);
  }
} catch (error) {
  failed = true;
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await app.destroy();
}
process.exit(failed ? 1 : 0);
