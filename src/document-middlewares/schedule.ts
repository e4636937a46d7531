/**
 * Scheduled publishing: a document cannot be scheduled to come down before it goes up (400).
 */

import { errors } from '@strapi/utils';
import { SCHEDULED_TYPES } from '../api/schedule/services/schedule';
import { paramsOf, type DocumentMiddleware } from './types';

const time = (value: unknown): number | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const parsed = new Date(value as string).getTime();
  return Number.isNaN(parsed) ? undefined : parsed; // Strapi's own validation reports a bad date
};

export const scheduleMiddleware = (): DocumentMiddleware => async (context, next) => {
  if (!(SCHEDULED_TYPES as readonly string[]).includes(context.uid)) return next();
  if (context.action !== 'create' && context.action !== 'update') return next();
  const data = paramsOf(context).data;
  const publishAt = time(data?.scheduledPublishAt);
  const unpublishAt = time(data?.scheduledUnpublishAt);
  if (publishAt !== undefined && unpublishAt !== undefined && unpublishAt <= publishAt) {
    throw new errors.ValidationError('scheduledUnpublishAt must be later than scheduledPublishAt', {
      errors: [{ path: ['scheduledUnpublishAt'], message: 'must be later than scheduledPublishAt', name: 'ValidationError' }],
    });
  }
  return next();
};
