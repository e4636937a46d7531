/** Content-manager layout of organizations: 基本信息 → 层级 → 关联. */

import { slugField } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/organization/content-types/organization/schema.json')>;

export const organizationLayout: ContentTypeLayout<Field> = {
  uid: 'api::organization.organization',
  settings: {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    pageSize: 20,
  },
  fields: {
    name: {
      label: '名称',
      description: '组织的全称，必填，最多 200 字',
      placeholder: '如：淮北市总工会',
    },
    shortName: {
      label: '简称',
      description: '组织的简称，如“市总工会”',
      placeholder: '如：市总工会',
    },
    nameEn: {
      label: '英文名称',
      description: '英文版使用的名称',
      placeholder: 'Huaibei Federation of Trade Unions',
    },
    kind: {
      label: '组织类型',
      description:
        'federation＝总工会，districtUnion＝区县工会，industryUnion＝产业工会，grassrootsUnion＝基层工会，enterprise＝企业，community＝社区，partner＝合作单位',
    },
    region: {
      label: '所在区域',
      description: '组织所在的区县、街道或乡镇',
      placeholder: '如：东街道',
    },
    parent: {
      label: '上级组织',
      description: '在工会组织体系中的上一级',
    },
    children: {
      label: '下级组织',
      description: '直属的下一级组织，在下级组织的“上级组织”中设置',
    },
    photographers: {
      label: '所属摄影师',
      description: '属于这个组织的摄影师，在摄影师的“所属单位”中设置',
    },
    articles: {
      label: '相关报道',
      description: '涉及这个组织的稿件，在稿件的“相关组织”中设置',
    },
    organizedActivities: {
      label: '主办的活动',
      description: '这个组织主办的活动，在活动的“主办单位”中设置',
    },
    partneredActivities: {
      label: '协办的活动',
      description: '这个组织协办的活动，在活动的“协办单位”中设置',
    },
    ledCampaigns: {
      label: '牵头的专题',
      description: '这个组织牵头的专题，在专题的“牵头单位”中设置',
    },
    slug: slugField('组织', '名称'),
  },
  list: ['name', 'shortName', 'kind', 'parent'],
  edit: [
    {
      name: '基本信息',
      rows: [
        [
          { name: 'name', size: 6 },
          { name: 'shortName', size: 6 },
        ],
        [
          { name: 'nameEn', size: 6 },
          { name: 'slug', size: 6 },
        ],
        [
          { name: 'kind', size: 6 },
          { name: 'region', size: 6 },
        ],
      ],
    },
    {
      name: '层级',
      rows: [
        [
          { name: 'parent', size: 6 },
          { name: 'children', size: 6 },
        ],
      ],
    },
    {
      name: '关联',
      rows: [
        [
          { name: 'organizedActivities', size: 6 },
          { name: 'partneredActivities', size: 6 },
        ],
        [
          { name: 'ledCampaigns', size: 6 },
          { name: 'articles', size: 6 },
        ],
        [{ name: 'photographers', size: 6 }],
      ],
    },
  ],
};
