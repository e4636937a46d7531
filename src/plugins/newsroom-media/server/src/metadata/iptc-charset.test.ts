/**
 * The character set of an IPTC record is decided once for all its strings, by how plausible each decoding
 * reads, not by "valid UTF-8 wins": GBK's 通讯员 is also valid UTF-8 (for ͨѶԱ).
 */

import iconv from 'iconv-lite';
import { parseIptc } from './iptc';
import { chooseEncoding, decodeText, plausibility } from './text';

/** GBK bytes of 通讯员: also valid UTF-8 for U+0368 U+0476 U+0531 */
const TONGXUNYUAN_GBK = Buffer.from([0xcd, 0xa8, 0xd1, 0xb6, 0xd4, 0xb1]);

const dataset = (record: number, tag: number, value: Buffer): Buffer =>
  Buffer.concat([Buffer.from([0x1c, record, tag, value.length >> 8, value.length & 0xff]), value]);

const record = (...datasets: Array<[number, Buffer]>): Buffer => Buffer.concat(datasets.map(([tag, value]) => dataset(2, tag, value)));

describe('the GBK byline title that is also valid UTF-8', () => {
  it('is the byte string of the report', () => {
    expect(iconv.encode('通讯员', 'gbk')).toEqual(TONGXUNYUAN_GBK);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(TONGXUNYUAN_GBK)).toBe('\u0368\u0476\u0531');
  });

  it('decodes as GBK on its own', () => {
    expect(decodeText(TONGXUNYUAN_GBK)).toEqual({ text: '通讯员', encoding: 'gb18030' });
  });

  it('decodes as GBK beside a byline that is not valid UTF-8, in one record', () => {
    const parsed = parseIptc(record([85, TONGXUNYUAN_GBK], [80, iconv.encode('李明', 'gbk')]));
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.values.get('2:85')).toEqual(['通讯员']);
    expect(parsed.values.get('2:80')).toEqual(['李明']);
  });

  it('decodes as GBK when every string of the record happens to be valid UTF-8', () => {
    const parsed = parseIptc(record([85, TONGXUNYUAN_GBK], [80, Buffer.from('Li Ming')]));
    expect(parsed.values.get('2:85')).toEqual(['通讯员']);
    expect(parsed.values.get('2:80')).toEqual(['Li Ming']);
  });

  it('reads as the stray combining mark, Cyrillic and Armenian it would be in UTF-8', () => {
    expect(plausibility(['\u0368\u0476\u0531'])).toBeLessThan(0);
    expect(plausibility(['通讯员'])).toBeGreaterThan(1);
  });
});

describe('real UTF-8 stays UTF-8', () => {
  test.each([
    ['a Chinese caption', '金秋助学现场资助活动'],
    ['a byline with title', '通讯员 李明'],
    ['a credit line', '■ 摄影 记者 陈文骁'],
    ['a copyright notice', '© 淮北市总工会 2020'],
    ['CJK punctuation', '“送清凉”活动，走进一线。'],
    ['a Latin name with diacritics', 'José Müller'],
    ['rare characters', '徐度晓 犇'],
  ])('%s', (_name, text) => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
  });

  test.each([
    ['a GBK caption', '金秋助学现场资助活动'],
    ['GB2312 text', '送清凉'],
    ['a GBK byline', '通讯员 李明'],
    ['GBK with ASCII', '2020年9月10日 淮北'],
  ])('%s is read as GB18030', (_name, text) => {
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
  });
});

describe('one decision per record', () => {
  it('keeps 1:90 declared UTF-8 as UTF-8 whatever the bytes', () => {
    const iim = Buffer.concat([dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])), record([120, Buffer.from('金秋助学', 'utf8')], [85, TONGXUNYUAN_GBK])]);
    const parsed = parseIptc(iim);
    expect(parsed).toMatchObject({ encoding: 'utf-8', declaredUtf8: true });
    expect(parsed.values.get('2:120')).toEqual(['金秋助学']);
  });

  it('takes a GB 2312 designation in 1:90 as GB18030', () => {
    const iim = Buffer.concat([dataset(1, 90, Buffer.from([0x1b, 0x24, 0x41])), record([120, iconv.encode('金秋助学', 'gbk')])]);
    expect(parseIptc(iim)).toMatchObject({ encoding: 'gb18030', declaredUtf8: false });
  });

  it('reads a mixed record of UTF-8 Chinese and ASCII as UTF-8', () => {
    const parsed = parseIptc(record([120, Buffer.from('金秋助学现场资助活动', 'utf8')], [80, Buffer.from('Chen Wenxiao')], [55, Buffer.from('20200910')]));
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.values.get('2:120')).toEqual(['金秋助学现场资助活动']);
  });

  it('reads a mixed record of GBK and ASCII as GB18030, all its strings alike', () => {
    const parsed = parseIptc(
      record([120, iconv.encode('金秋助学现场资助活动', 'gbk')], [85, TONGXUNYUAN_GBK], [80, iconv.encode('李明', 'gbk')], [116, Buffer.from('(c) HFTU')])
    );
    expect(parsed.encoding).toBe('gb18030');
    expect(Object.fromEntries(parsed.values)).toEqual({
      '2:120': ['金秋助学现场资助活动'],
      '2:85': ['通讯员'],
      '2:80': ['李明'],
      '2:116': ['(c) HFTU'],
    });
  });

  it('reports no character set for an ASCII-only record', () => {
    expect(parseIptc(record([80, Buffer.from('Li Ming')])).encoding).toBeNull();
    expect(chooseEncoding([Buffer.from('abc'), Buffer.from('def')])).toBe('ascii');
  });

  it('does not let one valid-UTF-8 string decide against the others', () => {
    // each string alone would be decided differently; together they are one GBK record
    expect(chooseEncoding([TONGXUNYUAN_GBK, iconv.encode('李明', 'gbk')])).toBe('gb18030');
    expect(chooseEncoding([Buffer.from('金秋', 'utf8'), Buffer.from('助学', 'utf8')])).toBe('utf-8');
  });
});
