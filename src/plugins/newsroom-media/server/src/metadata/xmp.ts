/**
 * The XMP properties a newsroom needs, read from the packet text (XMP is always UTF-8). Properties may be
 * written as elements (with rdf:Alt/Seq/Bag lists) or as attributes of rdf:Description.
 */

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

const unescapeXml = (value: string): string =>
  value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
    .replace(/&amp;/g, '&');

const escapeRegExp = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const parseXmp = (packet: string): XmpValues => {
  const values: XmpValues = new Map();
  for (const property of PROPERTIES) {
    const name = escapeRegExp(property);
    const found: string[] = [];
    const element = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g');
    for (const match of packet.matchAll(element)) {
      const inner = match[1];
      const items = [...inner.matchAll(/<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/g)].map((item) => item[1]);
      found.push(...(items.length > 0 ? items : [inner]).map((text) => unescapeXml(text.trim())).filter(Boolean));
    }
    const attribute = new RegExp(`\\s${name}="([^"]*)"`, 'g');
    for (const match of packet.matchAll(attribute)) if (match[1].trim()) found.push(unescapeXml(match[1].trim()));
    if (found.length > 0) values.set(property, found);
  }
  return values;
};
