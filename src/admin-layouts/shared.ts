/** Field texts that several content types share, so they read the same everywhere. */

import { CREDIT_ROLE_TITLES, CREDIT_ROLES } from '#newsroom-media';
import type { EditRow, FieldText } from './types';

/** The credit roles as the select box lists them, with their Chinese names: `staffReporter＝记者，…`. */
export const creditRoleChoices = CREDIT_ROLES.map((role) => `${role}＝${CREDIT_ROLE_TITLES[role]}`).join('，');

/** The `uid` slug of a type, filled from `source` by the slugs document middleware when left empty. */
export const slugField = (subject: string, source: string): FieldText => ({
  label: 'URL 别名',
  description: `网址中的${subject}标识，留空时按${source}自动生成拼音，只能用字母、数字和 - _ . ~`,
  placeholder: '留空自动生成',
});

export const scheduleFields: Record<'scheduledPublishAt' | 'scheduledUnpublishAt', FieldText> = {
  scheduledPublishAt: {
    label: '定时发布',
    description: '到此时间自动发布；不定时则留空',
  },
  scheduledUnpublishAt: {
    label: '定时撤下',
    description: '到此时间自动撤下（取消发布）；长期发布则留空',
  },
};

export const scheduleRow: EditRow<'scheduledPublishAt' | 'scheduledUnpublishAt'> = [
  { name: 'scheduledPublishAt', size: 6 },
  { name: 'scheduledUnpublishAt', size: 6 },
];
