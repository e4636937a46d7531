import { seedArticleText } from '../../src/seed/article-text';
import { activities, campaigns, photographers } from '../../src/seed/data';
import { parsePrintedArticle, type PrintedPhoto, type PrintedSection } from '../../src/seed/printed-article';

const article = parsePrintedArticle(seedArticleText);
const photos = article.blocks.filter((block): block is PrintedPhoto => block.kind === 'photo');
const sections = article.blocks.filter((block): block is PrintedSection => block.kind === 'section');

describe('the seed article as structured content', () => {
  it('has the headline and subtitle as printed', () => {
    expect(article.title).toBe('忠诚党的事业 竭诚服务职工');
    expect(article.subtitle).toBe('——市总工会不忘初心勇担当奋力前行著华章');
  });

  it('has seven photos with captions and credits exactly as printed, in page order', () => {
    expect(photos.map((photo) => [photo.caption, photo.credit.creditRole, photo.credit.name])).toEqual([
      ['淮北市庆祝五一国际劳动节大会。', 'staffReporter', '陈文骁'],
      ['开展为一线职工送清凉活动。', 'filePhoto', null],
      ['慰问社区抗疫一线人员。', 'filePhoto', null],
      [null, 'staffReporter', '万善朝'],
      ['煤矿转岗分流职工学技能促就业。', 'staffReporter', '万善朝'],
      ['“五送”之“送万福进万家”活动。', 'correspondent', '徐度晓'],
      ['“金秋助学”现场资助活动。', 'filePhoto', null],
    ]);
  });

  it('has the five section headings in order', () => {
    expect(sections.map((section) => section.heading)).toEqual([
      '不忘初心奋进新征程,牢记使命筑梦新时代。',
      '坚定不移听党话跟党走,打造“忠诚工会”',
      '聚焦转型崛起目标任务,打造“担当工会”',
      '全面深化工会自身改革,打造“活力工会”',
      '严规范重执行讲规矩,打造“勤工会”',
    ]);
  });

  it('keeps the cut in the text instead of repairing it', () => {
    const duty = sections[2].paragraphs;
    expect(duty[0].endsWith('“点单式”开展')).toBe(true);
    expect(duty[1].startsWith('府的统一领导')).toBe(true);
  });

  it('keeps every paragraph of the page, none invented', () => {
    const paragraphs = sections.flatMap((section) => section.paragraphs);
    for (const paragraph of paragraphs) expect(seedArticleText).toContain(paragraph);
    expect(paragraphs).toHaveLength(12);
  });

  it('credits only photographers the seed data knows', () => {
    const known = new Set(photographers.map((photographer) => photographer.name));
    for (const photo of photos) if (photo.credit.name) expect(known.has(photo.credit.name)).toBe(true);
  });

  it('links activities to existing photos and campaigns', () => {
    const campaignKeys = new Set(campaigns.map((campaign) => campaign.key));
    for (const activity of activities) {
      for (const index of activity.photos ?? []) expect(index).toBeGreaterThanOrEqual(1);
      for (const index of activity.photos ?? []) expect(index).toBeLessThanOrEqual(photos.length);
      if (activity.campaign) expect(campaignKeys.has(activity.campaign)).toBe(true);
    }
  });

  it('states each activity figure as the article does', () => {
    const byTitle = new Map(activities.map((activity) => [activity.title, activity]));
    expect(byTitle.get('慰问防疫抗疫一线职工')?.fundsAmount).toBe(990000);
    expect(seedArticleText).toContain('精准发放99万元');
    expect(byTitle.get('拨付专项慰问资金保障社区防疫一线职工生活')?.fundsAmount).toBe(133000);
    expect(seedArticleText).toContain('专项慰问资金13.3万元');
    expect(byTitle.get('社区工作者免费体检')?.beneficiaries).toBe(1300);
    expect(seedArticleText).toContain('1300余名社区工作者免费体检');
  });

  it('refuses a page without a headline', () => {
    expect(() => parsePrintedArticle('## 副题\n正文')).toThrow('headline');
  });
});
