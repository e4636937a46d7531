/**
 * Uploads service: decides from the bytes, not the name or the declared type, whether a file is an image we
 * accept, refuses decompression bombs before decoding them and truncated or corrupt images, gives the file a
 * safe name, and reads its embedded metadata from the original bytes.
 */

import fs from 'fs/promises';
import path from 'path';
import sharp from 'sharp';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readEmbeddedMetadata, type EmbeddedMetadata } from '../metadata/read';
import { pluginConfig } from '../utils';

/** The shape koa-body (formidable) gives uploaded files. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

export type ImageKind = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif' | 'heic';

const MIME: Record<ImageKind, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  heic: 'image/heic',
};

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
    if (['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  }
  return null;
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Keeps a readable name (Unicode included) without path parts or control characters. */
export const sanitizeFileName = (name: string | null | undefined, kind: ImageKind): string => {
  const base = (name ?? '').normalize('NFC').replace(CONTROL, '').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/^\.+/, '').replace(/[<>:"|?*]/g, '_').trim();
  const extension = kind === 'jpeg' ? '.jpg' : `.${kind}`;
  const stem = cleaned.replace(/\.[^.]*$/, '').slice(0, 120).trim() || 'photo';
  const currentExtension = path.extname(cleaned);
  const lower = currentExtension.toLowerCase();
  const keepExtension = lower === extension || (kind === 'jpeg' && lower === '.jpeg');
  return `${stem}${keepExtension ? currentExtension : extension}`;
};

export interface InspectedUpload {
  kind: ImageKind;
  fileName: string;
  metadata: EmbeddedMetadata;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  sniffImage,
  sanitizeFileName,

  /** Throws a 400 ValidationError (or 413) naming the file and what is wrong with it. */
  async inspect(file: IncomingFile): Promise<InspectedUpload> {
    const { maxFileSize, maxPixels } = pluginConfig(strapi).uploads;
    const label = file.originalFilename || 'the file';
    if (file.size > maxFileSize) {
      throw new errors.PayloadTooLargeError(`${label} is larger than ${maxFileSize} bytes`, { maxFileSize });
    }

    const handle = await fs.open(file.filepath, 'r');
    const head = Buffer.alloc(32);
    try {
      await handle.read(head, 0, head.length, 0);
    } finally {
      await handle.close();
    }
    const kind = sniffImage(head);
    if (!kind) {
      throw new errors.ValidationError(`${label} is not an image we accept (JPEG, PNG, WebP, GIF, AVIF or HEIC)`, {
        file: label,
        reason: 'notAnImage',
      });
    }

    let width: number | undefined;
    let height: number | undefined;
    try {
      ({ width, height } = await sharp(file.filepath, { limitInputPixels: false }).metadata());
    } catch {
      throw new errors.ValidationError(`${label} is a damaged image: its header cannot be read`, { file: label, reason: 'corrupt' });
    }
    if (!width || !height) throw new errors.ValidationError(`${label} has no dimensions`, { file: label, reason: 'corrupt' });
    if (width * height > maxPixels) {
      throw new errors.ValidationError(`${label} is ${width}×${height} pixels; at most ${maxPixels} pixels are accepted`, {
        file: label,
        reason: 'tooManyPixels',
        maxPixels,
      });
    }
    try {
      // decoding a thumbnail reads every compressed byte (JPEG shrinks while decoding), so truncation shows
      await sharp(file.filepath, { failOn: 'truncated', limitInputPixels: maxPixels }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
    } catch {
      throw new errors.ValidationError(`${label} is a truncated or damaged image`, { file: label, reason: 'corrupt' });
    }

    file.mimetype = MIME[kind];
    const fileName = sanitizeFileName(file.originalFilename, kind);
    file.originalFilename = fileName;
    return { kind, fileName, metadata: await readEmbeddedMetadata(file.filepath) };
  },
});
