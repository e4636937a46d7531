/**
 * schedule service: publishes and unpublishes documents whose `scheduledPublishAt` / `scheduledUnpublishAt`
 * has come, per locale. Each due document is first claimed by clearing its schedule in one conditional UPDATE,
 * so of several runs (instances, or a run that overlaps the next) exactly one publishes it; a document deleted
 * in the meantime is simply not found.
 */

import type { Core } from '@strapi/strapi';
import { responseCache } from '../../../cache';

export const SCHEDULED_TYPES = ['api::article.article', 'api::activity.activity', 'api::campaign.campaign'] as const;

type ScheduledType = (typeof SCHEDULED_TYPES)[number];

export interface ScheduleRun {
  published: number;
  unpublished: number;
  failed: number;
}

interface Version {
  documentId: string;
  locale: string | null;
}

const distinct = (rows: Version[]): Version[] => [
  ...new Map(rows.map((row) => [`${row.documentId}|${row.locale}`, row])).values(),
];

/**
 * The two kinds of schedule: the field that holds the time, which rows may hold it (publishing starts from the
 * draft; an unpublish time may sit on the draft or on the published row) and the counter of the run.
 */
const ACTIONS = {
  publish: { field: 'scheduledPublishAt', rows: { publishedAt: null }, counter: 'published' },
  unpublish: { field: 'scheduledUnpublishAt', rows: {}, counter: 'unpublished' },
} as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** carries out the schedules of one kind that are due; the claim clears the schedule before the action */
  const carryOutDue = async (uid: ScheduledType, action: keyof typeof ACTIONS, now: Date, run: ScheduleRun) => {
    const { field, rows: which, counter } = ACTIONS[action];
    const rows = strapi.db.query(uid);
    const isDue = { ...which, [field]: { $notNull: true, $lte: now } };
    const due = distinct((await rows.findMany({ where: isDue, select: ['documentId', 'locale'] })) as Version[]);
    for (const { documentId, locale } of due) {
      const claim = await rows.updateMany({ where: { documentId, locale, ...isDue }, data: { [field]: null } });
      if (claim.count === 0) continue; // another run got there first
      if (action === 'unpublish') {
        const published = await rows.count({ where: { documentId, locale, publishedAt: { $notNull: true } } });
        if (published === 0) continue; // nothing to take down: the schedule is simply cleared
      }
      const version = `${uid} ${documentId} (${locale ?? 'no locale'})`;
      try {
        const documents = strapi.documents(uid);
        const params = { documentId, ...(locale ? { locale } : {}) } as never;
        await (action === 'publish' ? documents.publish(params) : documents.unpublish(params));
        run[counter] += 1;
        strapi.log.info(`[schedule] ${counter} ${version}`);
      } catch (error) {
        run.failed += 1;
        strapi.log.error(`[schedule] could not ${action} ${version}: ${String(error)}`);
      }
    }
  };

  return {
    /** Carries out every schedule that is due at `now`. Safe to run concurrently and repeatedly. */
    async runDue(now: Date = new Date()): Promise<ScheduleRun> {
      const run: ScheduleRun = { published: 0, unpublished: 0, failed: 0 };
      for (const uid of SCHEDULED_TYPES) {
        await carryOutDue(uid, 'publish', now, run);
        await carryOutDue(uid, 'unpublish', now, run);
      }
      // The db lifecycles queued an invalidation for each commit, but Strapi runs commit callbacks without awaiting
      // them: outside a request, waiting for them here is what makes every instance see the change now.
      await responseCache(strapi).settled();
      return run;
    },
  };
};
