import { creditFromMetadata } from '../../src/plugins/newsroom-media/server/src/credit/from-metadata';
import { imageObject } from '../../src/plugins/newsroom-media/server/src/credit/structured-data';
import { parseIptc } from '../../src/plugins/newsroom-media/server/src/metadata/iptc';
import { readEmbeddedMetadata } from '../../src/plugins/newsroom-media/server/src/metadata/read';
import { decodeText } from '../../src/plugins/newsroom-media/server/src/metadata/text';
import { parseXmp } from '../../src/plugins/newsroom-media/server/src/metadata/xmp';
import { sanitizeFileName, sniffImage } from '../../src/plugins/newsroom-media/server/src/services/uploads';
import iconv from 'iconv-lite';
import {
  creditedJpeg,
  exifOnlyJpeg,
  gbkIptcJpeg,
  htmlPage,
  hugePng,
  plainJpeg,
  pngImage,
  svgImage,
  xmpOnlyJpeg,
} from '../helpers/images';

const CAPTION = '金秋助学现场资助活动';

describe('reading credits from files', () => {
  it('reads IPTC declared as UTF-8', async () => {
    const metadata = await readEmbeddedMetadata(await creditedJpeg({ caption: CAPTION, byline: '徐度晓', bylineTitle: '通讯员' }));
    expect(metadata).toMatchObject({ caption: CAPTION, creator: '徐度晓', creatorTitle: '通讯员', iptcEncoding: 'utf-8' });
  });

  it('reads IPTC written in GBK without a declaration', async () => {
    const metadata = await readEmbeddedMetadata(await gbkIptcJpeg({ caption: CAPTION, byline: '通讯员 李明' }));
    expect(metadata).toMatchObject({ caption: CAPTION, creator: '通讯员 李明', iptcEncoding: 'gb18030' });
  });

  it('reads XMP when there is no IPTC', async () => {
    const metadata = await readEmbeddedMetadata(
      await xmpOnlyJpeg({ caption: CAPTION, byline: '陈文骁', bylineTitle: '记者', credit: '淮北日报', dateCreated: '2020-09-10', city: '淮北', copyrightNotice: '© 淮北市总工会' })
    );
    expect(metadata).toMatchObject({
      caption: CAPTION,
      creator: '陈文骁',
      creatorTitle: '记者',
      credit: '淮北日报',
      dateTaken: '2020-09-10',
      city: '淮北',
      copyright: '© 淮北市总工会',
    });
    expect(metadata.raw.iptc).toBeUndefined();
  });

  it('reads EXIF when it is all there is', async () => {
    const metadata = await readEmbeddedMetadata(await exifOnlyJpeg());
    expect(metadata).toMatchObject({
      caption: 'Golden autumn grants',
      creator: 'Li Ming',
      copyright: '(c) Huaibei Federation of Trade Unions',
      dateTaken: '2020-09-10T08:30:00+08:00',
    });
  });

  it('finds nothing in a file without metadata', async () => {
    const metadata = await readEmbeddedMetadata(await plainJpeg());
    expect(metadata.caption).toBeUndefined();
    expect(metadata.raw).toEqual({});
  });

  it('reads XMP written as attributes and unescapes entities', () => {
    const values = parseXmp('<rdf:Description photoshop:Credit="A &amp; B" photoshop:City="淮北"/>');
    expect(values.get('photoshop:Credit')).toEqual(['A & B']);
    expect(values.get('photoshop:City')).toEqual(['淮北']);
  });

  it('stops at malformed IPTC instead of throwing', () => {
    const broken = Buffer.from([0x1c, 0x02, 0x78, 0x00, 0x40, 0x41]);
    expect(parseIptc(broken).values.size).toBe(0);
  });

  test.each([
    ['GBK', iconv.encode(CAPTION, 'gbk'), 'gb18030'],
    ['GB2312', iconv.encode('送清凉', 'gb2312'), 'gb18030'],
    ['UTF-8', Buffer.from(CAPTION, 'utf8'), 'utf-8'],
    ['ASCII', Buffer.from('Chen Wenxiao'), 'ascii'],
  ])('detects %s text', (_name, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(iconv.encode(decoded.text, 'utf8').length).toBeGreaterThan(0);
  });
});

