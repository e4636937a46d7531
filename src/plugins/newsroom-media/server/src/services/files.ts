/**
 * Files service: the metadata read from each uploaded image is stored beside the upload (plugin::upload.file
 * has no place for it), fills the file's caption when empty, and is written back into the resized formats,
 * which Strapi's image pipeline re-encodes without metadata.
 */

import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import { file as fileUtils } from '@strapi/utils';
import { hasCredit, readEmbeddedMetadata, type EmbeddedMetadata } from '../metadata/read';
import { embedCredit } from '../metadata/write';
import { STATE_KEY, type InspectedRequestFile } from '../request-state';

const FILE_METADATA = 'plugin::newsroom-media.file-metadata';
/** metadata read from originals whose upload row is not written yet (a failed upload leaves its entry: bounded) */
const PENDING_LIMIT = 200;

export interface UploadedFile {
  id: number;
  hash: string;
  name: string;
  url: string;
  mime: string;
  provider: string;
  caption?: string | null;
  alternativeText?: string | null;
  formats?: Record<string, { url: string; mime?: string }> | null;
}

/** A file as the upload plugin's image pipeline passes it around, before the provider stores it. */
interface PipelineFile {
  hash: string;
  mime: string;
  filepath?: string;
  size?: number;
  sizeInBytes?: number;
}

interface ImagePipeline {
  getDimensions(file: PipelineFile): Promise<{ width: number | null; height: number | null }>;
  generateThumbnail(file: PipelineFile): Promise<PipelineFile | null | undefined>;
  generateResponsiveFormats(file: PipelineFile): Promise<Array<{ key: string; file: PipelineFile } | null | undefined>>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const readFromOriginal = new WeakMap<PipelineFile, EmbeddedMetadata>();
  const pendingByHash = new Map<string, EmbeddedMetadata>();

  /** What the upload guard already read from these bytes, if this request's guard saw them. */
  const inspectedAt = (filepath: string): EmbeddedMetadata | undefined => {
    const state = strapi.requestContext.get()?.state as Record<string, InspectedRequestFile[] | undefined> | undefined;
    return state?.[STATE_KEY]?.find((file) => file.filepath === filepath)?.metadata;
  };

  /** Reads the original's metadata before anything resizes or stores it (the provider may stream it away). */
  const remember = async (file: PipelineFile): Promise<void> => {
    if (!file.filepath || readFromOriginal.has(file)) return;
    const metadata = inspectedAt(file.filepath) ?? (await readEmbeddedMetadata(file.filepath));
    readFromOriginal.set(file, metadata);
    pendingByHash.set(file.hash, metadata);
    if (pendingByHash.size > PENDING_LIMIT) pendingByHash.delete(pendingByHash.keys().next().value!);
  };

  /** Writes caption and credit into a resized JPEG's temporary file, which the provider then stores as it is. */
  const creditFormat = async (original: PipelineFile, format: PipelineFile): Promise<void> => {
    const metadata = readFromOriginal.get(original);
    if (!metadata || !hasCredit(metadata) || !format.filepath || !format.mime?.includes('jpeg')) return;
    const credited = embedCredit(await fs.readFile(format.filepath), {
      caption: metadata.caption,
      byline: metadata.creator,
      bylineTitle: metadata.creatorTitle,
      credit: metadata.credit,
      dateCreated: metadata.dateTaken?.slice(0, 10),
      city: metadata.city,
      copyrightNotice: metadata.copyright,
    });
    await fs.writeFile(format.filepath, credited);
    format.sizeInBytes = credited.length;
    format.size = fileUtils.bytesToKbytes(credited.length);
  };

  return {
    read: readEmbeddedMetadata,

    /**
     * Wraps the upload plugin's image pipeline: the original's metadata is read before it is resized, and each
     * resized JPEG gets the caption and credit before the provider stores it, whatever the provider (local
     * folder or S3 stream): Strapi's resizing re-encodes formats without their metadata.
     */
    creditResizedFormats(): void {
      const pipeline = strapi.plugin('upload').service('image-manipulation') as unknown as ImagePipeline;
      const getDimensions = pipeline.getDimensions.bind(pipeline);
      const generateThumbnail = pipeline.generateThumbnail.bind(pipeline);
      const generateResponsiveFormats = pipeline.generateResponsiveFormats.bind(pipeline);
      pipeline.getDimensions = async (file) => {
        await remember(file);
        return getDimensions(file);
      };
      pipeline.generateThumbnail = async (file) => {
        const thumbnail = await generateThumbnail(file);
        if (thumbnail) await creditFormat(file, thumbnail);
        return thumbnail;
      };
      pipeline.generateResponsiveFormats = async (file) => {
        const formats = await generateResponsiveFormats(file);
        for (const format of formats ?? []) if (format) await creditFormat(file, format.file);
        return formats;
      };
    },

    async metadataOf(fileId: number): Promise<EmbeddedMetadata | null> {
      const row = (await strapi.db.query(FILE_METADATA).findOne({ where: { fileId } })) as { metadata: EmbeddedMetadata } | null;
      return row?.metadata ?? null;
    },

    /**
     * Records what a new upload says about itself. `metadata` comes from the upload guard when the request had
     * the original bytes; otherwise it is what the image pipeline read from the original before storing it.
     */
    async recordUpload(file: UploadedFile, metadata: EmbeddedMetadata | null): Promise<void> {
      const pending = pendingByHash.get(file.hash);
      pendingByHash.delete(file.hash);
      if (!file.mime?.startsWith('image/')) return;
      const found = metadata ?? pending;
      if (!found || Object.keys(found.raw).length === 0) return;

      await strapi.db.query(FILE_METADATA).create({ data: { fileId: file.id, metadata: found } });
      if (!file.caption && found.caption) {
        const described = { caption: found.caption, alternativeText: file.alternativeText || found.caption };
        await strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: described });
        // the upload plugin answers with this very object
        Object.assign(file, described);
      }
    },

    async forget(fileId: number): Promise<void> {
      await strapi.db.query(FILE_METADATA).deleteMany({ where: { fileId } });
    },
  };
};
