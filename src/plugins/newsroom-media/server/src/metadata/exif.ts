/**
 * A small EXIF (TIFF) reader for the tags that credit a photo: description, artist, copyright, the time it was
 * taken and its GPS position.
 */

import { decodeText } from './text';

export interface ExifValues {
  imageDescription?: string;
  artist?: string;
  copyright?: string;
  /** ISO 8601 without zone unless OffsetTimeOriginal is present, e.g. 2020-09-10T08:30:00+08:00 */
  dateTimeOriginal?: string;
  gps?: { latitude: number; longitude: number };
}

const TYPE_SIZES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 9: 4, 10: 8 };

interface Entry {
  tag: number;
  type: number;
  count: number;
  valueOffset: number;
}

export const parseExif = (block: Buffer): ExifValues => {
  const tiff = block.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? block.subarray(6) : block;
  if (tiff.length < 8) return {};
  const order = tiff.toString('latin1', 0, 2);
  if (order !== 'II' && order !== 'MM') return {};
  const little = order === 'II';
  const u16 = (offset: number) => (little ? tiff.readUInt16LE(offset) : tiff.readUInt16BE(offset));
  const u32 = (offset: number) => (little ? tiff.readUInt32LE(offset) : tiff.readUInt32BE(offset));

  const readIfd = (offset: number): Map<number, Entry> => {
    const entries = new Map<number, Entry>();
    if (offset <= 0 || offset + 2 > tiff.length) return entries;
    const count = u16(offset);
    for (let i = 0; i < count; i += 1) {
      const at = offset + 2 + i * 12;
      if (at + 12 > tiff.length) break;
      const type = u16(at + 2);
      const valueCount = u32(at + 4);
      const size = (TYPE_SIZES[type] ?? 1) * valueCount;
      entries.set(u16(at), { tag: u16(at), type, count: valueCount, valueOffset: size <= 4 ? at + 8 : u32(at + 8) });
    }
    return entries;
  };

  const ascii = (entry: Entry | undefined): string | undefined => {
    if (!entry || entry.valueOffset + entry.count > tiff.length) return undefined;
    const text = decodeText(tiff.subarray(entry.valueOffset, entry.valueOffset + entry.count)).text;
    return text || undefined;
  };
  const rationals = (entry: Entry | undefined): number[] => {
    if (!entry || entry.type !== 5 || entry.valueOffset + entry.count * 8 > tiff.length) return [];
    return Array.from({ length: entry.count }, (_, i) => {
      const denominator = u32(entry.valueOffset + i * 8 + 4);
      return denominator === 0 ? 0 : u32(entry.valueOffset + i * 8) / denominator;
    });
  };

  const ifd0 = readIfd(u32(4));
  const exifIfd = readIfd(ifd0.has(0x8769) ? u32(ifd0.get(0x8769)!.valueOffset) : 0);
  const gpsIfd = readIfd(ifd0.has(0x8825) ? u32(ifd0.get(0x8825)!.valueOffset) : 0);

  const values: ExifValues = {
    imageDescription: ascii(ifd0.get(0x010e)),
    artist: ascii(ifd0.get(0x013b)),
    copyright: ascii(ifd0.get(0x8298)),
  };

  const taken = ascii(exifIfd.get(0x9003))?.match(/^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/);
  if (taken) {
    const offset = ascii(exifIfd.get(0x9011))?.match(/^[+-]\d{2}:\d{2}$/)?.[0] ?? '';
    values.dateTimeOriginal = `${taken[1]}-${taken[2]}-${taken[3]}T${taken[4]}:${taken[5]}:${taken[6]}${offset}`;
  }

  const [latD, latM, latS] = rationals(gpsIfd.get(2));
  const [lonD, lonM, lonS] = rationals(gpsIfd.get(4));
  if (latD !== undefined && lonD !== undefined) {
    const sign = (ref: string | undefined, negative: string) => (ref === negative ? -1 : 1);
    values.gps = {
      latitude: sign(ascii(gpsIfd.get(1)), 'S') * (latD + (latM ?? 0) / 60 + (latS ?? 0) / 3600),
      longitude: sign(ascii(gpsIfd.get(3)), 'W') * (lonD + (lonM ?? 0) / 60 + (lonS ?? 0) / 3600),
    };
  }
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as ExifValues;
};
