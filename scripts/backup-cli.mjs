// What `npm run backup` and `npm run restore` share: compiling and loading the app, and progress on stderr.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Strapi's ES module build does not load under plain Node ESM; its CommonJS build does
export const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Compiles the app (unless `--no-build` says dist/ is current, as after `npm run build`) and gives its folders. */
export const appFolders = async (argv) => {
  if (argv.includes('--no-build')) return { appDir: root, distDir: path.join(root, 'dist') };
  const { appDir, distDir } = await require('@strapi/strapi').compileStrapi();
  return { appDir, distDir };
};

/** Loads the app without an HTTP server, with no demo seeding and no scheduled publishing while the command runs. */
export const loadApp = async ({ appDir, distDir }) => {
  process.env.SEED_DEMO_CONTENT = 'false';
  process.env.CRON_ENABLED = 'false';
  return require('@strapi/strapi').createStrapi({ appDir, distDir }).load();
};

// progress at most once a second, and once at the end
const number = (value) => (value ?? 0).toLocaleString('en-US');
const megabytes = (bytes) => `${((bytes ?? 0) / 1048576).toFixed(1)} MB`;

export const progressPrinter = (label) => {
  let last = 0;
  let latest = null;
  const print = () => {
    if (!latest) return;
    const { phase, rows, totalRows, files, totalFiles, bytes, table } = latest;
    const parts = [`${label}: ${phase}`];
    if (rows !== undefined) parts.push(`rows ${number(rows)}${totalRows ? `/${number(totalRows)}` : ''}${table ? ` (${table})` : ''}`);
    if (files !== undefined) parts.push(`files ${number(files)}${totalFiles ? `/${number(totalFiles)}` : ''}`);
    if (bytes !== undefined) parts.push(megabytes(bytes));
    process.stderr.write(`${parts.join('  ')}\n`);
  };
  const progress = (event) => {
    latest = event;
    const now = Date.now();
    if (now - last >= 1000) {
      last = now;
      print();
    }
  };
  progress.flush = print;
  return progress;
};
