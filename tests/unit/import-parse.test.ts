import { errors } from '@strapi/utils';
import fc from 'fast-check';
import { CAPTION_MAX_LENGTH, parsePage } from '../../src/import/parse';
import type { PhotoBlock, SectionBlock } from '../../src/import/types';
import {
  CREDIT_ROLES,
  formatCreditLine,
  readPrintedCredit,
  type CreditRole,
} from '#newsroom-media';
import { seedArticleText } from '../../src/seed/article-text';

const photosOf = (text: string): PhotoBlock[] => parsePage(text).blocks.filter((block): block is PhotoBlock => block.kind === 'photo');
const sectionsOf = (text: string): SectionBlock[] =>
  parsePage(text).blocks.filter((block): block is SectionBlock => block.kind === 'section');

/** The error parsePage throws, or a failure when it throws none. */
const errorOf = (text: string): errors.ValidationError => {
  try {
    parsePage(text);
  } catch (error) {
    if (error instanceof errors.ValidationError) return error;
    throw error;
  }
  throw new Error('parsePage accepted the page');
};

const detailsOf = (text: string): Record<string, unknown> => errorOf(text).details as Record<string, unknown>;

describe('parsePage on the seed page', () => {
  const page = parsePage(seedArticleText);
  const photos = photosOf(seedArticleText);
  const sections = sectionsOf(seedArticleText);

  it('reads headline and subtitle, no kicker, and the lead is the first paragraph of the first section', () => {
    expect(page.title).toBe('忠诚党的事业 竭诚服务职工');
    expect(page.subtitle).toBe('——市总工会不忘初心勇担当奋力前行著华章');
    expect(page.kicker).toBeNull();
    expect(page.lead).toBe(sections[0].paragraphs[0]);
    expect(page.lead?.startsWith('近年来,在市委、市政府的坚强领导下')).toBe(true);
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

  it('has seven photo blocks with their captions and credits exactly as printed, in page order', () => {
    expect(photos.map((photo) => [photo.line, photo.caption, photo.credit])).toEqual([
      [9, '淮北市庆祝五一国际劳动节大会。', { creditRole: 'staffReporter', name: '陈文骁', printed: '■ 摄影 记者 陈文骁' }],
      [15, '开展为一线职工送清凉活动。', { creditRole: 'filePhoto', name: null, printed: '(资料图片)' }],
      [53, '慰问社区抗疫一线人员。', { creditRole: 'filePhoto', name: null, printed: '(资料图片)' }],
      [57, null, { creditRole: 'staffReporter', name: '万善朝', printed: '■ 摄影 记者 万善朝' }],
      [61, '煤矿转岗分流职工学技能促就业。', { creditRole: 'staffReporter', name: '万善朝', printed: '■ 摄影 记者 万善朝' }],
      [67, '“五送”之“送万福进万家”活动。', { creditRole: 'correspondent', name: '徐度晓', printed: '■ 摄影 通讯员 徐度晓' }],
      [73, '“金秋助学”现场资助活动。', { creditRole: 'filePhoto', name: null, printed: '(资料图片)' }],
    ]);
    expect(photos.every((photo) => photo.imageHint === null)).toBe(true);
  });

  it('names three photographers (陈文骁 once, 万善朝 twice, 徐度晓 once) and three file photos', () => {
    const named = new Map<string, number>();
    for (const photo of photos) {
      if (photo.credit?.name) named.set(photo.credit.name, (named.get(photo.credit.name) ?? 0) + 1);
    }
    expect(Object.fromEntries(named)).toEqual({ 陈文骁: 1, 万善朝: 2, 徐度晓: 1 });
    expect(photos.filter((photo) => photo.credit?.creditRole === 'filePhoto')).toHaveLength(3);
  });

  it('gives the first 万善朝 credit no caption', () => {
    const first = photos.find((photo) => photo.credit?.name === '万善朝');
    expect(first?.caption).toBeNull();
    expect(first?.creditLine).toBe(57);
  });

  it('keeps every paragraph verbatim, the cut included, with its line', () => {
    const lines = seedArticleText.split('\n');
    for (const section of sections) {
      section.paragraphs.forEach((paragraph, index) => {
        expect(lines[(section.paragraphLines?.[index] ?? 0) - 1].trim()).toBe(paragraph);
      });
    }
    expect(sections[2].paragraphs[0].endsWith('“点单式”开展')).toBe(true);
    expect(sections[2].paragraphs[1].startsWith('府的统一领导')).toBe(true);
    expect(sections.flatMap((section) => section.paragraphs)).toHaveLength(12);
  });

  it('has no warnings and reads figures from the paragraphs', () => {
    expect(page.warnings).toEqual([]);
    expect(page.figures.length).toBeGreaterThan(20);
  });

  it('parses the same with CRLF line ends and a BOM', () => {
    const crlf = parsePage(`\uFEFF${seedArticleText.replace(/\n/g, '\r\n')}`);
    expect(crlf).toEqual(page);
  });
});

describe('parsePage on pages of its own', () => {
  it('reads a kicker, a dash subtitle without a marker, full-width spaces and markers', () => {
    const page = parsePage('\r\n\r\n　职工之家建设年　\r\n＃　市总工会送清凉\r\n——一线职工感受“娘家”温暖\r\n\r\n###　第一部分\r\n　　正文第一段。\r\n');
    expect(page.kicker).toBe('职工之家建设年');
    expect(page.title).toBe('市总工会送清凉');
    expect(page.subtitle).toBe('——一线职工感受“娘家”温暖');
    expect(sectionsOf('# 题\n### 第一部分\n正文。').map((section) => section.heading)).toEqual(['第一部分']);
    expect(page.blocks).toEqual([
      { kind: 'section', line: 7, heading: '第一部分', paragraphs: ['正文第一段。'], paragraphLines: [8] },
    ]);
    expect(page.lead).toBe('正文第一段。');
  });

  it('reads every credit form, with the caption above it', () => {
    const text = [
      '# 标题',
      '图一说明。',
      '■ 摄影 记者 陈文骁',
      '图二说明',
      '■　摄影　通讯员　徐度晓',
      '图三说明。',
      '■ 特约摄影 李明',
      '图四说明。',
      '■ 摄影 王强',
      '图五说明。',
      '市总工会供图',
      '图六说明。',
      '■ 淮北市体育局供图',
      '图七说明。（资料图片）',
      '（资料图片）',
      '(资料图片)',
      '■ 摄影：记者 赵六',
    ].join('\n');
    expect(photosOf(text).map((photo) => [photo.caption, photo.credit?.creditRole, photo.credit?.name, photo.credit?.printed])).toEqual([
      ['图一说明。', 'staffReporter', '陈文骁', '■ 摄影 记者 陈文骁'],
      ['图二说明', 'correspondent', '徐度晓', '■　摄影　通讯员　徐度晓'],
      ['图三说明。', 'contributingPhotographer', '李明', '■ 特约摄影 李明'],
      ['图四说明。', null, '王强', '■ 摄影 王强'],
      ['图五说明。', 'provided', '市总工会', '市总工会供图'],
      ['图六说明。', 'provided', '淮北市体育局', '■ 淮北市体育局供图'],
      ['图七说明。', 'filePhoto', null, '（资料图片）'],
      [null, 'filePhoto', null, '（资料图片）'],
      [null, 'filePhoto', null, '(资料图片)'],
      [null, 'staffReporter', '赵六', '■ 摄影：记者 赵六'],
    ]);
  });

  it('takes the short paragraph right above a credit as its caption, under a heading or after body text, but not a long one', () => {
    const long = '长'.repeat(CAPTION_MAX_LENGTH + 1);
    const underHeading = parsePage(`# 题\n### 小标题\n正文第一段，较长的叙述。\n短说明。\n■ 摄影 记者 陈文骁\n正文继续。`);
    expect(underHeading.blocks.map((block) => (block.kind === 'photo' ? ['photo', block.caption] : [block.heading, block.paragraphs]))).toEqual([
      ['小标题', ['正文第一段，较长的叙述。']],
      ['photo', '短说明。'],
      [null, ['正文继续。']],
    ]);
    expect((underHeading.blocks[1] as PhotoBlock).line).toBe(4);

    const page = parsePage(`# 题\n${long}\n■ 摄影 记者 陈文骁\n${'短'.repeat(CAPTION_MAX_LENGTH)}\n■ 摄影 记者 陈文骁`);
    expect(page.blocks.map((block) => (block.kind === 'photo' ? block.caption : block.paragraphs))).toEqual([
      [long],
      null,
      '短'.repeat(CAPTION_MAX_LENGTH),
    ]);
    expect(page.warnings.map((warning) => [warning.code, warning.line])).toEqual([['captionTooLong', 2]]);
  });

  it('keeps mixed full- and half-width punctuation verbatim and never joins lines', () => {
    const page = parsePage('# 题\r\n第一行,半角逗号；全角分号:半角冒号\r\n第二行（全角括号）(半角括号)\r\n');
    expect(sectionsOf('# 题\r\n第一行,半角逗号；全角分号:半角冒号\r\n第二行（全角括号）(半角括号)\r\n')[0].paragraphs).toEqual([
      '第一行,半角逗号；全角分号:半角冒号',
      '第二行（全角括号）(半角括号)',
    ]);
    expect(page.lead).toBe('第一行,半角逗号；全角分号:半角冒号');
  });

  it('reads an image hint from 图N and from a bracketed file name', () => {
    const photos = photosOf('# 题\n图 3 职工合影。\n■ 摄影 记者 陈文骁\n图１２现场。(资料图片)\n大会现场。【IMG_0012.JPG】\n■ 摄影 记者 陈文骁\n没有提示。\n■ 摄影 记者 陈文骁');
    expect(photos.map((photo) => [photo.caption, photo.imageHint])).toEqual([
      ['图 3 职工合影。', '3'],
      ['图１２现场。', '12'],
      ['大会现场。', 'IMG_0012.JPG'],
      ['没有提示。', null],
    ]);
  });

  it('warns about a caption without credit, a credit without a name, an empty section, and still parses', () => {
    const page = parsePage('# 题\n### 空的小标题\n### 第二节\n图2 职工合影。\n正文。\n■ 摄影 记者\n■ 供图');
    expect(page.warnings.map((warning) => [warning.code, warning.line])).toEqual([
      ['emptySection', 2],
      ['captionWithoutCredit', 4],
      ['creditWithoutName', 6],
      ['creditWithoutName', 7],
    ]);
    expect(page.blocks.filter((block) => block.kind === 'photo')).toHaveLength(2);
  });

  it('keeps a late "## " as a paragraph with a warning', () => {
    const page = parsePage('# 题\n正文。\n## 迟到的副题');
    expect(page.subtitle).toBeNull();
    expect(sectionsOf('# 题\n正文。\n## 迟到的副题')[0].paragraphs).toEqual(['正文。', '迟到的副题']);
    expect(page.warnings.map((warning) => warning.code)).toEqual(['misplacedSubtitle']);
  });
});

describe('parsePage errors', () => {
  it('refuses an empty page (emptyFile)', () => {
    expect(detailsOf('')).toMatchObject({ code: 'emptyFile', line: null });
    expect(detailsOf(' \r\n\u3000\n\t')).toMatchObject({ code: 'emptyFile', line: null });
  });

  it('refuses a page without a headline (noHeadline)', () => {
    expect(detailsOf('## 副题\n正文。')).toEqual({ code: 'noHeadline', line: null, expected: 'a line starting with "# "' });
    expect(detailsOf('#标题没有空格')).toMatchObject({ code: 'noHeadline' });
  });

  it('refuses more than one line before the headline, or a marked one (textBeforeHeadline)', () => {
    expect(detailsOf('引题一\n引题二\n# 题')).toMatchObject({ code: 'textBeforeHeadline', line: 2, found: '引题二' });
    expect(detailsOf('■ 摄影 记者 陈文骁\n# 题')).toMatchObject({ code: 'textBeforeHeadline', line: 1 });
  });

  it('refuses a second or an empty headline', () => {
    expect(detailsOf('# 题\n正文。\n# 又一个题')).toMatchObject({ code: 'duplicateHeadline', line: 3 });
    expect(detailsOf('#\n正文。')).toMatchObject({ code: 'emptyHeadline', line: 1 });
  });

  it.each(['■ 美编 张三', '■ 文/记者 张三', '■ 摄影/记者 张三', '■', '■ 责任编辑 李四'])('refuses the credit %s (unknownCreditRole)', (line) => {
    const details = detailsOf(`# 题\n说明。\n${line}`);
    expect(details).toMatchObject({ code: 'unknownCreditRole', line: 3, found: line });
    expect(details.expected).toContain('■ 摄影 记者 姓名');
    expect(details.expected).toContain('（资料图片）');
  });

  it('throws nothing but ValidationError on random text', () => {
    const piece = fc.constantFrom('# ', '## ', '### ', '■ ', '■ 摄影 ', '记者 ', '供图', '(资料图片)', '——', '\n', '\r\n', '　', '图3', '99万元', '题', '。');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (parts) => {
        try {
          const page = parsePage(parts.join(''));
          expect(page.title).not.toBe('');
        } catch (error) {
          if (!(error instanceof errors.ValidationError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('readPrintedCredit', () => {
  const names = fc
    .array(fc.constantFrom(...'陈文骁万善朝徐度晓李明王强赵六张三市总工会体育局'), { minLength: 1, maxLength: 8 })
    .map((chars) => chars.join(''))
    .filter((name) => !/^(记者|通讯员)/.test(name));

  it.each([...CREDIT_ROLES, null])('reads back what formatCreditLine prints for the role %s', (creditRole) => {
    fc.assert(
      fc.property(names, fc.boolean(), (name, asPerson) => {
        const credit = asPerson ? { creditRole, photographer: { name } } : { creditRole, creditName: name };
        const printed = formatCreditLine(credit, 'zh-Hans');
        expect(printed).not.toBeNull();
        expect(readPrintedCredit(printed ?? '')).toEqual({ creditRole, name: creditRole === 'filePhoto' ? null : name });
      }),
      { numRuns: 100 },
    );
  });

  it('covers every role the desk has', () => {
    const read = [...CREDIT_ROLES, null].map((creditRole: CreditRole | null) =>
      readPrintedCredit(formatCreditLine({ creditRole, creditName: '陈文骁' }, 'zh-Hans') ?? '')?.creditRole,
    );
    expect(read).toEqual([...CREDIT_ROLES, null]);
  });

  it('does not take a sentence ending in 供图 for a credit without the bullet', () => {
    expect(readPrintedCredit('本报讯,照片由市总工会供图')).toBeNull();
    expect(readPrintedCredit('市总工会供图')).toEqual({ creditRole: 'provided', name: '市总工会' });
    expect(readPrintedCredit('摄影 记者 陈文骁')).toBeNull();
  });
});
