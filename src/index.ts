import type { Core } from '@strapi/strapi';
import { defaultAdminLanguage } from './bootstrap/admin-language';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { applyContentManagerLayouts } from './bootstrap/content-manager-layouts';
import { ensureDemoAccounts, ensureDemoPhotographer } from './bootstrap/demo-accounts';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadAccess } from './bootstrap/public-permissions';
import { invalidateResponseCacheOnWrites } from './bootstrap/response-cache';
import { knownLocaleMiddleware } from './document-middlewares/known-locale';
import { publicReadsPublishedMiddleware } from './document-middlewares/public-reads-published';
import { scheduleMiddleware } from './document-middlewares/schedule';
import { slugsMiddleware } from './document-middlewares/slugs';
import { keepOriginalUploadsOnce } from './bootstrap/upload-settings';
import { syncFrontendWebhook } from './bootstrap/webhooks';
import { responseCache } from './api/cache/services/cache';
import {
  assertDatabaseReachable,
  endValidationsOnLostDatabase,
  settleCommitCallbacks,
  surfaceTransactionFailures,
  survivesLostDatabase,
  translateDatabaseErrors,
} from './database-unavailable';
import { registerGraphql } from './graphql';
import { hasDemoContent, seedDemoContent } from './seed';
import { isVanilla } from './utils/default-populate';
import { envBool } from './utils/env';
import { gracefulShutdown } from './utils/graceful-shutdown';
import { readPathIndexes } from './utils/read-path-indexes';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    gracefulShutdown(strapi);
    translateDatabaseErrors(strapi);
    surfaceTransactionFailures(strapi);
    endValidationsOnLostDatabase(strapi);
    settleCommitCallbacks(strapi);
    survivesLostDatabase(strapi);
    await assertDatabaseReachable(strapi);
    // on a new database Strapi runs migrations before the tables exist: the index migration's `up` is idempotent
    // and runs again after every schema sync
    strapi.hook('strapi::content-types.afterSync').register(async () => {
      await readPathIndexes(strapi).up(strapi.db.connection);
    });
    registerGraphql(strapi);
    // wherever the response cache may serve, every write must reach it
    invalidateResponseCacheOnWrites(strapi);
    // the benchmark's vanilla baseline: Strapi's core behaviour, none of our content rules
    if (isVanilla()) return;
    strapi.documents.use(knownLocaleMiddleware(strapi));
    strapi.documents.use(publicReadsPublishedMiddleware(strapi));
    strapi.documents.use(slugsMiddleware(strapi));
    strapi.documents.use(scheduleMiddleware());
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The upload plugin's usage metrics (a cron job of its own, 15 s after a database's first boot, then weekly,
    // whatever server.cron.enabled says) only feed Strapi's telemetry: with telemetry off they are never sent.
    if (strapi.telemetry.isDisabled) strapi.cron.remove('uploadWeekly');
    defaultAdminLanguage(strapi);
    await ensureLocales(strapi);
    await enforcePublicReadAccess(strapi);
    await ensureAdminRoles(strapi);
    await applyContentManagerLayouts(strapi);
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
    // Redis when configured, bounded by the connect timeout (serves uncached if it cannot connect)
    await responseCache(strapi).start();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await responseCache(strapi).close();
  },
};
