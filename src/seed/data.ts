/**
 * Demo content taken from the seed article. Everything here is stated in the article; where the article is
 * silent (print date, the year of the March dates), the value is inferred and marked so.
 * Photos are referred to by their order on the page (1 to 7), as the importer reads them (src/import/parse.ts).
 */

import type { CreditRole } from '#newsroom-media';

type OrganizationKind =
  | 'federation'
  | 'districtUnion'
  | 'industryUnion'
  | 'grassrootsUnion'
  | 'enterprise'
  | 'community'
  | 'partner';

type ActivityKind =
  | 'heatRelief'
  | 'visitsAndRelief'
  | 'healthChecks'
  | 'studentAid'
  | 'skillsTraining'
  | 'lectures'
  | 'contests'
  | 'culturalEvents'
  | 'other';

export interface SeedOrganization {
  key: string;
  name: string;
  shortName?: string;
  nameEn?: string;
  kind: OrganizationKind;
  region?: string;
  parent?: string;
}

export interface SeedPhotographer {
  name: string;
  nameEn: string;
  defaultRole: CreditRole;
  organization?: string;
}

export interface SeedMetric {
  label: string;
  value: number;
  unit: string;
}

export interface SeedLocation {
  name: string;
  district?: string;
  address?: string;
}

export interface SeedCampaign {
  key: string;
  name: string;
  slogan?: string;
  description: string;
  /** the English version's localized fields; the others are shared by both locales */
  en: Pick<SeedCampaign, 'name' | 'slogan' | 'description'>;
  year?: number;
  startDate?: string;
  goals?: Array<{ label: string; target?: number; unit?: string }>;
  leadOrganization: string;
  coverPhoto?: number;
}

export interface SeedActivity {
  title: string;
  kind: ActivityKind;
  summary: string;
  /** the English version's localized fields; the others are shared by both locales */
  en: Pick<SeedActivity, 'title' | 'summary'>;
  campaign?: string;
  startDate?: string;
  endDate?: string;
  organizers: string[];
  partners?: string[];
  locations?: SeedLocation[];
  metrics?: SeedMetric[];
  fundsAmount?: number;
  beneficiaries?: number;
  participants?: number;
  photos?: number[];
}

export const federation = 'federation';

export const organizations: SeedOrganization[] = [
  { key: federation, name: '淮北市总工会', shortName: '市总工会', nameEn: 'Huaibei Federation of Trade Unions', kind: 'federation', region: '淮北市' },
  { key: 'mingyi', name: '铭一体检中心', nameEn: 'Mingyi Health Check Center', kind: 'partner', region: '淮北市' },
  { key: 'hrss', name: '市人社局', nameEn: 'Municipal Human Resources and Social Security Bureau', kind: 'partner', region: '淮北市' },
  { key: 'xinhua', name: '东街道新华社区', kind: 'community', region: '东街道' },
  { key: 'ankang', name: '西街道安康社区', kind: 'community', region: '西街道' },
  { key: 'qingqiao', name: '三堤口街道庆桥社区', kind: 'community', region: '三堤口街道' },
  { key: 'binhe', name: '曲阳街道滨河社区', kind: 'community', region: '曲阳街道' },
  { key: 'renwei', name: '刘桥镇任圩村', kind: 'community', region: '刘桥镇' },
  { key: 'huya', name: '四铺镇湖涯村', kind: 'community', region: '四铺镇' },
  { key: 'gongdian', name: '东山街道供电社区', kind: 'community', region: '东山街道' },
  { key: 'qingxiangqiao', name: '庆相桥社区', kind: 'community' },
  { key: 'kangle', name: '康乐社区湖畔御景小区', kind: 'community' },
  { key: 'huiyuanlu', name: '惠苑路社区', kind: 'community' },
  { key: 'jianan', name: '建安社区', kind: 'community' },
];

export const photographers: SeedPhotographer[] = [
  { name: '陈文骁', nameEn: 'Chen Wenxiao', defaultRole: 'staffReporter' },
  { name: '万善朝', nameEn: 'Wan Shanchao', defaultRole: 'staffReporter' },
  { name: '徐度晓', nameEn: 'Xu Duxiao', defaultRole: 'correspondent' },
];

/** English captions for the English edition; the Chinese captions come from the page itself. */
export const photoCaptionsEn: Record<number, string | null> = {
  1: 'Huaibei celebrates International Workers’ Day.',
  2: 'Cooling supplies for frontline workers in summer.',
  3: 'Visiting community workers on the front line against the epidemic.',
  4: null,
  5: 'Miners moved out of coal jobs learn new skills for employment.',
  6: '“Bringing New Year blessings to every home”, one of the “five deliveries”.',
  7: 'On-site grants of the “Golden Autumn” student aid programme.',
};

