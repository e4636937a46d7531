/**
 * Seeds the demo newsroom from the seed article. Idempotent: every record is looked up by its natural key
 * (name, title, or the uploaded file's name) and created only when missing, so running it again changes nothing.
 */

import type { Core, UID } from '@strapi/strapi';
import { seedArticleText } from './article-text';
import {
  activities,
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
import type { ImportResult, ImportResultBlock } from '../import/result';
import type { ImportImage } from '../import/types';
import { CREDIT_ROLE_TITLES, parseCreditText, type CreditRole } from '#newsroom-media';

export const SEED_LOCALE = 'zh-Hans';
/** what the importer knows the seed page by: importing it again updates the seeded drafts */
export const SEED_SOURCE_ID = 'seed-article';
const EN = 'en';

export interface SeedReport {
  created: number;
  existing: number;
}

type Data = Record<string, unknown>;

/** The role and name a photo block's printed credit line gives (for the demo image's IPTC byline). */
const printedPhoto = (block: ImportResultBlock): { role: CreditRole | null; name: string | null } => {
  const credit = block.creditLine ? parseCreditText(block.creditLine) : null;
  return { role: credit?.creditRole ?? null, name: credit?.name ?? null };
};

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

  /** The demo photos stand in for the paper's: rendered JPEGs carrying each block's caption and credit as IPTC. */
  const demoImages = async (blocks: ImportResultBlock[]): Promise<ImportImage[]> => {
    const images: ImportImage[] = [];
    for (const block of blocks) {
      if (block.kind !== 'photo') continue;
      const index = images.length + 1;
      const photo = printedPhoto(block);
      const data = await renderDemoPhoto(index, {
        caption: block.caption ?? undefined,
        byline: photo.name ?? undefined,
        bylineTitle: photo.role ? CREDIT_ROLE_TITLES[photo.role] : undefined,
        credit: photo.role === 'filePhoto' ? '资料图片' : '淮北市总工会',
        city: '淮北',
      });
      images.push({ name: `seed-photo-${index}.jpg`, mime: 'image/jpeg', data });
    }
    return images;
  };

  const run = async (): Promise<SeedReport> => {

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

    // the page itself comes in through the importer, as any page of the paper does: a draft article and draft
    // photos credited to the photographers above; the seed then files and publishes them
    const importer = strapi.service('api::import.importer');
    const page = { fileName: 'seed-article.txt', data: Buffer.from(seedArticleText, 'utf8'), sourceId: SEED_SOURCE_ID, locale: SEED_LOCALE };
    let imported = (await importer.importPage({ ...page, dryRun: true })) as ImportResult;
    const firstRun = imported.article.documentId === null;
    if (firstRun) {
      imported = (await importer.importPage({ ...page, dryRun: false, images: await demoImages(imported.blocks) })) as ImportResult;
      report.created += 1 + imported.photos.length;
    } else {
      report.existing += 1 + imported.photos.length;
    }
    const printed = imported.article;

    const photoIds = new Map<number, string>();
    for (const photo of imported.photos) {
      if (!photo.documentId) throw new Error(`Seed photo ${photo.position} was not imported`);
      photoIds.set(photo.position, photo.documentId);
      if (firstRun) await strapi.documents('api::photo.photo').publish({ documentId: photo.documentId, locale: SEED_LOCALE } as never);
      const captionEn = photoCaptionsEn[photo.position] ?? null;
      const photographerId = imported.blocks.filter((block) => block.kind === 'photo')[photo.position - 1]?.photographer?.documentId;
      // the photographer is a relation, and relations are kept per locale
      await ensureLocaleVersion('api::photo.photo', photo.documentId, EN, {
        caption: captionEn,
        altText: captionEn,
        photographer: photographerId ?? undefined,
      });
    }
    const photoId = (index: number): string => {
      const id = photoIds.get(index);
      if (!id) throw new Error(`Seed data names photo ${index}, the page has ${photoIds.size}`);
      return id;
    };

    // an English version gets its localized fields and its relations, which are kept per locale (they link the
    // English photos and campaigns); Strapi copies the shared fields (kind, dates, figures) from the Chinese one
    const campaignIds = new Map<string, string>();
    for (const { key, leadOrganization, coverPhoto, en, ...campaign } of campaigns) {
      const relations = {
        leadOrganization: organizationId(leadOrganization),
        cover: coverPhoto ? photoId(coverPhoto) : undefined,
      };
      const documentId = await ensure('api::campaign.campaign', { name: campaign.name }, { ...campaign, ...relations }, SEED_LOCALE);
      await ensureLocaleVersion('api::campaign.campaign', documentId, EN, { ...en, ...relations });
      campaignIds.set(key, documentId);
    }
    const campaignId = (key: string): string => {
      const id = campaignIds.get(key);
      if (!id) throw new Error(`Seed data names an unknown campaign "${key}"`);
      return id;
    };

    const activityIds: string[] = [];
    for (const { campaign, organizers, partners, photos, en, ...activity } of activities) {
      const relations = {
        campaign: campaign ? campaignId(campaign) : undefined,
        organizers: organizers.map(organizationId),
        partners: (partners ?? []).map(organizationId),
        photos: (photos ?? []).map(photoId),
      };
      const documentId = await ensure('api::activity.activity', { title: activity.title }, { ...activity, ...relations }, SEED_LOCALE);
      await ensureLocaleVersion('api::activity.activity', documentId, EN, { ...en, ...relations });
      activityIds.push(documentId);
    }

    const allPhotoIds = [...photoIds.values()];
    const articleId = printed.documentId as string;
    // linked in each locale: relations belong to each locale in Strapi 5
    const articleLinks = {
      category: categoryId,
      tags: articleMeta.tags.map((name) => tagIds.get(name)),
      organizations: articleMeta.organizations.map(organizationId),
      campaigns: articleMeta.campaigns.map(campaignId),
      activities: activityIds,
      publishDate: articleMeta.publishDate,
    };
    if (firstRun) {
      await strapi.documents('api::article.article').update({
        documentId: articleId,
        locale: SEED_LOCALE,
        data: {
          bylines: photographers.map((photographer) => ({ role: 'photo', person: photographerIds.get(photographer.name) })),
          ...articleLinks,
          seo: { metaTitle: printed.title.slice(0, 70), metaDescription: printed.summary?.slice(0, 200) ?? null },
        },
      } as never);
      await strapi.documents('api::article.article').publish({ documentId: articleId, locale: SEED_LOCALE } as never);
    }
    // the English version links the English photos, campaigns and activities
    await ensureLocaleVersion('api::article.article', articleId, EN, {
      ...articleMeta.en,
      cover: photoId(1),
      gallery: allPhotoIds,
      ...articleLinks,
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
