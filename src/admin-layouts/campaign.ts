/** Content-manager layout of campaigns: 专题内容 → 时间与目标 → 归类 → 发布. */

import { scheduleFields, scheduleRow, slugField } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/campaign/content-types/campaign/schema.json')>;

export const campaignLayout: ContentTypeLayout<Field> = {
  uid: 'api::campaign.campaign',
  settings: {
    mainField: 'name',
    defaultSortBy: 'startDate',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    name: {
      label: '专题名称',
      description: '专题或品牌活动的名称，必填，最多 200 字',
      placeholder: '如：“五送”活动',
    },
    slogan: {
      label: '口号',
      description: '专题的口号或主题语，最多 300 字',
    },
    description: {
      label: '简介',
      description: '专题的背景、内容和意义，最多 4000 字',
    },
    year: {
      label: '年度',
      description: '专题所属的年度，如 2020',
      placeholder: '如：2020',
    },
    startDate: {
      label: '开始日期',
      description: '专题开始的日期',
    },
    endDate: {
      label: '结束日期',
      description: '专题结束的日期；长期进行则留空',
    },
    goals: {
      label: '目标',
      description: '专题要达到的目标，如“慰问 1000 户”，每项一条',
    },
    cover: {
      label: '封面图片',
      listLabel: '封面',
      description: '专题页和分享时显示的图片，从图片库中选择',
    },
    leadOrganization: {
      label: '牵头单位',
      description: '负责这个专题的工会或单位',
    },
    activities: {
      label: '所含活动',
      description: '属于这个专题的活动，在活动的“所属专题”中设置',
    },
    articles: {
      label: '相关报道',
      description: '属于这个专题的稿件，在稿件的“所属专题”中设置',
    },
    slug: slugField('专题', '名称'),
    ...scheduleFields,
  },
  list: ['name', 'year', 'startDate', 'leadOrganization'],
  edit: [
    {
      name: '专题内容',
      rows: [[{ name: 'name', size: 12 }], [{ name: 'slogan', size: 12 }], [{ name: 'description', size: 12 }]],
    },
    {
      name: '时间与目标',
      rows: [
        [
          { name: 'year', size: 4 },
          { name: 'startDate', size: 4 },
          { name: 'endDate', size: 4 },
        ],
        [{ name: 'goals', size: 12 }],
      ],
    },
    {
      name: '归类',
      rows: [
        [
          { name: 'cover', size: 6 },
          { name: 'leadOrganization', size: 6 },
        ],
        [
          { name: 'activities', size: 6 },
          { name: 'articles', size: 6 },
        ],
      ],
    },
    {
      name: '发布',
      rows: [
        [{ name: 'slug', size: 6 }],
        scheduleRow,
      ],
    },
  ],
};
