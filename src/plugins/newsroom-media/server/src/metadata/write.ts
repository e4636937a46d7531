/**
 * Writes IPTC (APP13, UTF-8 declared in dataset 1:90) and XMP (APP1) into a JPEG, the way newsroom tools do,
 * so that demo and test images carry their caption and credit in the file itself.
 */

export interface EmbeddedCredit {
  caption?: string;
  byline?: string;
  bylineTitle?: string;
  credit?: string;
  /** YYYY-MM-DD */
  dateCreated?: string;
  city?: string;
  copyrightNotice?: string;
  keywords?: string[];
}

const IPTC_UTF8 = Buffer.from([0x1b, 0x25, 0x47]); // ESC % G

const dataset = (record: number, tag: number, value: Buffer): Buffer => {
  if (value.length > 0x7fff) throw new RangeError(`IPTC ${record}:${tag} value is too long`);
  return Buffer.concat([Buffer.from([0x1c, record, tag, value.length >> 8, value.length & 0xff]), value]);
};

const text = (value: string): Buffer => Buffer.from(value, 'utf8');

export const buildIptc = (credit: EmbeddedCredit): Buffer => {
  const parts: Buffer[] = [dataset(1, 90, IPTC_UTF8), dataset(2, 0, Buffer.from([0x00, 0x04]))];
  const add = (tag: number, value: string | undefined) => {
    if (value) parts.push(dataset(2, tag, text(value)));
  };
  for (const keyword of credit.keywords ?? []) add(25, keyword);
  add(55, credit.dateCreated?.replace(/-/g, ''));
  add(80, credit.byline);
  add(85, credit.bylineTitle);
  add(90, credit.city);
  add(110, credit.credit);
  add(116, credit.copyrightNotice);
  add(120, credit.caption);
  return Buffer.concat(parts);
};

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const buildXmp = (credit: EmbeddedCredit): string => {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt>`;
  const fields = [
    credit.caption && `<dc:description>${alt(credit.caption)}</dc:description>`,
    credit.byline && `<dc:creator><rdf:Seq><rdf:li>${escapeXml(credit.byline)}</rdf:li></rdf:Seq></dc:creator>`,
    credit.bylineTitle && `<photoshop:AuthorsPosition>${escapeXml(credit.bylineTitle)}</photoshop:AuthorsPosition>`,
    credit.credit && `<photoshop:Credit>${escapeXml(credit.credit)}</photoshop:Credit>`,
    credit.dateCreated && `<photoshop:DateCreated>${escapeXml(credit.dateCreated)}</photoshop:DateCreated>`,
    credit.city && `<photoshop:City>${escapeXml(credit.city)}</photoshop:City>`,
    credit.copyrightNotice && `<dc:rights>${alt(credit.copyrightNotice)}</dc:rights>`,
    credit.keywords?.length &&
      `<dc:subject><rdf:Bag>${credit.keywords.map((k) => `<rdf:li>${escapeXml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
  ].filter(Boolean);
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">' +
    fields.join('') +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
  );
};

const segment = (marker: number, payload: Buffer): Buffer => {
  const length = payload.length + 2;
  if (length > 0xffff) throw new RangeError('JPEG segment too long');
  return Buffer.concat([Buffer.from([0xff, marker, length >> 8, length & 0xff]), payload]);
};

const photoshopIrb = (iptc: Buffer): Buffer => {
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const padding = iptc.length % 2 === 1 ? Buffer.alloc(1) : Buffer.alloc(0);
  return Buffer.concat([
    Buffer.from('Photoshop 3.0\0', 'latin1'),
    Buffer.from('8BIM', 'latin1'),
    Buffer.from([0x04, 0x04, 0x00, 0x00]), // resource 0x0404 (IPTC), empty even-padded name
    size,
    iptc,
    padding,
  ]);
};

/** Returns a copy of `jpeg` with IPTC and XMP segments inserted after SOI (and after JFIF APP0 if present). */
export const embedCredit = (jpeg: Buffer, credit: EmbeddedCredit): Buffer => {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new TypeError('Not a JPEG');
  let insertAt = 2;
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) insertAt = 4 + jpeg.readUInt16BE(4);
  const xmp = segment(0xe1, Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), text(buildXmp(credit))]));
  const app13 = segment(0xed, photoshopIrb(buildIptc(credit)));
  return Buffer.concat([jpeg.subarray(0, insertAt), xmp, app13, jpeg.subarray(insertAt)]);
};
