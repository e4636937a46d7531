/** Content-manager layout of photographers: 基本信息 → 关联; the private login account is linked here by an admin. */

import { creditRoleChoices, slugField } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/photographer/content-types/photographer/schema.json')>;

export const photographerLayout: ContentTypeLayout<Field> = {
  uid: 'api::photographer.photographer',
  settings: {
    mainField: 'name',
    defaultSortBy: 'name',
    defaultSortOrder: 'ASC',
    pageSize: 20,
  },
  fields: {
    name: {
      label: '姓名',
      description: '署名用的中文姓名，必填，最多 80 字',
      placeholder: '如：陈文骁',
    },
    nameEn: {
      label: '英文名',
      description: '英文版署名用的姓名（拼音）；留空时用中文姓名',
      placeholder: 'Chen Wenxiao',
    },
    defaultRole: {
      label: '默认身份',
      description: `图片未选署名方式时使用：${creditRoleChoices}`,
    },
    organization: {
      label: '所属单位',
      description: '摄影师所在的工会或单位',
    },
    avatar: {
      label: '头像',
      description: '摄影师的照片，用于作者页',
    },
    bio: {
      label: '简介',
      description: '摄影师的简短介绍，最多 2000 字',
    },
    photos: {
      label: '作品',
      description: '署名为这位摄影师的图片，在图片的“摄影师”中设置',
    },
    account: {
      label: '登录账号',
      description: '摄影师投稿用的前台账号（用户与权限插件中的“摄影”角色），不对外公开',
      mainField: 'username',
    },
    slug: slugField('摄影师', '姓名'),
  },
  list: ['name', 'nameEn', 'defaultRole', 'organization'],
  edit: [
    {
      name: '基本信息',
      rows: [
        [
          { name: 'name', size: 6 },
          { name: 'nameEn', size: 6 },
        ],
        [
          { name: 'defaultRole', size: 6 },
          { name: 'organization', size: 6 },
        ],
        [
          { name: 'avatar', size: 6 },
          { name: 'slug', size: 6 },
        ],
        [{ name: 'bio', size: 12 }],
      ],
    },
    {
      name: '关联',
      rows: [
        [
          { name: 'photos', size: 6 },
          { name: 'account', size: 6 },
        ],
      ],
    },
  ],
};
