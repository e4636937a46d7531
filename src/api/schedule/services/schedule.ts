/**
 * schedule service: publishes and unpublishes documents whose `scheduledPublishAt` / `scheduledUnpublishAt`
 * has come, per locale. Each due document is first claimed by clearing its schedule in one conditional UPDATE,
 * so of several runs (instances, or a run that overlaps the next) exactly one publishes it; a document deleted
 * in the meantime is simply not found.
 */

import type { Core } from '@strapi/strapi';
import { responseCache } from '../../cache/services/cache';

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

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** publishes the drafts that are due; the claim clears the schedule on the draft before it is copied */
  const publishDue = async (uid: ScheduledType, now: Date, run: ScheduleRun) => {
    const rows = strapi.db.query(uid);
    const due = distinct(
      (await rows.findMany({
        where: { publishedAt: null, scheduledPublishAt: { $notNull: true, $lte: now } },
        select: ['documentId', 'locale'],
      })) as Version[]
    );
    for (const { documentId, locale } of due) {
      const claim = await rows.updateMany({
        where: { documentId, locale, publishedAt: null, scheduledPublishAt: { $notNull: true, $lte: now } },
        data: { scheduledPublishAt: null },
      });
      if (claim.count === 0) continue; // another run got there first
      try {
        await strapi.documents(uid).publish({ documentId, ...(locale ? { locale } : {}) } as never);
        run.published += 1;
        strapi.log.info(`[schedule] published ${uid} ${documentId} (${locale ?? 'no locale'})`);
      } catch (error) {
        run.failed += 1;
        strapi.log.error(`[schedule] could not publish ${uid} ${documentId} (${locale}): ${String(error)}`);
      }
    }
  };

  /** unpublishes the published documents that are due; the date may sit on the draft or the published row */
  const unpublishDue = async (uid: ScheduledType, now: Date, run: ScheduleRun) => {
    const rows = strapi.db.query(uid);
    const due = distinct(
      (await rows.findMany({
        where: { scheduledUnpublishAt: { $notNull: true, $lte: now } },
        select: ['documentId', 'locale'],
      })) as Version[]
    );
    for (const { documentId, locale } of due) {
      const claim = await rows.updateMany({
        where: { documentId, locale, scheduledUnpublishAt: { $notNull: true, $lte: now } },
        data: { scheduledUnpublishAt: null },
      });
      if (claim.count === 0) continue;
      const published = await rows.count({ where: { documentId, locale, publishedAt: { $notNull: true } } });
      if (published === 0) continue; // nothing to take down: the schedule is simply cleared
      try {
        await strapi.documents(uid).unpublish({ documentId, ...(locale ? { locale } : {}) } as never);
        run.unpublished += 1;
        strapi.log.info(`[schedule] unpublished ${uid} ${documentId} (${locale ?? 'no locale'})`);
      } catch (error) {
        run.failed += 1;
        strapi.log.error(`[schedule] could not unpublish ${uid} ${documentId} (${locale}): ${String(error)}`);
      }
    }
  };

  return {
    /** Carries out every schedule that is due at `now`. Safe to run concurrently and repeatedly. */
    async runDue(now: Date = new Date()): Promise<ScheduleRun> {
      const run: ScheduleRun = { published: 0, unpublished: 0, failed: 0 };
      for (const uid of SCHEDULED_TYPES) {
        await publishDue(uid, now, run);
        await unpublishDue(uid, now, run);
      }
      // The db lifecycles queued a new cache generation for each commit, but Strapi runs commit callbacks without
      // awaiting them: outside a request, this awaited one is what makes every instance see the change now.
      if (run.published + run.unpublished > 0) await responseCache(strapi).invalidate();
      return run;
    },
  };
};
