/**
 * The upload rules, in one place: which image types are accepted (recognised by their bytes), which types are
 * always refused, and the default limits. config/plugins.ts gives the upload plugin's security lists and the
 * size limit from here, config/middlewares.ts the body parser's; the upload guard sniffs with the same table.
 */

export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'heic';

export const IMAGE_TYPES: Record<ImageKind, { mime: string; also: string[]; extension: string; extensions: string[] }> = {
  jpeg: { mime: 'image/jpeg', also: [], extension: '.jpg', extensions: ['.jpg', '.jpeg'] },
  png: { mime: 'image/png', also: [], extension: '.png', extensions: ['.png'] },
  gif: { mime: 'image/gif', also: [], extension: '.gif', extensions: ['.gif'] },
  webp: { mime: 'image/webp', also: [], extension: '.webp', extensions: ['.webp'] },
  avif: { mime: 'image/avif', also: [], extension: '.avif', extensions: ['.avif'] },
  heic: { mime: 'image/heic', also: ['image/heif'], extension: '.heic', extensions: ['.heic', '.heif'] },
};

/** MIME types the upload plugin's own check (`security.allowedTypes`) lets through */
export const ACCEPTED_MIME_TYPES: string[] = Object.values(IMAGE_TYPES).flatMap(({ mime, also }) => [mime, ...also]);

/** refused whatever else is configured: active content */
export const DENIED_MIME_TYPES = ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'text/javascript', 'application/x-msdownload'];

export const DEFAULT_UPLOAD_LIMITS = {
  /** bytes; larger files get 413 */
  maxFileSize: 25 * 1024 * 1024,
  /** width × height; larger images are refused before they are decoded */
  maxPixels: 50_000_000,
  /** seconds a client may take to send a whole request (body included) before the connection is closed */
  bodyTimeout: 120,
  /** seconds after which a stored file that no upload row names, or a temporary upload file, is removed at start (0: never) */
  orphanAge: 3600,
};

const HEIC_BRANDS = ['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'];

/** Recognises accepted image formats by their signature. */
export const sniffImage = (head: Buffer): ImageKind | null => {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  const ascii = head.toString('latin1', 0, 12);
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'webp';
  if (ascii.slice(4, 8) === 'ftyp') {
    const brand = ascii.slice(8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (HEIC_BRANDS.includes(brand)) return 'heic';
  }
  return null;
};

const isRestart = (marker: number): boolean => marker >= 0xd0 && marker <= 0xd7;

/**
 * Where the image ends (JPEG: after EOI; PNG: after IEND), or null when that cannot be told. Bytes after it are
 * no part of the picture: a polyglot's HTML, script or ZIP tail.
 */
export const imageEnd = (bytes: Buffer, kind: ImageKind): number | null => {
  if (kind === 'png') {
    for (let at = 8; at + 12 <= bytes.length; ) {
      const end = at + 12 + bytes.readUInt32BE(at);
      if (bytes.toString('latin1', at + 4, at + 8) === 'IEND') return end <= bytes.length ? end : null;
      at = end;
    }
    return null;
  }
  if (kind !== 'jpeg') return null;
  let at = 2;
  while (at + 2 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) at += 1; // fill byte
    else if (marker === 0xd9) return at + 2;
    else if (marker === 0x01 || isRestart(marker)) at += 2;
    else {
      if (at + 4 > bytes.length) return null;
      at += 2 + bytes.readUInt16BE(at + 2);
      if (marker === 0xda) {
        // entropy-coded data: a marker is 0xFF followed by anything but a stuffed 0x00 or a restart marker
        while (at + 1 < bytes.length && !(bytes[at] === 0xff && bytes[at + 1] !== 0x00 && !isRestart(bytes[at + 1]))) at += 1;
      }
    }
  }
  return null;
};

/** A write that failed because the disk (or the quota) is full. */
export const isStorageFull = (error: unknown): boolean => {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (code === 'ENOSPC' || code === 'EDQUOT' || (typeof message === 'string' && /\b(ENOSPC|EDQUOT)\b/.test(message))) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
};