export const category = { name: '工会动态', nameEn: 'Union news', description: '市总工会及各级工会工作报道。' };

export const tags = [
  { name: '五型工会', nameEn: 'Five-type unions' },
  { name: '疫情防控', nameEn: 'Epidemic prevention' },
  { name: '劳模精神', nameEn: 'Model-worker spirit' },
  { name: '职工服务', nameEn: 'Services for workers' },
];

export const campaigns: SeedCampaign[] = [
  {
    key: 'five-type',
    name: '“五型工会”建设',
    en: {
      name: 'Building “five-type unions”',
      slogan: 'Build loyal unions, committed unions, vibrant unions, diligent unions',
      description:
        'The city’s union work, aimed at building “five-type unions” and focused on driving two major reforms and the ' +
        '“four years” programme.',
    },
    slogan: '打造忠诚工会、担当工会、活力工会、勤工会',
    description: '以打造“五型工会”为目标，以推进两大改革和“四个年”建设为重点的全市工会工作。',
    leadOrganization: federation,
    goals: [{ label: '忠诚工会' }, { label: '担当工会' }, { label: '活力工会' }, { label: '勤工会' }],
    coverPhoto: 1,
  },
  {
    key: 'theme-education',
    name: '“不忘初心、牢记使命”主题教育',
    en: {
      name: '“Stay true to our founding mission, keep our mission in mind” theme education',
      description:
        'Activities of education in revolutionary traditions, current affairs and policy; opinions and suggestions ' +
        'gathered, and practical problems of grassroots unions solved.',
    },
    description: '组织革命传统、形势政策教育等活动，征求意见建议，解决基层工会实际问题。',
    leadOrganization: federation,
    goals: [
      { label: '教育活动', target: 22, unit: '场次' },
      { label: '征求意见建议', target: 31, unit: '条' },
      { label: '解决问题', target: 16, unit: '个' },
    ],
  },
  {
    key: 'epidemic-relief',
    name: '疫情防控慰问',
    en: {
      name: 'Support during epidemic prevention and control',
      description: 'Care and support for frontline workers fighting the epidemic and for urban and rural community workers.',
    },
    description: '关心关爱防疫抗疫一线职工和城乡社区工作者。',
    // the article reports 3月10日 and 3月25日 without a year; 2020 is inferred from its content
    year: 2020,
    startDate: '2020-03-10',
    leadOrganization: federation,
    coverPhoto: 3,
  },
  {
    key: 'cooling',
    name: '送清凉',
    en: {
      name: 'Summer heat relief for frontline workers',
      description: 'Every summer, cooling supplies for frontline workers.',
    },
    description: '每年夏季为一线职工送清凉。',
    leadOrganization: federation,
    coverPhoto: 2,
  },
  {
    key: 'five-deliveries',
    name: '“五送”活动',
    en: {
      name: '“Five deliveries” activities',
      description: 'The unions’ “five deliveries” series, including “Bringing New Year blessings to every home”.',
    },
    description: '工会“五送”系列活动，包括“送万福进万家”。',
    leadOrganization: federation,
    coverPhoto: 6,
  },
  {
    key: 'golden-autumn',
    name: '金秋助学',
    en: {
      name: 'Golden Autumn student aid',
      description: 'Every autumn, study grants for the children of workers in hardship.',
    },
    description: '每年秋季为困难职工子女提供助学资助。',
    leadOrganization: federation,
    coverPhoto: 7,
  },
];

const coatCommunities: SeedLocation[] = [
  { name: '新华社区', district: '东街道' },
  { name: '安康社区', district: '西街道' },
  { name: '庆桥社区', district: '三堤口街道' },
  { name: '滨河社区', district: '曲阳街道' },
  { name: '任圩村', district: '刘桥镇' },
  { name: '湖涯村', district: '四铺镇' },
];

const suppliesCommunities: SeedLocation[] = [
  { name: '供电社区', district: '东山街道' },
  { name: '庆相桥社区' },
  { name: '康乐社区湖畔御景小区' },
  { name: '惠苑路社区' },
  { name: '建安社区' },
  { name: '湖涯村', district: '四铺镇' },
];

