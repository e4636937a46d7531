/** Content-manager layout of photos: 图片 → 署名 → 归类 → 元数据; what the app computes is read-only. */

import { creditRoleChoices } from './shared';
import type { AttributeName, ContentTypeLayout } from './types';

type Field = AttributeName<typeof import('../api/photo/content-types/photo/schema.json')>;

export const photoLayout: ContentTypeLayout<Field> = {
  uid: 'api::photo.photo',
  settings: {
    mainField: 'caption',
    defaultSortBy: 'createdAt',
    defaultSortOrder: 'DESC',
    pageSize: 20,
  },
  fields: {
    image: {
      label: '图片',
      description: '图片文件，必填；上传后会自动读取文件中的说明和署名',
    },
    caption: {
      label: '图片说明',
      listLabel: '说明',
      description: '图片下方的说明文字，按语言分别填写，最多 1000 字',
      placeholder: '如：“五送”之“送万福进万家”活动。',
    },
    altText: {
      label: '替代文本',
      description: '图片无法显示或供读屏软件朗读时的文字描述，写清画面内容，最多 300 字',
      placeholder: '描述画面内容',
    },
    photographer: {
      label: '摄影师',
      description: '从摄影师库中选择；库里没有的摄影者请填写“署名”',
    },
    creditRole: {
      label: '署名方式',
      description: `${creditRoleChoices}；留空时用摄影师的默认身份`,
    },
    creditName: {
      label: '署名',
      description: '供图单位或摄影师库之外的摄影者姓名，如“市总工会”',
      placeholder: '如：市总工会',
    },
    creditLine: {
      label: '署名行',
      description: '系统按署名方式、摄影师和语言自动生成，如“■ 摄影 记者 陈文骁”，不可编辑',
      editable: false,
    },
    structuredData: {
      label: '结构化数据',
      description: '系统生成的 schema.org ImageObject（JSON-LD），供前端输出，不可编辑',
      editable: false,
    },
    takenAt: {
      label: '拍摄时间',
      description: '照片的拍摄时间，可从文件中读取',
    },
    location: {
      label: '拍摄地点',
      description: '照片的拍摄地点，最多 200 字',
      placeholder: '如：市职工服务中心',
    },
    copyrightNotice: {
      label: '版权声明',
      description: '版权所有者的声明，如“© 市总工会”',
      placeholder: '如：© 市总工会',
    },
    usageTerms: {
      label: '使用条款',
      description: '许可协议的网址或使用限制说明',
    },
    metadata: {
      label: '文件元数据',
      description: '系统从图片文件读取的 IPTC、XMP、EXIF 信息（embedded），不可编辑',
      editable: false,
    },
    coverForArticles: {
      label: '用作封面的稿件',
      description: '以这张图片为封面的稿件，在稿件的“封面图片”中设置',
    },
    articles: {
      label: '所在组图的稿件',
      description: '组图中包含这张图片的稿件，在稿件的“组图”中设置',
    },
    activities: {
      label: '相关活动',
      description: '使用这张图片的活动，在活动的“活动图片”中设置',
    },
    campaigns: {
      label: '用作封面的专题',
      description: '以这张图片为封面的专题，在专题的“封面图片”中设置',
    },
    submittedBy: {
      label: '投稿账号',
      description: '通过投稿接口上传这张图片的摄影师账号，由系统记录，不对外公开，不可编辑',
      editable: false,
      mainField: 'username',
    },
  },
  list: ['image', 'caption', 'photographer', 'creditLine'],
  edit: [
    {
      name: '图片',
      rows: [
        [
          { name: 'image', size: 6 },
          { name: 'caption', size: 6 },
        ],
        [{ name: 'altText', size: 12 }],
      ],
    },
    {
      name: '署名',
      rows: [
        [
          { name: 'photographer', size: 6 },
          { name: 'creditRole', size: 6 },
        ],
        [
          { name: 'creditName', size: 6 },
          { name: 'creditLine', size: 6 },
        ],
      ],
    },
    {
      name: '归类',
      rows: [
        [
          { name: 'activities', size: 6 },
          { name: 'coverForArticles', size: 6 },
        ],
        [
          { name: 'articles', size: 6 },
          { name: 'campaigns', size: 6 },
        ],
      ],
    },
    {
      name: '元数据',
      rows: [
        [
          { name: 'takenAt', size: 6 },
          { name: 'location', size: 6 },
        ],
        [
          { name: 'copyrightNotice', size: 6 },
          { name: 'usageTerms', size: 6 },
        ],
        [{ name: 'submittedBy', size: 6 }],
        [{ name: 'metadata', size: 12 }],
        [{ name: 'structuredData', size: 12 }],
      ],
    },
  ],
};
