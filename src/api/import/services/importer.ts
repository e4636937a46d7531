/**
 * The one import service: a printed page (text or .docx, with its images) becomes a draft article, one draft
 * photo per photo block and the page's figures. The admin page, POST /api/imports, `npm run import` and the seed
 * all call `importPage`. A dry run reads and matches everything and writes nothing; a confirmed import writes in
 * one transaction and removes the files it stored if anything fails. Importing the same page again (same text,
 * or the same `sourceId`) updates the drafts the first import made. Nothing is ever published here.
 */

import { createHash } from 'crypto';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readImageArchive, matchImages } from '../../../import/archive';
import { decodeText } from '../../../import/decode';
import { readDocx } from '../../../import/docx';
import { parsePage } from '../../../import/parse';
import type { ImportResult, ImportResultBlock, PhotographerMatch } from '../../../import/result';
import type { Figure, ImportImage, PageBlock, ParsedPage, PhotoBlock } from '../../../import/types';
import { formatCreditLine, type StoredUpload } from '#newsroom-media';
import { parseInput } from '../../../utils/query';
import { importLimits, inSentOrder } from '../../../utils/upload-limits';
import { importFields } from '../schemas';

const ARTICLE: UID.ContentType = 'api::article.article';
const PHOTO: UID.ContentType = 'api::photo.photo';
const PHOTOGRAPHER: UID.ContentType = 'api::photographer.photographer';
const FIGURES_HEADING = '文中数据';

export interface ImportInput {
  fileName: string;
  data: Buffer;
  /** images sent with a text page (files or the entries of a zip); a .docx brings its own */
  images?: ImportImage[];
  /** a zip of images sent with a text page */
  imageArchive?: Buffer;
  dryRun: boolean;
  locale?: string;
  /** names the page for later imports of it; by default the hash of its text does */
  sourceId?: string;
  source?: string;
  printEdition?: { date?: string; page?: string; pageName?: string };
  /** who imports, for the log: an admin user, an API token, the CLI */
  user?: { kind: string; id?: number | string };
}

interface PhotoPlan {
  block: PhotoBlock;
  position: number;
  image: ImportImage | null;
  photographer: PhotographerMatch | null;
  creditLine: string | null;
}

/** A multipart file as koa-body (formidable) gives it. */
export interface UploadedPart {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const isZip = (data: Buffer): boolean => data.length > 4 && data.readUInt32LE(0) === 0x04034b50;

const isDocx = (fileName: string, data: Buffer): boolean => /\.docx$/i.test(fileName) || isZip(data);

const paragraphBlocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

const figureItem = (figure: Figure) => ({
  label: figure.label,
  value: figure.value,
  unit: figure.unit,
  atLeast: figure.atLeast,
  printed: figure.text,
  sentence: figure.sentence,
});

/** The person a photo block credits by name (not a provider, not a file photo). */
const creditedPerson = (block: PhotoBlock): string | null =>
  block.credit && block.credit.creditRole !== 'provided' && block.credit.creditRole !== 'filePhoto' ? block.credit.name : null;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const media = () => strapi.plugin('newsroom-media');

  const readPage = async (input: ImportInput): Promise<{ text: string; encoding: string; images: ImportImage[] }> => {
    const { maxPageSize, maxArchiveSize } = importLimits();
    if (input.data.length === 0) throw new errors.ValidationError('The page file is empty', { code: 'emptyFile', line: null, expected: 'a text or .docx page' });
    if (input.data.length > maxPageSize) {
      throw new errors.ValidationError(`The page file is ${input.data.length} bytes; at most ${maxPageSize} bytes are accepted`, {
        code: 'fileTooLarge',
        line: null,
        expected: `at most ${maxPageSize} bytes`,
        maxPageSize,
      });
    }
    let images = [...(input.images ?? [])];
    if (input.imageArchive) images = [...images, ...(await readImageArchive(input.imageArchive, maxArchiveSize))];
    if (isDocx(input.fileName, input.data)) {
      const docx = await readDocx(input.data);
      return { text: docx.text, encoding: 'docx', images: docx.images.length > 0 ? docx.images : images };
    }
    const decoded = decodeText(input.data);
    return { text: decoded.text, encoding: decoded.encoding, images };
  };

  const checkLocale = async (locale: string | undefined): Promise<string> => {
    const i18n = strapi.plugin('i18n').service('locales');
    if (locale === undefined) return (await i18n.getDefaultLocale()) as string;
    if (!(await i18n.findByCode(locale))) throw new errors.ValidationError(`locale "${locale}" does not exist`, { code: 'unknownLocale', line: null, expected: 'a locale of this site' });
    return locale;
  };

