/**
 * IPTC IIM (the "IPTC-NAA" record inside a Photoshop image resource block, JPEG APP13).
 */

import { decodeText, type TextEncoding } from './text';

const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';
const IPTC_RESOURCE = 0x0404;
const UTF8_DECLARATION = Buffer.from([0x1b, 0x25, 0x47]);

export interface IptcRecord {
  /** dataset key → decoded values, e.g. "2:120" → ["金秋助学现场资助活动"] */
  values: Map<string, string[]>;
  /** 'utf-8' when declared in 1:90, otherwise what detection found for the text datasets */
  encoding: TextEncoding | null;
  declaredUtf8: boolean;
}

/** Finds the IPTC block in a Photoshop resource block (with or without its "Photoshop 3.0" header). */
export const iptcFromPhotoshopBlock = (block: Buffer): Buffer | null => {
  let offset = block.subarray(0, PHOTOSHOP_HEADER.length).toString('latin1') === PHOTOSHOP_HEADER ? PHOTOSHOP_HEADER.length : 0;
  while (offset + 12 <= block.length) {
    if (block.toString('latin1', offset, offset + 4) !== '8BIM') return null;
    const id = block.readUInt16BE(offset + 4);
    const nameLength = block[offset + 6];
    // the Pascal name (length byte + name) is padded to an even size
    const nameSize = (nameLength + 1) % 2 === 0 ? nameLength + 1 : nameLength + 2;
    const sizeOffset = offset + 6 + nameSize;
    if (sizeOffset + 4 > block.length) return null;
    const size = block.readUInt32BE(sizeOffset);
    const dataStart = sizeOffset + 4;
    if (dataStart + size > block.length) return null;
    if (id === IPTC_RESOURCE) return block.subarray(dataStart, dataStart + size);
    offset = dataStart + size + (size % 2);
  }
  return null;
};

/** Reads IIM datasets; malformed input ends the read rather than throwing. */
export const parseIptc = (iim: Buffer): IptcRecord => {
  const raw: Array<[string, Buffer]> = [];
  let declaredUtf8 = false;
  let offset = 0;
  while (offset + 5 <= iim.length && iim[offset] === 0x1c) {
    const record = iim[offset + 1];
    const dataset = iim[offset + 2];
    const length = iim.readUInt16BE(offset + 3);
    if (length & 0x8000) break; // extended lengths are not used for text datasets
    const start = offset + 5;
    if (start + length > iim.length) break;
    const value = iim.subarray(start, start + length);
    if (record === 1 && dataset === 90) declaredUtf8 = value.equals(UTF8_DECLARATION);
    else if (record === 2) raw.push([`${record}:${dataset}`, value]);
    offset = start + length;
  }

  const values = new Map<string, string[]>();
  let encoding: TextEncoding | null = declaredUtf8 ? 'utf-8' : null;
  for (const [key, value] of raw) {
    if (key === '2:0') continue; // record version, binary
    const decoded = decodeText(value, declaredUtf8 ? 'utf-8' : undefined);
    if (decoded.encoding !== 'ascii' && encoding !== 'utf-8') encoding = decoded.encoding;
    if (!decoded.text) continue;
    values.set(key, [...(values.get(key) ?? []), decoded.text]);
  }
  return { values, encoding, declaredUtf8 };
};
