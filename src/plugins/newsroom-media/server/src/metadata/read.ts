/**
 * Reads the credit-related metadata embedded in an image (IPTC, XMP, EXIF) from its header, without decoding
 * pixels, and merges the three sources in the order newsroom tools use: IPTC, then XMP, then EXIF.
 */

import sharp from 'sharp';
import { errors } from '@strapi/utils';
import { parseExif } from './exif';
import { iptcFromPhotoshopBlock, parseIptc } from './iptc';
import type { TextEncoding } from './text';
import { parseXmp } from './xmp';

export interface EmbeddedMetadata {
  caption?: string;
  headline?: string;
  creator?: string;
  creatorTitle?: string;
  credit?: string;
  /** ISO 8601 date or date-time */
  dateTaken?: string;
  city?: string;
  sublocation?: string;
  location?: string;
  gps?: { latitude: number; longitude: number };
  copyright?: string;
  usageTerms?: string;
  keywords?: string[];
  /** how IPTC text was encoded: declared UTF-8, detected UTF-8, or GB18030/GBK */
  iptcEncoding?: TextEncoding;
  /** metadata blocks present but unreadable, with the reason; what could be read is still returned */
  unreadable?: Array<{ block: 'iptc' | 'xmp' | 'exif'; reason: string }>;
  /** the raw values per source, kept on the photo */
  raw: { iptc?: Record<string, string[]>; xmp?: Record<string, string[]>; exif?: Record<string, unknown> };
}

const first = (values: Map<string, string[]> | undefined, key: string): string | undefined => values?.get(key)?.[0];

/** IPTC 2:55 (CCYYMMDD) with optional 2:60 (HHMMSS±HHMM) → ISO 8601 */
const iptcDate = (date: string | undefined, time: string | undefined): string | undefined => {
  const d = date?.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!d) return undefined;
  const t = time?.match(/^(\d{2})(\d{2})(\d{2})([+-]\d{2})?(\d{2})?$/);
  if (!t) return `${d[1]}-${d[2]}-${d[3]}`;
  const zone = t[4] ? `${t[4]}:${t[5] ?? '00'}` : '';
  return `${d[1]}-${d[2]}-${d[3]}T${t[1]}:${t[2]}:${t[3]}${zone}`;
};

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Throws a ValidationError (reason `corrupt`) when the image header itself cannot be read; a damaged metadata
 * block is listed in `unreadable` instead, beside what the other blocks say.
 */
export const readEmbeddedMetadata = async (input: Buffer | string): Promise<EmbeddedMetadata> => {
  let blocks: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    blocks = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new errors.ValidationError(`The image header cannot be read: ${reasonOf(error)}`, { reason: 'corrupt' });
  }
  const { iptc: iptcBlock, xmp: xmpBlock, exif: exifBlock } = blocks;
  const unreadable: NonNullable<EmbeddedMetadata['unreadable']> = [];
  const attempt = async <T>(block: 'iptc' | 'xmp' | 'exif', read: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      unreadable.push({ block, reason: reasonOf(error) });
      return undefined;
    }
  };

  const iim = iptcBlock ? await attempt('iptc', () => iptcFromPhotoshopBlock(iptcBlock)) : null;
  const iptc = iim ? await attempt('iptc', () => parseIptc(iim)) : undefined;
  const xmp = xmpBlock ? await attempt('xmp', () => parseXmp(xmpBlock.toString('utf8'))) : undefined;
  const exif = exifBlock ? await attempt('exif', () => parseExif(exifBlock)) : undefined;
  const i = iptc?.values;

  const city = first(i, '2:90') ?? first(xmp, 'photoshop:City');
  const sublocation = first(i, '2:92') ?? first(xmp, 'Iptc4xmpCore:Location');
  const metadata: EmbeddedMetadata = {
    caption: first(i, '2:120') ?? first(xmp, 'dc:description') ?? exif?.imageDescription,
    headline: first(i, '2:105') ?? first(xmp, 'photoshop:Headline'),
    creator: first(i, '2:80') ?? first(xmp, 'dc:creator') ?? exif?.artist,
    creatorTitle: first(i, '2:85') ?? first(xmp, 'photoshop:AuthorsPosition'),
    credit: first(i, '2:110') ?? first(xmp, 'photoshop:Credit'),
    dateTaken: iptcDate(first(i, '2:55'), first(i, '2:60')) ?? first(xmp, 'photoshop:DateCreated') ?? exif?.dateTimeOriginal,
    city,
    sublocation,
    location: [city, sublocation].filter(Boolean).join(' ') || undefined,
    gps: exif?.gps,
    copyright: first(i, '2:116') ?? first(xmp, 'dc:rights') ?? exif?.copyright,
    usageTerms: first(xmp, 'xmpRights:UsageTerms'),
    keywords: i?.get('2:25') ?? xmp?.get('dc:subject'),
    iptcEncoding: iptc?.encoding ?? undefined,
    unreadable: unreadable.length > 0 ? unreadable : undefined,
    raw: {
      ...(i && i.size > 0 ? { iptc: Object.fromEntries(i) } : {}),
      ...(xmp && xmp.size > 0 ? { xmp: Object.fromEntries(xmp) } : {}),
      ...(exif && Object.keys(exif).length > 0 ? { exif: { ...exif } } : {}),
    },
  };
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as EmbeddedMetadata;
};

export const hasCredit = (metadata: EmbeddedMetadata): boolean =>
  Boolean(metadata.caption || metadata.creator || metadata.credit || metadata.creatorTitle);
