import type { Core } from '@strapi/strapi';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { ensureDemoAccounts, ensureDemoPhotographer } from './bootstrap/demo-accounts';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadAccess } from './bootstrap/public-permissions';
import { publicReadsPublishedMiddleware } from './document-middlewares/public-reads-published';
import { slugsMiddleware } from './document-middlewares/slugs';
import { keepOriginalUploadsOnce } from './bootstrap/upload-settings';
import { syncFrontendWebhook } from './bootstrap/webhooks';
import { registerGraphql } from './graphql';
import { hasDemoContent, seedDemoContent } from './seed';
import { envBool } from './utils/env';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publicReadsPublishedMiddleware(strapi));
    strapi.documents.use(slugsMiddleware(strapi));
    registerGraphql(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await enforcePublicReadAccess(strapi);
    await ensureAdminRoles(strapi);
    await keepOriginalUploadsOnce(strapi);
    await syncFrontendWebhook(strapi);

    const production = process.env.NODE_ENV === 'production';
    if (!production) await ensureDemoAccounts(strapi);

    // demo content: once per database on first start outside production; on every start when SEED_DEMO_CONTENT=true
    const seedOnStart = envBool('SEED_DEMO_CONTENT', !production);
    if (seedOnStart && (envBool('SEED_DEMO_CONTENT', false) || !(await hasDemoContent(strapi)))) {
      await seedDemoContent(strapi);
    }
    if (!production) await ensureDemoPhotographer(strapi);
  },
};
