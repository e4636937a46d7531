// `npm run import -- <page file or folder> [--images DIR|ZIP] [--dry-run] [--locale zh-Hans] [--source-id ID]`
// Imports printed pages (text or .docx) into draft articles with credited draft photos, through the same import
// service as the admin page and POST /api/imports. A folder imports every .txt/.md/.docx in it (sorted by name),
// each with the images of the folder or zip named like the page (page-3/ or page-3.zip next to page-3.txt), or
// --images for a single page. One progress line per page, then a summary; exit code 1 if any page failed.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const usage = 'usage: npm run import -- <page file or folder> [--images DIR|ZIP] [--dry-run] [--locale CODE] [--source-id ID]';
const PAGE = /\.(txt|md|docx)$/i;
const IMAGE = /\.(jpe?g|png|webp|gif|avif|heic)$/i;
const MIME = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif', heic: 'image/heic' };
const natural = new Intl.Collator('en', { numeric: true }).compare;

const args = process.argv.slice(2);
const options = { dryRun: false, images: undefined, locale: undefined, sourceId: undefined };
const targets = [];
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index];
  const value = () => {
    const next = args[++index];
    if (next === undefined || next.startsWith('--')) {
      console.error(`${arg} needs a value\n${usage}`);
      process.exit(2);
    }
    return next;
  };
  if (arg === '--dry-run') options.dryRun = true;
  else if (arg === '--images') options.images = value();
  else if (arg === '--locale') options.locale = value();
  else if (arg === '--source-id') options.sourceId = value();
  else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (arg.startsWith('--')) {
    console.error(`unknown option ${arg}\n${usage}`);
    process.exit(2);
  } else targets.push(arg);
}
if (targets.length !== 1) {
  console.error(usage);
  process.exit(2);
}

const exists = async (file) => stat(file).then((info) => info, () => null);

/** the images for a page: the files of a folder (natural order) or a zip, as the import service takes them */
const imagesFrom = async (location) => {
  const info = location ? await exists(location) : null;
  if (!info) return {};
  if (info.isFile()) return { imageArchive: await readFile(location) };
  const names = (await readdir(location)).filter((name) => IMAGE.test(name)).sort(natural);
  return {
    images: await Promise.all(
      names.map(async (name) => ({ name, mime: MIME[path.extname(name).slice(1).toLowerCase()] ?? null, data: await readFile(path.join(location, name)) }))
    ),
  };
};

const target = path.resolve(targets[0]);
const targetInfo = await exists(target);
if (!targetInfo) {
  console.error(`${targets[0]} does not exist`);
  process.exit(2);
}
const pages = targetInfo.isDirectory()
  ? (await readdir(target)).filter((name) => PAGE.test(name)).sort(natural).map((name) => path.join(target, name))
  : [target];
if (pages.length === 0) {
  console.error(`${targets[0]} holds no page (.txt, .md or .docx)`);
  process.exit(2);
}
if (pages.length > 1 && (options.images || options.sourceId)) {
  console.error('--images and --source-id name one page; for a folder, put each page\'s images in a folder or zip named like the page');
  process.exit(2);
}

// Strapi's ES module build does not load under plain Node ESM; its CommonJS build does
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const { appDir, distDir } = await compileStrapi();
process.env.SEED_DEMO_CONTENT ??= 'false';
const app = await createStrapi({ appDir, distDir, logLevel: 'warn' }).load();
const totals = { created: 0, updated: 0, checked: 0, failed: 0, photos: 0, missing: 0, photographers: 0, figures: 0, warnings: 0 };
try {
  const importer = app.service('api::import.importer');
  for (const [index, file] of pages.entries()) {
    const label = `[${index + 1}/${pages.length}] ${path.basename(file)}`;
    const stem = file.replace(/\.[^.]+$/, '');
    const imageSource = options.images ?? ((await exists(stem))?.isDirectory() ? stem : (await exists(`${stem}.zip`)) ? `${stem}.zip` : undefined);
    try {
      const result = await importer.importPage({
        fileName: path.basename(file),
        data: await readFile(file),
        ...(await imagesFrom(imageSource)),
        dryRun: options.dryRun,
        locale: options.locale,
        sourceId: options.sourceId,
      });
      const fresh = result.photographers.filter((person) => person.match === 'new').length;
      const missing = result.photos.filter((photo) => photo.imageMissing).length;
      if (result.dryRun) totals.checked += 1;
      else if (result.article.created) totals.created += 1;
      else totals.updated += 1;
      totals.photos += result.photos.length;
      totals.missing += missing;
      totals.photographers += fresh;
      totals.figures += result.figures.length;
      totals.warnings += result.warnings.length;
      const verb = result.dryRun ? 'would import' : result.article.created ? 'created' : 'updated';
      console.log(
        `${label}: ${verb} “${result.article.title}” (${result.encoding}; ${result.photos.length} photos, ${missing} without image, ` +
          `${fresh} new photographers, ${result.figures.length} figures, ${result.warnings.length} warnings)` +
          (result.article.documentId && !result.dryRun ? ` draft ${result.article.documentId}` : '')
      );
      for (const warning of result.warnings) console.log(`    warning${warning.line ? ` line ${warning.line}` : ''}: ${warning.message}`);
    } catch (error) {
      totals.failed += 1;
      const details = error?.details ?? {};
      console.log(`${label}: FAILED ${error?.message ?? error}${details.line ? ` (line ${details.line}${details.expected ? `, expected ${details.expected}` : ''})` : ''}`);
      if (!error?.details) console.error(error);
    }
  }
} finally {
  await app.destroy();
}
console.log(
  `${pages.length} page(s): ${totals.created} created, ${totals.updated} updated, ${totals.checked} checked (dry run), ${totals.failed} failed; ` +
    `${totals.photos} photos (${totals.missing} without image), ${totals.photographers} new photographers, ${totals.figures} figures, ${totals.warnings} warnings`
);
process.exit(totals.failed > 0 ? 1 : 0);