  const importKeyOf = (input: ImportInput, text: string): string =>
    input.sourceId ? `sourceId:${input.sourceId}` : `sha256:${createHash('sha256').update(text.replace(/\r\n?/g, '\n').trim()).digest('hex')}`;

  /** The draft of an earlier import of this page: the article and its photos in page order. */
  const earlierImport = async (importKey: string, locale: string) => {
    const row = (await strapi.db.query(ARTICLE).findOne({ where: { importKey }, select: ['documentId'] })) as { documentId: string } | null;
    if (!row) return null;
    const draft = (await strapi.documents(ARTICLE).findOne({
      documentId: row.documentId,
      locale,
      status: 'draft',
      populate: { body: { on: { 'article.photo': { populate: { photo: { fields: ['documentId', 'metadata'] } } } } } },
    } as never)) as { body?: Array<{ __component: string; photo?: { documentId: string; metadata?: { import?: { imageHash?: string } } | null } | null }> } | null;
    const photos = (draft?.body ?? []).flatMap((block) =>
      block.__component === 'article.photo' && block.photo ? [{ documentId: block.photo.documentId, imageHash: block.photo.metadata?.import?.imageHash ?? null }] : []
    );
    return { documentId: row.documentId, localeExists: draft !== null, photoIds: photos.map((photo) => photo.documentId), imageHashes: photos.map((photo) => photo.imageHash) };
  };

  const matchPhotographers = async (blocks: PageBlock[]): Promise<Map<string, PhotographerMatch>> => {
    const credits = media().service('credits');
    const matches = new Map<string, PhotographerMatch>();
    for (const block of blocks) {
      const name = block.kind === 'photo' ? creditedPerson(block) : null;
      if (!name || matches.has(name)) continue;
      const documentId = (await credits.findPhotographer(name)) as string | null;
      const record = documentId
        ? ((await strapi.documents(PHOTOGRAPHER).findOne({ documentId, fields: ['name', 'nameEn'] } as never)) as { name: string; nameEn: string | null } | null)
        : null;
      matches.set(name, { name, match: documentId ? 'existing' : 'new', documentId, ...(record ? { recordName: record.name, recordNameEn: record.nameEn } : {}) });
    }
    return matches;
  };

  const plan = (page: ParsedPage, images: ImportImage[], photographers: Map<string, PhotographerMatch>, locale: string): PhotoPlan[] => {
    const { byBlock } = matchImages(page.blocks, images);
    const plans: PhotoPlan[] = [];
    page.blocks.forEach((block, index) => {
      if (block.kind !== 'photo') return;
      const person = creditedPerson(block);
      const photographer = person ? (photographers.get(person) ?? null) : null;
      const imageIndex = byBlock.get(index);
      plans.push({
        block,
        position: plans.length + 1,
        image: imageIndex === undefined ? null : images[imageIndex],
        photographer,
        creditLine: formatCreditLine(
          {
            creditRole: block.credit?.creditRole ?? null,
            creditName: block.credit?.creditRole === 'provided' ? block.credit.name : null,
            // as it will print: with the matched record's own names
            photographer: person ? { name: photographer?.recordName ?? person, nameEn: photographer?.recordNameEn ?? null } : null,
          },
          locale
        ),
      });
    });
    return plans;
  };

  const resultOf = (
    page: ParsedPage,
    plans: PhotoPlan[],
    photographers: Map<string, PhotographerMatch>,
    context: { dryRun: boolean; encoding: string; importKey: string; locale: string; documentId: string | null; created: boolean; photoIds: Array<string | null> }
  ): ImportResult => {
    const warnings = [...page.warnings];
    let photoIndex = 0;
    const blocks: ImportResultBlock[] = page.blocks.map((block) => {
      if (block.kind === 'section') return { kind: 'section', line: block.line, heading: block.heading, paragraphs: block.paragraphs };
      const photo = plans[photoIndex++];
      if (!photo.image) {
        warnings.push({ code: 'imageMissing', line: block.line, message: `photo ${photo.position} has no image: it stays a draft photo marked "image missing"` });
      }
      return {
        kind: 'photo',
        line: block.line,
        caption: block.caption,
        creditLine: photo.creditLine,
        photographer: photo.photographer ? { ...photo.photographer } : null,
        image: { name: photo.image?.name ?? null, missing: !photo.image },
      };
    });
    return {
      dryRun: context.dryRun,
      encoding: context.encoding,
      importKey: context.importKey,
      article: {
        documentId: context.documentId,
        title: page.title,
        kicker: page.kicker,
        subtitle: page.subtitle,
        summary: page.lead,
        locale: context.locale,
        created: context.created,
      },
      blocks,
      photographers: [...photographers.values()],
      figures: page.figures,
      warnings,
      photos: plans.map((photo, index) => ({
        documentId: context.photoIds[index] ?? null,
        position: photo.position,
        imageMissing: !photo.image,
        creditLine: photo.creditLine,
      })),
    };
  };

