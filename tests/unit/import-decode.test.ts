import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errors } from '@strapi/utils';
import { decodeText } from '../../src/import/decode';
import { parsePage } from '../../src/import/parse';

const page = '# 市总工会送清凉\n——一线职工感受“娘家”温暖\n为1300余名职工送去清凉。\n';

const detailsOf = (data: Buffer): Record<string, unknown> => {
  try {
    decodeText(data);
  } catch (error) {
    if (error instanceof errors.ValidationError) return error.details as Record<string, unknown>;
    throw error;
  }
  throw new Error('decodeText accepted the data');
};

const utf16be = (text: string): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let index = 0; index < le.length; index += 2) {
    be[index] = le[index + 1];
    be[index + 1] = le[index];
  }
  return be;
};

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(page, 'utf8'))).toEqual({ text: page, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page, 'utf8')]))).toEqual({ text: page, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]))).toEqual({ text: page, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(page)]))).toEqual({ text: page, encoding: 'utf-16be' });
  });

  it('detects GBK without a declaration (a fixture saved by python3 in GBK)', () => {
    const data = readFileSync(join(__dirname, '../fixtures/import/gbk-page.txt'));
    const decoded = decodeText(data);
    expect(decoded.encoding).toBe('gbk');
    const parsed = parsePage(decoded.text);
    expect(parsed).toMatchObject({ kicker: '引题：职工之家', title: '市总工会送清凉', subtitle: '——一线职工感受“娘家”温暖' });
    expect(parsed.figures.map((figure) => [figure.text, figure.value])).toEqual([['1300余名', 1300]]);
    expect(parsed.blocks[0]).toMatchObject({ kind: 'photo', caption: '送清凉活动现场。', credit: { creditRole: 'staffReporter', name: '陈文骁' } });
  });

  it('refuses empty data (emptyFile)', () => {
    expect(detailsOf(Buffer.alloc(0))).toMatchObject({ code: 'emptyFile' });
    expect(detailsOf(Buffer.from(' \r\n\t'))).toMatchObject({ code: 'emptyFile' });
    expect(detailsOf(Buffer.from([0xef, 0xbb, 0xbf]))).toMatchObject({ code: 'emptyFile' });
  });

  it.each<[string, Buffer]>([
    ['NUL bytes', Buffer.from('text\u0000with a NUL', 'latin1')],
    ['UTF-16 without a BOM', Buffer.from(page, 'utf16le')],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41])],
    ['a zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x41, 0x42])],
    ['control characters', Buffer.from('abc\u0001\u0002\u0003def\u0004\u0005', 'latin1')],
    ['bytes neither UTF-8 nor GBK', Buffer.from([0x41, 0xff, 0xff, 0x42])],
    ['a broken UTF-16 LE body', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41])],
  ])('refuses %s (notText) and says what it expected', (_case, data) => {
    const details = detailsOf(data);
    expect(details).toMatchObject({ code: 'notText' });
    expect(details.expected).toContain('GBK');
  });
});
