import sharp from 'sharp';
import { buildIptc, embedCredit } from './write';

const credit = {
  caption: '金秋助学现场资助活动',
  byline: '李明',
  bylineTitle: '通讯员',
  credit: '淮北市总工会',
  dateCreated: '2020-09-10',
  city: '淮北',
};

describe('embedCredit', () => {
  let jpeg: Buffer;
  beforeAll(async () => {
    jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#c00' } }).jpeg().toBuffer();
  });

  it('writes IPTC with a UTF-8 declaration and XMP that an image library reads back', async () => {
    const tagged = embedCredit(jpeg, credit);
    const metadata = await sharp(tagged).metadata();
    expect(metadata.width).toBe(32);
    expect(metadata.iptc?.includes(Buffer.from([0x1c, 0x01, 0x5a, 0x00, 0x03, 0x1b, 0x25, 0x47]))).toBe(true);
    expect(metadata.iptc?.includes(Buffer.from('金秋助学现场资助活动', 'utf8'))).toBe(true);
    const xmp = metadata.xmp?.toString('utf8') ?? '';
    expect(xmp).toContain('<rdf:li xml:lang="x-default">金秋助学现场资助活动</rdf:li>');
    expect(xmp).toContain('<photoshop:AuthorsPosition>通讯员</photoshop:AuthorsPosition>');
  });

  it('writes IPTC datasets with their lengths', () => {
    const iptc = buildIptc({ byline: '李明' });
    const byline = Buffer.from('李明', 'utf8');
    expect(iptc.includes(Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0x00, byline.length]), byline]))).toBe(true);
  });

  it('escapes XML in XMP values', async () => {
    const tagged = embedCredit(jpeg, { caption: 'A < B & "C"' });
    const xmp = (await sharp(tagged).metadata()).xmp?.toString('utf8') ?? '';
    expect(xmp).toContain('A &lt; B &amp; &quot;C&quot;');
  });

  it('refuses bytes that are not a JPEG', () => {
    expect(() => embedCredit(Buffer.from('<html></html>'), credit)).toThrow('Not a JPEG');
  });
});
