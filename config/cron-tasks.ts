import type { Core } from '@strapi/strapi';

/** Strapi cron tasks; CRON_ENABLED=false turns them off on all but one instance (see README, scaling out). */
export default {
  scheduledPublishing: {
    // every minute: publish and unpublish what editors scheduled (scheduledPublishAt / scheduledUnpublishAt)
    options: { rule: '* * * * *' },
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const run = await strapi.service('api::schedule.schedule').runDue();
      if (run.failed > 0) strapi.log.warn(`[schedule] ${run.failed} scheduled changes failed; see the errors above`);
    },
  },
};