export const activities: SeedActivity[] = [
  {
    title: '淮北市庆祝五一国际劳动节大会',
    kind: 'culturalEvents',
    summary: '淮北市庆祝五一国际劳动节大会。',
    en: {
      title: 'Huaibei rally celebrating International Workers’ Day',
      summary: 'Huaibei’s rally celebrating International Workers’ Day (1 May).',
    },
    organizers: [federation],
    locations: [{ name: '淮北市' }],
    photos: [1],
  },
  {
    title: '为一线职工送清凉',
    kind: 'heatRelief',
    summary: '开展为一线职工送清凉活动。',
    en: {
      title: 'Bringing heat relief to frontline workers',
      summary: 'Cooling supplies were brought to frontline workers.',
    },
    campaign: 'cooling',
    organizers: [federation],
    photos: [2],
  },
  {
    title: '“举旗帜、送理论、促崛起”专题宣讲',
    kind: 'lectures',
    summary: '举办“举旗帜、送理论、促崛起”专题宣讲活动11场。',
    en: {
      title: 'Lectures on “Raise the banner, bring theory, promote the rise”',
      summary: '11 lectures were given on the theme “Raise the banner, bring theory, promote the rise”.',
    },
    campaign: 'theme-education',
    organizers: [federation],
    metrics: [{ label: '专题宣讲活动', value: 11, unit: '场' }],
  },
  {
    title: '慰问防疫抗疫一线职工',
    kind: 'visitsAndRelief',
    summary: '慰问看望一线职工，医院最美逆行者，新闻战线记者……市总工会精准发放99万元用于防疫抗疫一线。',
    en: {
      title: 'Visiting frontline workers fighting the epidemic',
      summary: 'Visits to frontline workers, to the hospitals’ “most beautiful heroes in harm’s way” and to journalists on the news front… The municipal federation of trade unions allocated 990,000 yuan in targeted funds to the front line against the epidemic.',
    },
    campaign: 'epidemic-relief',
    organizers: [federation],
    fundsAmount: 990000,
    metrics: [{ label: '精准发放资金', value: 99, unit: '万元' }],
    photos: [3],
  },
  {
    title: '为城乡社区赠送御寒大衣',
    kind: 'visitsAndRelief',
    summary: '为东街道新华社区、西街道安康社区、三堤口街道庆桥社区、曲阳街道滨河社区、刘桥镇任圩村、四铺镇湖涯村等6个社区赠送了御寒大衣。',
    en: {
      title: 'Winter coats for urban and rural communities',
      summary: 'Winter coats were donated to 6 communities: Xinhua Community (East Subdistrict), Ankang Community (West Subdistrict), Qingqiao Community (Sandikou Subdistrict), Binhe Community (Quyang Subdistrict), Renwei Village (Liuqiao Town) and Huya Village (Sipu Town).',
    },
    campaign: 'epidemic-relief',
    organizers: [federation],
    locations: coatCommunities,
    metrics: [{ label: '受赠社区', value: 6, unit: '个' }],
  },
  {
    title: '为城乡社区送上生活物品',
    kind: 'visitsAndRelief',
    summary: '为“大工委”东山街道和供电社区、庆相桥社区、康乐社区湖畔御景小区、惠苑路社区、建安社区和四铺镇湖涯村等6个城乡社区送上了方便面、火腿肠等生活物品。',
    en: {
      title: 'Daily necessities for urban and rural communities',
      summary: 'Instant noodles, ham sausages and other daily necessities were delivered to 6 urban and rural communities of the “greater union working committee”: Dongshan Subdistrict and Gongdian Community, Qingxiangqiao Community, the Hupan Yujing estate of Kangle Community, Huiyuanlu Community, Jian’an Community and Huya Village (Sipu Town).',
    },
    campaign: 'epidemic-relief',
    organizers: [federation],
    locations: suppliesCommunities,
    metrics: [{ label: '受助城乡社区', value: 6, unit: '个' }],
  },
  {
    title: '拨付专项慰问资金保障社区防疫一线职工生活',
    kind: 'visitsAndRelief',
    summary: '自3月10日以来，市总工会拨付各县区专项慰问资金13.3万元，用于保障和改善社区防疫一线职工生活。',
    en: {
      title: 'Special relief funds for community workers on the epidemic front line',
      summary: 'Since 10 March, the municipal federation of trade unions has allocated 133,000 yuan in special relief funds to the counties and districts to support and improve the lives of community workers on the epidemic front line.',
    },
    campaign: 'epidemic-relief',
    startDate: '2020-03-10',
    organizers: [federation],
    fundsAmount: 133000,
    metrics: [{ label: '专项慰问资金', value: 13.3, unit: '万元' }],
  },
  {
    title: '社区工作者免费体检',
    kind: 'healthChecks',
    summary: '自3月25日起，市总工会联手铭一体检中心，为全市1300余名社区工作者免费体检。',
    en: {
      title: 'Free health checks for community workers',
      summary: 'From 25 March, the municipal federation of trade unions and Mingyi Health Check Center gave free health checks to more than 1,300 community workers across the city.',
    },
    campaign: 'epidemic-relief',
    startDate: '2020-03-25',
    organizers: [federation],
    partners: ['mingyi'],
    beneficiaries: 1300,
    metrics: [{ label: '免费体检社区工作者', value: 1300, unit: '人' }],
  },
  {
    title: '在职党员坚守社区执勤点',
    kind: 'other',
    summary: '市总工会39名在职党员迎难而上，坚守在各个社区的执勤点。',
    en: {
      title: 'Party members on the staff hold community duty posts',
      summary: '39 Party members on the staff of the municipal federation of trade unions rose to the challenge and held the duty posts in the communities.',
    },
    campaign: 'epidemic-relief',
    organizers: [federation],
    participants: 39,
    metrics: [{ label: '在职党员', value: 39, unit: '名' }],
  },
  {
    title: '煤矿转岗分流职工学技能促就业',
    kind: 'skillsTraining',
    summary: '煤矿转岗分流职工学技能促就业。',
    en: {
      title: 'Miners moved out of coal jobs learn skills for new employment',
      summary: 'Miners moved out of coal jobs learn new skills for employment.',
    },
    organizers: [federation],
    photos: [4, 5],
  },
  {
    title: '“五送”之“送万福进万家”',
    kind: 'culturalEvents',
    summary: '“五送”之“送万福进万家”活动。',
    en: {
      title: '“Bringing New Year blessings to every home”, one of the “five deliveries”',
      summary: 'The “Bringing New Year blessings to every home” activity, one of the “five deliveries”.',
    },
    campaign: 'five-deliveries',
    organizers: [federation],
    photos: [6],
  },
  {
    title: '“金秋助学”现场资助活动',
    kind: 'studentAid',
    summary: '“金秋助学”现场资助活动。',
    en: {
      title: 'On-site grants of the “Golden Autumn” student aid',
      summary: 'On-site grants of the “Golden Autumn” student aid programme.',
    },
    campaign: 'golden-autumn',
    organizers: [federation],
    photos: [7],
  },
  {
    title: '项目化经费补助基层工会',
    kind: 'other',
    summary: '以项目化经费补助的方式，为全市157个工作项目拨付补助资金944余万元。',
    en: {
      title: 'Project-based grants to grassroots unions',
      summary: 'Through project-based grants, more than 9.44 million yuan was allocated to 157 work projects across the city.',
    },
    campaign: 'five-type',
    organizers: [federation],
    fundsAmount: 9440000,
    metrics: [
      { label: '工作项目', value: 157, unit: '个' },
      { label: '补助资金', value: 944, unit: '万元' },
    ],
  },
  {
    title: '工会干部培训',
    kind: 'lectures',
    summary: '举办“工会五一精品课堂”、党校主体班、订单式送教等活动48场，帮助1800余名基层工会干部充电提高。',
    en: {
      title: 'Training for union officials',
      summary: '48 sessions, among them the “Union May Day master classes”, main classes at the Party school and teaching made to order, helped more than 1,800 grassroots union officials build their skills.',
    },
    campaign: 'five-type',
    organizers: [federation],
    partners: ['hrss'],
    beneficiaries: 1800,
    metrics: [
      { label: '培训活动', value: 48, unit: '场' },
      { label: '基层工会干部', value: 1800, unit: '名' },
    ],
  },
];

/** What the page itself does not say: date, filing and the English version (its figures come from the importer). */
export const articleMeta = {
  // the page carries no print date; the story reports on the run-up to 1 May 2020
  publishDate: '2020-04-30T00:00:00.000Z',
  campaigns: ['five-type', 'theme-education', 'epidemic-relief', 'cooling', 'five-deliveries', 'golden-autumn'],
  tags: ['五型工会', '疫情防控', '劳模精神', '职工服务'],
  organizations: [federation, 'mingyi', 'hrss'],
  en: {
    title: 'Loyal to the Party’s cause, serving workers wholeheartedly',
    subtitle: '— The municipal federation of trade unions stays true to its founding mission and presses ahead',
    summary:
      'In recent years, union organizations across the city have worked towards “five-type unions”, driving two major ' +
      'reforms and the “four years” programme, and their work has advanced on every front.',
  },
};
