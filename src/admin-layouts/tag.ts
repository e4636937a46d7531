/** Content-manager layout of tags: 基本信息 → 关联. */

import { slugField } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/tag/content-types/tag/schema.json')>;

export const tagLayout: ContentTypeLayout<Field> = {
  uid: 'api::tag.tag',
  settings: {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
  },
  fields: {
    name: {
      label: '标签名',
      description: '标签的中文名称，必填，最多 80 字',
      placeholder: '如：劳模精神',
    },
    nameEn: {
      label: '英文名',
      description: '英文版使用的标签名',
      placeholder: 'Model-worker spirit',
    },
    slug: slugField('标签', '名称'),
    articles: {
      label: '相关稿件',
      description: '带有这个标签的稿件，在稿件的“标签”中设置',
    },
  },
  list: ['name', 'nameEn', 'slug'],
  edit: [
    {
      name: '基本信息',
      rows: [
        [
          { name: 'name', size: 6 },
          { name: 'nameEn', size: 6 },
        ],
        [{ name: 'slug', size: 6 }],
      ],
    },
    {
      name: '关联',
      rows: [[{ name: 'articles', size: 6 }]],
    },
  ],
};
