/**
 * Decodes text from image metadata. IPTC declares UTF-8 in dataset 1:90; older Chinese tools write GBK/GB2312
 * without declaring anything. We detect: declared UTF-8 wins; otherwise bytes that are valid UTF-8 are UTF-8,
 * and anything else is read as GB18030 (a superset of GBK and GB2312).
 */

export type TextEncoding = 'ascii' | 'utf-8' | 'gb18030';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

const isAscii = (bytes: Uint8Array): boolean => bytes.every((byte) => byte < 0x80);

export const detectEncoding = (bytes: Uint8Array): TextEncoding => {
  if (isAscii(bytes)) return 'ascii';
  try {
    utf8.decode(bytes);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
};

export const decodeText = (bytes: Uint8Array, declared?: TextEncoding): { text: string; encoding: TextEncoding } => {
  const encoding = declared === 'utf-8' ? 'utf-8' : detectEncoding(bytes);
  const text = encoding === 'gb18030' ? gb18030.decode(bytes) : new TextDecoder('utf-8').decode(bytes);
  // NULs pad fixed-size fields in some writers
  return { text: text.replace(/\0+$/g, '').trim(), encoding };
};
