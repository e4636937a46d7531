/**
 * The XMP properties a newsroom needs, read with exifr's XMP parser (XMP is always UTF-8). Properties may be
 * written as elements (with rdf:Alt/Seq/Bag lists) or as attributes of rdf:Description.
 */

import exifr from 'exifr';

/** "prefix:Name" → values, e.g. "dc:creator" → ["李明"] */
export type XmpValues = Map<string, string[]>;

const PROPERTIES = [
  'dc:description',
  'dc:title',
  'dc:creator',
  'dc:rights',
  'dc:subject',
  'photoshop:AuthorsPosition',
  'photoshop:Credit',
  'photoshop:DateCreated',
  'photoshop:City',
  'photoshop:State',
  'photoshop:Country',
  'photoshop:Headline',
  'Iptc4xmpCore:Location',
  'xmpRights:UsageTerms',
  'exif:DateTimeOriginal',
];

interface XmpParser {
  parse(packet: string): unknown;
}

// exifr keeps entity references as they are written
const unescapeXml = (value: string): string =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]{1,6});/gi, (entity, hex: string) => codePoint(Number.parseInt(hex, 16)) ?? entity)
    .replace(/&#(\d{1,7});/g, (entity, dec: string) => codePoint(Number.parseInt(dec, 10)) ?? entity)
    .replace(/&amp;/g, '&');

const codePoint = (code: number): string | undefined => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined);

/** exifr gives a string, a number, a list, or `{ lang, value }` for a value with attributes. */
const texts = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object' && 'value' in value) return texts((value as { value: unknown }).value);
  return [];
};

export const parseXmp = (packet: string): XmpValues => {
  const parser = exifr.segmentParsers.get('xmp') as XmpParser;
  const parsed = parser.parse(packet);
  const values: XmpValues = new Map();
  if (!parsed || typeof parsed !== 'object') return values;
  for (const property of PROPERTIES) {
    const [prefix, name] = property.split(':');
    const namespace = (parsed as Record<string, unknown>)[prefix];
    if (!namespace || typeof namespace !== 'object') continue;
    const found = texts((namespace as Record<string, unknown>)[name])
      .map((text) => unescapeXml(text).trim())
      .filter(Boolean);
    if (found.length > 0) values.set(property, found);
  }
  return values;
};
