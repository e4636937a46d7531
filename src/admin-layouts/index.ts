/** Every content-manager layout kept as code; applied at bootstrap by src/bootstrap/content-manager-layouts.ts. */

import { activityLayout } from './activity';
import { articleLayout } from './article';
import { campaignLayout } from './campaign';
import { categoryLayout } from './category';
import { componentLayouts } from './components';
import { organizationLayout } from './organization';
import { photoLayout } from './photo';
import { photographerLayout } from './photographer';
import { tagLayout } from './tag';
import type { ContentTypeLayout } from './types';

export type { ComponentLayout, ContentTypeLayout, FieldText } from './types';

export const contentTypeLayouts: ContentTypeLayout[] = [
  articleLayout,
  photoLayout,
  photographerLayout,
  activityLayout,
  campaignLayout,
  organizationLayout,
  categoryLayout,
  tagLayout,
];

export { componentLayouts };

/** Fields Strapi adds to every content type; editors meet them in the list's filters and sort choices. */
export const systemFieldLabels: Record<string, string> = {
  createdAt: '创建时间',
  updatedAt: '更新时间',
  publishedAt: '发布时间',
  createdBy: '创建人',
  updatedBy: '最后修改人',
};
