/**
 * Image fixtures made on the fly: JPEGs carrying IPTC (UTF-8 declared, or GBK undeclared as older Chinese
 * tools write it), XMP only, EXIF only or nothing; and the bad files an upload must refuse.
 */

import { deflateSync } from 'zlib';
import iconv from 'iconv-lite';
import sharp from 'sharp';
import { buildXmp, embedCredit, type EmbeddedCredit } from '#newsroom-media';

export const plainJpeg = (width = 320, height = 240, color = '#2a6') =>
  sharp({ create: { width, height, channels: 3, background: color } }).jpeg({ quality: 80 }).toBuffer();

const segment = (marker: number, payload: Buffer): Buffer =>
  Buffer.concat([Buffer.from([0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload]);

const insertAfterSoi = (jpeg: Buffer, ...segments: Buffer[]): Buffer => Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);

/** IPTC written in GBK with no 1:90 character-set declaration. */
export const gbkIptcJpeg = async (fields: { caption?: string; byline?: string; bylineTitle?: string; credit?: string }) => {
  const datasets: Buffer[] = [];
  const add = (tag: number, value?: string) => {
    if (!value) return;
    const bytes = iconv.encode(value, 'gbk');
    datasets.push(Buffer.from([0x1c, 0x02, tag, bytes.length >> 8, bytes.length & 0xff]), bytes);
  };
  add(80, fields.byline);
  add(85, fields.bylineTitle);
  add(110, fields.credit);
  add(120, fields.caption);
  const iim = Buffer.concat(datasets);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const irb = Buffer.concat([
    Buffer.from('Photoshop 3.0\0', 'latin1'),
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0x00, 0x00]),
    size,
    iim,
    iim.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0),
  ]);
  return insertAfterSoi(await plainJpeg(), segment(0xed, irb));
};

/** IPTC (UTF-8, declared) and XMP, as newsroom tools write them. */
export const creditedJpeg = async (credit: EmbeddedCredit, size?: [number, number]) =>
  embedCredit(await plainJpeg(...(size ?? [320, 240])), credit);

export const xmpOnlyJpeg = async (credit: EmbeddedCredit) =>
  insertAfterSoi(
    await plainJpeg(),
    segment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(buildXmp(credit), 'utf8')]))
  );

export const exifOnlyJpeg = () =>
  sharp({ create: { width: 320, height: 240, channels: 3, background: '#468' } })
    .withExif({
      IFD0: { Artist: 'Li Ming', Copyright: '(c) Huaibei Federation of Trade Unions', ImageDescription: 'Golden autumn grants' },
      IFD2: { DateTimeOriginal: '2020:09:10 08:30:00', OffsetTimeOriginal: '+08:00' },
    })
    .jpeg()
    .toBuffer();

export const pngImage = () => sharp({ create: { width: 200, height: 100, channels: 4, background: '#f80' } }).png().toBuffer();

export const htmlPage = () => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>', 'utf8');

export const svgImage = () =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>', 'utf8');

export const truncatedJpeg = async () => {
  const full = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
  return full.subarray(0, Math.floor(full.length / 2));
};

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer): number => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A small, valid PNG whose header declares width × height (a decompression bomb if decoded). */
export const hugePng = (width = 100_000, height = 100_000): Buffer => {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(width + 1))), // one row; the rest is missing
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** A large credited photo (noise compresses badly: several MB, slow to decode and resize), for uploads that take time. */
export const largeCreditedJpeg = async (credit: EmbeddedCredit, width = 4000, height = 3000) =>
  embedCredit(
    await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).jpeg({ quality: 85 }).toBuffer(),
    credit
  );
