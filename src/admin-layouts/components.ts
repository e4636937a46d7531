/** Content-manager layouts of the components (article body blocks and shared pieces). */

import type { AttributeName, ComponentLayout } from './types';

const byline: ComponentLayout<AttributeName<typeof import('../components/article/byline.json')>> = {
  uid: 'article.byline',
  settings: { mainField: 'name' },
  fields: {
    role: {
      label: '署名身份',
      description: 'text＝文，photo＝摄影，editor＝编辑，reporter＝记者，correspondent＝通讯员，translator＝翻译，other＝其他',
    },
    person: {
      label: '人员',
      description: '从摄影师库中选择；库里没有的人请填写“姓名”',
    },
    name: {
      label: '姓名',
      description: '不在人员库中的作者姓名；已选人员时可不填',
      placeholder: '如：万善朝',
    },
  },
  list: ['role', 'name', 'person'],
  edit: [
    [
      { name: 'role', size: 4 },
      { name: 'person', size: 4 },
      { name: 'name', size: 4 },
    ],
  ],
};

const figures: ComponentLayout<AttributeName<typeof import('../components/article/figures.json')>> = {
  uid: 'article.figures',
  settings: { mainField: 'heading' },
  fields: {
    heading: {
      label: '小标题',
      description: '这组数据的标题，可不填',
      placeholder: '如：活动成果',
    },
    items: {
      label: '数据项',
      description: '每项一个数字：名称、数值和单位',
    },
  },
  list: ['heading'],
  edit: [[{ name: 'heading', size: 12 }], [{ name: 'items', size: 12 }]],
};

const photo: ComponentLayout<AttributeName<typeof import('../components/article/photo.json')>> = {
  uid: 'article.photo',
  settings: { mainField: 'captionOverride' },
  fields: {
    photo: {
      label: '图片',
      description: '插入正文的图片，从图片库中选择',
    },
    captionOverride: {
      label: '替换图片说明',
      description: '只在这篇稿件中替换图片自带的说明；留空则用图片说明',
    },
  },
  list: ['photo', 'captionOverride'],
  edit: [
    [
      { name: 'photo', size: 6 },
      { name: 'captionOverride', size: 6 },
    ],
  ],
};

const printEdition: ComponentLayout<AttributeName<typeof import('../components/article/print-edition.json')>> = {
  uid: 'article.print-edition',
  settings: { mainField: 'page' },
  fields: {
    date: {
      label: '见报日期',
      description: '刊登这篇稿件的报纸出版日期',
    },
    page: {
      label: '版次',
      description: '刊登的版次，如“03”',
      placeholder: '如：03',
    },
    pageName: {
      label: '版名',
      description: '版面名称，如“要闻”',
      placeholder: '如：要闻',
    },
  },
  list: ['date', 'page', 'pageName'],
  edit: [
    [
      { name: 'date', size: 4 },
      { name: 'page', size: 4 },
      { name: 'pageName', size: 4 },
    ],
  ],
};

const quote: ComponentLayout<AttributeName<typeof import('../components/article/quote.json')>> = {
  uid: 'article.quote',
  settings: { mainField: 'text' },
  fields: {
    text: {
      label: '引语',
      description: '突出显示的一句话，必填，最多 1000 字',
    },
    attribution: {
      label: '出处',
      description: '说这句话的人及其身份',
      placeholder: '如：受助职工',
    },
  },
  list: ['text', 'attribution'],
  edit: [[{ name: 'text', size: 12 }], [{ name: 'attribution', size: 6 }]],
};

const section: ComponentLayout<AttributeName<typeof import('../components/article/section.json')>> = {
  uid: 'article.section',
  settings: { mainField: 'heading' },
  fields: {
    heading: {
      label: '小标题',
      description: '这一段的小标题，可不填',
    },
    content: {
      label: '段落',
      description: '这一段的文字，可加粗、加链接和列表',
    },
  },
  list: ['heading'],
  edit: [[{ name: 'heading', size: 12 }], [{ name: 'content', size: 12 }]],
};

const goal: ComponentLayout<AttributeName<typeof import('../components/shared/goal.json')>> = {
  uid: 'shared.goal',
  settings: { mainField: 'label' },
  fields: {
    label: {
      label: '目标名称',
      description: '要达成什么，必填，如“慰问困难职工”',
      placeholder: '如：慰问困难职工',
    },
    target: {
      label: '目标值',
      description: '目标的数字',
      placeholder: '如：1000',
    },
    unit: {
      label: '单位',
      description: '数字的单位，如 人、户、场、元',
      placeholder: '如：户',
    },
  },
  list: ['label', 'target', 'unit'],
  edit: [
    [
      { name: 'label', size: 6 },
      { name: 'target', size: 3 },
      { name: 'unit', size: 3 },
    ],
  ],
};

