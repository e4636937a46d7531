/**
 * EXIF (TIFF) tags that credit a photo, read with exifr: description, artist, copyright, the time it was taken
 * and its GPS position.
 */

import exifr from 'exifr';
import { errors } from '@strapi/utils';

export interface ExifValues {
  imageDescription?: string;
  artist?: string;
  copyright?: string;
  /** ISO 8601 without zone unless OffsetTimeOriginal is present, e.g. 2020-09-10T08:30:00+08:00 */
  dateTimeOriginal?: string;
  gps?: { latitude: number; longitude: number };
}

const EXIF_HEADER = 'Exif\0\0';

// exifr decodes ASCII tags as UTF-8; other bytes come out as U+FFFD, which is no credit to keep
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() && !value.includes('\ufffd') ? value.replace(/\0+$/g, '').trim() || undefined : undefined;

const OPTIONS = {
  tiff: true,
  ifd0: { pick: ['ImageDescription', 'Artist', 'Copyright'] },
  exif: { pick: ['DateTimeOriginal', 'OffsetTimeOriginal'] },
  gps: true,
  ifd1: false,
  interop: false,
  xmp: false,
  iptc: false,
  icc: false,
  reviveValues: false,
  silentErrors: false,
} as Parameters<typeof exifr.parse>[1];

/** Reads an EXIF block (with or without its "Exif\0\0" header). A block exifr cannot read is a ValidationError. */
export const parseExif = async (block: Buffer): Promise<ExifValues> => {
  const tiff = block.subarray(0, 6).toString('latin1') === EXIF_HEADER ? block.subarray(6) : block;
  const order = tiff.toString('latin1', 0, 2);
  if (tiff.length < 8 || (order !== 'II' && order !== 'MM')) return {};
  const parsed = (await exifr.parse(tiff, OPTIONS).catch((error: unknown) => {
    throw new errors.ValidationError(`The EXIF block cannot be read: ${error instanceof Error ? error.message : String(error)}`, { reason: 'corruptMetadata' });
  })) as Record<string, unknown> | undefined;
  if (!parsed) return {};

  const values: ExifValues = {
    imageDescription: text(parsed.ImageDescription),
    artist: text(parsed.Artist),
    copyright: text(parsed.Copyright),
  };
  const taken = text(parsed.DateTimeOriginal)?.match(/^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/);
  if (taken) {
    const offset = text(parsed.OffsetTimeOriginal)?.match(/^[+-]\d{2}:\d{2}$/)?.[0] ?? '';
    values.dateTimeOriginal = `${taken[1]}-${taken[2]}-${taken[3]}T${taken[4]}:${taken[5]}:${taken[6]}${offset}`;
  }
  const { latitude, longitude } = parsed as { latitude?: unknown; longitude?: unknown };
  if (typeof latitude === 'number' && typeof longitude === 'number' && Number.isFinite(latitude) && Number.isFinite(longitude)) {
    values.gps = { latitude, longitude };
  }
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as ExifValues;
};
