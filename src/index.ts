import type { Core } from '@strapi/strapi';
import { ensureEditorRole } from './bootstrap/admin-roles';
import { ensureDemoAccounts } from './bootstrap/demo-accounts';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadAccess } from './bootstrap/public-permissions';
import { creditLinesMiddleware } from './document-middlewares/credit-lines';
import { publicReadsPublishedMiddleware } from './document-middlewares/public-reads-published';
import { slugsMiddleware } from './document-middlewares/slugs';
import { keepOriginalUploadsOnce } from './bootstrap/upload-settings';
import { seedDemoContent } from './seed';
import { envBool } from './utils/env';

const SEED_FLAG = { type: 'core', name: 'newsroom' } as const;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publicReadsPublishedMiddleware(strapi));
    strapi.documents.use(slugsMiddleware(strapi));
    strapi.documents.use(creditLinesMiddleware(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicReadAccess(strapi);
    await ensureEditorRole(strapi);
    await keepOriginalUploadsOnce(strapi);

    const production = process.env.NODE_ENV === 'production';
    if (!production) await ensureDemoAccounts(strapi);

    // demo content: once per database on first start outside production, or whenever SEED_DEMO_CONTENT=true
    const store = strapi.store(SEED_FLAG);
    const seedOnStart = envBool('SEED_DEMO_CONTENT', !production);
    const alreadySeeded = (await store.get({ key: 'demoContentSeeded' })) === true;
    if (seedOnStart && (!alreadySeeded || envBool('SEED_DEMO_CONTENT', false))) {
      const report = await seedDemoContent(strapi);
      await store.set({ key: 'demoContentSeeded', value: true });
      strapi.log.info(`[newsroom] demo content: ${report.created} created, ${report.existing} already there`);
    }
  },
};
