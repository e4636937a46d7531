import type { Core } from '@strapi/strapi';
import { defaultAdminLanguage } from './bootstrap/admin-language';
import { ensureAdminRoles } from './bootstrap/admin-roles';
import { applyContentManagerLayouts } from './bootstrap/content-manager-layouts';
import { ensureDemoAccounts, ensureDemoPhotographer } from './bootstrap/demo-accounts';
import { ensureLocales } from './bootstrap/locales';
import { enforcePublicReadAccess } from './bootstrap/public-permissions';
import { invalidateResponseCacheOnWrites, responseCache } from './cache';
import { knownLocaleMiddleware } from './document-middlewares/known-locale';
import { publicReadsPublishedMiddleware } from './document-middlewares/public-reads-published';
import { scheduleMiddleware } from './document-middlewares/schedule';
import { slugsMiddleware } from './document-middlewares/slugs';
import { keepOriginalUploadsOnce } from './bootstrap/upload-settings';
import { startupLock, type StartupLock } from './bootstrap/startup-lock';
import { readerUrlsInWebhooks, syncFrontendWebhook } from './bootstrap/webhooks';
import {
  assertDatabaseReachable,
  endValidationsOnLostDatabase,
  settleCommitCallbacks,
  surfaceTransactionFailures,
  survivesLostDatabase,
  translateDatabaseErrors,
} from './database-unavailable';
import { registerGraphql } from './graphql';
import { ensureReadPathIndexes } from './read-path';
import { hasDemoContent, seedDemoContent } from './seed';
import { isVanilla } from './utils/default-populate';
import { envBool } from './utils/env';
import { gracefulShutdown } from './utils/graceful-shutdown';
import { validateQueryValuesInContentApi } from './utils/query-values';

/** What every start writes: idempotent, and on PostgreSQL done by one instance at a time (the start-up lock). */
const startupWrites = async (strapi: Core.Strapi): Promise<void> => {
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
};

/** held from the schema sync to the end of `bootstrap` (PostgreSQL), so that instances start one at a time */
let startup: StartupLock | undefined;

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    gracefulShutdown(strapi);
    translateDatabaseErrors(strapi);
    // filter and pagination values that do not fit their fields: 400 before the database sees them
    validateQueryValuesInContentApi(strapi);
    surfaceTransactionFailures(strapi);
    endValidationsOnLostDatabase(strapi);
    settleCommitCallbacks(strapi);
    survivesLostDatabase(strapi);
    await assertDatabaseReachable(strapi);
    startup = startupLock(strapi);
    // the read-path indexes, after every schema sync (when the tables exist); idempotent
    strapi.hook('strapi::content-types.afterSync').register(async () => {
      await ensureReadPathIndexes(strapi);
    });
    registerGraphql(strapi);
    // webhook deliveries name the entry's reader page
    readerUrlsInWebhooks(strapi);
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
    try {
      await startupWrites(strapi);
    } finally {
      await startup?.release();
      startup = undefined;
    }
    // Redis when configured, bounded by the connect timeout (serves uncached if it cannot connect)
    await responseCache(strapi).start();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await startup?.release();
    await responseCache(strapi).close();
  },
};
