/**
 * Decodes text from image metadata. IPTC declares UTF-8 in dataset 1:90; older Chinese tools write GBK/GB2312
 * without declaring anything. Being valid UTF-8 proves little: GBK's 通讯员 (CD A8 D1 B6 D4 B1) is also valid
 * UTF-8 for `ͨѶԱ`. So the character set is decided once for all strings of a record, by how plausible each
 * candidate decoding reads (common Chinese characters, Latin letters inside words, punctuation) against what
 * mis-decoding produces (stray combining marks, Armenian or Cyrillic among CJK, replacement characters).
 */

export type TextEncoding = 'ascii' | 'utf-8' | 'gb18030';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8 = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030');

const isAscii = (bytes: Uint8Array): boolean => bytes.every((byte) => byte < 0x80);

const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** GB2312's level-1 hanzi (rows B0–D7): the 3,755 most common Chinese characters, a cheap frequency list. */
const COMMON_HANZI: ReadonlySet<string> = (() => {
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xd7; lead += 1) for (let trail = 0xa1; trail <= 0xfe; trail += 1) bytes.push(lead, trail);
  return new Set(gb18030.decode(Uint8Array.from(bytes)));
})();

const isAsciiLetter = (char: string | undefined): boolean => char !== undefined && /^[A-Za-z]$/.test(char);
const isLatinLetter = (code: number): boolean => (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);

/** How plausible one non-ASCII character is as newsroom text, given its neighbours. */
const charScore = (char: string, before: string | undefined, after: string | undefined): number => {
  const code = char.codePointAt(0)!;
  if (COMMON_HANZI.has(char)) return 2;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x20000 && code <= 0x2fa1f)) return 1;
  if (isLatinLetter(code)) return isAsciiLetter(before) || isAsciiLetter(after) ? 2 : 0.5;
  // CJK punctuation, kana, hangul, fullwidth forms
  if ((code >= 0x3000 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xff01 && code <= 0xff5e)) return 1.5;
  // general punctuation, letterlike symbols, arrows, box drawing and shapes (■ in credit lines), Latin-1 signs (© ·)
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0xa0 && code <= 0xbf) || code === 0xd7 || code === 0xf7) return 1;
  if (code >= 0x0300 && code <= 0x036f) return -2; // combining marks
  if (code >= 0x0370 && code <= 0x04ff) return 0; // Greek, Cyrillic
  if (code === 0xfffd || code <= 0x9f || (code >= 0xe000 && code <= 0xf8ff) || (code >= 0xfff0 && code <= 0xffff)) return -3;
  return -1; // other scripts (Armenian, Hebrew, Arabic, …): stray in a Chinese newsroom
};

/** Average plausibility of the non-ASCII characters of `texts`; 0 when there are none. */
export const plausibility = (texts: string[]): number => {
  let total = 0;
  let count = 0;
  for (const text of texts) {
    const chars = Array.from(text);
    chars.forEach((char, index) => {
      if (char.charCodeAt(0) < 0x80 && char.length === 1) return;
      total += charScore(char, chars[index - 1], chars[index + 1]);
      count += 1;
    });
  }
  return count === 0 ? 0 : total / count;
};

const decodeWith = (bytes: Uint8Array, encoding: TextEncoding): string => (encoding === 'gb18030' ? gb18030 : utf8).decode(bytes);

/**
 * One character set for all `values` (the strings of one record). UTF-8 is a candidate only when every value
 * is valid UTF-8; it wins ties. `declared` (IPTC 1:90) is taken as is.
 */
export const chooseEncoding = (values: Uint8Array[], declared?: TextEncoding): TextEncoding => {
  if (declared) return declared;
  const texts = values.filter((bytes) => !isAscii(bytes));
  if (texts.length === 0) return 'ascii';
  if (!texts.every(isValidUtf8)) return 'gb18030';
  const asUtf8 = plausibility(texts.map((bytes) => decodeWith(bytes, 'utf-8')));
  const asGb = plausibility(texts.map((bytes) => decodeWith(bytes, 'gb18030')));
  return asGb > asUtf8 ? 'gb18030' : 'utf-8';
};

export const detectEncoding = (bytes: Uint8Array): TextEncoding => chooseEncoding([bytes]);

export const decodeText = (bytes: Uint8Array, declared?: TextEncoding): { text: string; encoding: TextEncoding } => {
  const encoding = chooseEncoding([bytes], declared);
  // NULs pad fixed-size fields in some writers
  return { text: decodeWith(bytes, encoding).replace(/\0+$/g, '').trim(), encoding };
};
