import type { Core } from '@strapi/strapi';
import { envValue } from '../utils/env';

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