describe('credit from metadata', () => {
  test.each([
    ['byline with title', { creator: '通讯员 李明' }, { creditRole: 'correspondent', photographerName: '李明' }],
    ['title and byline apart', { creatorTitle: '记者', creator: '陈文骁' }, { creditRole: 'staffReporter', photographerName: '陈文骁' }],
    ['contributing photographer', { creatorTitle: '特约摄影', creator: '王强' }, { creditRole: 'contributingPhotographer', photographerName: '王强' }],
    ['provided by an organization', { credit: '市总工会供图' }, { creditRole: 'provided', creditName: '市总工会' }],
    ['file photo', { credit: '资料图片', creator: '陈文骁' }, { creditRole: 'filePhoto' }],
    ['a name only', { creator: '张三' }, { photographerName: '张三' }],
  ])('%s', (_name, metadata, expected) => {
    const credit = creditFromMetadata({ raw: {}, ...metadata });
    expect(credit).toMatchObject(expected);
    if (!('photographerName' in expected)) expect(credit.photographerName).toBeUndefined();
  });

  it('carries caption, date, place and copyright', () => {
    expect(
      creditFromMetadata({ raw: {}, caption: CAPTION, dateTaken: '2020-09-10', location: '淮北 相山区', copyright: '© 工会' })
    ).toMatchObject({ caption: CAPTION, takenAt: '2020-09-10', location: '淮北 相山区', copyrightNotice: '© 工会' });
  });
});

describe('upload checks', () => {
  it.each([
    ['JPEG', () => plainJpeg(), 'jpeg'],
    ['PNG', () => pngImage(), 'png'],
    ['HTML named .jpg', async () => htmlPage(), null],
    ['SVG', async () => svgImage(), null],
    ['PNG bomb header', async () => hugePng(), 'png'],
  ])('sniffs %s', async (_name, make, kind) => {
    expect(sniffImage((await make()).subarray(0, 32))).toBe(kind);
  });

  test.each([
    ['../../etc/passwd.jpg', 'jpeg', 'passwd.jpg'],
    ['C:\\photos\\金秋助学.JPG', 'jpeg', '金秋助学.JPG'],
    ['bad\u0000name\u001f.jpg', 'jpeg', 'badname.jpg'],
    ['photo.jpeg', 'jpeg', 'photo.jpeg'],
    ['report.pdf', 'png', 'report.png'],
    ['.hidden', 'jpeg', 'hidden.jpg'],
    ['', 'webp', 'photo.webp'],
    ['a<b>:c|d?.png', 'png', 'a_b__c_d_.png'],
    ['\u202Egpj.exe', 'jpeg', 'gpj.jpg'],
    ['photo\u2066\u200f.heif', 'heic', 'photo.heif'],
  ] as const)('sanitizes %j', (name, kind, expected) => {
    expect(sanitizeFileName(name, kind)).toBe(expected);
  });
});

describe('structured data', () => {
  it('is a schema.org ImageObject with the credit', () => {
    expect(
      imageObject(
        { url: '/uploads/a.jpg', caption: CAPTION, creditLine: '■ 摄影 通讯员 李明', creatorName: '李明', copyrightNotice: '© 工会', usageTerms: 'https://example.org/licence' },
        'https://news.example.org/'
      )
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ImageObject',
      contentUrl: 'https://news.example.org/uploads/a.jpg',
      caption: CAPTION,
      creator: { '@type': 'Person', name: '李明' },
      creditText: '■ 摄影 通讯员 李明',
      copyrightNotice: '© 工会',
      license: 'https://example.org/licence',
    });
  });
});
