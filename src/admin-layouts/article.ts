/** Content-manager layout of articles: grouped as an editor works, 正文 → 图片 → 归类 → 发布与 SEO. */

import { scheduleFields, scheduleRow, slugField } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/article/content-types/article/schema.json')>;

export const articleLayout: ContentTypeLayout<Field> = {
  uid: 'api::article.article',
  settings: {
    mainField: 'title',
    // not publishDate: drafts have none yet, and databases disagree on where empty dates sort
    defaultSortBy: 'updatedAt',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    kicker: {
      label: '引题',
      description: '标题上方的引题（肩题），交代背景或点明主题，可不填，最多 200 字',
      placeholder: '如：市总工会“五送”活动',
    },
    title: {
      label: '标题',
      description: '报道的主标题，必填，最多 200 字',
      placeholder: '输入标题',
    },
    subtitle: {
      label: '副标题',
      description: '标题下方的副题，补充说明主标题，最多 300 字',
    },
    summary: {
      label: '摘要',
      description: '一两句话概括报道，用于列表、分享和搜索结果，最多 1000 字',
      placeholder: '用一两句话概括报道',
    },
    body: {
      label: '正文',
      description: '按顺序添加段落、图片、数据和引语',
    },
    bylines: {
      label: '作者署名',
      description: '文字、摄影、编辑等署名，每人一条；可选人员，也可直接填姓名',
    },
    cover: {
      label: '封面图片',
      listLabel: '封面',
      description: '列表和分享时显示的图片，从图片库中选择',
    },
    gallery: {
      label: '组图',
      description: '随文发布的一组图片，按顺序显示',
    },
    category: {
      label: '栏目',
      description: '报道所属的网站栏目，如“工会动态”',
    },
    tags: {
      label: '标签',
      description: '关键词，可多选，用于跨栏目关联报道',
    },
    organizations: {
      label: '相关组织',
      description: '报道涉及的工会、企业或社区',
    },
    campaigns: {
      label: '所属专题',
      description: '报道所属的专题或品牌活动，如“五送”',
    },
    activities: {
      label: '相关活动',
      description: '报道涉及的具体活动',
    },
    source: {
      label: '来源',
      description: '稿件来源，如报纸名或供稿单位，最多 120 字',
      placeholder: '如：市总工会',
    },
    printEdition: {
      label: '报纸版面',
      description: '见报的日期和版次；未见报可不填',
    },
    importKey: {
      label: '导入来源',
      description: '由导入稿件生成：同一来源再次导入时更新这篇草稿，不新建',
      editable: false,
    },
    slug: slugField('文章', '标题'),
    publishDate: {
      label: '发布日期',
      description: '报道上显示的日期，也用于排序和信息流',
    },
    ...scheduleFields,
    seo: {
      label: 'SEO',
      description: '搜索引擎和社交分享用的标题、描述、关键词和图片',
    },
  },
  list: ['title', 'cover', 'category', 'publishDate', 'scheduledPublishAt', 'scheduledUnpublishAt'],
  edit: [
    {
      name: '正文',
      rows: [
        [{ name: 'kicker', size: 12 }],
        [{ name: 'title', size: 12 }],
        [{ name: 'subtitle', size: 12 }],
        [{ name: 'summary', size: 12 }],
        [{ name: 'body', size: 12 }],
        [{ name: 'bylines', size: 12 }],
      ],
    },
    {
      name: '图片',
      rows: [
        [
          { name: 'cover', size: 6 },
          { name: 'gallery', size: 6 },
        ],
      ],
    },
    {
      name: '归类',
      rows: [
        [
          { name: 'category', size: 6 },
          { name: 'tags', size: 6 },
        ],
        [
          { name: 'organizations', size: 6 },
          { name: 'campaigns', size: 6 },
        ],
        [
          { name: 'activities', size: 6 },
          { name: 'source', size: 6 },
        ],
        [{ name: 'printEdition', size: 12 }],
      ],
    },
    {
      name: '发布与 SEO',
      rows: [
        [
          { name: 'slug', size: 6 },
          { name: 'publishDate', size: 6 },
        ],
        scheduleRow,
        [{ name: 'importKey', size: 6 }],
        [{ name: 'seo', size: 12 }],
      ],
    },
  ],
};
