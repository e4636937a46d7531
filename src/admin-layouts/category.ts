/** Content-manager layout of categories (site sections): 基本信息 → 关联. */

import { slugField } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/category/content-types/category/schema.json')>;

export const categoryLayout: ContentTypeLayout<Field> = {
  uid: 'api::category.category',
  settings: {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
  },
  fields: {
    name: {
      label: '栏目名称',
      description: '网站栏目的名称，必填，最多 80 字',
      placeholder: '如：工会动态',
    },
    nameEn: {
      label: '英文名称',
      description: '英文版使用的栏目名称',
      placeholder: 'Union news',
    },
    slug: slugField('栏目', '名称'),
    description: {
      label: '栏目说明',
      description: '栏目收录哪些报道，最多 500 字',
    },
    articles: {
      label: '栏目稿件',
      description: '属于这个栏目的稿件，在稿件的“栏目”中设置',
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
        [{ name: 'description', size: 12 }],
      ],
    },
    {
      name: '关联',
      rows: [[{ name: 'articles', size: 6 }]],
    },
  ],
};
