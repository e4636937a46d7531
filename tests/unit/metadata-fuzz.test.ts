/**
 * Property-based fuzzing of the metadata readers on random and mutated bytes: the pure parsers never throw,
 * the EXIF reader fails only with a ValidationError (listed as `unreadable`), and reading a damaged image either returns
 * what it can or throws the ValidationError the upload path answers with 400. Fixed seed, bounded runs.
 */

import fc from 'fast-check';
import { errors } from '@strapi/utils';
import { creditFromMetadata } from '../../src/plugins/newsroom-media/server/src/credit/from-metadata';
import { parseExif } from '../../src/plugins/newsroom-media/server/src/metadata/exif';
import { iptcFromPhotoshopBlock, parseIptc } from '../../src/plugins/newsroom-media/server/src/metadata/iptc';
import { readEmbeddedMetadata, type EmbeddedMetadata } from '../../src/plugins/newsroom-media/server/src/metadata/read';
import { chooseEncoding, decodeText } from '../../src/plugins/newsroom-media/server/src/metadata/text';
import { parseXmp } from '../../src/plugins/newsroom-media/server/src/metadata/xmp';
import { buildIptc, buildXmp } from '../../src/plugins/newsroom-media/server/src/metadata/write';
import { imageEnd, sniffImage } from '../../src/plugins/newsroom-media/server/src/upload-rules';
import sharp from 'sharp';
import { creditedJpeg, exifOnlyJpeg, gbkIptcJpeg } from '../helpers/images';

const SEED = 20261202;
const settings = (numRuns: number) => ({ seed: SEED, numRuns });

const CREDIT = { caption: '金秋助学现场资助活动', byline: '李明', bylineTitle: '通讯员', credit: '淮北市总工会', dateCreated: '2020-09-10', city: '淮北', keywords: ['工会', '助学'] };

const bytes = (maxLength = 512) => fc.uint8Array({ maxLength }).map((array) => Buffer.from(array));

/** A real value with some bytes overwritten, some cut and some inserted. */
const mutated = (original: Buffer) =>
  fc
    .record({
      writes: fc.array(fc.record({ at: fc.nat(original.length - 1), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 12 }),
      cut: fc.option(fc.nat(original.length), { nil: undefined }),
      insert: fc.option(fc.record({ at: fc.nat(original.length), extra: bytes(32) }), { nil: undefined }),
    })
    .map(({ writes, cut, insert }) => {
      let result = Buffer.from(original);
      for (const { at, value } of writes) result[at] = value;
      if (insert) result = Buffer.concat([result.subarray(0, insert.at), insert.extra, result.subarray(insert.at)]);
      return cut === undefined ? result : result.subarray(0, cut);
    });

const photoshopBlock = (iim: Buffer): Buffer => {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  return Buffer.concat([Buffer.from('Photoshop 3.0\u00008BIM', 'latin1'), Buffer.from([0x04, 0x04, 0, 0]), size, iim, iim.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
};

describe('IPTC, XMP and text decoding never throw', () => {
  it('parseIptc on random and mutated records', () => {
    const record = buildIptc(CREDIT);
    fc.assert(
      fc.property(fc.oneof(bytes(), mutated(record)), (iim) => {
        const parsed = parseIptc(iim);
        for (const values of parsed.values.values()) for (const value of values) expect(typeof value).toBe('string');
      }),
      settings(2000)
    );
  });

  it('iptcFromPhotoshopBlock on random and mutated blocks', () => {
    const block = photoshopBlock(buildIptc(CREDIT));
    fc.assert(
      fc.property(fc.oneof(bytes(), mutated(block)), (input) => {
        const iim = iptcFromPhotoshopBlock(input);
        if (iim) parseIptc(iim);
      }),
      settings(2000)
    );
  });

  it('decodeText and chooseEncoding on random bytes', () => {
    fc.assert(
      fc.property(fc.array(bytes(64), { maxLength: 6 }), (values) => {
        const encoding = chooseEncoding(values);
        for (const value of values) expect(typeof decodeText(value, encoding).text).toBe('string');
      }),
      settings(2000)
    );
  });

  it('parseXmp on random text and mutated packets', () => {
    const packet = Buffer.from(buildXmp(CREDIT), 'utf8');
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), mutated(packet).map((mutation) => mutation.toString('utf8'))), (text) => {
        for (const values of parseXmp(text).values()) for (const value of values) expect(typeof value).toBe('string');
      }),
      settings(1500)
    );
  });
});

describe('EXIF', () => {
  it('reads the GPS position', async () => {
    const image = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#000' } })
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '33/1 57/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 47/1 30/1' } })
      .jpeg()
      .toBuffer();
    const { gps } = await parseExif((await sharp(image).metadata()).exif!);
    expect(gps?.latitude).toBeCloseTo(33.95, 4);
    expect(gps?.longitude).toBeCloseTo(116.7917, 3);
  });

  it('parseExif resolves, or rejects with a ValidationError, on random and mutated blocks', async () => {
    const block = (await sharp(await exifOnlyJpeg()).metadata()).exif!;
    await fc.assert(
      fc.asyncProperty(fc.oneof(bytes(), mutated(block), bytes(64).map((tail) => Buffer.concat([Buffer.from('Exif\u0000\u0000II*\u0000\u0008\u0000\u0000\u0000'), tail]))), async (input) => {
        try {
          const values = await parseExif(input);
          expect(typeof values).toBe('object');
        } catch (error) {
          expect(error).toBeInstanceOf(errors.ValidationError);
        }
      }),
      settings(600)
    );
  });
});

describe('reading a damaged image', () => {
  it('returns what it can, or throws the ValidationError an upload answers with 400', async () => {
    const originals = [await creditedJpeg(CREDIT), await gbkIptcJpeg({ caption: CREDIT.caption, byline: '通讯员 李明' }), await exifOnlyJpeg()];
    // the metadata lives in the first kilobytes: mutate there, where the parsers read
    const heads = originals.map((original) => original.subarray(0, 4096));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: originals.length - 1 }).chain((index) => mutated(heads[index]).map((head) => Buffer.concat([head, originals[index].subarray(4096)]))), async (image) => {
        let metadata: EmbeddedMetadata;
        try {
          metadata = await readEmbeddedMetadata(image);
        } catch (error) {
          expect(error).toBeInstanceOf(errors.ValidationError);
          return;
        }
        expect(typeof metadata.raw).toBe('object');
        // the credit parser takes whatever came out
        expect(typeof creditFromMetadata(metadata)).toBe('object');
      }),
      settings(400)
    );
  });

  it('the credit parser takes any text in any metadata field', () => {
    const text = fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('通讯员 李明', '资料图片', '市总工会供图', '■ 摄影', '记者', '')), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ caption: text, creator: text, creatorTitle: text, credit: text, dateTaken: text, location: text }), (fields) => {
        const metadata = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
        expect(typeof creditFromMetadata({ raw: {}, ...metadata })).toBe('object');
      }),
      settings(2000)
    );
  });

  it('sniffing and finding the end of an image never throw', () => {
    fc.assert(
      fc.property(fc.oneof(bytes(), bytes().map((tail) => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), tail])), bytes().map((tail) => Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), tail]))), (input) => {
        const kind = sniffImage(input);
        if (kind) {
          const end = imageEnd(input, kind);
          if (end !== null) expect(end).toBeLessThanOrEqual(input.length);
        }
      }),
      settings(3000)
    );
  });
});
