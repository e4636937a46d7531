import type { Core } from '@strapi/strapi';
import { FEED_UIDS } from '../read-path';
import { envValue } from '../utils/env';
import { configuredPublicUrl } from '../utils/query';
import { readerUrl, READER_TYPES } from '../utils/reader-urls';

export const FRONTEND_WEBHOOK_NAME = 'Frontend revalidation (FRONTEND_WEBHOOK_URL)';
export const FRONTEND_WEBHOOK_EVENTS = ['entry.publish', 'entry.update', 'entry.unpublish', 'entry.delete'];

interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/**
 * One Strapi webhook, configured from the environment, tells a frontend that content changed so it can
 * revalidate: FRONTEND_WEBHOOK_URL (and FRONTEND_WEBHOOK_SECRET, sent as a Bearer token). Applied at every
 * start; removed when the variable is unset.
 */
export const syncFrontendWebhook = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.get('webhookStore');
  const runner = strapi.get('webhookRunner');
  const existing = ((await store.findWebhooks()) as Webhook[]).find((webhook) => webhook.name === FRONTEND_WEBHOOK_NAME);
  const url = envValue('FRONTEND_WEBHOOK_URL');

  if (!url) {
    if (existing) {
      await store.deleteWebhook(existing.id);
      runner.remove(existing);
    }
    return;
  }
  const secret = envValue('FRONTEND_WEBHOOK_SECRET');
  const wanted = {
    name: FRONTEND_WEBHOOK_NAME,
    url,
    headers: secret ? { Authorization: `Bearer ${secret}` } : {},
    events: FRONTEND_WEBHOOK_EVENTS,
    isEnabled: true,
  };
  if (existing) {
    const updated = (await store.updateWebhook(existing.id, wanted)) as Webhook;
    runner.update(updated);
  } else {
    runner.add((await store.createWebhook(wanted)) as Webhook);
    strapi.log.info(`[newsroom] webhook to ${url} for ${FRONTEND_WEBHOOK_EVENTS.join(', ')}`);
  }
};

/**
 * Every webhook delivery about an article, activity or campaign carries the entry's reader URL as `entry.url`
 * (`https://…/articles/<slug>`, `/en/…` in English; a path when PUBLIC_URL is unset), so a frontend knows which
 * page to revalidate. Registered before Strapi's webhook runner listens (its listeners come at bootstrap), so the
 * payload it sends already has it.
 */
export const readerUrlsInWebhooks = (strapi: Core.Strapi): void => {
  const typeOf = new Map<string, (typeof READER_TYPES)[number]>(READER_TYPES.map((type) => [FEED_UIDS[type], type]));
  for (const event of FRONTEND_WEBHOOK_EVENTS) {
    strapi.eventHub.on(event, async (info: unknown) => {
      const { uid, entry } = (info ?? {}) as { uid?: string; entry?: Record<string, unknown> };
      const type = uid ? typeOf.get(uid) : undefined;
      if (!type || !entry || typeof entry.documentId !== 'string') return;
      const slug = typeof entry.slug === 'string' && entry.slug ? entry.slug : entry.documentId;
      const locale = typeof entry.locale === 'string' ? entry.locale : undefined;
      entry.url = readerUrl(configuredPublicUrl(strapi) ?? '', type, slug, locale);
    });
  }
};
