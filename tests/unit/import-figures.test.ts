import { extractFigures, figuresIn } from '../../src/import/figures';
import { parsePage } from '../../src/import/parse';
import type { Figure } from '../../src/import/types';
import { seedArticleText } from '../../src/seed/article-text';

const seed = parsePage(seedArticleText);
const byText = (figures: Figure[], text: string): Figure[] => figures.filter((figure) => figure.text === text);
const one = (text: string): Figure => {
  const found = byText(seed.figures, text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('figures of the seed page', () => {
  it('are what extractFigures reads from the blocks', () => {
    expect(extractFigures(seed.blocks)).toEqual(seed.figures);
  });

  it.each<[string, number, string, boolean, Figure['kind']]>([
    ['99万元', 990000, '元', false, 'amount'],
    ['13.3万元', 133000, '元', false, 'amount'],
    ['944余万元', 9440000, '元', true, 'amount'],
    ['1300余名', 1300, '名', true, 'count'],
    ['22场次', 22, '场次', false, 'count'],
    ['2.8万余名', 28000, '名', true, 'count'],
    ['760余场', 760, '场', true, 'count'],
    ['46项', 46, '项', false, 'count'],
    ['157个', 157, '个', false, 'count'],
    ['40名', 40, '名', false, 'count'],
  ])('reads %s as %d %s', (text, value, unit, atLeast, kind) => {
    expect(one(text)).toMatchObject({ value, unit, atLeast, kind });
  });

  it('keeps the label, sentence and line a figure came from', () => {
    expect(one('99万元')).toMatchObject({
      label: '新闻战线记者……市总工会精准发放',
      sentence: '慰问看望一线职工,医院最美逆行者,新闻战线记者……市总工会精准发放99万元用于防疫抗疫一线。',
      line: 33,
    });
    expect(one('944余万元')).toMatchObject({ label: '为全市157个工作项目拨付补助资金', line: 41 });
    expect(one('13.3万元').sentence).toBe('新鲜蔬菜、鸡蛋、牛奶……自3月10日以来,市总工会拨付各县区专项慰问资金13.3万元,用于保障和改善社区防疫一线职工生活。');
    expect(one('22场次').label).toBe('组织革命传统、形势政策教育等活动');
    // a sentence after a closing quote starts after the quote
    expect(one('39名').sentence.startsWith('市总工会39名在职党员')).toBe(true);
  });

  it('reads no dates, years, ordinals or codes', () => {
    const texts = seed.figures.map((figure) => figure.text);
    for (const printed of ['3月10日', '3月25日', '70周年', '1610', '1+4']) {
      expect(seed.figures.some((figure) => printed.includes(figure.text) || figure.text.includes(printed))).toBe(false);
    }
    expect(texts).not.toContain('4联');
    expect(texts.filter((text) => text === '3次')).toHaveLength(1);
  });

  it('keeps text order and never has an empty label', () => {
    const positions = seed.figures.map((figure) => [figure.line, seedArticleText.split('\n')[figure.line - 1].indexOf(figure.sentence)]);
    const sorted = [...positions].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(positions).toEqual(sorted);
    expect(seed.figures.every((figure) => figure.label.length > 0 && figure.label.length <= 120)).toBe(true);
  });

  it('reads no figures from headings or captions', () => {
    const page = parsePage('# 发放99万元\n发放慰问金3万元。\n■ 摄影 记者 陈文骁\n### 组织活动22场次\n正文里有5名职工。');
    expect(page.figures.map((figure) => figure.text)).toEqual(['5名']);
  });
});

describe('figuresIn', () => {
  const texts = (paragraph: string): Array<[string, number, string, boolean]> =>
    figuresIn(paragraph, 1).map((figure) => [figure.text, figure.value, figure.unit, figure.atLeast]);

  it('multiplies 万 and 亿 out exactly and takes 多 as a lower bound', () => {
    expect(texts('投入1.2亿元,惠及4.7万余人次,帮扶100多户,发放0.3万元。')).toEqual([
      ['1.2亿元', 120000000, '元', false],
      ['4.7万余人次', 47000, '人次', true],
      ['100多户', 100, '户', true],
      ['0.3万元', 3000, '元', false],
    ]);
  });

  it('skips percentages, ordinals, times, months, ranges and Chinese numerals', () => {
    expect(texts('增长30%,第3名,第四届,上午9时,2020年,3个月,3-5名,三十名,G20人,5月1日')).toEqual([]);
  });

  it('reads full-width digits and a thousands separator', () => {
    expect(texts('资助１２名学生,共1,300名职工参加。')).toEqual([
      ['１２名', 12, '名', false],
      ['1,300名', 1300, '名', false],
    ]);
  });

  it('falls back to the unit when nothing stands before the number, and cuts long labels to 120 characters', () => {
    expect(figuresIn('30名职工参加。', 1)[0].label).toBe('名');
    const before = '一二三四五六七八九十'.repeat(20);
    expect(figuresIn(`${before}5名`, 1)[0].label).toBe(before.slice(-120));
  });
});
