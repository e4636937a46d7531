/**
 * IPTC IIM (the "IPTC-NAA" record inside a Photoshop image resource block, JPEG APP13).
 */

import { chooseEncoding, decodeText, type TextEncoding } from './text';

const PHOTOSHOP_HEADER = 'Photoshop 3.0\0';
const IPTC_RESOURCE = 0x0404;
const UTF8_DECLARATION = Buffer.from([0x1b, 0x25, 0x47]); // ESC % G
// ISO 2022 designations of GB 2312: ESC $ A and ESC $ ) A
const GB_DECLARATIONS = [Buffer.from([0x1b, 0x24, 0x41]), Buffer.from([0x1b, 0x24, 0x29, 0x41])];

const declaredEncoding = (value: Buffer): TextEncoding | undefined => {
  if (value.includes(UTF8_DECLARATION)) return 'utf-8';
  if (GB_DECLARATIONS.some((declaration) => value.includes(declaration))) return 'gb18030';
  return undefined;
};

export interface IptcRecord {
  /** dataset key → decoded values, e.g. "2:120" → ["金秋助学现场资助活动"] */
  values: Map<string, string[]>;
  /** declared in 1:90, otherwise what detection chose for all text datasets together; null when all are ASCII */
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

/** Reads IIM datasets; malformed input ends the read rather than throwing. One character set for the record. */
export const parseIptc = (iim: Buffer): IptcRecord => {
  const raw: Array<[string, Buffer]> = [];
  let declared: TextEncoding | undefined;
  let offset = 0;
  while (offset + 5 <= iim.length && iim[offset] === 0x1c) {
    const record = iim[offset + 1];
    const dataset = iim[offset + 2];
    const length = iim.readUInt16BE(offset + 3);
    if (length & 0x8000) break; // extended lengths are not used for text datasets
    const start = offset + 5;
    if (start + length > iim.length) break;
    const value = iim.subarray(start, start + length);
    if (record === 1 && dataset === 90) declared = declaredEncoding(value);
    // 2:0 is the record version, binary
    else if (record === 2 && dataset !== 0) raw.push([`${record}:${dataset}`, value]);
    offset = start + length;
  }

  const chosen = chooseEncoding(
    raw.map(([, value]) => value),
    declared
  );
  const values = new Map<string, string[]>();
  for (const [key, value] of raw) {
    const { text } = decodeText(value, chosen);
    if (!text) continue;
    values.set(key, [...(values.get(key) ?? []), text]);
  }
  return { values, encoding: chosen === 'ascii' ? null : chosen, declaredUtf8: declared === 'utf-8' };
};
