/**
 * The images that come with a text page as a zip, and which photo block of the page each one belongs to.
 */

import { errors } from '@strapi/utils';
import JSZip from 'jszip';
import type { ImportImage, ImportWarning, PageBlock } from './types';

/** The default bound on the archive's total uncompressed size. */
export const DEFAULT_ARCHIVE_MAX_BYTES = 200 * 1024 * 1024;

const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  heic: 'image/heic',
  heif: 'image/heif',
};

const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
export const compareNames = (a: string, b: string): number => naturalOrder.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

const pathParts = (name: string): string[] => name.split(/[\\/]/).filter(Boolean);

const baseName = (name: string): string => pathParts(name).pop() ?? name;

export const imageMime = (name: string): string | null => IMAGE_TYPES[baseName(name).split('.').pop()?.toLowerCase() ?? ''] ?? null;

const isUnsafe = (name: string): boolean =>
  /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name) || pathParts(name).some((part) => part === '..');

const isSkipped = (name: string): boolean => pathParts(name).some((part) => part === '__MACOSX' || part.startsWith('.'));

const tooLarge = (maxBytes: number, found: string): errors.ValidationError =>
  new errors.ValidationError(`The archive holds more than ${maxBytes} bytes of images`, {
    code: 'archiveTooLarge',
    line: null,
    expected: `at most ${maxBytes} bytes uncompressed`,
    found,
  });

/** Reads one entry, stopping as soon as the running total passes the bound (the sizes a zip declares can lie). */
const readBounded = (file: JSZip.JSZipObject, used: number, maxBytes: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = used;
    let stopped = false;
    const stream = file.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (stopped) return;
      total += chunk.length;
      if (total > maxBytes) {
        stopped = true;
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        reject(tooLarge(maxBytes, `${file.name}: more than ${maxBytes - used} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error: Error) => {
      if (stopped) return;
      stopped = true;
      reject(
        new errors.ValidationError(`The archive entry "${file.name}" cannot be read`, {
          code: 'brokenArchive',
          line: null,
          expected: 'a zip archive of images',
          found: error.message,
        }),
      );
    });
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });

const declaredSize = (file: JSZip.JSZipObject): number => {
  const size = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
  return typeof size === 'number' ? size : 0;
};

/**
 * The images of a zip, sorted by name in natural order (`2.jpg` before `10.jpg`); folders, `__MACOSX` and dot
 * files, and names that are not images are skipped. An entry that would land outside the folder it is unpacked
 * into (absolute, or with `..` parts) fails the whole archive.
 */
export const readImageArchive = async (data: Buffer, maxBytes = DEFAULT_ARCHIVE_MAX_BYTES): Promise<ImportImage[]> => {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (error) {
    throw new errors.ValidationError('The file is not a zip archive', {
      code: 'notArchive',
      line: null,
      expected: 'a zip archive of images',
      found: error instanceof Error ? error.message : String(error),
    });
  }

  const files = Object.values(zip.files);
  for (const file of files) {
    const original = file.unsafeOriginalName ?? file.name;
    if (isUnsafe(original)) {
      throw new errors.ValidationError(`The archive entry "${original}" points outside the archive`, {
        code: 'unsafeArchivePath',
        line: null,
        expected: 'relative entry names without ".." parts',
        found: original,
      });
    }
  }

  const images = files
    .filter((file) => !file.dir && !isSkipped(file.name) && imageMime(file.name) !== null)
    .sort((a, b) => compareNames(a.name, b.name));

  const declared = images.reduce((sum, file) => sum + declaredSize(file), 0);
  if (declared > maxBytes) throw tooLarge(maxBytes, `${declared} bytes declared`);

  const read: ImportImage[] = [];
  let used = 0;
  for (const file of images) {
    const content = await readBounded(file, used, maxBytes);
    used += content.length;
    read.push({ name: file.name, mime: imageMime(file.name), data: content });
  }
  return read;
};

export interface ImageMatch {
  /** index in blocks → index in images */
  byBlock: Map<number, number>;
  /** indexes (in blocks) of photo blocks left without an image */
  missing: number[];
  warnings: ImportWarning[];
}

/**
 * Gives each photo block its image: a block whose imageHint names one (`3` → the third image, or a file name,
 * case ignored) gets that image; the other photo blocks take the remaining images in order.
 */
export const matchImages = (blocks: PageBlock[], images: ImportImage[]): ImageMatch => {
  const photos = blocks.flatMap((block, index) => (block.kind === 'photo' ? [index] : []));
  if (images.length > photos.length) {
    throw new errors.ValidationError(`${images.length} images for ${photos.length} photos on the page`, {
      code: 'tooManyImages',
      line: null,
      expected: `at most ${photos.length} images, one per photo`,
      found: `${images.length} images`,
      photos: photos.length,
      images: images.length,
    });
  }

  const byBlock = new Map<number, number>();
  const taken = new Set<number>();
  const warnings: ImportWarning[] = [];

  for (const blockIndex of photos) {
    const block = blocks[blockIndex];
    if (block.kind !== 'photo' || block.imageHint === null) continue;
    const hint = block.imageHint;
    const imageIndex = /^\d+$/.test(hint)
      ? Number(hint) - 1
      : images.findIndex((image) => baseName(image.name).toLowerCase() === hint.toLowerCase() || image.name.toLowerCase() === hint.toLowerCase());
    if (imageIndex < 0 || imageIndex >= images.length) {
      warnings.push({ code: 'imageHintNotFound', line: block.line, message: `No image matches "${hint}"; the photo takes the next image in order` });
    } else if (taken.has(imageIndex)) {
      warnings.push({ code: 'imageHintTaken', line: block.line, message: `The image "${images[imageIndex].name}" is named by an earlier photo too; this photo takes the next image in order` });
    } else {
      byBlock.set(blockIndex, imageIndex);
      taken.add(imageIndex);
    }
  }

  const free = images.map((_image, index) => index).filter((index) => !taken.has(index));
  const missing: number[] = [];
  for (const blockIndex of photos) {
    if (byBlock.has(blockIndex)) continue;
    const imageIndex = free.shift();
    if (imageIndex === undefined) missing.push(blockIndex);
    else byBlock.set(blockIndex, imageIndex);
  }
  return { byBlock, missing, warnings };
};