const location: ComponentLayout<AttributeName<typeof import('../components/shared/location.json')>> = {
  uid: 'shared.location',
  settings: { mainField: 'name' },
  fields: {
    name: {
      label: '地点名称',
      description: '地点的名称，必填',
      placeholder: '如：西街道安康社区',
    },
    district: {
      label: '所在区域',
      description: '所在的区县、街道或乡镇',
      placeholder: '如：西街道',
    },
    address: {
      label: '详细地址',
      description: '门牌地址，可不填',
    },
  },
  list: ['name', 'district', 'address'],
  edit: [
    [
      { name: 'name', size: 4 },
      { name: 'district', size: 4 },
      { name: 'address', size: 4 },
    ],
  ],
};

const figure: ComponentLayout<AttributeName<typeof import('../components/article/figure.json')>> = {
  uid: 'article.figure',
  settings: { mainField: 'label' },
  fields: {
    label: {
      label: '名称',
      description: '这个数字说的是什么，必填，如“项目补助资金”',
      placeholder: '如：项目补助资金',
    },
    value: {
      label: '数值',
      description: '数字本身，“万”已换算，必填，如 9440000',
      placeholder: '如：1300',
    },
    unit: {
      label: '单位',
      description: '不含“万”的单位，如 元、名、人次、场次',
      placeholder: '如：元',
    },
    atLeast: {
      label: '余/多',
      description: '原文写“余”或“多”时勾选：数值是下限',
    },
    printed: {
      label: '原文写法',
      description: '数字在稿件中的原样写法，如 944余万元',
      placeholder: '如：944余万元',
    },
    sentence: {
      label: '出处',
      description: '数字所在的原句',
    },
  },
  list: ['label', 'printed', 'value', 'unit'],
  edit: [
    [
      { name: 'label', size: 6 },
      { name: 'printed', size: 6 },
    ],
    [
      { name: 'value', size: 4 },
      { name: 'unit', size: 4 },
      { name: 'atLeast', size: 4 },
    ],
    [{ name: 'sentence', size: 12 }],
  ],
};

const metric: ComponentLayout<AttributeName<typeof import('../components/shared/metric.json')>> = {
  uid: 'shared.metric',
  settings: { mainField: 'label' },
  fields: {
    label: {
      label: '名称',
      description: '这个数字说的是什么，必填，如“健康体检”',
      placeholder: '如：健康体检',
    },
    value: {
      label: '数值',
      description: '数字本身，必填，可带小数，如 13.3',
      placeholder: '如：1300',
    },
    unit: {
      label: '单位',
      description: '数字的单位，如 人、户、场、元、万元',
      placeholder: '如：人',
    },
  },
  list: ['label', 'value', 'unit'],
  edit: [
    [
      { name: 'label', size: 6 },
      { name: 'value', size: 3 },
      { name: 'unit', size: 3 },
    ],
  ],
};

const seo: ComponentLayout<AttributeName<typeof import('../components/shared/seo.json')>> = {
  uid: 'shared.seo',
  settings: { mainField: 'metaTitle' },
  fields: {
    metaTitle: {
      label: 'SEO 标题',
      description: '搜索结果和分享卡片中的标题，最多 70 字',
    },
    metaDescription: {
      label: 'SEO 描述',
      description: '搜索结果和分享卡片中的描述，最多 200 字',
    },
    keywords: {
      label: '关键词',
      description: '用逗号分隔的关键词，最多 300 字',
      placeholder: '如：工会, 职工服务',
    },
    shareImage: {
      label: '分享图片',
      description: '分享到社交平台时显示的图片',
    },
    canonicalUrl: {
      label: '规范网址',
      description: '这篇内容的首发网址（规范网址），转载时填写原文地址',
      placeholder: 'https://',
    },
    noIndex: {
      label: '禁止搜索收录',
      description: '打开后搜索引擎不收录这个页面',
    },
  },
  list: ['metaTitle', 'metaDescription', 'noIndex'],
  edit: [
    [{ name: 'metaTitle', size: 12 }],
    [{ name: 'metaDescription', size: 12 }],
    [
      { name: 'keywords', size: 6 },
      { name: 'shareImage', size: 6 },
    ],
    [
      { name: 'canonicalUrl', size: 8 },
      { name: 'noIndex', size: 4 },
    ],
  ],
};

export const componentLayouts: ComponentLayout[] = [
  byline,
  figure,
  figures,
  photo,
  printEdition,
  quote,
  section,
  goal,
  location,
  metric,
  seo,
];
