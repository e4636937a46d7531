// `npm run seed`: loads the app (no HTTP server) on the configured database and seeds the demo content.
// Idempotent. Refuses in production unless SEED_DEMO_CONTENT=true says it is wanted there.
import path from 'node:path';
import { createRequire } from 'node:module';

// Strapi's ES module build does not load under plain Node ESM; its CommonJS build does
const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi');

if (process.env.NODE_ENV === 'production' && process.env.SEED_DEMO_CONTENT !== 'true') {
  console.error('Not seeding demo content in production; set SEED_DEMO_CONTENT=true to do it anyway.');
  process.exit(1);
}

const { appDir, distDir } = await compileStrapi();
// this script seeds by itself; the start-up seeding must not run as well
process.env.SEED_DEMO_CONTENT = 'false';
const app = await createStrapi({ appDir, distDir }).load();
try {
  const { seedDemoContent } = require(path.join(distDir, 'src/seed'));
  const report = await seedDemoContent(app);
  console.log(`Demo content: ${report.created} created, ${report.existing} already there`);
} finally {
  await app.destroy();
}
