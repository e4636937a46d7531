/**
 * Files service: the metadata read from each uploaded image is stored beside the upload (plugin::upload.file
 * has no place for it), fills the file's caption when empty, and is written back into the resized formats,
 * which Strapi's image pipeline re-encodes without metadata.
 */

import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { hasCredit, readEmbeddedMetadata, type EmbeddedMetadata } from '../metadata/read';
import { embedCredit } from '../metadata/write';
import { writeAtomically } from '../storage/in-flight';

const FILE_METADATA = 'plugin::newsroom-media.file-metadata';

export interface UploadedFile {
  id: number;
  name: string;
  url: string;
  mime: string;
  provider: string;
  caption?: string | null;
  alternativeText?: string | null;
  formats?: Record<string, { url: string; mime?: string }> | null;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const localPath = (url: string): string | null =>
    url.startsWith('/') ? path.join(strapi.dirs.static.public, url.replace(/^\/+/, '')) : null;

  return {
    read: readEmbeddedMetadata,

    async metadataOf(fileId: number): Promise<EmbeddedMetadata | null> {
      const row = (await strapi.db.query(FILE_METADATA).findOne({ where: { fileId } })) as { metadata: EmbeddedMetadata } | null;
      return row?.metadata ?? null;
    },

    /**
     * Records what a new upload says about itself. `metadata` comes from the original bytes when the request
     * still has them (upload guard); otherwise it is read from the stored original (local provider).
     */
    async recordUpload(file: UploadedFile, metadata: EmbeddedMetadata | null): Promise<void> {
      if (!file.mime?.startsWith('image/')) return;
      let found = metadata;
      if (!found && file.provider === 'local') {
        const original = localPath(file.url);
        if (original) found = await readEmbeddedMetadata(original);
      }
      if (!found || Object.keys(found.raw).length === 0) return;

      await strapi.db.query(FILE_METADATA).create({ data: { fileId: file.id, metadata: found } });
      if (!file.caption && found.caption) {
        const described = { caption: found.caption, alternativeText: file.alternativeText || found.caption };
        await strapi.db.query('plugin::upload.file').update({ where: { id: file.id }, data: described });
        // the upload plugin answers with this very object
        Object.assign(file, described);
      }
      if (hasCredit(found) && file.provider === 'local') await this.creditFormats(file, found);
    },

    /** Writes caption and credit into each resized JPEG (local provider; other providers keep the original's). */
    async creditFormats(file: UploadedFile, metadata: EmbeddedMetadata): Promise<void> {
      for (const format of Object.values(file.formats ?? {})) {
        const target = localPath(format.url);
        if (!target || !(format.mime ?? file.mime).includes('jpeg')) continue;
        const bytes = await fs.readFile(target);
        // the row already names this file: a process killed half-way must leave it whole
        await writeAtomically(
          strapi.dirs.static.public,
          target,
          embedCredit(bytes, {
            caption: metadata.caption,
            byline: metadata.creator,
            bylineTitle: metadata.creatorTitle,
            credit: metadata.credit,
            dateCreated: metadata.dateTaken?.slice(0, 10),
            city: metadata.city,
            copyrightNotice: metadata.copyright,
          })
        );
      }
    },

    async forget(fileId: number): Promise<void> {
      await strapi.db.query(FILE_METADATA).deleteMany({ where: { fileId } });
    },
  };
};
