/** Content-manager layout of activities: 活动内容 → 时间地点 → 数据 → 归类 → 发布. */

import { scheduleFields, scheduleRow, slugField } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/activity/content-types/activity/schema.json')>;

export const activityLayout: ContentTypeLayout<Field> = {
  uid: 'api::activity.activity',
  settings: {
    mainField: 'title',
    defaultSortBy: 'startDate',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    title: {
      label: '活动名称',
      description: '活动的名称，必填，最多 200 字',
      placeholder: '如：金秋助学现场资助',
    },
    kind: {
      label: '活动类型',
      description:
        'heatRelief＝送清凉，visitsAndRelief＝走访慰问，healthChecks＝健康体检，studentAid＝金秋助学，skillsTraining＝技能培训，lectures＝讲座，contests＝竞赛，culturalEvents＝文体活动，other＝其他',
    },
    summary: {
      label: '摘要',
      description: '一两句话概括活动，最多 1000 字',
      placeholder: '用一两句话概括活动',
    },
    description: {
      label: '活动详情',
      description: '活动的详细介绍',
    },
    startDate: {
      label: '开始日期',
      description: '活动开始的日期',
    },
    endDate: {
      label: '结束日期',
      description: '活动结束的日期；一天内结束的活动可不填',
    },
    locations: {
      label: '活动地点',
      description: '活动举办的地点，可添加多个',
    },
    fundsAmount: {
      label: '资金（元）',
      description: '活动发放或投入的资金总额，单位：元',
      placeholder: '如：133000',
    },
    beneficiaries: {
      label: '受益人数',
      description: '受益的职工或群众人数',
    },
    participants: {
      label: '参与人数',
      description: '参加活动的人数',
    },
    metrics: {
      label: '活动数据',
      description: '其他数字，如“1300 人次”“20 场”，每项一条',
    },
    organizers: {
      label: '主办单位',
      description: '主办活动的工会或单位，可多选',
    },
    partners: {
      label: '协办单位',
      description: '协办或支持活动的单位，可多选',
    },
    campaign: {
      label: '所属专题',
      description: '活动所属的专题或品牌活动，如“五送”',
    },
    photos: {
      label: '活动图片',
      description: '活动的图片，从图片库中选择',
    },
    articles: {
      label: '相关报道',
      description: '报道这项活动的稿件，在稿件的“相关活动”中设置',
    },
    slug: slugField('活动', '名称'),
    ...scheduleFields,
  },
  list: ['title', 'kind', 'startDate', 'campaign'],
  edit: [
    {
      name: '活动内容',
      rows: [
        [{ name: 'title', size: 12 }],
        [{ name: 'kind', size: 6 }],
        [{ name: 'summary', size: 12 }],
        [{ name: 'description', size: 12 }],
      ],
    },
    {
      name: '时间地点',
      rows: [
        [
          { name: 'startDate', size: 6 },
          { name: 'endDate', size: 6 },
        ],
        [{ name: 'locations', size: 12 }],
      ],
    },
    {
      name: '数据',
      rows: [
        [
          { name: 'fundsAmount', size: 4 },
          { name: 'beneficiaries', size: 4 },
          { name: 'participants', size: 4 },
        ],
        [{ name: 'metrics', size: 12 }],
      ],
    },
    {
      name: '归类',
      rows: [
        [
          { name: 'organizers', size: 6 },
          { name: 'partners', size: 6 },
        ],
        [
          { name: 'campaign', size: 6 },
          { name: 'photos', size: 6 },
        ],
        [{ name: 'articles', size: 6 }],
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