  /** Writes an image to a temporary file and stores it through the newsroom plugin's upload checks. */
  const storeImage = async (image: ImportImage, directory: string, position: number, caption: string | null): Promise<StoredUpload> => {
    const filepath = path.join(directory, `${position}-${path.basename(image.name) || 'image'}`);
    await fs.writeFile(filepath, image.data);
    return media()
      .service('uploads')
      .store(
        { filepath, originalFilename: image.name, mimetype: image.mime, size: image.data.length },
        { caption: caption ?? '', alternativeText: caption ?? '' }
      ) as Promise<StoredUpload>;
  };

  return {
    /**
     * A multipart import request (POST /api/imports, the admin page): the form fields checked with zod, the page
     * from `file`, images (or zips of images) from `images`.
     */
    async importUpload(
      body: unknown,
      files: Record<string, UploadedPart | UploadedPart[] | undefined> | undefined,
      user?: { kind: string; id?: number | string }
    ): Promise<ImportResult> {
      const fields = parseInput(importFields, body ?? {});
      const list = (name: string): UploadedPart[] => {
        const value = files?.[name];
        return value === undefined ? [] : Array.isArray(value) ? value : [value];
      };
      const pages = list('file');
      if (pages.length !== 1) {
        throw new errors.ValidationError('Send the page as one file in the "file" field (text or .docx)', { code: 'noFile', line: null, expected: 'one file in "file"' });
      }
      const unknown = Object.keys(files ?? {}).filter((name) => name !== 'file' && name !== 'images');
      if (unknown.length > 0) {
        throw new errors.ValidationError(`Unexpected file field ${unknown.join(', ')}: send the page in "file" and images in "images"`, { code: 'unknownField', line: null, expected: '"file" and "images"' });
      }
      const { maxImages } = importLimits();
      // matched to photo blocks by order: the order they were sent in
      const parts = inSentOrder(list('images'));
      if (parts.length > maxImages) {
        throw new errors.ValidationError(`${parts.length} image files were sent; at most ${maxImages} are accepted`, { code: 'tooManyImages', line: null, expected: `at most ${maxImages} images` });
      }
      const images: ImportImage[] = [];
      const archives: Buffer[] = [];
      for (const part of parts) {
        const data = await fs.readFile(part.filepath);
        if (isZip(data)) archives.push(data);
        else images.push({ name: part.originalFilename || `image-${images.length + 1}`, mime: part.mimetype ?? null, data });
      }
      if (archives.length > 1) throw new errors.ValidationError('Send at most one zip of images', { code: 'tooManyArchives', line: null, expected: 'one zip' });
      const printEdition =
        fields.printDate || fields.printPage || fields.printPageName
          ? { date: fields.printDate, page: fields.printPage, pageName: fields.printPageName }
          : undefined;
      return this.importPage({
        fileName: pages[0].originalFilename || 'page.txt',
        data: await fs.readFile(pages[0].filepath),
        images,
        imageArchive: archives[0],
        // a form that does not say dryRun=false only previews
        dryRun: fields.dryRun !== 'false',
        locale: fields.locale,
        sourceId: fields.sourceId,
        source: fields.source,
        printEdition,
        user,
      });
    },

    async importPage(input: ImportInput): Promise<ImportResult> {
      const { text, encoding, images } = await readPage(input);
      const page = parsePage(text);
      const locale = await checkLocale(input.locale);
      const importKey = importKeyOf(input, text);
      const earlier = await earlierImport(importKey, locale);
      const photographers = await matchPhotographers(page.blocks);
      const plans = plan(page, images, photographers, locale);
      const context = { encoding, importKey, locale, documentId: earlier?.documentId ?? null, created: !earlier };

      if (input.dryRun) return resultOf(page, plans, photographers, { ...context, dryRun: true, photoIds: earlier?.photoIds ?? [] });

      const upload = strapi.plugin('upload').service('upload');
      const credits = media().service('credits');
      const stored: StoredUpload[] = [];
      const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-import-'));
      try {
        const written = await strapi.db.transaction(async () => {
          for (const match of photographers.values()) {
            if (match.documentId) continue;
            const created = await strapi.documents(PHOTOGRAPHER).create({ data: { name: match.name } } as never);
            match.documentId = created.documentId;
          }

          const photoIds: string[] = [];
          for (const photo of plans) {
            const { block } = photo;
            const earlierId = earlier?.photoIds[photo.position - 1];
            const imageHash = photo.image ? createHash('sha256').update(photo.image.data).digest('hex') : null;
            // the image an earlier import of this page already stored for this photo is not stored again
            const unchanged = Boolean(earlierId && imageHash && earlier?.imageHashes[photo.position - 1] === imageHash);
            const file = photo.image && !unchanged ? await storeImage(photo.image, directory, photo.position, block.caption) : null;
            if (file) stored.push(file);
            // what the page says wins; what the file says about itself fills the rest
            const data: Record<string, unknown> = file ? { image: file.id } : {};
            if (block.caption) Object.assign(data, { caption: block.caption, altText: block.caption });
            if (block.credit) {
              Object.assign(data, {
                creditRole: block.credit.creditRole,
                creditName: block.credit.creditRole === 'provided' ? block.credit.name : null,
                photographer: photo.photographer?.documentId ?? null,
              });
            }
            if (file) await credits.fillFromFile(data, null, block.credit ? ['creditRole', 'creditName', 'photographer'] : []);
            const previousMetadata = (data.metadata ?? {}) as Record<string, unknown>;
            data.metadata = { ...previousMetadata, import: { position: photo.position, line: block.line, imageMissing: !photo.image, imageHash } };
            if (unchanged) delete data.metadata;

            if (earlierId) {
              // an earlier import's photo keeps its image when this page brings none
              if (!file) delete data.image;
              await strapi.documents(PHOTO).update({ documentId: earlierId, locale, data, status: 'draft' } as never);
              photoIds.push(earlierId);
            } else {
              photoIds.push((await strapi.documents(PHOTO).create({ data, locale, status: 'draft' } as never)).documentId);
            }
          }

          let photoNumber = 0;
          const body: Array<Record<string, unknown>> = page.blocks.map((block) =>
            block.kind === 'photo'
              ? { __component: 'article.photo', photo: photoIds[photoNumber++] }
              : { __component: 'article.section', heading: block.heading, content: paragraphBlocks(block.paragraphs) }
          );
          if (page.figures.length > 0) body.push({ __component: 'article.figures', heading: FIGURES_HEADING, items: page.figures.map(figureItem) });

          const printDate = input.printEdition?.date;
          const data: Record<string, unknown> = {
            title: page.title,
            kicker: page.kicker,
            subtitle: page.subtitle,
            summary: page.lead,
            body,
            importKey,
            ...(photoIds.length > 0 ? { cover: photoIds[0], gallery: photoIds } : {}),
            ...(input.source !== undefined ? { source: input.source } : {}),
            ...(input.printEdition ? { printEdition: input.printEdition } : {}),
            // the paper's date is the story's date, at midnight in China
            ...(printDate ? { publishDate: new Date(`${printDate}T00:00:00+08:00`).toISOString() } : {}),
          };
          const documentId = earlier
            ? ((await strapi.documents(ARTICLE).update({ documentId: earlier.documentId, locale, data, status: 'draft' } as never)) as { documentId: string })
                .documentId
            : (await strapi.documents(ARTICLE).create({ data, locale, status: 'draft' } as never)).documentId;
          return { documentId, photoIds };
        });
        strapi.log.info(`[import] ${input.fileName}${input.user ? ` (${input.user.kind}${input.user.id === undefined ? '' : ` ${input.user.id}`})` : ''}: article ${written.documentId} ${earlier ? 'updated' : 'created'}, ${plans.length} photos, ${stored.length} images stored`);
        return resultOf(page, plans, photographers, { ...context, dryRun: false, documentId: written.documentId, photoIds: written.photoIds });
      } catch (error) {
        // the rows are rolled back; the stored files are not in the database and go too
        for (const file of stored) {
          await upload.remove(file).catch((removal: unknown) => strapi.log.error(`[import] could not remove ${file.url}: ${String(removal)}`));
        }
        throw error;
      } finally {
        await fs.rm(directory, { recursive: true, force: true });
      }
    },
  };
};
