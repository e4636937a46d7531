// `npm run restore -- <file> [--force] [--no-build]`: restores an archive of `npm run backup` into the configured database and
// uploads folder, which must be empty (--force replaces what is there). The archive is checked whole before anything
// is touched; the database part is one transaction and the files move into place after its commit.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { appFolders, loadApp, progressPrinter, require } from './backup-cli.mjs';

const argv = process.argv.slice(2);
const force = argv.includes('--force');
const file = argv.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: npm run restore -- <file> [--force]');
  process.exit(2);
}

const folders = await appFolders(argv);
const { distDir } = folders;
const { checkArchive, restoreBackup } = require(path.join(distDir, 'src/backup/restore'));
const progress = progressPrinter('restore');
const checkStart = performance.now();
let checked;
try {
  // before the app starts: a damaged archive leaves an empty target without even a schema
  checked = await checkArchive(path.resolve(file), progress);
} catch (error) {
  console.error(`restore refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const checkSeconds = ((performance.now() - checkStart) / 1000).toFixed(1);
const app = await loadApp(folders);
const start = performance.now();
let failed = false;
try {
  const result = await restoreBackup(app, path.resolve(file), { force, progress, checked });
  progress.flush();
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  console.error(`restore: ${result.rows} rows and ${result.files} files (${result.bytes} bytes) in ${seconds} s (archive checked first in ${checkSeconds} s)`);
} catch (error) {
  failed = true;
  console.error(`restore failed, nothing restored: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await app.destroy();
}
process.exit(failed ? 1 : 0);
