/**
 * Seeds the demo newsroom from the seed article. Idempotent: every record is looked up by its natural key
 * (name, title, or the uploaded file's name) and created only when missing, so running it again changes nothing.
 */

import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core, UID } from '@strapi/strapi';
import { CREDIT_ROLE_TITLES } from '../plugins/newsroom-media/server/src/credit/credit-line';
import { seedArticleText } from './article-text';
import {
  activities,
  articleFigures,
  articleMeta,
  campaigns,
  category,
  federation,
  organizations,
  photoCaptionsEn,
  photographers,
  tags,
} from './data';
import { renderDemoPhoto } from './images';
import { parsePrintedArticle, type PrintedPhoto } from './printed-article';

export const SEED_LOCALE = 'zh-Hans';
const EN = 'en';

export interface SeedReport {
  created: number;
  existing: number;
}

type Data = Record<string, unknown>;

const paragraphBlocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

export const createSeeder = (strapi: Core.Strapi) => {
  const report: SeedReport = { created: 0, existing: 0 };

  /** Finds a document by `filters` in `locale` (drafts included) or creates it, published when the type has drafts. */
  const ensure = async (uid: UID.ContentType, filters: Data, data: Data, locale?: string): Promise<string> => {
    const documents = strapi.documents(uid);
    const existing = await documents.findFirst({ filters, locale, status: 'draft', fields: ['documentId'] } as never);
    if (existing) {
      report.existing += 1;
      return existing.documentId;
    }
    const draftAndPublish = strapi.contentType(uid).options?.draftAndPublish === true;
    const created = await documents.create({ data, locale, ...(draftAndPublish ? { status: 'published' } : {}) } as never);
    report.created += 1;
    return created.documentId;
  };

  /** Adds a locale version to a document that has drafts, published, unless that locale exists. */
  const ensureLocaleVersion = async (uid: UID.ContentType, documentId: string, locale: string, data: Data) => {
    const documents = strapi.documents(uid);
    const existing = await documents.findOne({ documentId, locale, status: 'draft', fields: ['documentId'] } as never);
    if (existing) {
      report.existing += 1;
      return;
    }
    await documents.update({ documentId, locale, data, status: 'published' } as never);
    report.created += 1;
  };

  const uploadDemoPhoto = async (index: number, photo: PrintedPhoto, photographerName: string | null) => {
    const fileName = `seed-photo-${index}.jpg`;
    const existing = (await strapi.db.query('plugin::upload.file').findOne({ where: { name: fileName } })) as {
      id: number;
    } | null;
    if (existing) return { fileId: existing.id, fileName };

    const role = photo.credit.creditRole;
    const buffer = await renderDemoPhoto(index, {
      caption: photo.caption ?? undefined,
      byline: photographerName ?? undefined,
      bylineTitle: role ? CREDIT_ROLE_TITLES[role] : undefined,
      credit: role === 'filePhoto' ? '资料图片' : '淮北市总工会',
      city: '淮北',
    });
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'newsroom-seed-'));
    const filepath = path.join(directory, fileName);
    try {
      await fs.writeFile(filepath, buffer);
      const [file] = (await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: fileName, caption: photo.caption ?? '', alternativeText: photo.caption ?? '' } },
          files: { filepath, originalFilename: fileName, mimetype: 'image/jpeg', size: buffer.length },
        })) as Array<{ id: number }>;
      return { fileId: file.id, fileName };
    } finally {
      await fs.rm(directory, { recursive: true, force: true });
    }
  };

  const run = async (): Promise<SeedReport> => {
    const printed = parsePrintedArticle(seedArticleText);

    const organizationIds = new Map<string, string>();
    for (const { key, parent, ...organization } of organizations) {
      const parentId = parent ? organizationIds.get(parent) : undefined;
      organizationIds.set(
        key,
        await ensure('api::organization.organization', { name: organization.name }, { ...organization, parent: parentId })
      );
    }
    const organizationId = (key: string): string => {
      const id = organizationIds.get(key);
      if (!id) throw new Error(`Seed data names an unknown organization "${key}"`);
      return id;
    };

    const photographerIds = new Map<string, string>();
    for (const photographer of photographers) {
      photographerIds.set(
        photographer.name,
        await ensure(
          'api::photographer.photographer',
          { name: photographer.name },
          { ...photographer, organization: organizationId(photographer.organization ?? federation) }
        )
      );
    }

    const categoryId = await ensure('api::category.category', { name: category.name }, category);
    const tagIds = new Map<string, string>();
    for (const tag of tags) tagIds.set(tag.name, await ensure('api::tag.tag', { name: tag.name }, tag));

    // photos, numbered 1..n in page order
    const photoIds = new Map<number, string>();
    const printedPhotos = printed.blocks.filter((block): block is PrintedPhoto => block.kind === 'photo');
    for (const [offset, photo] of printedPhotos.entries()) {
      const index = offset + 1;
      const photographerName = photo.credit.name;
      const photographerId = photographerName ? photographerIds.get(photographerName) : undefined;
      if (photographerName && !photographerId) throw new Error(`Seed photo ${index} credits unknown "${photographerName}"`);
      const { fileId } = await uploadDemoPhoto(index, photo, photographerName);

      const existing = (await strapi.db.query('api::photo.photo').findOne({
        where: { image: { id: fileId } },
        select: ['documentId'],
      })) as { documentId: string } | null;
      let documentId = existing?.documentId;
      if (documentId) {
        report.existing += 1;
      } else {
        const created = await strapi.documents('api::photo.photo').create({
          locale: SEED_LOCALE,
          status: 'published',
          data: {
            image: fileId,
            caption: photo.caption,
            altText: photo.caption,
            creditRole: photo.credit.creditRole,
            photographer: photographerId,
            metadata: { source: 'seed', page: 'seed article', position: index },
          },
        } as never);
        documentId = created.documentId;
        report.created += 1;
      }
      photoIds.set(index, documentId);
      const captionEn = photoCaptionsEn[index] ?? null;
      // the photographer is a relation, and relations are kept per locale
      await ensureLocaleVersion('api::photo.photo', documentId, EN, {
        caption: captionEn,
        altText: captionEn,
        photographer: photographerId,
      });
    }
    const photoId = (index: number): string => {
      const id = photoIds.get(index);
      if (!id) throw new Error(`Seed data names photo ${index}, the page has ${photoIds.size}`);
      return id;
    };

    const campaignIds = new Map<string, string>();
    for (const { key, leadOrganization, coverPhoto, ...campaign } of campaigns) {
      campaignIds.set(
        key,
        await ensure(
          'api::campaign.campaign',
          { name: campaign.name },
          {
            ...campaign,
            leadOrganization: organizationId(leadOrganization),
            cover: coverPhoto ? photoId(coverPhoto) : undefined,
          },
          SEED_LOCALE
        )
      );
    }
    const campaignId = (key: string): string => {
      const id = campaignIds.get(key);
      if (!id) throw new Error(`Seed data names an unknown campaign "${key}"`);
      return id;
    };

    const activityIds: string[] = [];
    for (const { campaign, organizers, partners, photos, ...activity } of activities) {
      activityIds.push(
        await ensure(
          'api::activity.activity',
          { title: activity.title },
          {
            ...activity,
            campaign: campaign ? campaignId(campaign) : undefined,
            organizers: organizers.map(organizationId),
            partners: (partners ?? []).map(organizationId),
            photos: (photos ?? []).map(photoId),
          },
          SEED_LOCALE
        )
      );
    }

    let photoNumber = 0;
    const body = printed.blocks.map((block) => {
      if (block.kind === 'photo') {
        photoNumber += 1;
        return { __component: 'article.photo', photo: photoId(photoNumber) };
      }
      return { __component: 'article.section', heading: block.heading, content: paragraphBlocks(block.paragraphs) };
    });
    body.push({ __component: 'article.figures', ...articleFigures } as never);

    const lead = printed.blocks.find((block) => block.kind === 'section' && block.paragraphs.length > 0);
    const allPhotoIds = [...photoIds.values()];
    const articleId = await ensure(
      'api::article.article',
      { title: printed.title },
      {
        title: printed.title,
        subtitle: printed.subtitle,
        summary: lead?.kind === 'section' ? lead.paragraphs[0] : null,
        body,
        cover: photoId(1),
        gallery: allPhotoIds,
        bylines: photographers.map((photographer) => ({ role: 'photo', person: photographerIds.get(photographer.name) })),
        category: categoryId,
        tags: articleMeta.tags.map((name) => tagIds.get(name)),
        organizations: articleMeta.organizations.map(organizationId),
        campaigns: articleMeta.campaigns.map(campaignId),
        activities: activityIds,
        publishDate: articleMeta.publishDate,
        seo: { metaTitle: printed.title.slice(0, 70), metaDescription: lead?.kind === 'section' ? lead.paragraphs[0].slice(0, 200) : null },
      },
      SEED_LOCALE
    );
    // relations belong to each locale in Strapi 5: the English version links the English photos; campaigns and
    // activities have no English version yet, so it does not link them
    await ensureLocaleVersion('api::article.article', articleId, EN, {
      ...articleMeta.en,
      cover: photoId(1),
      gallery: allPhotoIds,
      category: categoryId,
      tags: articleMeta.tags.map((name) => tagIds.get(name)),
      organizations: articleMeta.organizations.map(organizationId),
      publishDate: articleMeta.publishDate,
      body: allPhotoIds.map((photo) => ({ __component: 'article.photo', photo })),
      seo: { metaTitle: articleMeta.en.title.slice(0, 70), metaDescription: articleMeta.en.summary.slice(0, 200) },
    });

    return report;
  };

  return { run };
};

const SEED_FLAG = { type: 'core', name: 'newsroom' } as const;

/** Seeds (idempotently) and records that this database has demo content. */
export const seedDemoContent = async (strapi: Core.Strapi): Promise<SeedReport> => {
  const report = await createSeeder(strapi).run();
  await strapi.store(SEED_FLAG).set({ key: 'demoContentSeeded', value: true });
  strapi.log.info(`[newsroom] demo content: ${report.created} created, ${report.existing} already there`);
  return report;
};

export const hasDemoContent = async (strapi: Core.Strapi): Promise<boolean> =>
  (await strapi.store(SEED_FLAG).get({ key: 'demoContentSeeded' })) === true;
