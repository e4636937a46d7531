import { formatCreditLine, parseCreditText, type PhotoCredit } from './credit-line';

const chen = { name: '陈文骁', nameEn: 'Chen Wenxiao' };
const xu = { name: '徐度晓', nameEn: 'Xu Duxiao' };
const noEnglishName = { name: '李明' };

describe('formatCreditLine', () => {
  test.each<[string, PhotoCredit, string | null, string | null]>([
    ['staff reporter', { creditRole: 'staffReporter', photographer: chen }, '■ 摄影 记者 陈文骁', 'Photo: Chen Wenxiao, staff reporter'],
    ['correspondent', { creditRole: 'correspondent', photographer: xu }, '■ 摄影 通讯员 徐度晓', 'Photo: Xu Duxiao, correspondent'],
    ['contributing photographer', { creditRole: 'contributingPhotographer', photographer: chen }, '■ 特约摄影 陈文骁', 'Photo: Chen Wenxiao, contributing photographer'],
    ['provided by an organization', { creditRole: 'provided', creditName: '市总工会' }, '■ 市总工会供图', 'Photo courtesy of 市总工会'],
    ['file photo', { creditRole: 'filePhoto' }, '资料图片', 'File photo'],
    ['file photo even with a photographer', { creditRole: 'filePhoto', photographer: chen }, '资料图片', 'File photo'],
    ['English name missing falls back to Chinese', { creditRole: 'correspondent', photographer: noEnglishName }, '■ 摄影 通讯员 李明', 'Photo: 李明, correspondent'],
    ['free name without a photographer record', { creditRole: 'staffReporter', creditName: '王强' }, '■ 摄影 记者 王强', 'Photo: 王强, staff reporter'],
    ['role taken from the photographer default', { photographer: { ...xu, defaultRole: 'correspondent' } }, '■ 摄影 通讯员 徐度晓', 'Photo: Xu Duxiao, correspondent'],
    ['no role at all', { photographer: chen }, '■ 摄影 陈文骁', 'Photo: Chen Wenxiao'],
    ['provided falls back to the photographer', { creditRole: 'provided', photographer: chen }, '■ 陈文骁供图', 'Photo courtesy of Chen Wenxiao'],
    ['nothing to credit', {}, null, null],
    ['a role without any name', { creditRole: 'staffReporter' }, null, null],
  ])('%s', (_case, credit, zh, en) => {
    expect(formatCreditLine(credit, 'zh-Hans')).toBe(zh);
    expect(formatCreditLine(credit, 'en')).toBe(en);
  });

  it('treats a missing locale as the default (Chinese)', () => {
    expect(formatCreditLine({ creditRole: 'staffReporter', photographer: chen }, undefined)).toBe('■ 摄影 记者 陈文骁');
  });

  it('trims names', () => {
    expect(formatCreditLine({ creditRole: 'provided', creditName: '  市总工会 ' }, 'zh-Hans')).toBe('■ 市总工会供图');
  });
});

describe('parseCreditText', () => {
  test.each([
    ['■ 摄影 记者 陈文骁', { creditRole: 'staffReporter', name: '陈文骁' }],
    ['■ 摄影 通讯员 徐度晓', { creditRole: 'correspondent', name: '徐度晓' }],
    ['通讯员 李明', { creditRole: 'correspondent', name: '李明' }],
    ['记者 万善朝', { creditRole: 'staffReporter', name: '万善朝' }],
    ['■ 特约摄影 王强', { creditRole: 'contributingPhotographer', name: '王强' }],
    ['■ 市总工会供图', { creditRole: 'provided', name: '市总工会' }],
    ['(资料图片)', { creditRole: 'filePhoto', name: null }],
    ['（资料图片）', { creditRole: 'filePhoto', name: null }],
    ['■ 摄影 张三', { creditRole: null, name: '张三' }],
  ])('%s', (text, expected) => {
    expect(parseCreditText(text)).toEqual(expected);
  });

  it('returns null for an empty credit', () => {
    expect(parseCreditText('■ ')).toBeNull();
  });

  it('is the inverse of formatCreditLine for zh-Hans', () => {
    const credit: PhotoCredit = { creditRole: 'correspondent', photographer: xu };
    expect(parseCreditText(formatCreditLine(credit, 'zh-Hans') ?? '')).toEqual({ creditRole: 'correspondent', name: '徐度晓' });
  });
});
