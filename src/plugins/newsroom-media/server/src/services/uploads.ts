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
import { IMAGE_TYPES, imageEnd, sniffImage, type ImageKind } from '../upload-rules';
import { STATE_KEY, type InspectedRequestFile } from '../request-state';
import { pluginConfig } from '../utils';

export { sniffImage, type ImageKind };

/** The shape koa-body (formidable) gives uploaded files. */
export interface IncomingFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

// control characters, and the invisible and bidirectional ones that make `\u202Egpj.exe` read as `exe.jpg`
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Keeps a readable name (Unicode included) without path parts, control or bidirectional characters. */
export const cleanFileName = (name: string | null | undefined): string => {
  const base = (name ?? '').normalize('NFC').replace(CONTROL, '').split(/[\\/]/).pop() ?? '';
  return base.replace(/^\.+/, '').replace(/[<>:"|?*]/g, '_').trim().slice(0, 200);
};

/** The clean name with the extension of what the file really is. */
export const sanitizeFileName = (name: string | null | undefined, kind: ImageKind): string => {
  const cleaned = cleanFileName(name);
  const { extension, extensions } = IMAGE_TYPES[kind];
  const stem = cleaned.replace(/\.[^.]*$/, '').slice(0, 120).trim() || 'photo';
  const currentExtension = path.extname(cleaned);
  return `${stem}${extensions.includes(currentExtension.toLowerCase()) ? currentExtension : extension}`;
};

export interface InspectedUpload {
  kind: ImageKind;
  fileName: string;
  metadata: EmbeddedMetadata;
}

export interface StoredUpload {
  id: number;
  url: string;
  [key: string]: unknown;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  sniffImage,
  sanitizeFileName,

  /**
   * Stores a file that did not come through the upload guard (an image inside an imported page): inspected
   * like every upload, stored by the upload plugin, its embedded metadata recorded for the new file row.
   * The caller removes the stored file (`upload.remove`) if its own unit of work fails.
   */
  async store(file: IncomingFile, fileInfo: Record<string, unknown> = {}): Promise<StoredUpload> {
    const { fileName, metadata } = await this.inspect(file);
    const inspected: InspectedRequestFile = { filepath: file.filepath, fileName, size: file.size, metadata };
    const upload = () =>
      strapi.plugin('upload').service('upload').upload({ data: { fileInfo: { ...fileInfo, name: fileName } }, files: file }) as Promise<StoredUpload[]>;
    const context = strapi.requestContext.get() as { state?: Record<string, unknown> } | undefined;
    let stored: StoredUpload[] = [];
    if (context?.state) {
      // the lifecycle matches the request's inspected files in order; this one is the next to be stored
      const list = (context.state[STATE_KEY] ??= []) as InspectedRequestFile[];
      list.push(inspected);
      stored = await upload();
    } else {
      // no request to settle its writes: this call's own context is settled when the store is done
      const own = { state: { [STATE_KEY]: [inspected] } };
      try {
        await strapi.requestContext.run(own as never, async () => {
          stored = await upload();
        });
      } finally {
        await strapi.plugin('newsroom-media').service('storage').settle(own as never);
      }
    }
    return stored[0];
  },

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

    // a polyglot's tail (HTML, script, ZIP after the image) is cut off: what is stored is the picture only
    const end = imageEnd(await fs.readFile(file.filepath), kind);
    if (end !== null && end < file.size) {
      strapi.log.warn(`[newsroom-media] ${label}: ${file.size - end} bytes after the end of the image were removed`);
      await fs.truncate(file.filepath, end);
      file.size = end;
    }

    file.mimetype = IMAGE_TYPES[kind].mime;
    const fileName = sanitizeFileName(file.originalFilename, kind);
    file.originalFilename = fileName;
    return { kind, fileName, metadata: await readEmbeddedMetadata(file.filepath) };
  },
});
