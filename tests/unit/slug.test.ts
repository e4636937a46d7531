import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify, uniqueSlug } from '../../src/utils/slug';

describe('slugify', () => {
  test.each([
    ['Chinese headline', '忠诚党的事业 竭诚服务职工', 'zhong-cheng-dang-de-shi-ye-jie-cheng-fu-wu-zhi-gong'],
    ['Chinese with quotes', '“金秋助学”现场资助活动', 'jin-qiu-zhu-xue-xian-chang-zi-zhu-huo-dong'],
    ['mixed Chinese and Latin', '2020年五一劳动节 Labour Day', '2020-nian-wu-yi-lao-dong-jie-labour-day'],
    ['English', 'Loyal to the Party’s cause', 'loyal-to-the-partys-cause'],
    ['accents', 'Café Résumé', 'cafe-resume'],
    ['ü in pinyin', '女工', 'nv-gong'],
    ['punctuation only', '——！？。', ''],
    ['empty', '', ''],
  ])('%s', (_case, title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it('shortens long titles at a word boundary within the limit', () => {
    const title = '全面深化工会自身改革打造活力工会'.repeat(6);
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.length).toBeGreaterThan(SLUG_MAX_LENGTH - 8);
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.startsWith('quan-mian-shen-hua-gong-hui')).toBe(true);
  });

  it('cuts a single overlong word instead of dropping it', () => {
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(SLUG_MAX_LENGTH));
  });

  it('always produces ASCII slugs', () => {
    for (const title of ['淮北市庆祝五一国际劳动节大会', '“五送”之“送万福进万家”', 'Ünïcödé ünd 中文']) {
      expect(slugify(title)).toMatch(SLUG_PATTERN);
    }
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug', () => {
    expect(uniqueSlug('wu-yi', new Set())).toBe('wu-yi');
  });

  it('adds the first free numeric suffix', () => {
    expect(uniqueSlug('wu-yi', new Set(['wu-yi', 'wu-yi-2']))).toBe('wu-yi-3');
  });

  it('stays within the length limit with a suffix', () => {
    const base = 'x'.repeat(SLUG_MAX_LENGTH);
    const slug = uniqueSlug(base, new Set([base]));
    expect(slug).toHaveLength(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-2')).toBe(true);
  });
});
