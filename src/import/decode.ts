/**
 * Turns an uploaded text file into a string: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, or GBK
 * without any declaration (what older Chinese editors save). Anything else is refused as not text.
 */

import { errors } from '@strapi/utils';
import type { DecodedText } from './types';

export const EXPECTED_TEXT = 'a plain-text page: UTF-8, UTF-16 with a byte order mark, or GBK';

/**
 * Control characters other than tab, line feed, form feed and carriage return; U+FFFD (a decoding failure);
 * private-use characters (the GBK decoder maps a stray 0xFF byte to U+F8F5 instead of failing).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uE000-\uF8FF\uFFFD]/g;
/** More than this share of such characters and the "text" is really binary. */
const MAX_CONTROL_RATIO = 0.01;

const SIGNATURES: Array<[number[], string]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or .docx)'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc)'],
];

const notText = (found: string): never => {
  throw new errors.ValidationError(`The file is not text (${found})`, { code: 'notText', line: null, expected: EXPECTED_TEXT, found });
};

const startsWith = (data: Buffer, bytes: number[]): boolean => bytes.every((byte, index) => data[index] === byte);

const decodeAs = (data: Buffer, encoding: string): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(data);
  } catch {
    return null;
  }
};

const checked = (text: string | null, encoding: string): DecodedText => {
  if (text === null) return notText(`bytes that are not valid ${encoding}`);
  if (!text.trim()) {
    throw new errors.ValidationError('The file is empty', { code: 'emptyFile', line: null, expected: EXPECTED_TEXT });
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls / text.length > MAX_CONTROL_RATIO) return notText(`${controls} control characters in ${text.length}`);
  return { text, encoding };
};

export const decodeText = (data: Buffer): DecodedText => {
  if (data.length === 0) {
    throw new errors.ValidationError('The file is empty', { code: 'emptyFile', line: null, expected: EXPECTED_TEXT });
  }
  if (startsWith(data, [0xef, 0xbb, 0xbf])) return checked(decodeAs(data.subarray(3), 'utf-8'), 'utf-8');
  if (startsWith(data, [0xff, 0xfe])) return checked(decodeAs(data.subarray(2), 'utf-16le'), 'utf-16le');
  if (startsWith(data, [0xfe, 0xff])) return checked(decodeAs(data.subarray(2), 'utf-16be'), 'utf-16be');

  const signature = SIGNATURES.find(([bytes]) => startsWith(data, bytes));
  if (signature) return notText(signature[1]);
  // UTF-16 without a BOM, and binary files, carry NUL bytes; no text in UTF-8 or GBK does
  if (data.includes(0)) return notText('NUL bytes (binary data, or UTF-16 without a byte order mark)');

  const utf8 = decodeAs(data, 'utf-8');
  if (utf8 !== null) return checked(utf8, 'utf-8');
  const gbk = decodeAs(data, 'gbk');
  if (gbk !== null) return checked(gbk, 'gbk');
  return notText('bytes that are neither UTF-8 nor GBK');
};
